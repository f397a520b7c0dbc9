#include "accountsupport.h"
#include "db/database.h"
#include "domain/dossierflow.h"
#include "lifecyclefixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

// The command line as a user runs it: the real executable, no display.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void helpListsCommands_data();
    void helpListsCommands();
    void dbInfoCreatesAndDescribes();
    void checkIsCleanOnAFreshDatabase();
    void checkReportsProblemsWithExitOne();
    void databaseFromEnvironment();
    void failuresExitTwoAndLeaveTheFile_data();
    void failuresExitTwoAndLeaveTheFile();
    void lockedDatabase();
    void readOnlyCommandsNeverCreateOrMigrate_data();
    void readOnlyCommandsNeverCreateOrMigrate();
    void commandsOnExistingRecordsNeverCreate_data();
    void commandsOnExistingRecordsNeverCreate();
    void aChangeOfRecordsUpgradesAnOlderSchema_data();
    void aChangeOfRecordsUpgradesAnOlderSchema();
    void everyCommandIsClassified();
    void anUnconfirmedRestoreChangesNothing_data();
    void anUnconfirmedRestoreChangesNothing();
    void aHalfDatabaseIsDamaged();
    void aDamagedDatabaseIsNeitherBackedUpNorWritten();
    void unknownCommandAndOption_data();
    void unknownCommandAndOption();

private:
    QString damagedDatabase(const QString &name);
    static void addDatabaseKinds();
    QString databaseOfKind(const QString &kind);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(MOTCUA_BINARY)));
}

void TestCli::version()
{
    const auto result = test::runMotcua({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("motcua " MOTCUA_VERSION));
}

void TestCli::helpListsCommands_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vi") << "vi"
                        << "Các lệnh";
    QTest::newRow("en") << "en"
                        << "Commands (run without a display):";
}

void TestCli::helpListsCommands()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const auto result
        = test::runMotcua({QStringLiteral("--help"), QStringLiteral("--lang"), language});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    for (const char *command : {"db-info", "check"})
        QVERIFY(result.out.contains(QLatin1String(command)));
}

void TestCli::dbInfoCreatesAndDescribes()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/info.sqlite"));
    {
        Database db; // db-info only reads: the window or a writing command creates the file
        QVERIFY(db.open(path));
    }
    const auto result = test::runMotcua({QStringLiteral("db-info"), QStringLiteral("--database"),
                                         path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Schema version:\t%1").arg(Database::latestSchemaVersion())),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("  calendar_overrides\t4")));
    QVERIFY(result.out.contains(QStringLiteral("  dossiers\t0")));

    const auto vietnamese
        = test::runMotcua({QStringLiteral("db-info"), QStringLiteral("--database"), path});
    QCOMPARE(vietnamese.exitCode, 0);
    QVERIFY2(vietnamese.out.contains(QStringLiteral("Phiên bản lược đồ")),
             qPrintable(vietnamese.out));
}

void TestCli::checkIsCleanOnAFreshDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("check.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
    }
    const auto result = test::runMotcua({QStringLiteral("check"), QStringLiteral("-d"), path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("nguyên vẹn")), qPrintable(result.out));
}

void TestCli::checkReportsProblemsWithExitOne()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
    }
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(
            raw,
            "INSERT INTO procedure_documents (procedure_id, position, name) VALUES (99, 1, 'x');",
            nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(raw);
    const auto result = test::runMotcua({QStringLiteral("check"), QStringLiteral("--database"),
                                         path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("procedure_documents")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("1 problem found.")));
}

void TestCli::databaseFromEnvironment()
{
    const QString path = m_dir.filePath(QStringLiteral("env.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
    }
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MOTCUA_DATABASE"), path);
    const auto result = test::runMotcua({QStringLiteral("db-info")}, {}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(path));
}

void TestCli::failuresExitTwoAndLeaveTheFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a database") << "text"
                                    << "is not a Một Cửa database";
    QTest::newRow("newer schema") << "newer"
                                  << "newer than this program knows";
    QTest::newRow("read-only") << "readonly"
                               << "read-only";
}

