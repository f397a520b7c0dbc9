#include "db/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcessEnvironment>
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
    void unknownCommandAndOption_data();
    void unknownCommandAndOption();

private:
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
