#include "db/database.h"
#include "db/maintenance.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshDatabaseHasLatestSchemaAndPragmas();
    void reopeningIsANoOp();
    void migrationsAreOrderedAndContiguous();
    void everyMigrationFileIsEmbedded();
    void eventsAreAppendOnly();
    void refusalsLeaveTheFileUntouched_data();
    void refusalsLeaveTheFileUntouched();
    void eachOpenModeCreatesAndMigratesAsItSays_data();
    void eachOpenModeCreatesAndMigratesAsItSays();
    void lockedDatabaseIsReported_data();
    void lockedDatabaseIsReported();
    void directoryThatCannotBeCreated();
    void resolvePathPrefersCommandLineThenEnvironmentThenRemembered();
    void checkFindsNoProblemInAFreshDatabase();

private:
    QString makePath(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatabase::freshDatabaseHasLatestSchemaAndPragmas()
{
    Database db;
    QVERIFY2(db.open(makePath(QStringLiteral("fresh.sqlite"))), qPrintable(db.errorMessage()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::DefaultBusyTimeoutMs);

    const QStringList expected = {"calendar_overrides",
                                  "code_sequences",
                                  "dossier_documents",
                                  "dossier_pauses",
                                  "dossiers",
                                  "events",
                                  "intake_slips",
                                  "procedure_documents",
                                  "procedures",
                                  "settings",
                                  "users"};
    QStringList tables;
    for (const auto &pair : Maintenance(db).rowCounts())
        tables.append(pair.first);
    for (const QString &table : expected)
        QVERIFY2(tables.contains(table), qPrintable(table));

    // The 2026 announcements are seed data.
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM calendar_overrides WHERE day LIKE '2026-%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void TestDatabase::reopeningIsANoOp()
{
    const QString path = makePath(QStringLiteral("reopen.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('office.name', 'UBND xã')")));
    }
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM calendar_overrides")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4); // seed not applied twice
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'office.name'"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("UBND xã"));
}

void TestDatabase::migrationsAreOrderedAndContiguous()
{
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (int i = 0; i < files.size(); ++i)
        QVERIFY2(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))),
                 qPrintable(files.at(i)));
    QCOMPARE(Database::latestSchemaVersion(), int(files.size()));
}

// A migration file added to resources/sql but not embedded would never be applied.
void TestDatabase::everyMigrationFileIsEmbedded()
{
    const QDir sources(QStringLiteral(MOTCUA_TEST_DATA_DIR "/../../resources/sql"));
    const QStringList inSources
        = sources.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!inSources.isEmpty());
    QCOMPARE(QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name), inSources);
}

void TestDatabase::eventsAreAppendOnly()
{
    Database db;
    QVERIFY(db.open(makePath(QStringLiteral("events.sqlite"))));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO events (occurred_at, recorded_at, actor, kind) "
                                      "VALUES (1, 1, 'test', 'note')")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE events SET actor = 'someone else'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM events")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(query.exec(QStringLiteral("SELECT actor FROM events")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("test"));
}

void TestDatabase::refusalsLeaveTheFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedError");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("text file") << "text" << int(Database::Error::NotADatabase)
                               << "not a Một Cửa database";
    QTest::newRow("random bytes") << "random" << int(Database::Error::NotADatabase)
                                  << "not a Một Cửa database";
    QTest::newRow("sqlite header, garbage pages")
        << "garbage" << int(Database::Error::NotADatabase) << "not a Một Cửa database";
    QTest::newRow("newer schema") << "newer" << int(Database::Error::TooNew)
                                  << "newer than this program";
    QTest::newRow("read-only file") << "readonly" << int(Database::Error::ReadOnly) << "read-only";
}

void TestDatabase::refusalsLeaveTheFileUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedError);
    QFETCH(QString, messagePart);

    const QString path = makePath(QStringLiteral("refuse-%1.sqlite").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Danh sách hồ sơ\nkhông phải cơ sở dữ liệu\n");
    } else if (kind == QLatin1String("random") || kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        if (kind == QLatin1String("garbage"))
            bytes.replace(0, 16, QByteArrayLiteral("SQLite format 3\0"));
        file.write(bytes);
    } else if (kind == QLatin1String("newer")) {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t (x); PRAGMA user_version = 999;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    } else if (kind == QLatin1String("readonly")) {
        {
            Database db;
            QVERIFY(db.open(path));
        }
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }

    const QByteArray before = test::fileDigest(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(int(db.error()), expectedError);
    QVERIFY2(db.errorMessage().contains(messagePart), qPrintable(db.errorMessage()));
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileDigest(path), before);
}

// Only CreateOrMigrate creates; ExistingOnly (a command that only reads) migrates nothing;
// ExistingOrMigrate (a change of records that must exist) refuses a missing or empty file and
// a SQLite file no migration has touched, but upgrades an older schema.
void TestDatabase::eachOpenModeCreatesAndMigratesAsItSays_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedError"); // Error::None: opened at the latest version
    using Mode = Database::OpenMode;
    using Error = Database::Error;
    const QList<std::tuple<const char *, Mode, QString, Error>> rows = {
        {"create absent", Mode::CreateOrMigrate, "absent", Error::None},
        {"create empty", Mode::CreateOrMigrate, "empty", Error::None},
        {"create older", Mode::CreateOrMigrate, "older", Error::None},
        {"existing absent", Mode::ExistingOnly, "absent", Error::NotFound},
        {"existing empty", Mode::ExistingOnly, "empty", Error::NotFound},
        {"existing unversioned", Mode::ExistingOnly, "unversioned", Error::NotADatabase},
        {"existing older", Mode::ExistingOnly, "older", Error::NeedsUpgrade},
        {"existing current", Mode::ExistingOnly, "current", Error::None},
        {"records absent", Mode::ExistingOrMigrate, "absent", Error::NotFound},
        {"records empty", Mode::ExistingOrMigrate, "empty", Error::NotFound},
        {"records unversioned", Mode::ExistingOrMigrate, "unversioned", Error::NotADatabase},
        {"records older", Mode::ExistingOrMigrate, "older", Error::None},
        {"records current", Mode::ExistingOrMigrate, "current", Error::None},
    };
    for (const auto &[tag, mode, kind, error] : rows)
        QTest::newRow(tag) << int(mode) << kind << int(error);
}

