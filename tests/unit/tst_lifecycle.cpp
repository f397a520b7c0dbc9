#include "lifecyclefixture.h"
#include "store/calendarstore.h"
#include "store/deadlineservice.h"
#include "store/eventlog.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace motcua;

using A = DossierAction;
using S = DossierStatus;

Q_DECLARE_METATYPE(DossierAction)
Q_DECLARE_METATYPE(DossierStatus)

// The life of a dossier after reception, through the store: every (status, action) pair, the
// once-only rules, pauses and the deadline, the apology, permissions, and random sequences.
class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void transitionTable_data();
    void transitionTable();
    void pureTableAgreesWithTheStore();
    void documentsMayBeRequestedOnlyOnce();
    void pauseMovesTheDueTimeByItsWorkingTime();
    void notOverdueWhilePaused();
    void pauseAfterTheDeadlineGivesNoTimeBack();
    void apologyKeepsTheDeadlineAndIsGivenOnce();
    void clerkCannotApproveAnApology();
    void badInputIsRefusedAndNothingWritten_data();
    void badInputIsRefusedAndNothingWritten();
    void eventsCarryTheirDetails();
    void withdrawalClosesThePause();
    void batchTransferIsAllOrNothing();
    void controlStepsAreJudgedAgainstBudgets();
    void controlStepsWithoutBudgetsUseTheDueTime();
    void randomSequencesKeepTheRules();

private:
    // Everything an action may write, to prove that a refused one wrote nothing.
    QString snapshot(qint64 dossierId) const;
    std::optional<Dossier> find(qint64 id) const
    {
        return DossierStore(m_db.connection()).find(id);
    }
    QTemporaryDir m_dir;
    Database m_db;
    int m_databaseCount = 0;
};

void TestLifecycle::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLifecycle::init()
{
    QVERIFY(test::openOffice(m_db, m_dir,
                             QStringLiteral("lifecycle-%1.sqlite").arg(++m_databaseCount)));
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0)); // Wednesday
}

void TestLifecycle::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

