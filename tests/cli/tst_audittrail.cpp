#include "accountsupport.h"
#include "db/database.h"
#include "lifecyclefixture.h"
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

    // The audit trail, whole: the dossier rows against their events, the protection in place,
    // the chain against its anchors outside the file.
    void cleanDatabasesCheckClean_data();
    void cleanDatabasesCheckClean();
    void replaceIntoEventsIsRefused();
    void dossierTamperingIsReported_data();
    void dossierTamperingIsReported();
    void backupLeavesAnAnchor();
    void givenAnchorIsChecked_data();
    void givenAnchorIsChecked();
    void reportsPrintTheCheckCode();

private:
    QString makeDatabase(const QString &name);
    QString lifecycleDatabase();
    QString demoDatabase();
    QString copyOf(const QString &path, const QString &name);
    QTemporaryDir m_dir;
    QString m_lifecycle, m_demo;
};

namespace {

// The sqlite3 shell, as someone holding the file would use it; its exit code and stderr.
test::ProcessResult sqliteShell(const QString &path, const QString &script)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script.toUtf8() + "\n");
    shell.closeWriteChannel();
    shell.waitForFinished(60000);
    return {shell.exitCode(), QString::fromUtf8(shell.readAllStandardOutput()),
            QString::fromUtf8(shell.readAllStandardError())};
}

test::ProcessResult check(const QString &path, const QStringList &more = {})
{
    return test::runMotcua(QStringList {QStringLiteral("check"), QStringLiteral("-d"), path,
                                        QStringLiteral("--lang"), QStringLiteral("en")}
                           + more);
}

} // namespace

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
    const QByteArray script = "DROP TRIGGER events_refuse_update; DROP TRIGGER "
                              "events_refuse_delete; DROP TRIGGER events_refuse_rewrite; "
        + sql.toUtf8();
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

// One dossier in each status, and one through the whole life: transfer, documents requested
// and received (the deadline recomputed), payment, apology with a new date, result, return.
QString TestAuditTrail::lifecycleDatabase()
{
    if (!m_lifecycle.isEmpty())
        return m_lifecycle;
    Database db;
    if (!test::openOffice(db, m_dir, QStringLiteral("lifecycle.sqlite")))
        return {};
    for (DossierStatus status :
         {DossierStatus::Received, DossierStatus::Processing, DossierStatus::AwaitingDocuments,
          DossierStatus::AwaitingPayment, DossierStatus::ResultReady, DossierStatus::Refused,
          DossierStatus::Returned, DossierStatus::Withdrawn}) {
        QString failure;
        if (test::dossierIn(db, status, &failure) == 0) {
            qWarning() << failure;
            return {};
        }
    }
    QList<FieldError> errors;
    const auto dossier
        = DossierStore(db.connection()).receive(test::clerk(), test::validRequest(db), &errors);
    if (!dossier)
        return {};
    using A = DossierAction;
    DossierLifecycle lifecycle(db.connection());
    int day = 2;
    for (A action : {A::Transfer, A::RequestDocuments, A::DocumentsReceived, A::RequestPayment,
                     A::PaymentDone, A::ApologyExtension, A::RecordResult, A::Return}) {
        ActionInput input = test::validInput(action, test::officeTime(2026, 3, day, 10, 0));
        day += action == A::RequestDocuments ? 7 : 1; // a week's pause moves the deadline
        if (!lifecycle.apply(test::supervisor(), dossier->id, action, input, &errors)) {
            qWarning() << DossierFlow::actionKey(action) << Reception::joined(errors);
            return {};
        }
    }
    if (test::count(db,
                    QStringLiteral("SELECT count(*) FROM events WHERE kind = "
                                   "'deadline-recomputed'"))
        < 1)
        return {};
    m_lifecycle = db.path();
    return m_lifecycle;
}

QString TestAuditTrail::demoDatabase()
{
    if (!m_demo.isEmpty())
        return m_demo;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const auto result
        = test::runMotcua({QStringLiteral("generate-demo"), QStringLiteral("--count"),
                           QStringLiteral("3000"), QStringLiteral("--database"), path});
    if (result.exitCode != 0) {
        qWarning() << result.err;
        return {};
    }
    m_demo = path;
    return m_demo;
}