void TestCli::failuresExitTwoAndLeaveTheFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("fail-%1.sqlite").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        const char *sql = kind == QLatin1String("newer")
            ? "CREATE TABLE t (x); PRAGMA user_version = 77;"
            : "CREATE TABLE t (x);";
        QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        if (kind == QLatin1String("readonly"))
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    }
    const QByteArray before = test::fileDigest(path);
    for (const char *command : {"db-info", "check"}) {
        const auto result = test::runMotcua({QLatin1String(command), QStringLiteral("--database"),
                                             path, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(test::fileDigest(path), before);
}

void TestCli::lockedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
    }
    const QByteArray before = test::fileDigest(path);
    test::SqliteShellLock lock;
    QVERIFY(lock.acquire(path, QStringLiteral("BEGIN IMMEDIATE")));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MOTCUA_BUSY_TIMEOUT_MS"), QStringLiteral("200"));
    const auto result = test::runMotcua(
        {QStringLiteral("db-info"), QStringLiteral("--database"), path}, {}, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("đang bị chương trình khác khóa")),
             qPrintable(result.err));
    lock.release();
    QCOMPARE(test::fileDigest(path), before);
}

// The commands of `motcua --help` that only read, one invocation each form (with their
// arguments, so that they get as far as opening the database).
const QList<QStringList> &readOnlyInvocations()
{
    static const QList<QStringList> invocations = {
        {"check"},
        {"check", "--anchor", "0000000000000000000000000000000000000000000000000000000000000000:1"},
        {"db-info"},
        {"settings", "list"},
        {"calendar"},
        {"calendar", "--year", "2026"},
        {"calendar", "export"},
        {"calendar", "export", "--year", "2026", "--output", "@out-calendar.csv"},
        {"deadline", "--received", "2026-03-02T09:00", "--days", "1"},
        {"print", "receipt", "H47.132-260306-0001", "--output", "@out.pdf"},
        {"print", "intake-slip", "1", "--output", "@out-intake.pdf"},
        {"print", "register", "--from", "2026-01-01", "--to", "2026-01-31", "--output", "@out.csv"},
        {"user", "list"},
        {"backup", "--output", "@out.sqlite"},
        {"backup"},
        {"dossier", "show", "H47.132-260306-0001"},
        {"overdue"},
        {"report", "--from", "2026-01-01", "--to", "2026-01-31", "--output", "@out-report.csv"},
        // Only reads --database; the target of --to is new (tst_migratecli).
        {"migrate", "--to", "@out-migrated.sqlite"},
    };
    return invocations;
}

// The commands that write, and so may create or upgrade the database file. `restore` without
// --yes only asks (anUnconfirmedRestoreChangesNothing()).
const QStringList writingCommands
    = {"import-procedures", "import-dossiers", "generate-demo", "restore",
       "server"}; // server init sets up a server database: never a file

void TestCli::addDatabaseKinds()
{
    QTest::addColumn<QString>("kind");
}

// A mistyped path, a file truncated to nothing, or a database of an older schema.
QString TestCli::databaseOfKind(const QString &kind)
{
    const QString path = m_dir.filePath(QStringLiteral("readonly-%1.sqlite").arg(kind));
    QFile::remove(path);
    if (kind == QLatin1String("empty")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
    } else if (kind == QLatin1String("older")) {
        sqlite3 *raw = nullptr;
        const bool made = sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK
            && sqlite3_exec(raw, "CREATE TABLE t (x); PRAGMA user_version = 1;", nullptr, nullptr,
                            nullptr)
                == SQLITE_OK;
        sqlite3_close(raw);
        if (!made)
            return {};
    }
    return path;
}

// A command that only reads never creates or upgrades a file: a mistyped path, a file truncated
// to nothing or an older schema used to get a fresh (or migrated) database and "sound", exit 0
// (calendar, deadline and user list still did so after check and the others were fixed).
void TestCli::readOnlyCommandsNeverCreateOrMigrate_data()
{
    addDatabaseKinds();
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("message");
    const QList<std::pair<QString, QString>> kinds = {
        {"absent", "does not exist"},
        {"empty", "is empty (0 bytes)"},
        {"older", "older than this program's"},
    };
    for (const auto &[kind, message] : kinds) {
        for (const QStringList &command : readOnlyInvocations()) {
            QStringList arguments;
            for (const QString &argument : command)
                arguments << (argument.startsWith(QLatin1Char('@'))
                                  ? m_dir.filePath(argument.mid(1))
                                  : argument);
            QTest::addRow("%s %s",
                          qPrintable(command.join(QLatin1Char(' ')).remove(QLatin1Char('@'))),
                          qPrintable(kind))
                << kind << arguments << message;
        }
    }
}

