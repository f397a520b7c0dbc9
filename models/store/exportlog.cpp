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

bool ExportLog::logThenWrite(const Actor &actor, const Entry &entry,
                             const std::function<bool(QString *)> &write, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!allowed(actor, error))
        return false;
    QJsonObject details {{QStringLiteral("format"), entry.format}};
    if (!entry.scope.isEmpty())
        details.insert(QStringLiteral("scope"), entry.scope);
    EventLog log(m_db);
    qint64 exportEvent = 0;
    QString reason;
    if (!log.recordPersonalDataAccess(actor, EventLog::PersonalDataAccess::Exported, entry.what,
                                      entry.rows, details, &reason, &exportEvent)) {
        *error = tr("Nothing was exported: the export could not be recorded in the event log "
                    "(%1).")
                     .arg(reason);
        return false;
    }
    if (write(&reason))
        return true;
    EventRecord failed;
    failed.kind = QStringLiteral("personal-data-export-failed");
    failed.details = details;
    failed.details.insert(QStringLiteral("subject"), entry.what);
    failed.details.insert(QStringLiteral("rows"), entry.rows);
    failed.details.insert(QStringLiteral("export_event"), exportEvent);
    failed.details.insert(QStringLiteral("reason"), reason);
    QString logError;
    *error = log.record(actor, failed, &logError)
        ? tr("%1\nThe export had been recorded in the event log before writing; it is now "
             "recorded as failed.")
              .arg(reason)
        : tr("%1\nThe export had been recorded in the event log before writing, but its "
             "failure could not be recorded: %2")
              .arg(reason, logError);
    return false;
}

} // namespace motcua