QString TestAuditTrail::copyOf(const QString &path, const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    // A checkpointed source (no WAL beside it): the file alone is the database.
    {
        Database db;
        if (!db.open(path))
            return {};
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return QFile::copy(path, copy) ? copy : QString();
}

void TestAuditTrail::cleanDatabasesCheckClean_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("accounts and sign-ins") << "accounts";
    QTest::newRow("every step of the lifecycle") << "lifecycle";
    QTest::newRow("3000 demo dossiers") << "demo";
}

void TestAuditTrail::cleanDatabasesCheckClean()
{
    QFETCH(QString, kind);
    const QString path = kind == QLatin1String("accounts")
        ? makeDatabase(QStringLiteral("clean-accounts.sqlite"))
        : kind == QLatin1String("lifecycle") ? lifecycleDatabase()
                                             : demoDatabase();
    QVERIFY(!path.isEmpty());
    const auto result = check(path);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("The database is sound.")));
}

void TestAuditTrail::replaceIntoEventsIsRefused()
{
    const QString path = copyOf(lifecycleDatabase(), QStringLiteral("replace.sqlite"));
    QVERIFY(!path.isEmpty());
    for (const char *verb : {"REPLACE INTO", "INSERT OR REPLACE INTO", "INSERT INTO"}) {
        const auto shell
            = sqliteShell(path,
                          QStringLiteral("%1 events (id, occurred_at, recorded_at, actor, kind) "
                                         "VALUES (2, 1, 1, 'Mallory', 'login');")
                              .arg(QLatin1String(verb)));
        QVERIFY2(shell.err.contains(QStringLiteral("events are append-only")),
                 qPrintable(QLatin1String(verb) + shell.err));
    }
    const auto result = check(path);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out));
}

void TestAuditTrail::dossierTamperingIsReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("dossier"); // the dossier named with the finding; 0: none
    QTest::addColumn<QString>("expected");
    // Dossiers of lifecycleDatabase(): 1 received, 2 processing, 3 awaiting documents,
    // 4 awaiting payment, 5 result ready, 6 refused, 7 returned, 8 withdrawn, 9 the whole life.
    const QString dropAll
        = QStringLiteral("DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete; "
                         "DROP TRIGGER events_refuse_rewrite; ");

    QTest::newRow("status") << "UPDATE dossiers SET status = 'returned' WHERE id = 2;" << qint64(2)
                            << "status is returned in the row";
    QTest::newRow("status and return time")
        << "UPDATE dossiers SET status = 'returned', returned_at = finished_at + 600 WHERE id = "
           "5;"
        << qint64(5) << "returned_at is";
    QTest::newRow("due_at") << "UPDATE dossiers SET due_at = due_at + 86400 WHERE id = 9;"
                            << qint64(9) << "due_at is";
    QTest::newRow("received_at")
        << "UPDATE dossiers SET received_at = received_at - 3600 WHERE id = 1;" << qint64(1)
        << "received_at is";
    QTest::newRow("extended_due_at") << "UPDATE dossiers SET extended_due_at = NULL WHERE id = 9;"
                                     << qint64(9) << "extended_due_at is none in the row";
    QTest::newRow("finished_at") << "UPDATE dossiers SET finished_at = NULL WHERE id = 6;"
                                 << qint64(6) << "finished_at is none";
    QTest::newRow("result_kind") << "UPDATE dossiers SET result_kind = 'approved' WHERE id = 6;"
                                 << qint64(6) << "result_kind is approved";
    QTest::newRow("paused_at") << "UPDATE dossiers SET paused_at = NULL WHERE id = 3;" << qint64(3)
                               << "paused_at is none";
    QTest::newRow("a pause removed") << "DELETE FROM dossier_pauses WHERE dossier_id = 9;"
                                     << qint64(9) << "dossier_pauses is 0 pause(s) in the row";
    QTest::newRow("a document renamed")
        << "UPDATE dossier_documents SET name = 'Giấy khác' WHERE dossier_id = 4;" << qint64(4)
        << "dossier_documents is";
    QTest::newRow("applicant name")
        << "UPDATE dossiers SET applicant_name = 'Trần Văn Khác' WHERE id = 7;" << qint64(7)
        << "the applicant's data";
    QTest::newRow("applicant ID number")
        << "UPDATE dossiers SET applicant_id = '001090099999' WHERE id = 8;" << qint64(8)
        << "the applicant's data";
    QTest::newRow("update trigger dropped")
        << "DROP TRIGGER events_refuse_update;" << qint64(0)
        << "The append-only trigger events_refuse_update is missing";
    QTest::newRow("delete trigger made harmless")
        << "DROP TRIGGER events_refuse_delete; CREATE TRIGGER events_refuse_delete BEFORE DELETE "
           "ON events WHEN 0 BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;"
        << qint64(0) << "The append-only trigger events_refuse_delete was changed";
    QTest::newRow("trigger added")
        << "CREATE TRIGGER events_quiet AFTER INSERT ON events BEGIN SELECT 1; END;" << qint64(0)
        << "unexpected trigger events_quiet";
    QTest::newRow("all events deleted")
        << dropAll + "DELETE FROM events;" << qint64(1) << "has no events";
    QTest::newRow("one dossier's events deleted")
        << dropAll + "DELETE FROM events WHERE dossier_id = 5;" << qint64(5) << "has no events";
    QTest::newRow("the reception event deleted")
        << dropAll + "DELETE FROM events WHERE dossier_id = 2 AND kind = 'received';" << qint64(2)
        << "has no reception event";
    QTest::newRow("a dossier deleted")
        << "DELETE FROM dossier_documents WHERE dossier_id = 8; DELETE FROM dossiers WHERE id = "
           "8;"
        << qint64(0) << "refer to dossier 8, which does not exist";
    QTest::newRow("REPLACE INTO events, its trigger dropped")
        << "DROP TRIGGER events_refuse_rewrite; REPLACE INTO events (id, dossier_id, "
           "occurred_at, recorded_at, actor, kind, to_status, details, prev_hash, hash) SELECT "
           "id, dossier_id, occurred_at, recorded_at, actor, kind, 'returned', details, "
           "prev_hash, hash FROM events WHERE dossier_id = 2 AND kind = 'transferred';"
        << qint64(0) << "The append-only trigger events_refuse_rewrite is missing";
}