void TestCli::readOnlyCommandsNeverCreateOrMigrate()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, command);
    QFETCH(QString, message);
    const QString path = databaseOfKind(kind);
    QVERIFY(!path.isEmpty());
    const qsizetype outputAt = command.indexOf(QStringLiteral("--output"));
    const QString output = outputAt < 0 ? QString() : command.value(outputAt + 1);
    if (!output.isEmpty())
        QFile::remove(output);
    const bool existed = QFile::exists(path);
    const QByteArray before = existed ? test::fileDigest(path) : QByteArray();
    const QStringList folderBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const auto result = test::runMotcua(
        command + QStringList {QStringLiteral("--database"), path, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(QFile::exists(path), existed);
    if (existed)
        QCOMPARE(test::fileDigest(path), before);
    if (kind == QLatin1String("empty"))
        QCOMPARE(QFileInfo(path).size(), 0);
    // Nothing written either: no output, no journal or WAL beside the database.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), folderBefore);
}

// The commands that change records which must already exist (a dossier, an account), one
// invocation each form, with what they read from standard input: they write, so they upgrade an
// older schema, but they never create a database to find nothing in it.
QList<std::pair<QStringList, QByteArray>> onExistingRecordsInvocations()
{
    QList<std::pair<QStringList, QByteArray>> invocations;
    for (const ActionSpec &spec : DossierActions::all()) {
        const QString action = QString::fromLatin1(spec.key);
        invocations.append({{"dossier", action, "H47.132-260306-0001"}, {}});
        invocations.append({{"dossier", action, "--stdin"}, "H47.132-260306-0001\n"});
    }
    invocations.append({{"user", "disable", "lan"}, {}});
    invocations.append({{"user", "enable", "lan"}, {}});
    invocations.append({{"user", "passwd", "lan"}, "correct horse\n"});
    return invocations;
}

// `dossier ACTION` and `user disable|enable|passwd` on a mistyped path or a file truncated to
// nothing used to create a fresh database, then fail on "no such dossier" (or account): the
// path was no longer as it had been.
void TestCli::commandsOnExistingRecordsNeverCreate_data()
{
    addDatabaseKinds();
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QList<std::pair<QString, QString>> kinds = {
        {"absent", "does not exist"},
        {"empty", "is empty (0 bytes)"},
    };
    for (const auto &[kind, message] : kinds) {
        for (const auto &[command, input] : onExistingRecordsInvocations())
            QTest::addRow("%s %s", qPrintable(command.join(QLatin1Char(' '))), qPrintable(kind))
                << kind << command << input << message;
    }
}

void TestCli::commandsOnExistingRecordsNeverCreate()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, command);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const QString path = databaseOfKind(kind);
    QVERIFY(!path.isEmpty());
    const bool existed = QFile::exists(path);
    const QStringList folderBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const auto result = test::runMotcua(
        command + QStringList {QStringLiteral("--database"), path, "--lang", "en"}, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QCOMPARE(QFile::exists(path), existed);
    if (kind == QLatin1String("empty"))
        QCOMPARE(QFileInfo(path).size(), 0);
    // No journal or WAL beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), folderBefore);
}

void TestCli::aChangeOfRecordsUpgradesAnOlderSchema_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("dossier transfer")
        << QStringList {"dossier",       "transfer",   "@code",
                        "--giver",       "Lê Thị Hoa", "--receiver",
                        "Trần Văn Bình", "--office",   "Công chức Tư pháp - Hộ tịch"};
    QTest::newRow("user disable") << QStringList {"user", "disable", "lan"};
}

