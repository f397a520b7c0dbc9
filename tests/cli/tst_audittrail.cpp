#include "accountsupport.h"
#include "db/database.h"
#include "store/eventlog.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

// Tampering with the event table by hand, as someone with the file and the sqlite3 shell
// would: the chain check and `motcua check` both name the first broken row.
class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void intactTrailIsClean();
    void tamperingIsReported_data();
    void tamperingIsReported();

private:
    QString makeDatabase(const QString &name);
    QTemporaryDir m_dir;
};

void TestAuditTrail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// Five events: accounts added, a login, a password change.
QString TestAuditTrail::makeDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Database database;
    if (!database.open(path))
        return {};
    UserStore store(database.connection());
    QString error;
    const Actor lan = test::addAccount(database.connection(), QStringLiteral("lan"), Role::Clerk);
    test::addAccount(database.connection(), QStringLiteral("minh"), Role::Supervisor);
    store.authenticate(QStringLiteral("lan"), QStringLiteral("correct horse"));
    store.setRole(test::systemActor(), QStringLiteral("minh"), Role::Administrator, &error);
    store.setActive(test::systemActor(), QStringLiteral("lan"), false, &error);
    return test::eventCount(database.connection()) == 5 ? path : QString();
}

void TestAuditTrail::intactTrailIsClean()
{
    const QString path = makeDatabase(QStringLiteral("clean.sqlite"));
    QVERIFY(!path.isEmpty());
    const auto result = test::runMotcua({QStringLiteral("check"), QStringLiteral("-d"), path,
                                         QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("The database is sound.")), qPrintable(result.out));
}

void TestAuditTrail::tamperingIsReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenRow");
    QTest::addColumn<QString>("reason");

    QTest::newRow("edited actor") << "UPDATE events SET actor = 'Mallory' WHERE id = 3;"
                                  << qint64(3) << "was changed after it was recorded";
    QTest::newRow("edited details")
        << "UPDATE events SET details = '{\"role\":\"clerk\",\"username\":\"minh\"}' "
           "WHERE id = 2;"
        << qint64(2) << "was changed after it was recorded";
    QTest::newRow("edited time")
        << "UPDATE events SET occurred_at = occurred_at - 86400 WHERE id = 5;" << qint64(5)
        << "was changed after it was recorded";
    QTest::newRow("deleted in the middle")
        << "DELETE FROM events WHERE id = 3;" << qint64(4) << "rows are missing or were inserted";
    QTest::newRow("deleted first")
        << "DELETE FROM events WHERE id = 1;" << qint64(2) << "rows are missing or were inserted";
    // Inserted in the middle: the later rows renumbered, a forged row with a plausible hash.
    QTest::newRow("inserted in the middle")
        << "UPDATE events SET id = id + 100 WHERE id >= 3; UPDATE events SET id = id - 99 WHERE id "
           ">= 100;"
           "INSERT INTO events (id, occurred_at, recorded_at, actor, kind, note, details, "
           "prev_hash, hash) "
           "SELECT 3, occurred_at, recorded_at, 'Mallory', 'login', '', '{}', hash, hash FROM "
           "events WHERE id = 2;"
        << qint64(3) << "was changed after it was recorded";
    QTest::newRow("inserted at the end")
        << "INSERT INTO events (id, occurred_at, recorded_at, actor, kind, note, details, "
           "prev_hash, hash) "
           "SELECT 6, occurred_at, recorded_at, 'Mallory', 'login', '', '{}', hash, 'forged' FROM "
           "events WHERE id = 5;"
        << qint64(6) << "was changed after it was recorded";
    QTest::newRow("inserted with a gap")
        << "INSERT INTO events (id, occurred_at, recorded_at, actor, kind, note, details, "
           "prev_hash, hash) "
           "VALUES (9, 1, 1, 'Mallory', 'login', '', '{}', '', '');"
        << qint64(9) << "rows are missing or were inserted";
}

void TestAuditTrail::tamperingIsReported()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenRow);
    QFETCH(QString, reason);

    const QString path
        = makeDatabase(QStringLiteral("tampered-%1.sqlite").arg(QTest::currentDataTag()));
    QVERIFY(!path.isEmpty());

    // A hand edit: the triggers that refuse UPDATE and DELETE are dropped first.
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    const QByteArray script
        = "DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete; " + sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(raw, script.constData(), nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(raw);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));

    {
        Database database;
        QVERIFY(database.open(path));
        const EventLog::ChainCheck check = EventLog(database.connection()).verifyChain();
        QVERIFY(!check.isIntact());
        QCOMPARE(check.firstBrokenId, brokenRow);
        QVERIFY2(check.reason.contains(reason), qPrintable(check.reason));
    }

    const auto result = test::runMotcua({QStringLiteral("check"), QStringLiteral("--database"),
                                         path, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(
                 QStringLiteral("Audit trail broken at event %1: event %1").arg(brokenRow)),
             qPrintable(result.out));
    QVERIFY(result.out.contains(reason));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
