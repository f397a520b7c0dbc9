#pragma once

#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace motcua {

class CommandContext;

// Exit codes shared by every headless command.
enum ExitCode { ExitOk = 0, ExitNo = 1, ExitError = 2 };

// A headless subcommand: `motcua NAME [arguments] [options]`.
struct CommandSpec
{
    QString name;
    const char *summary = nullptr; // QT_TRANSLATE_NOOP("Commands", …)
    const char *syntax = nullptr; // QT_TRANSLATE_NOOP("Commands", …): the arguments after NAME
    void (*addOptions)(QCommandLineParser &parser) = nullptr;
    int (*run)(CommandContext &context) = nullptr;
    bool needsFonts = false; // lays out text (PDF): runs on QGuiApplication, offscreen
};

const QList<CommandSpec> &allCommands();
const CommandSpec *findCommand(const QString &name);

// What a running command sees: its parsed options, its arguments, the streams, and the
// database (opened on first use).
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const QCommandLineParser &parser, QStringList arguments, QString databasePath,
                   QTextStream &out, QTextStream &err);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    const QCommandLineParser &parser() const { return m_parser; }
    // The positional arguments after the command name.
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database named by --database / MOTCUA_DATABASE / the default; on failure
    // prints the reason to stderr and returns nullptr (the command then exits with 2).
    Database *database();
    // The same for a command that only reads: a missing or empty file, or an older schema, is
    // an error and the file is left as it was (never created, never migrated).
    Database *existingDatabase();
    // The same for a command that changes records which must already exist (a dossier, an
    // account): a missing or empty file is an error and is left as it was (never created), but
    // an older schema is upgraded, as by every command that writes.
    Database *databaseWithRecords();
    // After database(), existingDatabase() or databaseWithRecords() failed: was the file a
    // damaged Một Cửa database?
    bool databaseIsDamaged() const { return m_databaseDamaged; }
    QString databasePath() const { return m_databasePath; }

    // Headless changes are recorded under the operating-system account that ran them.
    static QString operatingSystemUser();

    int error(const QString &message); // prints to stderr, returns ExitError
    int usageError(const QString &message);

private:
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    Database *openDatabase(Database::OpenMode mode);

    std::unique_ptr<Database> m_database;
    bool m_databaseDamaged = false;
};

namespace CommandLine {

// The entry point of the program: a subcommand runs headless, anything else starts the GUI.
int run(int argc, char **argv);

// Runs a subcommand inside an existing application object (used by tests).
int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

QCommandLineOption databaseOption();
QCommandLineOption languageOption();

} // namespace CommandLine
} // namespace motcua
