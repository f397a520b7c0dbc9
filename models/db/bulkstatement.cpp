#include "db/bulkstatement.h"

#include "db/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace motcua {

sqlite3 *BulkStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(value.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(value.data());
    return nullptr;
}

BulkStatement::BulkStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
{
    if (!m_db) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void BulkStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, const char *utf8, int size)
{
    sqlite3_bind_text(m_statement, index, utf8, size, SQLITE_TRANSIENT);
}

void BulkStatement::bindStatic(int index, QByteArrayView utf8)
{
    // An empty text, not NULL, for an empty view.
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool BulkStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool BulkStatement::exec(const QSqlDatabase &db, const char *sql, QString *error)
{
    sqlite3 *handle = handleOf(db);
    char *message = nullptr;
    if (!handle || sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error
                = message ? QString::fromUtf8(message) : QStringLiteral("not a SQLite connection");
        sqlite3_free(message);
        return false;
    }
    return true;
}

BulkInsert::BulkInsert(const QSqlDatabase &db, const char *head, const char *row, int parameters,
                       int rowsPerStatement)
    : m_db(BulkStatement::handleOf(db))
    , m_head(head)
    , m_row(row)
    , m_parameters(parameters)
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
    , m_values(size_t(m_parameters) * size_t(m_rowsPerStatement))
{
    if (!m_db) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    m_full = prepare(m_rowsPerStatement);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_full);
}

sqlite3_stmt *BulkInsert::prepare(int rows)
{
    QByteArray sql = m_head;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql.append(", ");
        sql.append(m_row);
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()),
                           rows == m_rowsPerStatement ? SQLITE_PREPARE_PERSISTENT : 0, &statement,
                           nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

void BulkInsert::bind(int index, qint64 value)
{
    Value &v = at(index);
    v.kind = Value::Integer;
    v.integer = value;
}

void BulkInsert::bindReal(int index, double value)
{
    Value &v = at(index);
    v.kind = Value::Real;
    v.real = value;
}

void BulkInsert::bindStatic(int index, QByteArrayView utf8)
{
    Value &v = at(index);
    v.kind = Value::Text;
    v.text = utf8.data() ? utf8.data() : "";
    v.size = int(utf8.size());
}

void BulkInsert::bindNull(int index)
{
    at(index).kind = Value::Null;
}

bool BulkInsert::addRow()
{
    ++m_rows;
    return m_rows < m_rowsPerStatement || run(m_full, m_rows);
}

bool BulkInsert::flush()
{
    if (m_rows == 0)
        return true;
    sqlite3_stmt *statement = prepare(m_rows);
    const bool ok = statement && run(statement, m_rows);
    sqlite3_finalize(statement);
    m_rows = 0;
    return ok;
}

bool BulkInsert::run(sqlite3_stmt *statement, int rows)
{
    m_rows = 0;
    if (!statement)
        return false;
    const int count = rows * m_parameters;
    for (int i = 0; i < count; ++i) {
        const Value &v = m_values[size_t(i)];
        switch (v.kind) {
        case Value::Null:
            sqlite3_bind_null(statement, i + 1);
            break;
        case Value::Integer:
            sqlite3_bind_int64(statement, i + 1, v.integer);
            break;
        case Value::Real:
            sqlite3_bind_double(statement, i + 1, v.real);
            break;
        case Value::Text:
            sqlite3_bind_text(statement, i + 1, v.text, v.size, SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

namespace {
// Rows per FETCH from a PostgreSQL cursor: few round trips, little memory.
constexpr int CursorBatch = 5000;

bool onServer(const QSqlDatabase &db)
{
    return SqlDialect::of(db).isPostgreSQL();
}
} // namespace

BulkReader::BulkReader(const QSqlDatabase &db, const char *sql)
{
    if (onServer(db)) {
        static std::atomic<int> cursors {0};
        m_db = db;
        m_cursor = QStringLiteral("motcua_reader_%1").arg(++cursors);
        QSqlQuery declare(m_db);
        if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                              .arg(m_cursor, QString::fromUtf8(sql)))) {
            m_error = declare.lastError().text();
            m_cursor.clear();
            return;
        }
        next();
        return;
    }
    sqlite3 *handle = BulkStatement::handleOf(db);
    if (!handle)
        m_error = QStringLiteral("not a SQLite connection");
    else if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
    else
        next();
}

BulkReader::~BulkReader()
{
    sqlite3_finalize(m_statement);
    if (!m_cursor.isEmpty()) {
        m_batch.reset();
        QSqlQuery(m_db).exec(QStringLiteral("CLOSE %1").arg(m_cursor));
    }
}

void BulkReader::fetchBatch()
{
    m_batch = std::make_unique<QSqlQuery>(m_db);
    if (!m_batch->exec(QStringLiteral("FETCH %1 FROM %2").arg(CursorBatch).arg(m_cursor)))
        m_error = m_batch->lastError().text();
    m_batchExhausted = m_batch->size() < CursorBatch;
}

void BulkReader::next()
{
    if (!m_cursor.isEmpty()) {
        if (!m_batch)
            fetchBatch();
        m_row = m_error.isEmpty() && m_batch->next();
        if (!m_row && m_error.isEmpty() && !m_batchExhausted) {
            fetchBatch();
            m_row = m_error.isEmpty() && m_batch->next();
        }
        if (!m_row)
            return;
        const int columns = m_batch->record().count();
        m_texts.resize(size_t(columns));
        m_nulls.resize(size_t(columns));
        for (int i = 0; i < columns; ++i) {
            const QVariant value = m_batch->value(i);
            m_nulls[size_t(i)] = value.isNull();
            m_texts[size_t(i)] = value.isNull() ? QByteArray() : value.toString().toUtf8();
        }
        return;
    }
    const int rc = sqlite3_step(m_statement);
    m_row = rc == SQLITE_ROW;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
}

qint64 BulkReader::integer(int column) const
{
    if (!m_cursor.isEmpty())
        return m_texts[size_t(column)].toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double BulkReader::real(int column) const
{
    if (!m_cursor.isEmpty())
        return m_texts[size_t(column)].toDouble();
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView BulkReader::text(int column) const
{
    if (!m_cursor.isEmpty())
        return QByteArrayView(m_texts[size_t(column)]);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

bool BulkReader::isNull(int column) const
{
    if (!m_cursor.isEmpty())
        return m_nulls[size_t(column)];
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db, Scope scope)
    : m_db(db)
{
    if (onServer(m_db)) {
        // A SAVEPOINT is refused outside a transaction block: inside one, read in it.
        QSqlQuery query(m_db);
        m_savepoint = query.exec(QStringLiteral("SAVEPOINT motcua_snapshot"));
        if (!m_savepoint)
            m_active
                = query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        return;
    }
    sqlite3 *handle = BulkStatement::handleOf(m_db);
    if (scope == AlsoOnFile && handle && sqlite3_get_autocommit(handle))
        m_active = QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_savepoint)
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE SAVEPOINT motcua_snapshot"));
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
}

} // namespace motcua
