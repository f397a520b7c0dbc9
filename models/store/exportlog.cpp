#include "store/exportlog.h"

#include "store/eventlog.h"

#include <QJsonObject>

namespace motcua {

ExportLog::ExportLog(const QSqlDatabase &db)
    : m_db(db)
{ }

bool ExportLog::allowed(const Actor &actor, QString *error)
{
    QString ignored;
    return actor.permits(Permission::ViewReports, error ? error : &ignored);
}

bool ExportLog::record(const Actor &actor, const QString &what, const QString &format, qint64 count,
                       const QString &scope, QString *error)
{
    QJsonObject details {{QStringLiteral("format"), format}};
    if (!scope.isEmpty())
        details.insert(QStringLiteral("scope"), scope);
    QString ignored;
    return EventLog(m_db).recordPersonalDataAccess(actor, EventLog::PersonalDataAccess::Exported,
                                                   what, count, details, error ? error : &ignored);
}

} // namespace motcua
