#pragma once

#include <QSqlDatabase>
#include <QString>

namespace motcua {

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE on a file, an advisory
// lock on a server: SqlDialect::beginWrite), so that two counters writing the same database
// queue instead of failing on upgrade or racing for the next code.
// Rolls back unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorText() const { return m_errorText; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_errorText;
};

} // namespace motcua
