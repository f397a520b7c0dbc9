#include "accountsupport.h"
#include "db/database.h"
#include "store/backupstore.h"
#include "store/settingsstore.h"
#include "store/userstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace motcua;

// `motcua user …`, `motcua backup` and `motcua restore` as an administrator runs them.
class TestAccountsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void userAddReadsThePasswordFromStandardInput();
    void passwordsAreNeverTakenFromArguments_data();
    void passwordsAreNeverTakenFromArguments();
    void missingOrBadInputIsRefused_data();
    void missingOrBadInputIsRefused();
    void listDisableEnablePasswd();
    void backupThenRestore();
    void restoreNeedsConfirmation();
    void restoreRefusesACorruptFile();

private:
    test::ProcessResult motcua(QStringList arguments, const QByteArray &input = {}) const;
    // The files of this test's backup folder and their digests.
    QMap<QString, QByteArray> backupFolderFiles() const;
    QString m_path;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {
QString operatingSystemUser()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}
} // namespace

void TestAccountsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestAccountsCli::init()
{
    m_path = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++m_counter));
    Database database;
    QVERIFY(database.open(m_path));
    QVERIFY(SettingsStore(database.connection())
                .setValue(QStringLiteral("backup.folder"),
                          m_dir.filePath(QStringLiteral("backups-%1").arg(m_counter))));
}

QMap<QString, QByteArray> TestAccountsCli::backupFolderFiles() const
{
    const QDir folder(m_dir.filePath(QStringLiteral("backups-%1").arg(m_counter)));
    QMap<QString, QByteArray> files;
    for (const QString &name : folder.entryList(QDir::Files))
        files.insert(name, test::fileDigest(folder.filePath(name)));
    return files;
}

test::ProcessResult TestAccountsCli::motcua(QStringList arguments, const QByteArray &input) const
{
    arguments << QStringLiteral("--database") << m_path << QStringLiteral("--lang")
              << QStringLiteral("en");
    // A non-null input means standard input is a pipe with that content.
    return test::runMotcua(arguments, input.isNull() ? QByteArray("") : input);
}

void TestAccountsCli::userAddReadsThePasswordFromStandardInput()
{
    const auto result
        = motcua({"user", "add", "Lan", "--name", "Nguyễn Thị Lan", "--role", "supervisor"},
                 "mật khẩu của Lan\nsecond line is ignored\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("The account \"lan\" was added.")),
             qPrintable(result.out));

    Database database;
    QVERIFY(database.open(m_path));
    UserStore store(database.connection());
    const auto lan = store.find(QStringLiteral("lan"));
    QVERIFY(lan);
    QCOMPARE(lan->fullName, QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(lan->role, Role::Supervisor);
    QVERIFY(
        store.authenticate(QStringLiteral("lan"), QStringLiteral("mật khẩu của Lan")).isSignedIn());
    // Recorded under the operating-system account that ran the command, which is no account.
    QSqlQuery query(QStringLiteral("SELECT actor, user_id FROM events WHERE kind = 'user-added'"),
                    database.connection());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), operatingSystemUser());
    QVERIFY(query.value(1).isNull());
}

void TestAccountsCli::passwordsAreNeverTakenFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("add, extra argument")
        << QStringList {"user", "add", "bob", "s3cret-pass", "--name", "Bob", "--role", "clerk"};
    QTest::newRow("add, --password") << QStringList {
        "user", "add", "bob", "--password", "s3cret-pass", "--name", "Bob", "--role", "clerk"};
    QTest::newRow("add, --password=") << QStringList {
        "user", "add", "bob", "--password=s3cret-pass", "--name", "Bob", "--role", "clerk"};
    QTest::newRow("add, -p") << QStringList {"user",   "add", "bob",    "-p",   "s3cret-pass",
                                             "--name", "Bob", "--role", "clerk"};
    QTest::newRow("passwd, extra argument") << QStringList {"user", "passwd", "lan", "s3cret-pass"};
}