QString TestLifecycle::snapshot(qint64 dossierId) const
{
    QStringList rows;
    QSqlQuery query(m_db.connection());
    const auto dump = [&](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(dossierId);
        query.exec();
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                      : query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    };
    dump(QStringLiteral("SELECT * FROM dossiers WHERE id = ?"));
    dump(QStringLiteral("SELECT * FROM dossier_pauses WHERE dossier_id = ? ORDER BY id"));
    dump(QStringLiteral("SELECT id, kind FROM events WHERE dossier_id = ? ORDER BY id"));
    rows.append(QString::number(test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events"))));
    return rows.join(QLatin1Char('\n'));
}

void TestLifecycle::transitionTable_data()
{
    QTest::addColumn<DossierStatus>("status");
    QTest::addColumn<DossierAction>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<DossierStatus>("target");

    // Written out by hand, from DOMAIN.md: the state machine must agree with it, not with itself.
    const QMap<S, QMap<A, S>> allowed = {
        {S::Received,
         {{A::Transfer, S::Processing},
          {A::ApologyExtension, S::Received},
          {A::Withdraw, S::Withdrawn}}},
        {S::Processing,
         {{A::Transfer, S::Processing},
          {A::RequestDocuments, S::AwaitingDocuments},
          {A::RequestPayment, S::AwaitingPayment},
          {A::ApologyExtension, S::Processing},
          {A::RecordResult, S::ResultReady},
          {A::RecordRefusal, S::Refused},
          {A::Withdraw, S::Withdrawn}}},
        {S::AwaitingDocuments,
         {{A::DocumentsReceived, S::Processing},
          {A::ApologyExtension, S::AwaitingDocuments},
          {A::Withdraw, S::Withdrawn}}},
        {S::AwaitingPayment,
         {{A::PaymentDone, S::Processing},
          {A::ApologyExtension, S::AwaitingPayment},
          {A::Withdraw, S::Withdrawn}}},
        {S::ResultReady, {{A::Return, S::Returned}}},
        {S::Refused, {{A::Return, S::Returned}}},
        {S::Returned, {}},
        {S::Withdrawn, {}},
    };
    for (S status : Dossiers::allStatuses()) {
        for (A action : DossierFlow::allActions()) {
            const auto it = allowed.value(status).constFind(action);
            const bool ok = it != allowed.value(status).constEnd();
            QTest::addRow("%s / %s", qPrintable(Dossiers::statusKey(status)),
                          qPrintable(DossierFlow::actionKey(action)))
                << status << action << ok << (ok ? *it : status);
        }
    }
}

void TestLifecycle::transitionTable()
{
    QFETCH(DossierStatus, status);
    QFETCH(DossierAction, action);
    QFETCH(bool, allowed);
    QFETCH(DossierStatus, target);

    QString failure;
    const qint64 id = test::dossierIn(m_db, status, &failure);
    QVERIFY2(id, qPrintable(failure));
    QCOMPARE(find(id)->status, status);
    const QString before = snapshot(id);
    const qint64 eventsBefore = test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events"));

    QList<FieldError> errors;
    const auto after
        = DossierLifecycle(m_db.connection())
              .apply(test::supervisor(), id, action, test::validInput(action), &errors);
    if (allowed) {
        QVERIFY2(after, qPrintable(Reception::joined(errors)));
        QCOMPARE(after->status, target);
        // One event; after a pause, the move of the due time follows as its own event.
        QList<EventRecord> events = EventLog(m_db.connection()).forDossier(id);
        const bool moved = DossierFlow::resumes(action);
        QCOMPARE(test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events")),
                 eventsBefore + (moved ? 2 : 1));
        if (moved) {
            const EventRecord recomputed = events.takeLast();
            QCOMPARE(recomputed.kind, QStringLiteral("deadline-recomputed"));
            QCOMPARE(recomputed.details.value(QStringLiteral("cause")).toString(),
                     DossierFlow::eventKind(action));
        }
        const EventRecord last = events.constLast();
        QCOMPARE(last.kind, DossierFlow::eventKind(action));
        QCOMPARE(last.fromStatus, Dossiers::statusKey(status));
        QCOMPARE(last.toStatus, Dossiers::statusKey(target));
        QCOMPARE(last.actor, test::supervisor().fullName);
    } else {
        QVERIFY(!after);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(Dossiers::statusLabel(status)),
                 qPrintable(errors.first().message));
        QCOMPARE(snapshot(id), before);
    }
    QVERIFY(EventLog(m_db.connection()).verifyChain().isIntact());
}

void TestLifecycle::pureTableAgreesWithTheStore()
{
    // Every status has some way out unless it is final, and the buttons follow the table.
    const qint64 id = test::dossierIn(m_db, S::Processing);
    const auto dossier = find(id);
    DossierLifecycle lifecycle(m_db.connection());
    QCOMPARE(lifecycle.available(test::supervisor(), *dossier),
             DossierFlow::allowedActions(S::Processing, DossierFacts()));
    QVERIFY(!lifecycle.available(test::clerk(), *dossier).contains(A::ApologyExtension));
    QVERIFY(DossierFlow::allowedActions(S::Returned, {}).isEmpty());
    QVERIFY(DossierFlow::allowedActions(S::Withdrawn, {}).isEmpty());
    for (A action : DossierFlow::allActions()) {
        A back;
        QVERIFY(DossierFlow::actionFromKey(DossierFlow::actionKey(action), &back));
        QCOMPARE(back, action);
        QVERIFY(!DossierFlow::actionLabel(action).isEmpty());
        QVERIFY(DossierFlow::eventLabel(DossierFlow::eventKind(action))
                != DossierFlow::eventKind(action));
    }
}

void TestLifecycle::documentsMayBeRequestedOnlyOnce()
{
    const qint64 id = test::dossierIn(m_db, S::AwaitingDocuments);
    DossierLifecycle lifecycle(m_db.connection());
    QList<FieldError> errors;
    QVERIFY(lifecycle.apply(test::clerk(), id, A::DocumentsReceived,
                            test::validInput(A::DocumentsReceived), &errors));
    QVERIFY(lifecycle.facts(id).documentsRequested);
    const QString before = snapshot(id);
    QVERIFY(!lifecycle.apply(test::clerk(), id, A::RequestDocuments,
                             test::validInput(A::RequestDocuments), &errors));
    QVERIFY2(errors.value(0).message.contains(QStringLiteral("only once")),
             qPrintable(Reception::joined(errors)));
    QCOMPARE(snapshot(id), before);
    // A financial obligation may still pause it.
    QVERIFY(lifecycle.apply(test::clerk(), id, A::RequestPayment,
                            test::validInput(A::RequestPayment), &errors));
}

void TestLifecycle::pauseMovesTheDueTimeByItsWorkingTime()
{
    // Received Monday 2/3 09:15, 3 working days: due Thursday 5/3 09:15.
    const qint64 id = test::dossierIn(m_db, S::Processing);
    QCOMPARE(find(id)->dueAt, test::officeTime(2026, 3, 5, 9, 15));
    DossierLifecycle lifecycle(m_db.connection());
    QList<FieldError> errors;
    QVERIFY2(
        lifecycle.apply(test::clerk(), id, A::RequestDocuments,
                        test::validInput(A::RequestDocuments, test::officeTime(2026, 3, 2, 14, 0)),
                        &errors),
        qPrintable(Reception::joined(errors)));
    auto dossier = find(id);
    QCOMPARE(dossier->pausedAt, test::officeTime(2026, 3, 2, 14, 0));
    QCOMPARE(dossier->dueAt, test::officeTime(2026, 3, 5, 9, 15)); // unchanged while paused

    QVERIFY2(
        lifecycle.apply(test::clerk(), id, A::DocumentsReceived,
                        test::validInput(A::DocumentsReceived, test::officeTime(2026, 3, 4, 10, 0)),
                        &errors),
        qPrintable(Reception::joined(errors)));
    dossier = find(id);
    QVERIFY(!dossier->pausedAt.isValid());
    QCOMPARE(dossier->status, S::Processing);
    // Mon 14:00–17:30 (3 h 30) + Tue (8 h) + Wed 07:30–10:00 (2 h 30) = 14 working hours, added
    // from Thursday 09:15: Friday 6/3 17:15.
    const WorkCalendar calendar = CalendarStore(m_db.connection()).calendar();
    const DeadlineCalculator calculator(calendar);
    QCOMPARE(calculator.workingSecondsBetween(test::officeTime(2026, 3, 5, 9, 15), dossier->dueAt),
             14 * 3600);
    QCOMPARE(dossier->dueAt, test::officeTime(2026, 3, 6, 17, 15));

    // The move is logged like every move of a due time, naming the step that caused it.
    const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(id);
    const EventRecord &resumed = events.at(events.size() - 2);
    QCOMPARE(resumed.kind, QStringLiteral("documents-received"));
    QCOMPARE(resumed.details.value(QStringLiteral("pausedFrom")).toString(),
             QStringLiteral("2026-03-02T14:00:00+07:00"));
    const EventRecord &moved = events.constLast();
    QCOMPARE(moved.kind, QStringLiteral("deadline-recomputed"));
    QCOMPARE(moved.details.value(QStringLiteral("cause")).toString(),
             QStringLiteral("documents-received"));
    QCOMPARE(moved.details.value(QStringLiteral("old")).toString(),
             QStringLiteral("2026-03-05T09:15:00+07:00"));
    QCOMPARE(moved.details.value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-03-06T17:15:00+07:00"));
    QCOMPARE(moved.occurredAt, Clock::now()); // written when the clerk recorded the step
    QCOMPARE(
        test::count(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM dossier_pauses WHERE ended_at IS NULL")),
        0);

    // The explanation names the pause.
    QString failure;
    const auto explained = DeadlineService(m_db.connection()).compute(id, &failure);
    QVERIFY(explained);
    QCOMPARE(explained->due, dossier->dueAt);
    QVERIFY(std::any_of(
        explained->steps.cbegin(), explained->steps.cend(),
        [](const DeadlineStep &step) { return step.kind == DeadlineStep::Kind::Pause; }));
}

void TestLifecycle::notOverdueWhilePaused()
{
    const qint64 id = test::dossierIn(m_db, S::Processing);
    QList<FieldError> errors;
    QVERIFY(DossierLifecycle(m_db.connection())
                .apply(test::clerk(), id, A::RequestPayment,
                       test::validInput(A::RequestPayment, test::officeTime(2026, 3, 3, 9, 0)),
                       &errors));
    // Long past the original due time (Thursday 5/3 09:15), still waiting for the payment.
    const QDateTime later = test::officeTime(2026, 3, 12, 9, 0);
    Clock::setFixed(later);
    QVERIFY(!find(id)->isOverdueAt(later));
    QVERIFY(
        DossierLifecycle(m_db.connection()).apply(test::clerk(), id, A::PaymentDone, {}, &errors));
    // Resumed: the deadline moved by the whole pause, which ran past it.
    const auto dossier = find(id);
    QVERIFY(dossier->dueAt > later);
    QVERIFY(!dossier->isOverdueAt(later));
}

void TestLifecycle::pauseAfterTheDeadlineGivesNoTimeBack()
{
    const qint64 id = test::dossierIn(m_db, S::Processing);
    Clock::setFixed(test::officeTime(2026, 3, 9, 9, 0)); // Monday after the due Thursday
    QList<FieldError> errors;
    DossierLifecycle lifecycle(m_db.connection());
    QVERIFY(lifecycle.apply(test::clerk(), id, A::RequestDocuments,
                            test::validInput(A::RequestDocuments), &errors));
    QVERIFY(find(id)->isOverdueAt(Clock::now())); // it was late before the pause
    Clock::setFixed(test::officeTime(2026, 3, 11, 9, 0));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::DocumentsReceived, {}, &errors));
    QCOMPARE(find(id)->dueAt, test::officeTime(2026, 3, 5, 9, 15));
    QVERIFY(find(id)->isOverdueAt(Clock::now()));
}

void TestLifecycle::apologyKeepsTheDeadlineAndIsGivenOnce()
{
    const qint64 id = test::dossierIn(m_db, S::Processing);
    const QDateTime due = find(id)->dueAt;
    DossierLifecycle lifecycle(m_db.connection());
    QList<FieldError> errors;

    // Not later than the promised time: refused.
    ActionInput early = test::validInput(A::ApologyExtension);
    early.newDueAt = due;
    QVERIFY(!lifecycle.apply(test::supervisor(), id, A::ApologyExtension, early, &errors));
    QCOMPARE(errors.value(0).field, DossierFlow::FieldNewDue);
    ActionInput noReason = test::validInput(A::ApologyExtension);
    noReason.reason = QStringLiteral("   ");
    QVERIFY(!lifecycle.apply(test::supervisor(), id, A::ApologyExtension, noReason, &errors));
    QCOMPARE(errors.value(0).field, DossierFlow::FieldReason);

    const auto extended = lifecycle.apply(test::supervisor(), id, A::ApologyExtension,
                                          test::validInput(A::ApologyExtension), &errors);
    QVERIFY2(extended, qPrintable(Reception::joined(errors)));
    QCOMPARE(extended->dueAt, due);
    QCOMPARE(extended->extendedDueAt, test::officeTime(2026, 3, 20, 16, 0));
    QCOMPARE(extended->promisedAt(), extended->extendedDueAt);
    QCOMPARE(extended->status, S::Processing);
    // After the original due time, before the new one: still late.
    QVERIFY(extended->isOverdueAt(test::officeTime(2026, 3, 10, 9, 0)));

    const QString before = snapshot(id);
    ActionInput again = test::validInput(A::ApologyExtension);
    again.newDueAt = test::officeTime(2026, 3, 27, 16, 0);
    QVERIFY(!lifecycle.apply(test::supervisor(), id, A::ApologyExtension, again, &errors));
    QVERIFY2(errors.value(0).message.contains(QStringLiteral("only once")),
             qPrintable(Reception::joined(errors)));
    QCOMPARE(snapshot(id), before);

    // A pause afterwards moves the deadline, never the promise.
    QVERIFY(lifecycle.apply(test::clerk(), id, A::RequestPayment,
                            test::validInput(A::RequestPayment), &errors));
    Clock::setFixed(test::officeTime(2026, 3, 5, 10, 0));
    const auto resumed = lifecycle.apply(test::clerk(), id, A::PaymentDone, {}, &errors);
    QVERIFY(resumed);
    QVERIFY(resumed->dueAt > due);
    QCOMPARE(resumed->extendedDueAt, test::officeTime(2026, 3, 20, 16, 0));
}

void TestLifecycle::clerkCannotApproveAnApology()
{
    const qint64 id = test::dossierIn(m_db, S::Processing);
    const QString before = snapshot(id);
    QList<FieldError> errors;
    DossierLifecycle lifecycle(m_db.connection());
    QVERIFY(!lifecycle.apply(test::clerk(), id, A::ApologyExtension,
                             test::validInput(A::ApologyExtension), &errors));
    QCOMPARE(errors.value(0).message, Roles::deniedMessage(Permission::ApproveExtension));
    QCOMPARE(snapshot(id), before);
    QVERIFY(!lifecycle.check(test::clerk(), *find(id), A::ApologyExtension).allowed);
    QVERIFY(lifecycle.check(test::administrator(), *find(id), A::ApologyExtension).allowed);
    // Nobody signed in may do nothing.
    QVERIFY(!lifecycle.apply(Actor(), id, A::Transfer, test::validInput(A::Transfer), &errors));
    QCOMPARE(snapshot(id), before);
}

void TestLifecycle::badInputIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<DossierStatus>("status");
    QTest::addColumn<DossierAction>("action");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("field");

    QTest::newRow("no giver") << S::Received << A::Transfer << "giver=" << DossierFlow::FieldGiver;
    QTest::newRow("no receiver") << S::Received << A::Transfer
                                 << "receiver= " << DossierFlow::FieldReceiver;
    QTest::newRow("no office") << S::Received << A::Transfer
                               << "office=" << DossierFlow::FieldOffice;
    QTest::newRow("tab in giver") << S::Received << A::Transfer << "giver=Lê\tHoa"
                                  << DossierFlow::FieldGiver;
    QTest::newRow("digits in receiver")
        << S::Received << A::Transfer << "receiver=B1nh" << DossierFlow::FieldReceiver;
    QTest::newRow("in the future")
        << S::Received << A::Transfer << "time=2026-03-04T16:01" << DossierFlow::FieldTime;
    QTest::newRow("before reception")
        << S::Received << A::Transfer << "time=2026-03-02T09:00" << DossierFlow::FieldTime;
    QTest::newRow("before the last step")
        << S::Processing << A::RequestPayment << "time=2026-03-02T09:30" << DossierFlow::FieldTime;
    QTest::newRow("no items") << S::Processing << A::RequestDocuments
                              << "items=" << DossierFlow::FieldItems;
    QTest::newRow("no reason for documents")
        << S::Processing << A::RequestDocuments << "reason=" << DossierFlow::FieldReason;
    QTest::newRow("no obligation")
        << S::Processing << A::RequestPayment << "reason=" << DossierFlow::FieldReason;
    QTest::newRow("no result description")
        << S::Processing << A::RecordResult << "description=" << DossierFlow::FieldDescription;
    QTest::newRow("no refusal reason")
        << S::Processing << A::RecordRefusal << "reason=" << DossierFlow::FieldReason;
    QTest::newRow("no collector") << S::ResultReady << A::Return
                                  << "collector=" << DossierFlow::FieldCollectorName;
    QTest::newRow("collector ID of 11 digits")
        << S::ResultReady << A::Return << "collectorId=00109001234"
        << DossierFlow::FieldCollectorId;
    QTest::newRow("collector without ID")
        << S::Refused << A::Return << "collectorId=" << DossierFlow::FieldCollectorId;
    QTest::newRow("post without tracking")
        << S::ResultReady << A::Return << "post" << DossierFlow::FieldTracking;
    QTest::newRow("post with a bad tracking")
        << S::ResultReady << A::Return << "tracking=EL-12" << DossierFlow::FieldTracking;
    QTest::newRow("no reason to stop")
        << S::AwaitingPayment << A::Withdraw << "reason=" << DossierFlow::FieldReason;
    QTest::newRow("control character in the note")
        << S::Received << A::Withdraw << "note=\x01" << DossierFlow::FieldNote;
}

