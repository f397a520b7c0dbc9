#include "commands/commands.h"

#include "db/database.h"
#include "db/maintenance.h"
#include "store/eventlog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace motcua::Commands {

namespace {

int dbInfo(CommandContext &context)
{
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const Maintenance maintenance(*database);
    QTextStream &out = context.out();
    out << QCoreApplication::translate("Commands", "Database file:") << '\t'
        << QDir::toNativeSeparators(QFileInfo(database->path()).absoluteFilePath()) << '\n'
        << QCoreApplication::translate("Commands", "Schema version:") << '\t'
        << database->schemaVersion() << '\n'
        << QCoreApplication::translate("Commands", "Size (bytes):") << '\t'
        << maintenance.fileSize() << '\n'
        << QCoreApplication::translate("Commands", "Rows per table:") << '\n';
    for (const auto &[table, count] : maintenance.rowCounts())
        out << "  " << table << '\t' << count << '\n';
    return ExitOk;
}

int check(CommandContext &context)
{
    Database *database = context.existingDatabase();
    if (!database) // a damaged Một Cửa database is a finding (1), anything else an error (2)
        return context.databaseIsDamaged() ? ExitNo : ExitError;
    QStringList problems = Maintenance(*database).integrityProblems();
    const EventLog::ChainCheck chain = EventLog(database->connection()).verifyChain();
    if (!chain.isIntact())
        problems.append(
            QCoreApplication::translate("Commands", "Audit trail broken at event %1: %2")
                .arg(chain.firstBrokenId)
                .arg(chain.reason));
    for (const QString &problem : problems)
        context.out() << problem << '\n';
    if (!problems.isEmpty()) {
        context.out() << QCoreApplication::translate("Commands", "%n problem(s) found.", nullptr,
                                                     int(problems.size()))
                      << '\n';
        return ExitNo;
    }
    context.out() << QCoreApplication::translate("Commands", "The database is sound.") << '\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> databaseCommands()
{
    return {
        {QStringLiteral("db-info"),
         QT_TRANSLATE_NOOP("Commands",
                           "Show the database file, its schema version and row counts."),
         "", nullptr, dbInfo, false},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("Commands",
                           "Check the database's integrity and foreign keys (exit 0 when "
                           "clean, 1 when not)."),
         "", nullptr, check, false},
    };
}

} // namespace motcua::Commands