void TestAccountsCli::passwordsAreNeverTakenFromArguments()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(motcua({"user", "add", "lan", "--name", "Lan", "--role", "clerk"}, "first password\n")
                 .exitCode,
             0);
    Database database;
    QVERIFY(database.open(m_path));
    const QString before = test::usersSnapshot(database.connection());
    const qint64 events = test::eventCount(database.connection());

    // Even with a valid password on standard input, a password-looking argument is refused.
    const auto result = motcua(arguments, "s3cret-pass\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(test::usersSnapshot(database.connection()), before);
    QCOMPARE(test::eventCount(database.connection()), events);
    QVERIFY(!UserStore(database.connection()).find(QStringLiteral("bob")));
}

void TestAccountsCli::missingOrBadInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no password") << QStringList {"user", "add",    "bob",  "--name",
                                                 "Bob",  "--role", "clerk"}
                                 << QByteArray("") << "No password was given";
    QTest::newRow("empty first line")
        << QStringList {"user", "add", "bob", "--name", "Bob", "--role", "clerk"}
        << QByteArray("\nlong enough\n") << "No password was given";
    QTest::newRow("short password")
        << QStringList {"user", "add", "bob", "--name", "Bob", "--role", "clerk"}
        << QByteArray("short\n") << "at least 8 characters";
    QTest::newRow("no role") << QStringList {"user", "add", "bob", "--name", "Bob"}
                             << QByteArray("long enough\n") << "--role";
    QTest::newRow("unknown role") << QStringList {"user", "add",    "bob", "--name",
                                                  "Bob",  "--role", "boss"}
                                  << QByteArray("long enough\n") << "--role";
    QTest::newRow("no name") << QStringList {"user", "add", "bob", "--role", "clerk"}
                             << QByteArray("long enough\n") << "--name";
    QTest::newRow("bad username") << QStringList {"user", "add",    "bờ",   "--name",
                                                  "Bob",  "--role", "clerk"}
                                  << QByteArray("long enough\n") << "2 to 32 characters";
    // Used to be stored as U+FFFD characters.
    QTest::newRow("password not UTF-8")
        << QStringList {"user", "add", "bob", "--name", "Bob", "--role", "clerk"}
        << QByteArray("m\xe1t kh\xe9u d\xe0i\n") << "not valid UTF-8";
    QTest::newRow("control character in the name")
        << QStringList {"user", "add", "bob", "--name", "Bob\tLê", "--role", "clerk"}
        << QByteArray("long enough\n") << "control characters";
    QTest::newRow("no action") << QStringList {"user"} << QByteArray() << "user add, list";
    QTest::newRow("no username") << QStringList {"user", "disable"} << QByteArray() << "USERNAME";
    QTest::newRow("unknown account")
        << QStringList {"user", "passwd", "nobody"} << QByteArray("long enough\n")
        << "There is no account \"nobody\"";
}

void TestAccountsCli::missingOrBadInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto result = motcua(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    Database database;
    QVERIFY(database.open(m_path));
    QVERIFY(!UserStore(database.connection()).hasAccounts());
    QCOMPARE(test::eventCount(database.connection()), 0);
}

void TestAccountsCli::listDisableEnablePasswd()
{
    QCOMPARE(motcua({"user", "add", "quantri", "--name", "Lê Quản Trị", "--role", "admin"},
                    "admin password\n")
                 .exitCode,
             0);
    QCOMPARE(motcua({"user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk"},
                    "clerk password\n")
                 .exitCode,
             0);

    auto result = motcua({"user", "list"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("lan\tNguyễn Thị Lan\tclerk\tactive")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("quantri\tLê Quản Trị\tadmin\tactive")));

    result = motcua({"user", "disable", "lan"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(motcua({"user", "list"})
                .out.contains(QStringLiteral("lan\tNguyễn Thị Lan\tclerk\tdisabled")));
    {
        Database database;
        QVERIFY(database.open(m_path));
        QCOMPARE(UserStore(database.connection())
                     .authenticate(QStringLiteral("lan"), QStringLiteral("clerk password"))
                     .outcome,
                 UserStore::SignIn::Outcome::Disabled);
    }
    // The last administrator stays.
    result = motcua({"user", "disable", "quantri"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("last active administrator")),
             qPrintable(result.err));

    QCOMPARE(motcua({"user", "enable", "lan"}).exitCode, 0);
    result = motcua({"user", "passwd", "lan"}, "a new password\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("The password of \"lan\" was changed.")),
             qPrintable(result.out));

    Database database;
    QVERIFY(database.open(m_path));
    UserStore store(database.connection());
    QVERIFY(
        !store.authenticate(QStringLiteral("lan"), QStringLiteral("clerk password")).isSignedIn());
    QVERIFY(
        store.authenticate(QStringLiteral("lan"), QStringLiteral("a new password")).isSignedIn());
    QSqlQuery query(QStringLiteral("SELECT kind FROM events WHERE actor = '%1' ORDER BY id")
                        .arg(operatingSystemUser()),
                    database.connection());
    QStringList kinds;
    while (query.next())
        kinds.append(query.value(0).toString());
    QCOMPARE(kinds,
             (QStringList {"user-added", "user-added", "user-disabled", "user-enabled",
                           "password-reset"}));
}