void TestLifecycle::badInputIsRefusedAndNothingWritten()
{
    QFETCH(DossierStatus, status);
    QFETCH(DossierAction, action);
    QFETCH(QString, mutation);
    QFETCH(QString, field);

    const qint64 id = test::dossierIn(m_db, status);
    QVERIFY(id);
    ActionInput input = test::validInput(action);
    const QString key = mutation.section(QLatin1Char('='), 0, 0);
    const QString value = mutation.section(QLatin1Char('='), 1);
    if (key == QLatin1String("giver"))
        input.giver = value;
    else if (key == QLatin1String("receiver"))
        input.receiver = value;
    else if (key == QLatin1String("office"))
        input.office = value;
    else if (key == QLatin1String("time"))
        input.occurredAt = QDateTime(QDate::fromString(value.left(10), Qt::ISODate),
                                     QTime::fromString(value.mid(11), QStringLiteral("HH:mm")),
                                     Clock::officeZone());
    else if (key == QLatin1String("items"))
        input.items = {value};
    else if (key == QLatin1String("reason"))
        input.reason = value;
    else if (key == QLatin1String("description"))
        input.description = value;
    else if (key == QLatin1String("collector"))
        input.collectorName = value;
    else if (key == QLatin1String("collectorId"))
        input.collectorId = value;
    else if (key == QLatin1String("post"))
        input.returnMethod = ReturnMethod::Post;
    else if (key == QLatin1String("tracking"))
        input.returnMethod = ReturnMethod::Post, input.trackingNumber = value;
    else if (key == QLatin1String("note"))
        input.note = value;
    else
        QFAIL("unknown mutation");

    const QString before = snapshot(id);
    QList<FieldError> errors;
    QVERIFY(
        !DossierLifecycle(m_db.connection()).apply(test::supervisor(), id, action, input, &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QVERIFY(!errors.first().message.isEmpty());
    QCOMPARE(snapshot(id), before);
}

void TestLifecycle::eventsCarryTheirDetails()
{
    const qint64 id = test::dossierIn(m_db, S::Returned);
    const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(id);
    QCOMPARE(events.size(), 4);
    const EventRecord &transfer = events.at(1);
    QCOMPARE(transfer.kind, QStringLiteral("transferred"));
    QCOMPARE(transfer.occurredAt, test::officeTime(2026, 3, 2, 10, 0));
    QCOMPARE(transfer.details.value(QStringLiteral("giver")).toString(),
             QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(transfer.details.value(QStringLiteral("receiver")).toString(),
             QStringLiteral("Trần Văn Bình"));
    QCOMPARE(transfer.details.value(QStringLiteral("fromOffice")).toString(),
             QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    QCOMPARE(transfer.details.value(QStringLiteral("office")).toString(),
             QStringLiteral("Công chức Tư pháp - Hộ tịch"));
    const EventRecord &returned = events.at(3);
    QCOMPARE(returned.details.value(QStringLiteral("collector")).toString(),
             QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(returned.details.value(QStringLiteral("collectorId")).toString(),
             QStringLiteral("001090012345"));
    QCOMPARE(returned.details.value(QStringLiteral("collectorRole")).toString(),
             QStringLiteral("applicant"));
    QCOMPARE(returned.details.value(QStringLiteral("originalsTakenBack")).toBool(), true);

    const auto dossier = find(id);
    QCOMPARE(dossier->finishedAt, test::officeTime(2026, 3, 2, 11, 0));
    QCOMPARE(dossier->returnedAt, test::officeTime(2026, 3, 2, 12, 0));
    QCOMPARE(dossier->resultKind, QStringLiteral("approved"));

    // By post: the tracking number, normalised.
    const qint64 posted = test::dossierIn(m_db, S::Refused);
    ActionInput input;
    input.returnMethod = ReturnMethod::Post;
    input.trackingNumber = QStringLiteral(" el 123 456 789 vn ");
    QList<FieldError> errors;
    const auto done = DossierLifecycle(m_db.connection())
                          .apply(test::clerk(), posted, A::Return, input, &errors);
    QVERIFY2(done, qPrintable(Reception::joined(errors)));
    QCOMPARE(done->resultKind, QStringLiteral("refused"));
    const EventRecord last = EventLog(m_db.connection()).forDossier(posted).constLast();
    QCOMPARE(last.details.value(QStringLiteral("trackingNumber")).toString(),
             QStringLiteral("EL123456789VN"));
    QCOMPARE(last.details.value(QStringLiteral("method")).toString(), QStringLiteral("post"));
}

void TestLifecycle::withdrawalClosesThePause()
{
    const qint64 id = test::dossierIn(m_db, S::AwaitingDocuments);
    QList<FieldError> errors;
    const auto stopped
        = DossierLifecycle(m_db.connection())
              .apply(test::clerk(), id, A::Withdraw, test::validInput(A::Withdraw), &errors);
    QVERIFY2(stopped, qPrintable(Reception::joined(errors)));
    QCOMPARE(stopped->status, S::Withdrawn);
    QVERIFY(!stopped->pausedAt.isValid());
    QCOMPARE(stopped->finishedAt, Clock::now());
    QCOMPARE(
        test::count(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM dossier_pauses WHERE ended_at IS NULL")),
        0);
    QVERIFY(!stopped->isOverdueAt(test::officeTime(2026, 4, 1, 9, 0)));
}

void TestLifecycle::batchTransferIsAllOrNothing()
{
    const qint64 a = test::dossierIn(m_db, S::Received);
    const qint64 b = test::dossierIn(m_db, S::Received);
    const qint64 stopped = test::dossierIn(m_db, S::Withdrawn);
    DossierLifecycle lifecycle(m_db.connection());
    QList<FieldError> errors;
    const qint64 eventsBefore = test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events"));
    const QString beforeA = snapshot(a);
    QVERIFY(lifecycle
                .transferAll(test::clerk(), {a, stopped, b}, test::validInput(A::Transfer), &errors)
                .isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.startsWith(find(stopped)->code + QStringLiteral(": ")),
             qPrintable(errors.first().message));
    QCOMPARE(snapshot(a), beforeA);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events")), eventsBefore);

    // A shared problem is told once, not per dossier.
    ActionInput noGiver = test::validInput(A::Transfer);
    noGiver.giver.clear();
    QVERIFY(lifecycle.transferAll(test::clerk(), {a, b}, noGiver, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, DossierFlow::FieldGiver);

    const QList<Dossier> moved
        = lifecycle.transferAll(test::clerk(), {b, a}, test::validInput(A::Transfer), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(Reception::joined(errors)));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.at(0).id, b);
    QCOMPARE(moved.at(1).id, a);
    QCOMPARE(moved.at(0).status, S::Processing);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events")), eventsBefore + 2);
}

void TestLifecycle::controlStepsAreJudgedAgainstBudgets()
{
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE procedures SET step_budgets = '{\"counter\": 0.5, \"office\": 1}' "
                       "WHERE code = '1.004873'")));
    QList<FieldError> errors;
    const auto received
        = DossierStore(m_db.connection()).receive(test::clerk(), test::validRequest(m_db), &errors);
    QVERIFY(received);
    const qint64 id = received->id;
    DossierLifecycle lifecycle(m_db.connection());
    // Counter: received Mon 09:15, half a day runs to 15:15; handed over at 10:00 the same day.
    QVERIFY(lifecycle.apply(test::clerk(), id, A::Transfer,
                            test::validInput(A::Transfer, test::officeTime(2026, 3, 2, 10, 0)),
                            &errors));
    // Office: one day from Mon 10:00 is Tue 10:00; a pause of Mon 14:00–Tue 14:00 (8 h) gives
    // it until Wed 10:00; the result comes Wed 11:00: late.
    QVERIFY(lifecycle.apply(
        test::clerk(), id, A::RequestPayment,
        test::validInput(A::RequestPayment, test::officeTime(2026, 3, 2, 14, 0)), &errors));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::PaymentDone,
                            test::validInput(A::PaymentDone, test::officeTime(2026, 3, 3, 14, 0)),
                            &errors));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::RecordResult,
                            test::validInput(A::RecordResult, test::officeTime(2026, 3, 4, 11, 0)),
                            &errors));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::Return,
                            test::validInput(A::Return, test::officeTime(2026, 3, 4, 15, 0)),
                            &errors));

    const QList<HandoverStep> steps = lifecycle.controlSteps(*find(id));
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[0].handover.giverUnit, QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    QCOMPARE(steps[0].handover.receiverUnit, QStringLiteral("Công chức Tư pháp - Hộ tịch"));
    QVERIFY(steps[0].budgeted);
    QCOMPARE(steps[0].allowedUntil, test::officeTime(2026, 3, 2, 15, 15));
    QCOMPARE(steps[0].judgement, StepJudgement::OnTime);
    QCOMPARE(steps[1].handover.giver, QStringLiteral("Trần Văn Bình"));
    QCOMPARE(steps[1].startedAt, test::officeTime(2026, 3, 2, 10, 0));
    QCOMPARE(steps[1].allowedUntil, test::officeTime(2026, 3, 4, 10, 0));
    QCOMPARE(steps[1].judgement, StepJudgement::Late);
    QVERIFY(steps[2].handover.toApplicant);
    QCOMPARE(steps[2].handover.receiver, QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(steps[2].judgement, StepJudgement::None);

    // An office's own budget wins over "office".
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE procedures SET step_budgets = '{\"office\": 1, \"Công chức Tư pháp - Hộ "
        "tịch\": 3}' WHERE code = '1.004873'")));
    QCOMPARE(lifecycle.controlSteps(*find(id)).at(1).judgement, StepJudgement::Early);

    // Unreadable budgets: said, and judged as without budgets.
    QVERIFY(
        query.exec(QStringLiteral("UPDATE procedures SET step_budgets = '{\"office\": \"two\"}'")));
    QString error;
    QVERIFY(lifecycle.stepBudgets(find(id)->procedureId, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("office")));
    QVERIFY(!lifecycle.controlSteps(*find(id)).at(0).budgeted);
}

