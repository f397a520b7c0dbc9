#include "commandline.h"

#include "commands/commands.h"
#include "db/database.h"
#include "db/recentdatabases.h"
#include "domain/language.h"
#include "domain/logfile.h"
#include "guistartup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

#include <cstdio>

namespace motcua {

const QList<CommandSpec> &allCommands()
{
    static const QList<CommandSpec> commands = Commands::all();
    return commands;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : allCommands()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

CommandContext::CommandContext(const QCommandLineParser &parser, QStringList arguments,
                               QString databasePath, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{ }

CommandContext::~CommandContext() = default;

Database *CommandContext::database()
{
    return openDatabase(Database::OpenMode::CreateOrMigrate);
}

Database *CommandContext::existingDatabase()
{
    return openDatabase(Database::OpenMode::ExistingOnly);
}

Database *CommandContext::databaseWithRecords()
{
    return openDatabase(Database::OpenMode::ExistingOrMigrate);
}

Database *CommandContext::openDatabase(Database::OpenMode mode)
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>();
    if (!database->open(m_databasePath, mode)) {
        m_databaseDamaged = database->error() == Database::Error::Damaged;
        m_err << database->errorMessage() << Qt::endl;
        return nullptr;
    }
    m_database = std::move(database);
    return m_database.get();
}

QString CommandContext::operatingSystemUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QStringLiteral("uid-%1").arg(::geteuid()) : fromEnvironment;
}

int CommandContext::error(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitError;
}

int CommandContext::usageError(const QString &message)
{
    m_err << message << Qt::endl
          << tr("Run \"motcua %1 --help\" for the options.")
                 .arg(m_parser.positionalArguments().value(0))
          << Qt::endl;
    return ExitError;
}

namespace CommandLine {

namespace {

bool isOptionWithValue(const QString &argument)
{
    return argument == QLatin1String("--database") || argument == QLatin1String("--lang")
        || argument == QLatin1String("-d");
}

// The first word that is neither an option nor an option's value names the subcommand.
QString commandName(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return arguments.value(i + 1);
        if (isOptionWithValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

// QCommandLineParser reads "-1" as the option "1". A negative number where an argument stands
// (not right after an option, whose value it then is; not after "--") is hidden from it behind
// this private-use character, and given back among the positional arguments.
const QChar negativeMark(0xE000);

QStringList shieldNegativeNumbers(const QStringList &arguments)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9]"));
    QStringList shielded = arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (negative.match(arguments.at(i)).hasMatch()
            && (i == 0 || !arguments.at(i - 1).startsWith(QLatin1Char('-'))))
            shielded[i] = negativeMark + arguments.at(i).mid(1);
    }
    return shielded;
}

QStringList unshieldNegativeNumbers(QStringList arguments)
{
    for (QString &argument : arguments) {
        if (argument.startsWith(negativeMark))
            argument = QLatin1Char('-') + argument.mid(1);
    }
    return arguments;
}

QString valueOf(const QStringList &arguments, const QString &longName)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == longName)
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(longName + QLatin1Char('=')))
            return arguments.at(i).mid(longName.size() + 1);
    }
    return {};
}

bool hasAny(const QStringList &arguments, const QStringList &names)
{
    for (const QString &argument : arguments) {
        if (names.contains(argument))
            return true;
    }
    return false;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Commands", "Show this help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              QCoreApplication::translate("Commands", "Show the version."));
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOption(databaseOption());
    parser.addOption(languageOption());
}

void setUpApplication(const QStringList &arguments)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    LogFile::install(); // after the names: they decide the folder
    const QString language = valueOf(arguments, QStringLiteral("--lang"));
    Language::apply(Language::isValid(language) ? language : Language::preferred());
}

QString generalHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n')
        + QCoreApplication::translate("Commands", "Commands (run without a display):")
        + QLatin1Char('\n');
    for (const CommandSpec &spec : allCommands()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(spec.name.leftJustified(20))
                    .arg(QCoreApplication::translate("Commands", spec.summary));
    }
    text += QCoreApplication::translate("Commands",
                                        "Without a command, the application window opens.")
        + QLatin1Char('\n');
    return text;
}

