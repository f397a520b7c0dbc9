#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

// A prepared statement on the raw SQLite handle, for bulk writes (the demo generator's millions
// of rows) where QSqlQuery's per-value QVariant costs more than the insert itself.
// Text is bound as UTF-8 and copied by SQLite at bind time. The SQL comes from the store.
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &db, const char *sql);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    bool isValid() const { return m_statement != nullptr; }
    QString errorText() const { return m_error; }

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const char *utf8, int size);
    // Without a copy: `utf8` must stay unchanged until run() returns.
    void bindStatic(int index, QByteArrayView utf8);
    void bindNull(int index);
    // Runs the statement once and resets it for the next row; false (errorText()) on failure.
    bool run();

    // Runs one statement without results (pragmas, DDL) on the raw handle.
    static bool exec(const QSqlDatabase &db, const char *sql, QString *error = nullptr);
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// An INSERT of many rows per statement (VALUES (…), (…), …) through BulkStatement's raw
// handle: what SQLite does once per statement (the look-up tables of a CHECK constraint's IN
// list, for instance, and the start of the program) is shared by `rowsPerStatement` rows.
// Texts are bound without a copy: they must stay unchanged until the row is written (addRow()
// or flush()).
class BulkInsert final
{
public:
    // `head`: "INSERT INTO t (a, b, c) VALUES ", `row`: "(?, ?, 'x')" with `parameters` '?'.
    BulkInsert(const QSqlDatabase &db, const char *head, const char *row, int parameters,
               int rowsPerStatement);
    ~BulkInsert();
    Q_DISABLE_COPY_MOVE(BulkInsert)

    bool isValid() const { return m_full != nullptr; }
    QString errorText() const { return m_error; }

    // The parameters of the row being made, from 1.
    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    void bindStatic(int index, QByteArrayView utf8);
    void bindNull(int index);
    // The row is complete; writes the rows when a statement is full. False on failure.
    bool addRow();
    // Writes the complete rows not written yet.
    bool flush();

private:
    struct Value
    {
        enum Kind : char { Null, Integer, Real, Text } kind = Null;
        qint64 integer = 0;
        double real = 0;
        const char *text = nullptr;
        int size = 0;
    };
    Value &at(int index) { return m_values[size_t(m_rows * m_parameters + index - 1)]; }
    bool run(sqlite3_stmt *statement, int rows);
    sqlite3_stmt *prepare(int rows);

    sqlite3 *m_db = nullptr;
    QByteArray m_head;
    QByteArray m_row;
    int m_parameters = 0;
    int m_rowsPerStatement = 0;
    int m_rows = 0; // complete rows waiting
    std::vector<Value> m_values;
    sqlite3_stmt *m_full = nullptr;
    QString m_error;
};

// A read statement for passes over millions of rows (`motcua check`). On SQLite it steps the
// raw handle without a QVariant per value; on PostgreSQL it reads a server-side cursor in
// batches, so that memory stays flat (it must run inside a transaction: ReadSnapshot).
// Positioned on the first row once made; the texts are valid until next().
class BulkReader final
{
public:
    BulkReader(const QSqlDatabase &db, const char *sql);
    ~BulkReader();
    Q_DISABLE_COPY_MOVE(BulkReader)

    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    bool hasRow() const { return m_row; }
    void next();
    // Columns count from 0; NULL reads as 0 or an empty text.
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const;
    bool isNull(int column) const;

private:
    void fetchBatch();

    sqlite3_stmt *m_statement = nullptr;
    // PostgreSQL: the cursor, the batch fetched from it and the current row's values.
    QSqlDatabase m_db;
    QString m_cursor;
    std::unique_ptr<QSqlQuery> m_batch;
    bool m_batchExhausted = false;
    std::vector<QByteArray> m_texts;
    std::vector<bool> m_nulls;
    QString m_error;
    bool m_row = false;
};

// One consistent view of the database for a long read (check, replay): on PostgreSQL a
// REPEATABLE READ, READ ONLY transaction, which BulkReader's cursors need; on SQLite nothing
// (each statement reads one snapshot, and the check runs its readers from one connection),
// unless AlsoOnFile asks for a read transaction there too (a copy of every table, DatabaseCopy).
// Inside a transaction already open (a copy verifying what it wrote before its COMMIT), it
// reads that transaction's view and leaves the transaction open.
class ReadSnapshot final
{
public:
    enum Scope { ServerOnly, AlsoOnFile };
    explicit ReadSnapshot(const QSqlDatabase &db, Scope scope = ServerOnly);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_savepoint = false;
};

} // namespace motcua
