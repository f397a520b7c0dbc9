#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

// A prepared statement on the raw SQLite handle, for bulk writes (demo data, imports of
// millions of rows) where QSqlQuery's per-value QVariant costs more than the insert itself.
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
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const char *utf8, int size);
    // Without a copy: `utf8` must stay unchanged until run() returns.
    void bindStatic(int index, const QByteArray &utf8);
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

} // namespace motcua
