#include "commands/commands.h"

#include "db/location.h"
#include "store/databasecopy.h"

namespace motcua::Commands {

namespace {

void migrateOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"),
        QCoreApplication::translate("Commands",
                                    "The new database: a SQLite file that does not exist yet (or "
                                    "is empty), or an empty PostgreSQL database "
                                    "(postgresql://user@host:port/dbname)."),
        QStringLiteral("TARGET")));
}

// The whole database (--database) copied into an empty one on either backend; the source is
// only read. Exit 2 when refused or failed: the target is then as it was.
int migrate(CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QCoreApplication::translate(
            "Commands", "migrate takes no arguments: name the new database with --to TARGET."));
    const QString target = context.parser().value(QStringLiteral("to"));
    if (target.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the new database with --to TARGET."));

    DatabaseCopy copy(context.databasePath(), target);
    QTextStream &err = context.err();
    copy.setProgress([&err](const QString &table, qint64 rows, qint64 total) {
        err << QCoreApplication::translate("Commands", "%1: %2 of %3 rows copied")
                   .arg(table)
                   .arg(rows)
                   .arg(total)
            << Qt::endl;
    });
    if (!copy.run())
        return context.error(copy.errorMessage());

    QTextStream &out = context.out();
    out << QCoreApplication::translate("Commands", "Copied %1 to %2.")
               .arg(DatabaseLocation::parse(context.databasePath()).displayName(),
                    DatabaseLocation::parse(target).displayName())
        << '\n'
        << QCoreApplication::translate("Commands", "Rows per table:") << '\n';
    for (const auto &[table, rows] : copy.rowCounts())
        out << "  " << table << '\t' << rows << '\n';
    out << QCoreApplication::translate("Commands",
                                       "Row counts and the dossiers checked against their "
                                       "history; the audit trail verified: %n event(s).",
                                       nullptr, int(copy.eventsVerified()))
        << '\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> migrateCommands()
{
    return {
        {QStringLiteral("migrate"),
         QT_TRANSLATE_NOOP("Commands",
                           "Copy the whole database (--database, only read) into a new, empty "
                           "one given by --to: a SQLite file or a PostgreSQL database. One "
                           "transaction, verified before it is committed; a refused or failed "
                           "copy leaves the target as it was."),
         QT_TRANSLATE_NOOP("Commands", "--to FILE.sqlite|postgresql://user@host:port/dbname"),
         migrateOptions, migrate, false},
    };
}

} // namespace motcua::Commands
