#include "db/transaction.h"

#include "db/datachanges.h"
#include "db/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    const QStringList begin = SqlDialect::of(m_db).beginWrite();
    m_active = query.exec(begin.first());
    for (qsizetype i = 1; m_active && i < begin.size(); ++i) {
        if (!query.exec(begin.at(i))) {
            m_errorText = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            m_active = false;
            return;
        }
    }
    if (!m_active)
        m_errorText = query.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_errorText = query.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    DataChanges::notify(m_db);
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace motcua