void TestAccountsCli::backupThenRestore()
{
    QCOMPARE(motcua({"user", "add", "lan", "--name", "Lan", "--role", "clerk"}, "clerk password\n")
                 .exitCode,
             0);
    const QString backup = m_dir.filePath(QStringLiteral("manual-%1.sqlite").arg(m_counter));
    auto result = motcua({"backup", "--output", backup});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Backup written to")), qPrintable(result.out));
    QVERIFY(QFile::exists(backup));
    QCOMPARE(test::runMotcua({"check", "-d", backup}).exitCode, 0);
    // Never over an existing file.
    result = motcua({"backup", "--output", backup});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("already exists")));
    // Without --output: a dated backup in the backup folder.
    result = motcua({"backup"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("backups-%1/motcua-").arg(m_counter)),
             qPrintable(result.out));

    QCOMPARE(
        motcua({"user", "add", "minh", "--name", "Minh", "--role", "clerk"}, "clerk password\n")
            .exitCode,
        0);
    result = motcua({"restore", backup, "--yes"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("The previous database was saved as")),
             qPrintable(result.out));
    const QStringList safety = QDir(m_dir.filePath(QStringLiteral("backups-%1").arg(m_counter)))
                                   .entryList({QStringLiteral("motcua-before-restore-*.sqlite")});
    QCOMPARE(safety.size(), 1);

    Database database;
    QVERIFY(database.open(m_path));
    QVERIFY(UserStore(database.connection()).find(QStringLiteral("lan")));
    QVERIFY(!UserStore(database.connection()).find(QStringLiteral("minh")));
    const EventRecord event = test::lastEvent(database.connection());
    QCOMPARE(event.kind, QStringLiteral("database-restored"));
    QCOMPARE(event.actor, operatingSystemUser());
    QCOMPARE(test::runMotcua({"check", "-d", m_path}).exitCode, 0);
}

void TestAccountsCli::restoreNeedsConfirmation()
{
    const QString backup = m_dir.filePath(QStringLiteral("unconfirmed.sqlite"));
    QCOMPARE(motcua({"backup", "-o", backup}).exitCode, 0);
    const QByteArray before = test::fileDigest(m_path);
    const QMap<QString, QByteArray> filesBefore = backupFolderFiles();
    const auto result = motcua({"restore", backup});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--yes")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("safety copy")));
    QCOMPARE(test::fileDigest(m_path), before);
    // Nothing written into the backup folder (the backup above anchored the chain there).
    QCOMPARE(backupFolderFiles(), filesBefore);
}

void TestAccountsCli::restoreRefusesACorruptFile()
{
    QCOMPARE(motcua({"user", "add", "lan", "--name", "Lan", "--role", "clerk"}, "clerk password\n")
                 .exitCode,
             0);
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
    QCOMPARE(motcua({"backup", "-o", corrupt}).exitCode, 0);
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 + 8));
        file.write(QByteArray(2000, '\x7f'));
    }
    const QByteArray before = test::fileDigest(m_path);
    const QMap<QString, QByteArray> filesBefore = backupFolderFiles();
    const auto result = motcua({"restore", corrupt, "--yes"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is damaged")), qPrintable(result.err));
    QCOMPARE(test::fileDigest(m_path), before);
    // Nothing written into the backup folder (the backup above anchored the chain there).
    QCOMPARE(backupFolderFiles(), filesBefore);
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"
