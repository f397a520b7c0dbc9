#include "accountsupport.h"
#include "db/database.h"
#include "store/eventlog.h"
#include "store/exportlog.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::Role)

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstEventWithoutNoteIsRecorded();
    void chainIsIntactAfterAppends();
    void recordCommitsOnItsOwn();
    void personalDataAccessIsLogged_data();
    void personalDataAccessIsLogged();
    void exportIsLoggedBeforeItIsWritten_data();
    void exportIsLoggedBeforeItIsWritten();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

void TestEventLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEventLog::init()
{
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("events-%1.sqlite").arg(++m_counter))));
}

// Regression: a null note and the first event's empty previous hash were bound as SQL NULL
// and refused by the NOT NULL columns.
void TestEventLog::firstEventWithoutNoteIsRecorded()
{
    EventRecord event;
    event.kind = QStringLiteral("test");
    QString error;
    QVERIFY2(EventLog(db()).record(test::systemActor(), event, &error), qPrintable(error));
    QCOMPARE(event.id, 1);
    QSqlQuery query(QStringLiteral("SELECT note, prev_hash, actor, user_id FROM events"), db());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QString());
    QVERIFY(!query.value(0).isNull());
    QVERIFY(!query.value(1).isNull());
    QCOMPARE(query.value(2).toString(), QStringLiteral("test-runner"));
    QVERIFY(query.value(3).isNull()); // the headless account is no row of users
}

void TestEventLog::chainIsIntactAfterAppends()
{
    EventLog log(db());
    for (int i = 0; i < 5; ++i) {
        EventRecord event;
        event.kind = QStringLiteral("test");
        event.note = QStringLiteral("lần %1").arg(i);
        event.details = {{QStringLiteral("i"), i}};
        QString error;
        QVERIFY2(log.record(test::systemActor(), event, &error), qPrintable(error));
    }
    const EventLog::ChainCheck check = log.verifyChain();
    QVERIFY2(check.isIntact(), qPrintable(check.reason));
    QCOMPARE(check.checked, 5);
}

void TestEventLog::recordCommitsOnItsOwn()
{
    EventRecord event;
    event.kind = QStringLiteral("test");
    QString error;
    QVERIFY(EventLog(db()).record(test::systemActor(), event, &error));
    // Inside another transaction, record() refuses instead of committing someone else's work.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    EventRecord nested;
    nested.kind = QStringLiteral("test");
    QVERIFY(!EventLog(db()).record(test::systemActor(), nested, &error));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(test::eventCount(db()), 1);
}

void TestEventLog::personalDataAccessIsLogged_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("exported");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk exports") << Role::Clerk << true << false;
    QTest::newRow("clerk views") << Role::Clerk << false << false;
    QTest::newRow("supervisor exports") << Role::Supervisor << true << true;
    QTest::newRow("supervisor views") << Role::Supervisor << false << true;
    QTest::newRow("administrator exports") << Role::Administrator << true << true;
}

void TestEventLog::personalDataAccessIsLogged()
{
    QFETCH(Role, role);
    QFETCH(bool, exported);
    QFETCH(bool, allowed);
    const Actor actor = test::addAccount(db(), QStringLiteral("someone"), role);
    QVERIFY(actor.isValid());
    const qint64 before = test::eventCount(db());

    QString error;
    const bool ok = EventLog(db()).recordPersonalDataAccess(
        actor,
        exported ? EventLog::PersonalDataAccess::Exported : EventLog::PersonalDataAccess::Viewed,
        QStringLiteral("register"), 1234, {{QStringLiteral("from"), QStringLiteral("2026-01-01")}},
        &error);
    QCOMPARE(ok, allowed);
    if (!allowed) {
        QCOMPARE(error, Roles::deniedMessage(Permission::ViewReports));
        QCOMPARE(test::eventCount(db()), before);
        return;
    }
    QCOMPARE(test::eventCount(db()), before + 1);
    const EventRecord event = test::lastEvent(db());
    QCOMPARE(event.kind,
             exported ? QStringLiteral("personal-data-exported")
                      : QStringLiteral("personal-data-viewed"));
    QCOMPARE(event.userId, actor.userId);
    QCOMPARE(event.details.value(QStringLiteral("subject")).toString(), QStringLiteral("register"));
    QCOMPARE(event.details.value(QStringLiteral("rows")).toInteger(), 1234);
    QCOMPARE(event.details.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
}

void TestEventLog::exportIsLoggedBeforeItIsWritten_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("logRefused");
    QTest::addColumn<bool>("writeFails");
    QTest::addColumn<bool>("written");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("message");
    QTest::newRow("written") << Role::Supervisor << false << false << true
                             << QStringList {"personal-data-exported"} << QString();
    QTest::newRow("clerk refused") << Role::Clerk << false << false << false << QStringList {}
                                   << Roles::deniedMessage(Permission::ViewReports);
    QTest::newRow("log refused") << Role::Supervisor << true << false << false << QStringList {}
                                 << "Nothing was exported";
    QTest::newRow("write fails") << Role::Administrator << false << true << true
                                 << QStringList {"personal-data-exported",
                                                 "personal-data-export-failed"}
                                 << "disk full\nThe export had been recorded";
}

// ExportLog::logThenWrite: the writer runs only once the export is logged; a write that
// fails after it is logged as failed.
void TestEventLog::exportIsLoggedBeforeItIsWritten()
{
    QFETCH(Role, role);
    QFETCH(bool, logRefused);
    QFETCH(bool, writeFails);
    QFETCH(bool, written);
    QFETCH(QStringList, events);
    QFETCH(QString, message);
    const Actor actor = test::addAccount(db(), QStringLiteral("exporter%1").arg(int(role)), role);
    QVERIFY(actor.isValid());
    QSqlQuery query(db());
    if (logRefused)
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, "
            "'refused'); END")));
    const qint64 before = EventLog(db()).lastId();
    bool called = false;
    QString error;
    const bool ok = ExportLog(db()).logThenWrite(
        actor, {QStringLiteral("register"), QStringLiteral("csv"), 7, QStringLiteral("2026")},
        [&](QString *writeError) {
            called = true;
            // The export is already in the log when the data is written.
            if (test::lastEvent(db()).kind != QLatin1String("personal-data-exported"))
                return false;
            if (writeFails)
                *writeError = QStringLiteral("disk full");
            return !writeFails;
        },
        &error);
    if (logRefused)
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse")));
    QCOMPARE(called, written);
    QCOMPARE(ok, written && !writeFails);
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QStringList kinds;
    QVERIFY(query.exec(
        QStringLiteral("SELECT kind FROM events WHERE id > %1 ORDER BY id").arg(before)));
    while (query.next())
        kinds << query.value(0).toString();
    QCOMPARE(kinds, events);
    if (writeFails)
        QCOMPARE(test::lastEvent(db()).details.value(QStringLiteral("export_event")).toInteger(),
                 before + 1);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