void TestLifecycle::controlStepsWithoutBudgetsUseTheDueTime()
{
    const qint64 id = test::dossierIn(m_db, S::Processing);
    QList<FieldError> errors;
    DossierLifecycle lifecycle(m_db.connection());
    // Due Thursday 5/3 09:15; the result comes back Thursday 09:00: on time (the same day).
    Clock::setFixed(test::officeTime(2026, 3, 6, 9, 0));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::Transfer,
                            test::validInput(A::Transfer, test::officeTime(2026, 3, 3, 8, 0)),
                            &errors));
    QVERIFY(lifecycle.apply(test::clerk(), id, A::RecordResult,
                            test::validInput(A::RecordResult, test::officeTime(2026, 3, 5, 9, 0)),
                            &errors));
    const QList<HandoverStep> steps = lifecycle.controlSteps(*find(id));
    QCOMPARE(steps.size(), 3);
    for (const HandoverStep &step : steps) {
        QVERIFY(!step.budgeted);
        QCOMPARE(step.allowedUntil, test::officeTime(2026, 3, 5, 9, 15));
    }
    QCOMPARE(steps[0].judgement, StepJudgement::Early);
    QCOMPARE(steps[1].judgement, StepJudgement::Early);
    QCOMPARE(steps[1].handover.giverUnit, QStringLiteral("Công chức Tư pháp - Hộ tịch"));
    QCOMPARE(steps[2].judgement, StepJudgement::OnTime);
    QCOMPARE(Handovers::judge(test::officeTime(2026, 3, 5, 9, 16),
                              test::officeTime(2026, 3, 5, 9, 15), Clock::officeZone()),
             StepJudgement::Late);
}

