#include "accountsupport.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "store/backupstore.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <atomic>
#include <memory>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::Role)

namespace {

// Another counter writing the same file: transactions of RowsPerTransaction settings rows
// and one event each, until stopped. Remembers every committed row count.
class Writer final : public QThread
{
public:
    static constexpr int RowsPerTransaction = 7;

    explicit Writer(const QString &path)
        : m_path(path)
    { }

    void stop() { m_stop = true; }
    qint64 committedTransactions() const { return m_transactions; }
    QSet<qint64> committedCounts() const
    {
        QMutexLocker locker(&m_mutex);
        return m_counts;
    }
    QString error() const
    {
        QMutexLocker locker(&m_mutex);
        return m_error;
    }

protected:
    void run() override
    {
        Database database;
        if (!database.open(m_path)) {
            fail(database.errorMessage());
            return;
        }
        const QSqlDatabase db = database.connection();
        EventLog log(db);
        for (qint64 transaction = 0; !m_stop; ++transaction) {
            WriteTransaction write(db);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            for (int row = 0; row < RowsPerTransaction; ++row) {
                query.addBindValue(QStringLiteral("w-%1-%2").arg(transaction).arg(row));
                query.addBindValue(QString(200, QLatin1Char('x')));
                if (!query.exec()) {
                    fail(QStringLiteral("insert failed"));
                    return;
                }
            }
            EventRecord event;
            event.kind = QStringLiteral("test-write");
            QString error;
            if (!log.append(test::systemActor(), event, &error) || !write.commit()) {
                fail(error.isEmpty() ? write.errorText() : error);
                return;
            }
            {
                QMutexLocker locker(&m_mutex);
                m_counts.insert((transaction + 1) * RowsPerTransaction);
            }
            m_transactions = transaction + 1;
        }
    }

private:
    void fail(const QString &error)
    {
        QMutexLocker locker(&m_mutex);
        m_error = error;
    }

    QString m_path;
    std::atomic<bool> m_stop {false};
    std::atomic<qint64> m_transactions {0};
    mutable QMutex m_mutex;
    QSet<qint64> m_counts {0};
    QString m_error;
};

qint64 writtenRows(const QSqlDatabase &db)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'w-%'"), db);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backupIsOneSelfContainedFile();
    void backupNeverOverwrites();
    void backupWhileAnotherConnectionWrites();
    void restoreReplacesAfterASafetyCopy();
    void restoreRefusesABadFile_data();
    void restoreRefusesABadFile();
    void roleAgainstBackupAndRestore_data();
    void roleAgainstBackupAndRestore();
    void automaticBackupOncePerDayKeepingTheNewest();
    void aDamagedDatabaseGivesNoBackup();
    void fileNamesUseTheOfficeTime();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString backupFolder() const
    {
        return m_dir.filePath(QStringLiteral("backups-%1").arg(m_counter));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

void TestBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBackup::init()
{
    Clock::setFixed({});
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(path(QStringLiteral("live-%1.sqlite").arg(++m_counter))));
    QVERIFY(SettingsStore(m_database->connection())
                .setValue(QStringLiteral("backup.folder"), backupFolder()));
    QVERIFY(
        test::addAccount(m_database->connection(), QStringLiteral("lan"), Role::Clerk).isValid());
}

void TestBackup::cleanup()
{
    Clock::setFixed({});
    m_database.reset();
}

void TestBackup::backupIsOneSelfContainedFile()
{
    const QString target = path(QStringLiteral("sub/folder/copy.sqlite"));
    QString error;
    QVERIFY2(Backup::copy(*m_database, target, &error), qPrintable(error));
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    const Backup::Check check = Backup::check(target);
    QVERIFY2(check.ok, qPrintable(check.problem));
    QCOMPARE(check.schemaVersion, Database::latestSchemaVersion());

    Database copy;
    QVERIFY(copy.open(target));
    QVERIFY(UserStore(copy.connection()).find(QStringLiteral("lan")));
    QCOMPARE(test::eventCount(copy.connection()), test::eventCount(m_database->connection()));
}

void TestBackup::backupNeverOverwrites()
{
    const QString target = path(QStringLiteral("existing.sqlite"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    QString error;
    QVERIFY(!Backup::copy(*m_database, target, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(test::fileDigest(target),
             QCryptographicHash::hash("precious", QCryptographicHash::Sha256).toHex());
    // Not even the live database itself.
    QVERIFY(!Backup::copy(*m_database, m_database->path(), &error));
}

void TestBackup::backupWhileAnotherConnectionWrites()
{
    Writer writer(m_database->path());
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.committedTransactions() >= 3 || !writer.error().isEmpty(),
                             20000);
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));

    const qint64 before = writer.committedTransactions();
    QStringList backups;
    for (int i = 0; i < 6; ++i) {
        const QString target = path(QStringLiteral("during-%1.sqlite").arg(i));
        QString error;
        QVERIFY2(Backup::copy(*m_database, target, &error), qPrintable(error));
        backups.append(target);
        QThread::msleep(15);
    }
    const qint64 after = writer.committedTransactions();
    writer.stop();
    QVERIFY(writer.wait(20000));
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
    // The writer went on while the backups were made: they raced it.
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));

