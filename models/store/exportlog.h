#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace motcua {

// Personal data leaving the database in bulk (lists with names, the register, CSV exports) is
// recorded in the event log: who, what, in which form, how many dossiers. Also the permission
// check of every report and export (Permission::ViewReports).
class ExportLog final
{
    Q_DECLARE_TR_FUNCTIONS(ExportLog)

public:
    // What leaves. `what`: "register", "dossier-list", "overdue-list" …; `format`: "pdf", "csv",
    // "print" …; `rows`: how many dossiers; `scope`: the filter in words (period, field).
    struct Entry
    {
        QString what;
        QString format;
        qint64 rows = 0;
        QString scope;
    };

    explicit ExportLog(const QSqlDatabase &db);

    // The one way bulk personal data leaves: a "personal-data-exported" event first (its own
    // transaction), then `write` (a file, a printer, standard output), called only when the
    // event is in the log, so that nothing leaves unrecorded. The history is append-only: when
    // `write` then fails, a "personal-data-export-failed" event follows, naming the first
    // ("export_event") and the reason, so the log does not claim data left that did not.
    // False with the translated reason for the user when anything failed.
    bool logThenWrite(const Actor &actor, const Entry &entry,
                      const std::function<bool(QString *error)> &write, QString *error);

    // False with the translated refusal when the actor may not see reports and exports.
    static bool allowed(const Actor &actor, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
