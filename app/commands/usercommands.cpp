#include "commands/commands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "store/userstore.h"

#include <QFile>
#include <QStringDecoder>

#include <termios.h>
#include <unistd.h>

namespace motcua::Commands {

namespace {

void addUserOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("name"),
        QCoreApplication::translate("Commands", "The person's full name (user add)."),
        QStringLiteral("FULL NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("role"),
        QCoreApplication::translate("Commands", "The role (user add): clerk, supervisor or admin."),
        QStringLiteral("ROLE")));
}

// One line from a terminal, typed without echo (its bytes: decoded by readPassword).
QByteArray readHidden(QTextStream &err, const QString &prompt)
{
    err << prompt << Qt::flush;
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QByteArray line = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    return line;
}

// Passwords come from standard input, never from the command line, where every user of
// the machine can read them (ps, /proc, the shell's history). On a terminal the password
// is typed twice without echo; otherwise it is the first line.
bool readPassword(CommandContext &context, QString *password)
{
    QByteArray line;
    if (::isatty(STDIN_FILENO)) {
        line = readHidden(context.err(),
                          QCoreApplication::translate("Commands", "New password:")
                              + QLatin1Char(' '));
        if (readHidden(context.err(),
                       QCoreApplication::translate("Commands", "The same password again:")
                           + QLatin1Char(' '))
            != line) {
            context.error(QCoreApplication::translate(
                "Commands", "The two passwords differ; nothing was changed."));
            return false;
        }
    } else {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        line = in.readLine();
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    // Invalid bytes would be stored as U+FFFD: a password nobody could type again.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *password = decoder(line);
    if (decoder.hasError()) {
        context.error(QCoreApplication::translate(
            "Commands",
            "The password is not valid UTF-8 text; nothing was changed. Set the terminal or the "
            "file to UTF-8."));
        return false;
    }
    if (password->isEmpty()) {
        context.error(QCoreApplication::translate(
            "Commands",
            "No password was given. Write it as the first line of standard input "
            "(passwords are never accepted as arguments)."));
        return false;
    }
    return true;
}

Actor headlessActor()
{
    return Actor::systemAccount(CommandContext::operatingSystemUser());
}

int list(CommandContext &context, UserStore &store)
{
    QTextStream &out = context.out();
    out << QCoreApplication::translate("Commands", "Username") << '\t'
        << QCoreApplication::translate("Commands", "Full name") << '\t'
        << QCoreApplication::translate("Commands", "Role") << '\t'
        << QCoreApplication::translate("Commands", "Status") << '\n';
    for (const UserAccount &account : store.list()) {
        QString status = account.active ? QCoreApplication::translate("Commands", "active")
                                        : QCoreApplication::translate("Commands", "disabled");
        if (account.active && account.isLockedAt(Clock::now()))
            status = QCoreApplication::translate("Commands", "locked");
        out << account.username << '\t' << account.fullName << '\t' << Roles::key(account.role)
            << '\t' << status << '\n';
    }
    return ExitOk;
}

int user(CommandContext &context)
{
    const QStringList &arguments = context.arguments();
    const QString action = arguments.value(0);
    const QStringList withName = {QStringLiteral("add"), QStringLiteral("disable"),
                                  QStringLiteral("enable"), QStringLiteral("passwd")};
    if (action != QLatin1String("list") && !withName.contains(action))
        return context.usageError(QCoreApplication::translate(
            "Commands", "Say what to do: user add, list, disable, enable or passwd."));
    const qsizetype expected = action == QLatin1String("list") ? 1 : 2;
    if (arguments.size() < expected)
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the account: motcua user %1 USERNAME.")
                .arg(action));
    if (arguments.size() > expected)
        return context.usageError(QCoreApplication::translate(
            "Commands",
            "Too many arguments. Passwords are read from standard input, never "
            "from the command line."));
    const bool nameOrRole = context.parser().isSet(QStringLiteral("name"))
        || context.parser().isSet(QStringLiteral("role"));
    if (action != QLatin1String("add") && nameOrRole)
        return context.usageError(
            QCoreApplication::translate("Commands", "--name and --role belong to \"user add\"."));

    // Listing only reads: it neither creates nor upgrades the file. Only "add" may create it;
    // disable, enable and passwd change an account that must exist, so they never do.
    Database *database = action == QLatin1String("list") ? context.existingDatabase()
        : action == QLatin1String("add")                 ? context.database()
                                                         : context.databaseWithRecords();
    if (!database)
        return ExitError;
    UserStore store(database->connection());
    if (action == QLatin1String("list"))
        return list(context, store);

    const QString username = arguments.at(1);
    const Actor actor = headlessActor();
    QString error;
    if (action == QLatin1String("add")) {
        Role role = Role::Clerk;
        if (!Roles::fromKey(context.parser().value(QStringLiteral("role")), &role))
            return context.usageError(QCoreApplication::translate(
                "Commands", "Give the role with --role clerk, --role supervisor or --role admin."));
        const QString fullName = context.parser().value(QStringLiteral("name"));
        if (fullName.trimmed().isEmpty())
            return context.usageError(QCoreApplication::translate(
                "Commands", "Give the person's full name with --name \"Full Name\"."));
        // Checked before the password is asked for.
        if (const QString problem = UserStore::usernameProblem(username); !problem.isEmpty())
            return context.error(problem);
        QString password;
        if (!readPassword(context, &password))
            return ExitError;
        if (!store.addUser(actor, username, fullName, role, password, &error))
            return context.error(error);
        context.out() << QCoreApplication::translate("Commands", "The account \"%1\" was added.")
                             .arg(UserStore::normalizedUsername(username))
                      << '\n';
    } else if (action == QLatin1String("passwd")) {
        if (!store.find(username))
            return context.error(
                QCoreApplication::translate("Commands", "There is no account \"%1\".")
                    .arg(UserStore::normalizedUsername(username)));
        QString password;
        if (!readPassword(context, &password))
            return ExitError;
        if (!store.setPassword(actor, username, password, &error))
            return context.error(error);
        context.out() << QCoreApplication::translate("Commands",
                                                     "The password of \"%1\" was changed.")
                             .arg(UserStore::normalizedUsername(username))
                      << '\n';
    } else {
        const bool enable = action == QLatin1String("enable");
        if (!store.setActive(actor, username, enable, &error))
            return context.error(error);
        context.out() << (enable ? QCoreApplication::translate("Commands",
                                                               "The account \"%1\" was enabled.")
                                 : QCoreApplication::translate("Commands",
                                                               "The account \"%1\" was disabled."))
                             .arg(UserStore::normalizedUsername(username))
                      << '\n';
    }
    return ExitOk;
}

} // namespace

QList<CommandSpec> userCommands()
{
    return {
        {QStringLiteral("user"),
         QT_TRANSLATE_NOOP("Commands",
                           "Manage accounts: add, list, disable, enable, passwd (passwords from "
                           "standard input)."),
         QT_TRANSLATE_NOOP(
             "Commands",
             "add USERNAME --name \"Full Name\" --role clerk|supervisor|admin | list | "
             "disable USERNAME | enable USERNAME | passwd USERNAME"),
         addUserOptions, user, false},
    };
}

} // namespace motcua::Commands
