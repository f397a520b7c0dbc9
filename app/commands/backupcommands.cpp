#include "commands/commands.h"

#include "db/database.h"
#include "store/backupstore.h"

#include <QDir>
#include <QFileInfo>

namespace motcua::Commands {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

void addBackupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Commands",
                                    "Write the backup to FILE (a new file). Without it, a dated "
                                    "backup goes into the backup folder."),
        QStringLiteral("FILE")));
}

void addRestoreOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("yes"),
        QCoreApplication::translate("Commands",
                                    "Confirm that the current database is to be replaced.")));
}

int backup(CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the backup file with --output FILE."));
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    BackupStore store(*database);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    QString written = context.parser().value(QStringLiteral("output"));
    QString error;
    const bool ok = written.isEmpty() ? store.backupToFolder(actor, &written, &error)
                                      : store.backupTo(actor, written, &error);
    if (!ok)
        return context.error(error);
    context.out()
        << QCoreApplication::translate("Commands", "Backup written to %1").arg(shown(written))
        << '\n';
    return ExitOk;
}

int restore(CommandContext &context)
{
    if (context.arguments().size() != 1)
        return context.usageError(QCoreApplication::translate(
            "Commands", "Name the one backup file to restore: motcua restore FILE --yes"));
    const QString file = context.arguments().constFirst();
    if (!context.parser().isSet(QStringLiteral("yes"))) {
        // Only a question: the database is neither created nor upgraded to ask it. When it
        // cannot be read as it is (absent, empty, older schema), the default folder is named.
        Database current;
        const QString folder
            = current.open(context.databasePath(), Database::OpenMode::ExistingOnly)
            ? BackupStore(current).folder()
            : BackupStore::defaultFolder();
        return context.error(
            QCoreApplication::translate(
                "Commands",
                "Restoring replaces the whole database %1 with the backup %2: everything recorded "
                "since that backup is replaced. A safety copy of the current database is saved "
                "first in %3.\nClose Một Cửa on every counter using this database, then run the "
                "command again with --yes.")
                .arg(shown(context.databasePath()), shown(file), QDir::toNativeSeparators(folder)));
    }
    Database *database = context.database();
    if (!database)
        return ExitError;
    BackupStore store(*database);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    QString safetyCopy;
    QString error;
    if (!store.restore(actor, file, &safetyCopy, &error))
        return context.error(error);
    // Reopening upgrades a backup made by an older version to the current schema.
    if (!database->open(database->path()))
        return context.error(database->errorMessage());
    context.out() << QCoreApplication::translate("Commands", "Restored from %1.").arg(shown(file))
                  << '\n'
                  << QCoreApplication::translate("Commands",
                                                 "The previous database was saved as %1.")
                         .arg(shown(safetyCopy))
                  << '\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> backupCommands()
{
    return {
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("Commands",
                           "Make a consistent copy of the database, also while it is in use."),
         QT_TRANSLATE_NOOP("Commands", "[--output FILE]"), addBackupOptions, backup, false},
        {QStringLiteral("restore"),
         QT_TRANSLATE_NOOP("Commands",
                           "Replace the database with a checked backup, after a safety copy."),
         QT_TRANSLATE_NOOP("Commands", "FILE --yes"), addRestoreOptions, restore, false},
    };
}

} // namespace motcua::Commands