// Unlike a command that only reads, a change of existing records upgrades a database of an
// older schema, as the window does: here version 5, the same file before migration 6 added the
// trigger that refuses REPLACE INTO events.
void TestCli::aChangeOfRecordsUpgradesAnOlderSchema()
{
    QFETCH(QStringList, command);
    QVERIFY(Database::latestSchemaVersion() >= 6);
    const QString name = QStringLiteral("older-%1.sqlite")
                             .arg(QTest::currentDataTag())
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QString code;
    {
        Database db;
        QVERIFY(test::openOffice(db, m_dir, name));
        Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
        QString failure;
        const qint64 id = test::dossierIn(db, DossierStatus::Received, &failure);
        Clock::setFixed({});
        QVERIFY2(id, qPrintable(failure));
        code = DossierStore(db.connection()).find(id)->code;
        QVERIFY(test::addAccount(db.connection(), QStringLiteral("lan"), Role::Clerk).isValid());
    }
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    const int downgraded
        = sqlite3_exec(raw, "DROP TRIGGER events_refuse_rewrite; PRAGMA user_version = 5;", nullptr,
                       nullptr, nullptr);
    sqlite3_close(raw);
    QCOMPARE(downgraded, SQLITE_OK);

    for (QString &argument : command) {
        if (argument == QLatin1String("@code"))
            argument = code;
    }
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MOTCUA_FAKE_NOW"), QStringLiteral("2026-03-04T16:00"));
    const auto result = test::runMotcua(
        command + QStringList {QStringLiteral("--database"), path, "--lang", "en"}, {},
        environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    Database db;
    QVERIFY(db.open(path, Database::OpenMode::ExistingOnly)); // refuses an older schema
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(test::count(db,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                        "'trigger' AND name = 'events_refuse_rewrite'")),
             1);
    // The change itself was made.
    if (command.constFirst() == QLatin1String("user"))
        QVERIFY(!UserStore(db.connection()).find(QStringLiteral("lan"))->active);
    else
        QCOMPARE(DossierStore(db.connection()).findByCode(code)->status, DossierStatus::Processing);
}

// A new command must say which it is: one that only reads joins readOnlyInvocations(), one
// that changes records which must exist joins onExistingRecordsInvocations().
void TestCli::everyCommandIsClassified()
{
    const auto help = test::runMotcua({QStringLiteral("--help"), "--lang", "en"});
    QCOMPARE(help.exitCode, 0);
    const QString list = help.out.section(QStringLiteral("Commands (run without a display):"), 1);
    QStringList classified = writingCommands;
    for (const QStringList &command : readOnlyInvocations())
        classified << command.constFirst();
    for (const auto &[command, input] : onExistingRecordsInvocations())
        classified << command.constFirst();
    classified.removeDuplicates();
    int commands = 0;
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+)  "));
    for (const QString &text : list.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        ++commands;
        const QString name = match.captured(1);
        QVERIFY2(classified.contains(name),
                 qPrintable(QStringLiteral("\"%1\" is neither a read-only nor a writing command "
                                           "of this test")
                                .arg(name)));
    }
    QCOMPARE(commands, classified.size()); // none listed here is gone
}

// `restore FILE` without --yes only asks: it used to create (or upgrade) the database first.
void TestCli::anUnconfirmedRestoreChangesNothing_data()
{
    addDatabaseKinds();
    QTest::newRow("absent") << "absent";
    QTest::newRow("empty") << "empty";
    QTest::newRow("older") << "older";
}