    const QSet<qint64> committed = writer.committedCounts();
    QSet<qint64> seen;
    for (const QString &backup : backups) {
        // Restored into a database of its own: sound, and exactly one committed state.
        Database restored;
        QVERIFY(restored.open(backup + QStringLiteral(".restored")));
        QString error;
        QVERIFY2(Backup::restore(restored, backup, backup + QStringLiteral(".safety"), &error),
                 qPrintable(error));
        QCOMPARE(Maintenance(restored).integrityProblems(), QStringList());
        const qint64 rows = writtenRows(restored.connection());
        QVERIFY2(committed.contains(rows),
                 qPrintable(QStringLiteral("%1 rows is no committed state").arg(rows)));
        // The events of the same transactions came along: the chain is whole.
        QCOMPARE(test::eventCount(restored.connection()), rows / Writer::RowsPerTransaction + 1);
        QVERIFY(EventLog(restored.connection()).verifyChain().isIntact());
        seen.insert(rows);
    }
    QVERIFY(!seen.contains(0));
}

void TestBackup::restoreReplacesAfterASafetyCopy()
{
    const Actor admin = test::addAccount(m_database->connection(), QStringLiteral("quantri"),
                                         Role::Administrator);
    BackupStore store(*m_database);
    const QString backup = path(QStringLiteral("before-minh.sqlite"));
    QString error;
    QVERIFY2(store.backupTo(admin, backup, &error), qPrintable(error));
    QCOMPARE(test::lastEvent(m_database->connection()).kind, QStringLiteral("backup-created"));
    QVERIFY(test::addAccount(m_database->connection(), QStringLiteral("minh"), Role::Supervisor)
                .isValid());
    // A later backup's anchor belongs to the history the restore discards.
    QVERIFY2(store.backupTo(admin, path(QStringLiteral("after-minh.sqlite")), &error),
             qPrintable(error));

    QString safetyCopy;
    QVERIFY2(store.restore(admin, backup, &safetyCopy, &error), qPrintable(error));
    QVERIFY(!UserStore(m_database->connection()).find(QStringLiteral("minh")));
    QVERIFY(UserStore(m_database->connection()).find(QStringLiteral("lan")));
    const EventRecord event = test::lastEvent(m_database->connection());
    QCOMPARE(event.kind, QStringLiteral("database-restored"));
    QCOMPARE(event.userId, admin.userId);
    QCOMPARE(event.details.value(QStringLiteral("safetyCopy")).toString(), safetyCopy);
    QVERIFY(EventLog(m_database->connection()).verifyChain().isIntact());
    QCOMPARE(Maintenance(*m_database).integrityProblems(), QStringList());
    // The restore starts the anchors again: the later backup's does not count.
    QCOMPARE(store.anchorProblems(), QStringList());

    // The safety copy beside the backups holds what was replaced.
    QCOMPARE(QFileInfo(safetyCopy).absolutePath(), QFileInfo(backupFolder()).absoluteFilePath());
    QVERIFY(QFileInfo(safetyCopy).fileName().startsWith(QStringLiteral("motcua-before-restore-")));
    Database previous;
    QVERIFY(previous.open(safetyCopy));
    QVERIFY(UserStore(previous.connection()).find(QStringLiteral("minh")));
    // Safety copies are never rotated away.
    QVERIFY(!store.backups().contains(safetyCopy));
}