void TestDatabase::eachOpenModeCreatesAndMigratesAsItSays()
{
    QFETCH(int, mode);
    QFETCH(QString, kind);
    QFETCH(int, expectedError);
    const QString path = makePath(QStringLiteral("mode-%1.sqlite").arg(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    QFile::remove(path);
    if (kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("older") || kind == QLatin1String("current")) {
        {
            Database db;
            QVERIFY(db.open(path));
        }
        // Version 5 is the same file before migration 6 added this trigger.
        QVERIFY(Database::latestSchemaVersion() >= 6);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        const int rc = kind == QLatin1String("current")
            ? SQLITE_OK
            : sqlite3_exec(raw, "DROP TRIGGER events_refuse_rewrite; PRAGMA user_version = 5;",
                           nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        QCOMPARE(rc, SQLITE_OK);
    } else if (kind == QLatin1String("unversioned")) {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE contacts (name TEXT);", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const bool existed = QFile::exists(path);
    const QByteArray before = existed ? test::fileDigest(path) : QByteArray();

    Database db;
    const bool opened = db.open(path, Database::OpenMode(mode));
    QCOMPARE(int(db.error()), expectedError);
    QCOMPARE(opened, expectedError == int(Database::Error::None));
    if (opened) {
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        return;
    }
    QVERIFY(!db.errorMessage().isEmpty());
    QCOMPARE(QFile::exists(path), existed);
    if (existed)
        QCOMPARE(test::fileDigest(path), before);
}

void TestDatabase::lockedDatabaseIsReported_data()
{
    QTest::addColumn<bool>("migrated");
    QTest::addColumn<QString>("begin");
    QTest::newRow("our WAL database, writer active") << true << "BEGIN IMMEDIATE";
    QTest::newRow("rollback-journal file, exclusive lock")
        << false << "BEGIN EXCLUSIVE; INSERT INTO t VALUES (1)";
}

void TestDatabase::lockedDatabaseIsReported()
{
    QFETCH(bool, migrated);
    QFETCH(QString, begin);
    const QString path = makePath(QStringLiteral("locked-%1.sqlite").arg(migrated));
    if (migrated) {
        Database db;
        QVERIFY(db.open(path));
    } else {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t (x);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray before = test::fileDigest(path);

    test::SqliteShellLock lock;
    QVERIFY(lock.acquire(path, begin));
    Database db;
    db.setBusyTimeout(300);
    QVERIFY(!db.open(path));
    QCOMPARE(db.error(), Database::Error::Locked);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("locked by another program")),
             qPrintable(db.errorMessage()));
    lock.release();
    QCOMPARE(test::fileDigest(path), before);

    // Once the other program lets go, the same file opens.
    Database again;
    QVERIFY2(again.open(path), qPrintable(again.errorMessage()));
}

void TestDatabase::directoryThatCannotBeCreated()
{
    const QString blocker = makePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    Database db;
    QVERIFY(!db.open(blocker + QStringLiteral("/sub/motcua.sqlite")));
    QCOMPARE(db.error(), Database::Error::CannotCreateDirectory);
    QVERIFY(db.errorMessage().contains(QStringLiteral("Cannot create the folder")));
    QCOMPARE(test::fileDigest(blocker),
             QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex());
}

void TestDatabase::resolvePathPrefersCommandLineThenEnvironmentThenRemembered()
{
    qputenv("MOTCUA_DATABASE", "/tmp/from-environment.sqlite");
    QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/cli.sqlite")),
             QStringLiteral("/tmp/cli.sqlite"));
    QCOMPARE(Database::resolvePath(), QStringLiteral("/tmp/from-environment.sqlite"));
    const QString remembered = QStringLiteral("postgresql://clerk@10.0.0.5:5432/office1");
    QCOMPARE(Database::resolvePath({}, remembered), QStringLiteral("/tmp/from-environment.sqlite"));
    QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/cli.sqlite"), remembered),
             QStringLiteral("/tmp/cli.sqlite"));
    qunsetenv("MOTCUA_DATABASE");
    QCOMPARE(Database::resolvePath({}, remembered), remembered);
    QCOMPARE(Database::resolvePath(), Database::defaultPath());
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/motcua.sqlite")));
}

void TestDatabase::checkFindsNoProblemInAFreshDatabase()
{
    Database db;
    QVERIFY(db.open(makePath(QStringLiteral("check.sqlite"))));
    QCOMPARE(Maintenance(db).integrityProblems(), QStringList());

    // A dangling reference is found by the foreign-key check.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO procedure_documents (procedure_id, position, name) "
                                  "VALUES (4242, 1, 'Tờ khai')")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const QStringList problems = Maintenance(db).integrityProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("procedure_documents")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
