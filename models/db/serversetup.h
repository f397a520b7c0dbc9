#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua {

// What `motcua server init` does, once, as the server's administrator: the schema at the latest
// version, owned by an owner role that nobody logs in as, and an application role for the
// counters that may read and record but may not rewrite history (no UPDATE, DELETE or TRUNCATE
// on the events and the intake slips) nor change the schema. The triggers stay as a second
// guard; `check` reports any role that could rewrite the events.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    struct Roles
    {
        QString owner = QStringLiteral("motcua_owner");
        QString application = QStringLiteral("motcua_app");
    };

    // The tables whose rows, once written, are never changed by the application.
    static QStringList historyTables();

    // Sets up the database at `uri` (a postgresql:// location): migrations, roles, ownership and
    // privileges, in one transaction after the migrations. `*report` lists what was done.
    static bool initialise(const QString &uri, const Roles &roles, QStringList *report,
                           QString *error);

    // On a server: every role but the owner and superusers that may UPDATE, DELETE or TRUNCATE
    // a history table, and a counter connected as the owner itself. Empty on a file.
    static QStringList privilegeProblems(const QSqlDatabase &db);
};

} // namespace motcua