void TestCli::anUnconfirmedRestoreChangesNothing()
{
    QFETCH(QString, kind);
    const QString backup = m_dir.filePath(QStringLiteral("restore-source.sqlite"));
    if (!QFile::exists(backup)) {
        Database db;
        QVERIFY(db.open(backup));
    }
    const QString path = databaseOfKind(kind);
    QVERIFY(!path.isEmpty());
    const bool existed = QFile::exists(path);
    const QByteArray before = existed ? test::fileDigest(path) : QByteArray();
    const QStringList folderBefore = QDir(m_dir.path()).entryList(QDir::Files);

    const auto result = test::runMotcua({"restore", backup, "--database", path, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--yes")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QFile::exists(path), existed);
    if (existed)
        QCOMPARE(test::fileDigest(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), folderBefore);
}

// A database truncated to half used to be "not a Một Cửa database", and check exited 2.
void TestCli::aHalfDatabaseIsDamaged()
{
    const QString path = m_dir.filePath(QStringLiteral("half.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO settings (key, value) SELECT 'filler-' || i, printf('%.200c', 'x') "
            "FROM n")));
    }
    {
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2 - (file.size() / 2) % 4096));
    }
    const QByteArray before = test::fileDigest(path);
    const auto check = test::runMotcua({"check", "--database", path, "--lang", "en"});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("is damaged")), qPrintable(check.err));
    QVERIFY(!check.err.contains(QStringLiteral("not a Một Cửa database")));
    const auto info = test::runMotcua({"db-info", "--database", path, "--lang", "en"});
    QCOMPARE(info.exitCode, 2);
    QVERIFY2(info.err.contains(QStringLiteral("The Một Cửa database")), qPrintable(info.err));
    QVERIFY(info.err.contains(QStringLiteral("is damaged")));
    QCOMPARE(test::fileDigest(path), before);
}

// A database with a procedure and the office set up, then a flipped run of bytes in a B-tree
// page near the end of the file (a table nothing else reads).
QString TestCli::damagedDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (test::runMotcua({"settings", "set", "office.code", "H47.132", "--database", path}).exitCode
        != 0)
        return {};
    const QString procedures = m_dir.filePath(name + QStringLiteral(".procedures.csv"));
    {
        QFile file(procedures);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("code,name,field,level,duration,unit,cutoff,fee,office,documents\n"
                   "9.1,Thủ tục A,Thử nghiệm,Cấp xã,2,days,0,,UBND,Đơn\n");
    }
    if (test::runMotcua({"import-procedures", procedures, "--database", path}).exitCode != 0)
        return {};
    {
        Database db;
        if (!db.open(path))
            return {};
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("CREATE TABLE filler (x)"))
            || !query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                "INSERT INTO filler SELECT printf('%.200c', 'x') FROM n")))
            return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() - 20 * 4096 + 100)
        || file.write(QByteArray(3000, '\x5a')) != 3000)
        return {};
    return path;
}

// Used to be: check says malformed, yet the import wrote its rows and backup reported success
// with a copy that restore then refused.
void TestCli::aDamagedDatabaseIsNeitherBackedUpNorWritten()
{
    const QString path = damagedDatabase(QStringLiteral("damaged.sqlite"));
    QVERIFY(!path.isEmpty());
    const auto check = test::runMotcua({"check", "--database", path, "--lang", "en"});
    QCOMPARE(check.exitCode, 1);

    const QString copy = m_dir.filePath(QStringLiteral("damaged-backup.sqlite"));
    const auto backup
        = test::runMotcua({"backup", "--output", copy, "--database", path, "--lang", "en"});
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains(QStringLiteral("No backup was made")), qPrintable(backup.err));
    QVERIFY(backup.err.contains(QStringLiteral("is damaged")));
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));

    const QString dossiers = m_dir.filePath(QStringLiteral("damaged-dossiers.csv"));
    {
        QFile file(dossiers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("procedure_code,channel,received_at,applicant_name,applicant_id,birth_date,"
                   "phone,address,email,documents\n"
                   "9.1,direct,2026-03-06T09:00,Lê Văn Bình,001090012345,,,Thôn Đông,,Đơn\n");
    }
    const QByteArray before = test::fileDigest(path);
    const auto import
        = test::runMotcua({"import-dossiers", dossiers, "--database", path, "--lang", "en"});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QStringLiteral("is damaged")), qPrintable(import.err));
    QVERIFY(import.out.isEmpty());
    QCOMPARE(test::fileDigest(path), before);
}

void TestCli::unknownCommandAndOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << "frobnicate";
    QTest::newRow("unknown option") << QStringList {"db-info", "--colour"} << "colour";
    QTest::newRow("bad language") << QStringList {"db-info", "--lang", "fr"} << "fr";
}

void TestCli::unknownCommandAndOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto result = test::runMotcua(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