void TestBackup::restoreRefusesABadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("text file") << "text"
                               << "is not a Một Cửa database";
    QTest::newRow("garbage after a SQLite header") << "garbage"
                                                   << "is not a Một Cửa database";
    QTest::newRow("damaged pages") << "damaged"
                                   << "is damaged";
    QTest::newRow("truncated") << "truncated"
                               << "is damaged";
    QTest::newRow("newer schema") << "newer"
                                  << "newer than this program knows";
    QTest::newRow("another program's database") << "foreign"
                                                << "is not a Một Cửa database";
}

void TestBackup::restoreRefusesABadFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const Actor admin = test::addAccount(m_database->connection(), QStringLiteral("quantri"),
                                         Role::Administrator);
    const QString bad = path(QStringLiteral("bad-%1.sqlite").arg(kind));

    if (kind == QLatin1String("text") || kind == QLatin1String("garbage")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(16384, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        if (kind == QLatin1String("garbage"))
            bytes.replace(0, 16, QByteArrayLiteral("SQLite format 3\0"));
        else
            bytes = "Sổ theo dõi hồ sơ\n";
        file.write(bytes);
    } else if (kind == QLatin1String("damaged") || kind == QLatin1String("truncated")) {
        // A real backup with enough rows for many pages, then damaged.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 3000) INSERT INTO settings (key, value) "
                           "SELECT 'filler-' || i, printf('%.200c', 'x') FROM n")));
        QString error;
        QVERIFY2(Backup::copy(*m_database, bad, &error), qPrintable(error));
        const qint64 size = QFileInfo(bad).size();
        if (kind == QLatin1String("damaged")) {
            overwrite(bad, size / 2 - (size / 2) % 4096 + 100, QByteArray(3000, '\x5a'));
        } else {
            QFile file(bad);
            QVERIFY(file.resize(size / 2 - (size / 2) % 4096));
        }
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("foreign")) {
        QString error;
        if (kind == QLatin1String("newer")) {
            QVERIFY2(Backup::copy(*m_database, bad, &error), qPrintable(error));
        }
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(bad).constData(), &raw), SQLITE_OK);
        const char *sql = kind == QLatin1String("newer")
            ? "PRAGMA user_version = 999;"
            : "CREATE TABLE contacts (name TEXT); PRAGMA user_version = 1;";
        QCOMPARE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray badBefore = test::fileDigest(bad);

    // The live file, closed and reopened so that its bytes on disk are all there is.
    const QString livePath = m_database->path();
    m_database.reset();
    const QByteArray before = test::fileDigest(livePath);
    QVERIFY(!before.isEmpty());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(livePath));
    const qint64 events = test::eventCount(m_database->connection());

    QVERIFY(!Backup::check(bad).ok);
    QString safetyCopy;
    QString error;
    QVERIFY(!BackupStore(*m_database).restore(admin, bad, &safetyCopy, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(test::eventCount(m_database->connection()), events);
    m_database.reset();

    QCOMPARE(test::fileDigest(livePath), before);
    // Refused before the safety copy: nothing was written anywhere.
    QVERIFY(QDir(backupFolder()).entryList(QDir::Files).isEmpty());
    // And the offered file is left as it was.
    QCOMPARE(test::fileDigest(bad), badBefore);
}

void TestBackup::roleAgainstBackupAndRestore_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << Role::Clerk << false;
    QTest::newRow("supervisor") << Role::Supervisor << false;
    QTest::newRow("administrator") << Role::Administrator << true;
}