void TestAuditTrail::dossierTamperingIsReported()
{
    QFETCH(QString, sql);
    QFETCH(qint64, dossier);
    QFETCH(QString, expected);
    const QString path = copyOf(lifecycleDatabase(),
                                QStringLiteral("dossier-%1.sqlite").arg(QTest::currentDataTag()));
    QVERIFY(!path.isEmpty());
    QString code;
    {
        Database db;
        QVERIFY(db.open(path));
        if (const auto found = DossierStore(db.connection()).find(dossier))
            code = found->code;
    }
    QVERIFY(dossier == 0 || !code.isEmpty());
    QVERIFY2(check(path).exitCode == 0, "the copy is clean before the manipulation");

    const auto shell = sqliteShell(path, sql);
    QVERIFY2(shell.exitCode == 0 && shell.err.isEmpty(), qPrintable(shell.err));

    const auto result = check(path);
    QCOMPARE(result.exitCode, 1);
    bool named = false;
    for (const QString &line : result.out.split(QLatin1Char('\n')))
        named = named || (line.contains(expected) && line.contains(code));
    QVERIFY2(named, qPrintable(result.out));
}

// Each backup leaves the chain's head beside it and in the folder's manifest; removing the
// newest events is then noticed.
void TestAuditTrail::backupLeavesAnAnchor()
{
    const QString path = copyOf(lifecycleDatabase(), QStringLiteral("anchored.sqlite"));
    QVERIFY(!path.isEmpty());
    QTemporaryDir folder;
    {
        Database db;
        QVERIFY(db.open(path));
        QString error;
        QVERIFY2(SettingsStore(db.connection())
                     .setValue(QStringLiteral("backup.folder"), folder.path(), &error),
                 qPrintable(error));
    }
    qint64 head = 0;
    {
        Database db;
        QVERIFY(db.open(path));
        head = EventLog(db.connection()).lastId();
    }
    const QString backup = folder.filePath(QStringLiteral("copy.sqlite"));
    const auto made = test::runMotcua(
        {QStringLiteral("backup"), QStringLiteral("-d"), path, QStringLiteral("--output"), backup});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    QFile anchorFile(backup + QStringLiteral(".anchor"));
    QVERIFY(anchorFile.open(QIODevice::ReadOnly));
    const QString anchorText = QString::fromUtf8(anchorFile.readAll()).trimmed();
    const auto anchor = EventLog::Anchor::parse(anchorText);
    QVERIFY2(anchor, qPrintable(anchorText));
    QCOMPARE(anchor->count, head);
    QFile manifest(folder.filePath(QStringLiteral("anchors.txt")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(manifest.readAll()).contains(anchorText));

    QCOMPARE(check(path).exitCode, 0);
    QCOMPARE(check(backup, {QStringLiteral("--anchor"), anchorText}).exitCode, 0);

    // The newest events removed: the chain itself stays whole, the anchor notices.
    const auto shell = sqliteShell(
        path,
        QStringLiteral("DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE id >= %1;")
            .arg(head - 1));
    QVERIFY2(shell.err.isEmpty(), qPrintable(shell.err));
    const auto result = check(path);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("the chain is shorter than the anchor"))
                 && result.out.contains(QStringLiteral("anchors.txt, line 1")),
             qPrintable(result.out));
}

