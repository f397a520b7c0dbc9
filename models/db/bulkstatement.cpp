#include "db/bulkstatement.h"

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

void BulkStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, const char *utf8, int size)
{
    sqlite3_bind_text(m_statement, index, utf8, size, SQLITE_TRANSIENT);
}

void BulkStatement::bindStatic(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
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

} // namespace motcua