void TestBackup::roleAgainstBackupAndRestore()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const Actor actor = test::addAccount(m_database->connection(), QStringLiteral("someone"), role);
    BackupStore store(*m_database);
    const QString good = path(QStringLiteral("good-%1.sqlite").arg(m_counter));
    QString error;
    QVERIFY(Backup::copy(*m_database, good, &error));
    const qint64 events = test::eventCount(m_database->connection());
    const QString users = test::usersSnapshot(m_database->connection());

    const QString target = path(QStringLiteral("by-role-%1.sqlite").arg(m_counter));
    QCOMPARE(store.backupTo(actor, target, &error), allowed);
    QCOMPARE(QFile::exists(target), allowed);
    QString written;
    QCOMPARE(store.backupToFolder(actor, &written, &error), allowed);
    QString safetyCopy;
    QCOMPARE(store.restore(actor, good, &safetyCopy, &error), allowed);
    if (allowed) {
        QCOMPARE(test::lastEvent(m_database->connection()).kind,
                 QStringLiteral("database-restored"));
        return;
    }
    QCOMPARE(error, Roles::deniedMessage(Permission::Backup));
    QCOMPARE(test::eventCount(m_database->connection()), events);
    QCOMPARE(test::usersSnapshot(m_database->connection()), users);
    QVERIFY(QDir(backupFolder()).entryList(QDir::Files).isEmpty());
}