QString versionText()
{
    return QStringLiteral("motcua %1\n").arg(QCoreApplication::applicationVersion());
}

} // namespace

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        {QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("Commands",
                                    "Use the database file PATH (default: $MOTCUA_DATABASE, "
                                    "else %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("Commands", "Language of the interface: vi or en."),
        QStringLiteral("vi|en"));
}

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = commandName(arguments);
    const CommandSpec *spec = findCommand(name);
    if (!spec) {
        err << QCoreApplication::translate("Commands",
                                           "Unknown command \"%1\". Run \"motcua --help\" for "
                                           "the list of commands.")
                   .arg(name)
            << Qt::endl;
        return ExitError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Commands", spec->summary));
    addGlobalOptions(parser);
    if (spec->addOptions)
        spec->addOptions(parser);
    parser.addPositionalArgument(
        spec->name, QCoreApplication::translate("Commands", spec->summary),
        spec->name + QLatin1Char(' ')
            + QCoreApplication::translate("Commands", spec->syntax ? spec->syntax : ""));

    if (!parser.parse(QStringList {QStringLiteral("motcua")} + shieldNegativeNumbers(arguments))) {
        err << parser.errorText() << Qt::endl;
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Language::isValid(language)) {
        err << QCoreApplication::translate("Commands", "Unknown language \"%1\": use vi or en.")
                   .arg(language)
            << Qt::endl;
        return ExitError;
    }

    QStringList positional = unshieldNegativeNumbers(parser.positionalArguments());
    positional.removeFirst();
    CommandContext context(parser, positional,
                           Database::resolvePath(parser.value(QStringLiteral("database"))), out,
                           err);
    const int code = spec->run(context);
    out.flush();
    err.flush();
    return code;
}

int run(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = commandName(arguments);

    if (!command.isEmpty()) {
        const CommandSpec *spec = findCommand(command);
        if (spec && spec->needsFonts) {
            // Text layout needs a platform plugin; headless machines have no display.
            if (qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Without a desktop session there is no runtime folder; Qt warns unless one is named.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/motcua-runtime-"
                    + QByteArray::number(::geteuid());
                QDir().mkpath(QString::fromLocal8Bit(runtime));
                QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime);
            }
            QGuiApplication app(argc, argv);
            setUpApplication(arguments);
            return runCommand(arguments, out, err);
        }
        QCoreApplication app(argc, argv);
        setUpApplication(arguments);
        return runCommand(arguments, out, err);
    }

    const QStringList informational = {QStringLiteral("-h"), QStringLiteral("--help"),
                                       QStringLiteral("-v"), QStringLiteral("--version")};
    if (hasAny(arguments, informational)) {
        QCoreApplication app(argc, argv);
        setUpApplication(arguments);
        QCommandLineParser parser;
        addGlobalOptions(parser);
        parser.addOption(versionOption());
        parser.setApplicationDescription(QCoreApplication::translate(
            "Commands", "Một Cửa: receiving and returning administrative-procedure dossiers."));
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("Commands", "A command to run headless."),
            QStringLiteral("[command]"));
        if (!parser.parse(QStringList {QStringLiteral("motcua")}
                          + shieldNegativeNumbers(arguments))) {
            err << parser.errorText() << Qt::endl;
            return ExitError;
        }
        out << (parser.isSet(QStringLiteral("version")) ? versionText() : generalHelp(parser));
        return ExitOk;
    }

    QApplication app(argc, argv);
    setUpApplication(arguments);
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption(versionOption());
    if (!parser.parse(QStringList {QStringLiteral("motcua")} + shieldNegativeNumbers(arguments))) {
        err << parser.errorText() << Qt::endl;
        return ExitError;
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Language::isValid(language)) {
        err << QCoreApplication::translate("Commands", "Unknown language \"%1\": use vi or en.")
                   .arg(language)
            << Qt::endl;
        return ExitError;
    }
    // The window, unlike the commands, goes back to the database File › Open database chose.
    return GuiStartup::run(
        Database::resolvePath(parser.value(QStringLiteral("database")), RecentDatabases::last()),
        !language.isEmpty());
}

} // namespace CommandLine
} // namespace motcua
