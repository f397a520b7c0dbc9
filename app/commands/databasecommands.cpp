#include "commands/commands.h"

#include "db/database.h"
#include "db/maintenance.h"
#include "db/serversetup.h"
#include "store/backupstore.h"
#include "store/dossieraudit.h"
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
    if (database->isServer())
        out << QCoreApplication::translate("Commands", "Database server:") << '\t'
            << database->location().serverName() << '\n'
            << QCoreApplication::translate("Commands", "Server version:") << '\t'
            << database->serverVersion() << '\n'
            << QCoreApplication::translate("Commands", "Database:") << '\t'
            << database->location().databaseName() << '\n';
    else
        out << QCoreApplication::translate("Commands", "Database file:") << '\t'
            << QDir::toNativeSeparators(QFileInfo(database->path()).absoluteFilePath()) << '\n';
    out << QCoreApplication::translate("Commands", "Schema version:") << '\t'
        << database->schemaVersion() << '\n'
        << QCoreApplication::translate("Commands", "Size (bytes):") << '\t'
        << maintenance.fileSize() << '\n'
        << QCoreApplication::translate("Commands", "Rows per table:") << '\n';
    for (const auto &[table, count] : maintenance.rowCounts())
        out << "  " << table << '\t' << count << '\n';
    return ExitOk;
}

void checkOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("anchor"),
        QCoreApplication::translate("Commands",
                                    "A chain anchor printed on a report or register "
                                    "(\"Mã kiểm tra\"): the chain must hold it."),
        QStringLiteral("HASH:COUNT")));
}

// Beyond the chain: the protection in place, the dossier rows as their events tell them, and
// the chain against the anchors kept outside the file.
QStringList auditProblems(Database &database, const std::optional<EventLog::Anchor> &given)
{
    const DossierAudit audit(database.connection());
    QStringList problems = audit.protectionProblems();
    const DossierAudit::Result replay = audit.replay();
    problems += replay.problems;
    if (replay.problemCount > replay.problems.size())
        problems.append(QCoreApplication::translate(
            "Commands", "… and %n more difference(s) not listed.", nullptr,
            int(replay.problemCount - replay.problems.size())));
    problems += ServerSetup::privilegeProblems(database.connection());
    problems += BackupStore(database).anchorProblems();
    if (given) {
        const QString problem = EventLog(database.connection()).checkAnchor(*given);
        if (!problem.isEmpty())
            problems.append(QCoreApplication::translate("Commands", "Chain anchor %1 (given): %2")
                                .arg(given->text(), problem));
    }
    return problems;
}

int check(CommandContext &context)
{
    std::optional<EventLog::Anchor> anchor;
    if (context.parser().isSet(QStringLiteral("anchor"))) {
        const QString text = context.parser().value(QStringLiteral("anchor"));
        anchor = EventLog::Anchor::parse(text);
        if (!anchor)
            return context.usageError(
                QCoreApplication::translate("Commands",
                                            "The anchor \"%1\" is not HASH:COUNT (16 to 64 "
                                            "hexadecimal digits, a colon, the number of events).")
                    .arg(text));
    }
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
    problems += auditProblems(*database, anchor);
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

void serverOptions(QCommandLineParser &parser)
{
    const ServerSetup::Roles defaults;
    parser.addOption(QCommandLineOption(
        QStringLiteral("owner-role"),
        QCoreApplication::translate("Commands",
                                    "The role that owns the schema; nobody logs in as it "
                                    "(default %1).")
            .arg(defaults.owner),
        QStringLiteral("ROLE"), defaults.owner));
    parser.addOption(QCommandLineOption(
        QStringLiteral("app-role"),
        QCoreApplication::translate("Commands",
                                    "The role the counters log in as (default %1).")
            .arg(defaults.application),
        QStringLiteral("ROLE"), defaults.application));
}

int server(CommandContext &context)
{
    const QStringList &arguments = context.arguments();
    if (arguments.value(0) != QLatin1String("init") || arguments.size() != 2)
        return context.usageError(QCoreApplication::translate(
            "Commands", "Say what to do: motcua server init postgresql://ADMIN@HOST/DBNAME."));
    ServerSetup::Roles roles;
    roles.owner = context.parser().value(QStringLiteral("owner-role"));
    roles.application = context.parser().value(QStringLiteral("app-role"));
    QStringList report;
    QString error;
    if (!ServerSetup::initialise(arguments.at(1), roles, &report, &error))
        return context.error(error);
    for (const QString &line : std::as_const(report))
        context.out() << line << '\n';
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
                           "Check the database's integrity, foreign keys and audit trail: "
                           "the event chain, the dossiers against their events, the chain "
                           "anchors (exit 0 when clean, 1 when not)."),
         "", checkOptions, check, false},
        {QStringLiteral("server"),
         QT_TRANSLATE_NOOP("Commands",
                           "Set up a PostgreSQL database for the counters, once, as the "
                           "server's administrator: the schema, an owner role and an "
                           "application role that cannot rewrite the history."),
         QT_TRANSLATE_NOOP("Commands", "init postgresql://ADMIN@HOST[:PORT]/DBNAME"),
         serverOptions, server, false},
    };
}

} // namespace motcua::Commands