void TestLifecycle::randomSequencesKeepTheRules()
{
    // Random actions with random (mostly valid) input at random times; after each one, the
    // dossier must be in a state the rules allow. Seeded, so that a failure can be replayed.
    const quint32 seed = qEnvironmentVariableIsSet("MOTCUA_SEED")
        ? quint32(qEnvironmentVariableIntValue("MOTCUA_SEED"))
        : 20260302u;
    QRandomGenerator random(seed);
    const QList<A> actions = DossierFlow::allActions();
    const QList<Actor> actors = {test::clerk(), test::supervisor(), test::administrator()};
    DossierLifecycle lifecycle(m_db.connection());
    EventLog events(m_db.connection());
    int applied = 0;
    int refused = 0;
    QSet<A> appliedKinds;

    for (int round = 0; round < 60; ++round) {
        Clock::setFixed(test::officeTime(2026, 3, 2, 9, 30));
        QList<FieldError> errors;
        ReceptionRequest request = test::validRequest(m_db);
        const auto received
            = DossierStore(m_db.connection()).receive(test::clerk(), request, &errors);
        QVERIFY(received);
        const qint64 id = received->id;
        QDateTime now = Clock::now();
        int successes = 0;
        bool hadResult = false;

        int triesWhenFinal = 3; // a finished dossier is tried a few more times, then the next one
        for (int step = 0; step < 30 && triesWhenFinal > 0; ++step) {
            if (!Dossiers::isOpenStatus(find(id)->status) && find(id)->status != S::ResultReady
                && find(id)->status != S::Refused)
                --triesWhenFinal;
            now = now.addSecs(qint64(random.bounded(1, 36)) * 3600 / 2); // up to 18 hours later
            Clock::setFixed(now);
            // Mostly an action the rules allow (to get far into the life), else any action.
            const QList<A> allowed
                = DossierFlow::allowedActions(find(id)->status, lifecycle.facts(id));
            const QList<A> &pool = !allowed.isEmpty() && random.bounded(3) != 0 ? allowed : actions;
            const A action = pool.at(int(random.bounded(int(pool.size()))));
            const Actor &actor = actors.at(int(random.bounded(int(actors.size()))));
            ActionInput input = test::validInput(action);
            if (action == A::ApologyExtension)
                input.newDueAt = now.addDays(int(random.bounded(-3, 15)));
            if (random.bounded(8) == 0)
                input.giver = input.reason = input.collectorName = QString(); // invalid for most
            if (random.bounded(10) == 0)
                input.occurredAt = now.addDays(-10); // before reception

            const auto before = find(id);
            const DossierFacts facts = lifecycle.facts(id);
            const Transition expected = DossierFlow::check(before->status, action, facts);
            const auto after = lifecycle.apply(actor, id, action, input, &errors);
            const auto stored = find(id);
            const QString context
                = QStringLiteral("seed %1 round %2 step %3: %4 on %5")
                      .arg(seed)
                      .arg(round)
                      .arg(step)
                      .arg(DossierFlow::actionKey(action), Dossiers::statusKey(before->status));
            if (after) {
                ++applied;
                ++successes;
                appliedKinds.insert(action);
                QVERIFY2(expected.allowed, qPrintable(context));
                QVERIFY2(actor.can(DossierFlow::permission(action)), qPrintable(context));
                QVERIFY2(stored->status == expected.target, qPrintable(context));
            } else {
                ++refused;
                QVERIFY2(stored->status == before->status, qPrintable(context));
                QVERIFY2(stored->dueAt == before->dueAt, qPrintable(context));
                QVERIFY2(stored->extendedDueAt == before->extendedDueAt, qPrintable(context));
            }

            // Invariants of every stored dossier.
            const S status = stored->status;
            const bool awaiting = status == S::AwaitingDocuments || status == S::AwaitingPayment;
            QVERIFY2(stored->pausedAt.isValid() == awaiting, qPrintable(context));
            QVERIFY2(
                test::count(
                    m_db,
                    QStringLiteral("SELECT COUNT(*) FROM dossier_pauses WHERE ended_at IS NULL AND "
                                   "dossier_id = %1")
                        .arg(id))
                    == (awaiting ? 1 : 0),
                qPrintable(context));
            QVERIFY2(stored->finishedAt.isValid() == !Dossiers::isOpenStatus(status),
                     qPrintable(context));
            hadResult = hadResult || status == S::ResultReady || status == S::Refused;
            if (status == S::Returned)
                QVERIFY2(hadResult && !stored->resultKind.isEmpty() && stored->returnedAt.isValid(),
                         qPrintable(context));
            else
                QVERIFY2(!stored->returnedAt.isValid(), qPrintable(context));
            if (action != A::DocumentsReceived && action != A::PaymentDone)
                QVERIFY2(stored->dueAt == before->dueAt, qPrintable(context)); // never the apology
            QVERIFY2(stored->dueAt >= received->dueAt, qPrintable(context));
            QVERIFY2(
                test::count(
                    m_db,
                    QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'documents-requested' "
                                   "AND dossier_id = %1")
                        .arg(id))
                    <= 1,
                qPrintable(context));
            QVERIFY2(test::count(m_db,
                                 QStringLiteral(
                                     "SELECT COUNT(*) FROM events WHERE kind = 'apology-extension' "
                                     "AND dossier_id = %1")
                                     .arg(id))
                         <= 1,
                     qPrintable(context));
            if (stored->extendedDueAt.isValid())
                QVERIFY2(stored->extendedDueAt > received->dueAt, qPrintable(context));
            // One event per step applied, and a due time moves only with a logged recompute.
            const QList<EventRecord> history = events.forDossier(id);
            const qint64 recomputes
                = std::count_if(history.cbegin(), history.cend(), [](const EventRecord &e) {
                      return e.kind == QLatin1String("deadline-recomputed");
                  });
            QVERIFY2(history.size() - recomputes == 1 + successes, qPrintable(context));
            if (stored->dueAt != before->dueAt)
                QVERIFY2(history.constLast().kind == QLatin1String("deadline-recomputed"),
                         qPrintable(context));
        }
    }
    QVERIFY(events.verifyChain().isIntact());
    qInfo("seed %u: %d actions applied, %d refused", seed, applied, refused);
    // The sequences must have exercised both sides.
    QCOMPARE(appliedKinds.size(), actions.size());
    QVERIFY2(applied > 100 && refused > 100,
             qPrintable(QStringLiteral("%1 applied, %2 refused").arg(applied).arg(refused)));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