void TestAuditTrail::givenAnchorIsChecked_data()
{
    QTest::addColumn<QString>("anchor"); // "head": the database's own head
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the head") << "head" << 0 << "The database is sound.";
    QTest::newRow("another hash") << QString(64, QLatin1Char('0')) + QStringLiteral(":3") << 1
                                  << "event 3 does not have the anchored hash";
    QTest::newRow("longer than the chain")
        << QString(64, QLatin1Char('a')) + QStringLiteral(":100000") << 1
        << "the chain is shorter than the anchor";
    QTest::newRow("no count") << QString(64, QLatin1Char('a')) << 2 << "is not HASH:COUNT";
    QTest::newRow("too short a hash") << "abc:3" << 2 << "is not HASH:COUNT";
    QTest::newRow("not hexadecimal")
        << QString(64, QLatin1Char('g')) + QStringLiteral(":3") << 2 << "is not HASH:COUNT";
}

void TestAuditTrail::givenAnchorIsChecked()
{
    QFETCH(QString, anchor);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString path = lifecycleDatabase();
    QVERIFY(!path.isEmpty());
    if (anchor == QLatin1String("head")) {
        Database db;
        QVERIFY(db.open(path));
        anchor = EventLog(db.connection()).head().text();
    }
    const auto result = check(path, {QStringLiteral("--anchor"), anchor});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2((result.out + result.err).contains(expected), qPrintable(result.out + result.err));
}

// "Mã kiểm tra: HASH:COUNT" in the footer of the register and of the period report.
void TestAuditTrail::reportsPrintTheCheckCode()
{
    const QString path = copyOf(lifecycleDatabase(), QStringLiteral("printed.sqlite"));
    QVERIFY(!path.isEmpty());
    QString head;
    {
        Database db;
        QVERIFY(db.open(path));
        head = EventLog(db.connection()).head().text();
    }
    const QList<QStringList> commands
        = {{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")},
           {QStringLiteral("print"), QStringLiteral("register")}};
    for (const QStringList &command : commands) {
        const QString pdf = m_dir.filePath(command.first() + QStringLiteral(".pdf"));
        const auto result = test::runMotcua(
            command
            + QStringList {QStringLiteral("-d"), path, QStringLiteral("--from"),
                           QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-31"), QStringLiteral("--output"), pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QString printed;
        QString error;
        QVERIFY2(test::pdfText(pdf, &printed, &error), qPrintable(error));
        printed = printed.simplified();
        // The text printed is the head when the command started (it logs its own export after).
        QVERIFY2(printed.contains(QStringLiteral("Mã kiểm tra: ") + head),
                 qPrintable(printed.right(400)));
        Database db;
        QVERIFY(db.open(path));
        head = EventLog(db.connection()).head().text();
    }
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
