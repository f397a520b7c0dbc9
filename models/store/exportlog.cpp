#include "store/exportlog.h"

#include "db/transaction.h"
#include "store/eventlog.h"

namespace motcua {

ExportLog::ExportLog(const QSqlDatabase &db)
    : m_db(db)
{ }

bool ExportLog::allowed(const Actor &actor, QString *error)
{
    if (actor.can(Permission::ViewReports))
        return true;
    if (error)
        *error = Roles::deniedMessage(Permission::ViewReports);
    return false;
}

bool ExportLog::record(const Actor &actor, const QString &what, const QString &format, qint64 count,
                       const QString &scope, QString *error)
{
    if (!allowed(actor, error))
        return false;
    WriteTransaction transaction(m_db);
    EventRecord event;
    event.kind = QStringLiteral("personal-data-exported");
    event.details = {{QStringLiteral("what"), what},
                     {QStringLiteral("format"), format},
                     {QStringLiteral("count"), count}};
    if (!scope.isEmpty())
        event.details.insert(QStringLiteral("scope"), scope);
    if (!transaction.isActive() || !EventLog(m_db).append(actor, event, error)
        || !transaction.commit()) {
        if (error && error->isEmpty())
            *error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace motcua
