#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace motcua {

// Personal data leaving the database in bulk (lists with names, the register, CSV exports) is
// recorded in the event log: who, what, in which form, how many dossiers. Also the permission
// check of every report and export (Permission::ViewReports).
class ExportLog final
{
    Q_DECLARE_TR_FUNCTIONS(ExportLog)

public:
    explicit ExportLog(const QSqlDatabase &db);

    // Appends a "personal-data-exported" event in its own transaction. `what`: "register",
    // "dossier-list", "overdue-list" …; `format`: "pdf", "csv", "print" …; `scope`: the filter in
    // words (period, field).
    bool record(const Actor &actor, const QString &what, const QString &format, qint64 count,
                const QString &scope, QString *error);

    // False with the translated refusal when the actor may not see reports and exports.
    static bool allowed(const Actor &actor, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
