#pragma once

#include <QSqlDatabase>
#include <QString>

namespace motcua {

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so that two
// counters writing the same file queue on the busy timeout instead of failing on upgrade.
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