void TestBackup::automaticBackupOncePerDayKeepingTheNewest()
{
    QVERIFY(SettingsStore(m_database->connection())
                .setValue(QStringLiteral("backup.keep"), QStringLiteral("3")));
    // Files that are not dated backups are never rotated away.
    QVERIFY(QDir().mkpath(backupFolder()));
    for (const char *name : {"motcua-before-restore-20250101-080000.sqlite", "ghi-chu.txt"}) {
        QFile file(QDir(backupFolder()).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // Any role: the daily backup is the program's duty, whoever signs in first.
    const Actor clerk = UserStore(m_database->connection()).find(QStringLiteral("lan"))->actor();
    BackupStore store(*m_database);
    QCOMPARE(store.keep(), 3);
    const QTimeZone office("Asia/Ho_Chi_Minh");

    for (int day = 1; day <= 5; ++day) {
        Clock::setFixed(QDateTime(QDate(2026, 3, day), QTime(7, 45), office));
        QString written;
        QCOMPARE(store.automaticBackup(clerk, &written), BackupStore::Automatic::Done);
        QCOMPARE(QFileInfo(written).fileName(),
                 QStringLiteral("motcua-202603%1-074500.sqlite").arg(day, 2, 10, QLatin1Char('0')));
        const EventRecord event = test::lastEvent(m_database->connection());
        QCOMPARE(event.kind, QStringLiteral("backup-created"));
        QCOMPARE(event.userId, clerk.userId);
        QCOMPARE(event.details.value(QStringLiteral("automatic")).toBool(), true);

        // Later the same day: already done.
        Clock::setFixed(QDateTime(QDate(2026, 3, day), QTime(16, 50), office));
        const qint64 events = test::eventCount(m_database->connection());
        QCOMPARE(store.automaticBackup(clerk, &written), BackupStore::Automatic::NotDue);
        QCOMPARE(test::eventCount(m_database->connection()), events);
    }
    QStringList names;
    for (const QString &file : store.backups())
        names.append(QFileInfo(file).fileName());
    QCOMPARE(names,
             (QStringList {"motcua-20260305-074500.sqlite", "motcua-20260304-074500.sqlite",
                           "motcua-20260303-074500.sqlite"}));
    QVERIFY(QFile::exists(
        QDir(backupFolder())
            .filePath(QStringLiteral("motcua-before-restore-20250101-080000.sqlite"))));
    QVERIFY(QFile::exists(QDir(backupFolder()).filePath(QStringLiteral("ghi-chu.txt"))));

    // Each daily backup anchored the chain: beside it (removed with it) and in the manifest.
    QVERIFY(QFile::exists(store.backups().first() + QStringLiteral(".anchor")));
    QVERIFY(!QFile::exists(
        QDir(backupFolder()).filePath(QStringLiteral("motcua-20260301-074500.sqlite.anchor"))));
    QFile manifest(QDir(backupFolder()).filePath(BackupStore::manifestName()));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QString lines = QString::fromUtf8(manifest.readAll());
    QCOMPARE(lines.count(QStringLiteral("\tdaily\t")), 5);
    QCOMPARE(store.anchorProblems(), QStringList());
}

// A flipped run of bytes in a B-tree page: the pages used to be copied as they were and the
// backup reported success, with a copy that restore then refused.
void TestBackup::aDamagedDatabaseGivesNoBackup()
{
    const Actor admin = test::addAccount(m_database->connection(), QStringLiteral("quantri"),
                                         Role::Administrator);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x)")));
    QVERIFY(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 3000) INSERT INTO filler SELECT printf('%.200c', 'x') FROM n")));
    query.finish();
    const QTimeZone office("Asia/Ho_Chi_Minh");
    Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(7, 45), office));
    QString good;
    QCOMPARE(BackupStore(*m_database).automaticBackup(admin, &good), BackupStore::Automatic::Done);

    const QString livePath = m_database->path();
    m_database.reset();
    overwrite(livePath, QFileInfo(livePath).size() - 20 * 4096 + 100, QByteArray(3000, '\x5a'));
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(livePath));
    QVERIFY(!Maintenance(*m_database).integrityProblems().isEmpty());
    BackupStore store(*m_database);

    Clock::setFixed(QDateTime(QDate(2026, 3, 3), QTime(7, 45), office));
    QString error;
    QCOMPARE(store.automaticBackup(admin, &error), BackupStore::Automatic::Damaged);
    QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
    QCOMPARE(store.backups(), QStringList {good});
    // Nothing of the refused copy stays: only the good backup, its anchor and the manifest.
    const QString goodName = QFileInfo(good).fileName();
    QCOMPARE(QDir(backupFolder()).entryList(QDir::Files, QDir::Name),
             (QStringList {BackupStore::manifestName(), goodName,
                           goodName + QStringLiteral(".anchor")}));

    const QString manual = path(QStringLiteral("manual-of-damaged.sqlite"));
    QVERIFY(!store.backupTo(admin, manual, &error));
    QVERIFY2(error.startsWith(QStringLiteral("No backup was made: The Một Cửa database")),
             qPrintable(error));
    QVERIFY(!QFile::exists(manual));
    QVERIFY(!QFile::exists(manual + QStringLiteral(".part")));

    // The latest sound backup can still be restored over the damaged file (its safety copy is
    // taken as it is).
    QCOMPARE(store.latestGoodBackup(), good);
    QString safetyCopy;
    QVERIFY2(store.restore(admin, good, &safetyCopy, &error), qPrintable(error));
    QVERIFY(QFile::exists(safetyCopy));
    QCOMPARE(Maintenance(*m_database).integrityProblems(), QStringList());
}

void TestBackup::fileNamesUseTheOfficeTime()
{
    // 17:30 UTC is already the next day at the office (UTC+7).
    QCOMPARE(BackupStore::fileNameFor(QDateTime(QDate(2026, 1, 1), QTime(17, 30), Qt::UTC)),
             QStringLiteral("motcua-20260102-003000.sqlite"));
    QCOMPARE(BackupStore(*m_database).folder(), backupFolder());
    QVERIFY(SettingsStore(m_database->connection())
                .setValue(QStringLiteral("backup.folder"), QStringLiteral("  ")));
    QCOMPARE(BackupStore(*m_database).folder(), BackupStore::defaultFolder());
    QCOMPARE(BackupStore(*m_database).keep(), BackupStore::DefaultKeep);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
