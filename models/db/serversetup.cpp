#include "db/serversetup.h"

#include "db/database.h"
#include "db/sqldialect.h"
#include "db/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

bool isRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

QStringList ServerSetup::historyTables()
{
    return {QStringLiteral("events"), QStringLiteral("intake_slips")};
}

bool ServerSetup::initialise(const QString &uri, const Roles &roles, QStringList *report,
                             QString *error)
{
    const DatabaseLocation location = DatabaseLocation::parse(uri, error);
    if (!location.isValid())
        return false;
    if (!location.isServer()) {
        *error = tr("server init sets up a PostgreSQL database: give its postgresql:// address "
                    "(a file needs no set-up).");
        return false;
    }
    for (const QString &role : {roles.owner, roles.application}) {
        if (!isRoleName(role)) {
            *error = tr("The role name \"%1\" is not valid: lower-case letters, digits and _ "
                        "(at most 63), not starting with a digit.")
                         .arg(role);
            return false;
        }
    }
    if (roles.owner == roles.application) {
        *error = tr("The owner role and the application role must differ.");
        return false;
    }
    Database database;
    if (!database.open(uri)) {
        *error = database.errorMessage();
        return false;
    }
    report->append(tr("Schema at version %1.").arg(database.schemaVersion()));

    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT rolsuper, current_user, current_schema(), "
                                   "current_database() FROM pg_roles WHERE rolname = current_user"))
        || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const bool superuser = query.value(0).toBool();
    const QString administrator = query.value(1).toString();
    const QString schema = query.value(2).toString();
    const QString databaseName = query.value(3).toString();
    if (administrator == roles.application || administrator == roles.owner) {
        *error = tr("Run server init as the server's administrator, not as the role %1 it "
                    "sets up.")
                     .arg(administrator);
        return false;
    }

    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    QStringList statements;
    for (const auto &[role, login] :
         {std::pair {roles.owner, false}, std::pair {roles.application, true}}) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        exists.addBindValue(role);
        if (!exists.exec()) {
            *error = exists.lastError().text();
            return false;
        }
        if (!exists.next()) {
            statements << QStringLiteral("CREATE ROLE %1 %2")
                              .arg(role, login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"));
            report->append(login ? tr("Role %1 created (it logs in; give it a password or a "
                                      "pg_hba.conf rule).")
                                       .arg(role)
                                 : tr("Role %1 created (the owner; nobody logs in as it).")
                                       .arg(role));
        }
    }
    // Giving objects away needs membership of the new owner unless one is a superuser.
    if (!superuser)
        statements << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(roles.owner);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = tr("Setting up the roles failed: %1").arg(query.lastError().text());
            return false;
        }
    }
    statements.clear();

    // Every table and every function of the application (not those of the pg_trgm extension).
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                   "current_schema() ORDER BY 1"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        tables << query.value(0).toString();
    QStringList functions;
    if (!query.exec(QStringLiteral(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = "
            "current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE "
            "d.objid = p.oid AND d.deptype = 'e') ORDER BY 1"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        functions << query.value(0).toString();
    for (const QString &table : std::as_const(tables))
        statements << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(table, roles.owner);
    for (const QString &function : std::as_const(functions))
        statements << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, roles.owner);

    const QString app = roles.application;
    statements << QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema)
               << QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2").arg(schema, app)
               << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, app)
               << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(databaseName, app)
               << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, app)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 "
                                 "TO %2")
                      .arg(schema, app)
               << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM %2")
                      .arg(historyTables().join(QStringLiteral(", ")), app)
               << QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON motcua_schema FROM %1")
                      .arg(app)
               << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")
                      .arg(schema, app);
    if (!superuser)
        statements << QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(roles.owner);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = tr("Setting up the privileges failed: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    report->append(tr("%1 tables and %2 functions owned by %3.")
                       .arg(tables.size())
                       .arg(functions.size())
                       .arg(roles.owner));
    report->append(tr("%1 may read and record; it may not change or delete %2, nor the schema.")
                       .arg(app, historyTables().join(QStringLiteral(", "))));
    return true;
}

QStringList ServerSetup::privilegeProblems(const QSqlDatabase &db)
{
    if (!SqlDialect::of(db).isPostgreSQL())
        return {};
    QStringList problems;
    QSqlQuery query(db);
    const QString tables = QStringLiteral("'") + historyTables().join(QStringLiteral("', '"))
        + QStringLiteral("'");
    if (!query.exec(QStringLiteral(
            "SELECT r.rolname, t.relname, string_agg(p.privilege, ', ' ORDER BY p.privilege) FROM "
            "pg_roles r CROSS JOIN pg_class t CROSS JOIN (VALUES ('DELETE'), ('TRUNCATE'), "
            "('UPDATE')) AS p (privilege) WHERE t.relnamespace = current_schema()::regnamespace "
            "AND t.relkind = 'r' AND t.relname IN (%1) AND NOT r.rolsuper AND r.rolname !~ '^pg_' "
            "AND r.oid <> t.relowner AND has_table_privilege(r.oid, t.oid, p.privilege) GROUP BY "
            "1, 2 ORDER BY 1, 2")
                        .arg(tables))) {
        return {tr("The privileges cannot be read: %1").arg(query.lastError().text())};
    }
    while (query.next())
        problems.append(tr("The role %1 may %2 rows of %3: the history is not protected "
                           "(run motcua server init again).")
                            .arg(query.value(0).toString(), query.value(2).toString(),
                                 query.value(1).toString()));
    if (query.exec(QStringLiteral("SELECT r.rolname FROM pg_class t JOIN pg_roles r ON r.oid = "
                                  "t.relowner WHERE t.oid = 'events'::regclass AND r.rolname = "
                                  "current_user AND NOT r.rolsuper"))
        && query.next())
        problems.append(tr("This counter connects as %1, the owner of the events, who may "
                           "change them: set the server up with motcua server init and connect "
                           "as its application role.")
                            .arg(query.value(0).toString()));
    return problems;
}

} // namespace motcua
