#include "store/dossierlifecycle.h"

#include "db/sqldialect.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "store/calendarstore.h"
#include "store/deadlineservice.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace motcua {

namespace {

QString isoMinute(const QDateTime &t)
{
    return t.isValid() ? Clock::local(t).toString(Qt::ISODate) : QString();
}

// The event kinds that are steps of the dossier's life: a later step may not be stated before them.
QStringList stepKinds()
{
    QStringList kinds {QStringLiteral("received")};
    for (DossierAction action : DossierFlow::allActions())
        kinds.append(DossierFlow::eventKind(action));
    return kinds;
}

} // namespace

DossierLifecycle::DossierLifecycle(const QSqlDatabase &db)
    : m_db(db)
{ }

DossierFacts DossierLifecycle::facts(qint64 dossierId) const
{
    DossierFacts facts;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM dossier_pauses WHERE dossier_id = ? AND kind = "
        "'documents'), extended_due_at IS NOT NULL FROM dossiers WHERE id = ?"));
    query.addBindValue(dossierId);
    query.addBindValue(dossierId);
    if (query.exec() && query.next()) {
        facts.documentsRequested = query.value(0).toBool();
        facts.apologyGiven = query.value(1).toBool();
    }
    return facts;
}

Transition DossierLifecycle::check(const Actor &actor, const Dossier &dossier,
                                   DossierAction action) const
{
    Transition transition = DossierFlow::check(dossier.status, action, facts(dossier.id));
    const Permission needed = DossierFlow::permission(action);
    if (transition.allowed && !actor.can(needed))
        transition = {false, dossier.status, Roles::deniedMessage(needed)};
    return transition;
}

QList<DossierAction> DossierLifecycle::available(const Actor &actor, const Dossier &dossier) const
{
    QList<DossierAction> actions;
    const DossierFacts known = facts(dossier.id);
    for (DossierAction action : DossierFlow::allowedActions(dossier.status, known)) {
        if (actor.can(DossierFlow::permission(action)))
            actions.append(action);
    }
    return actions;
}

QString DossierLifecycle::counterName() const
{
    const QString name = SettingsStore(m_db).value(QStringLiteral("office.name"));
    return name.isEmpty() ? tr("One-stop counter") : name;
}

QString DossierLifecycle::currentHolder(const Dossier &dossier) const
{
    if (dossier.status != DossierStatus::Processing
        && dossier.status != DossierStatus::AwaitingDocuments
        && dossier.status != DossierStatus::AwaitingPayment)
        return counterName();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE dossier_id = ? AND kind = ? "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(SqlDialect::of(m_db).jsonText(QStringLiteral("details"),
                                                         QStringLiteral("office"))));
    query.addBindValue(dossier.id);
    query.addBindValue(DossierFlow::eventKind(DossierAction::Transfer));
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return dossier.decidingOffice.isEmpty() ? counterName() : dossier.decidingOffice;
}

ActionInput DossierLifecycle::defaults(const Actor &actor, const Dossier &dossier,
                                       DossierAction action) const
{
    ActionInput input;
    input.occurredAt = Clock::local(Clock::now());
    input.occurredAt.setTime(
        QTime(input.occurredAt.time().hour(), input.occurredAt.time().minute()));
    switch (action) {
    case DossierAction::Transfer:
        input.giver = actor.displayName();
        // The first handover goes to the deciding office; later ones are between offices.
        input.office
            = dossier.status == DossierStatus::Received ? dossier.decidingOffice : QString();
        break;
    case DossierAction::RecordResult:
    case DossierAction::RecordRefusal:
        input.receiver = actor.displayName();
        input.office = currentHolder(dossier);
        break;
    case DossierAction::RequestDocuments:
        input.office = currentHolder(dossier);
        break;
    case DossierAction::ApologyExtension: {
        // One working day after the promised time: a starting point, the supervisor decides.
        const CalendarStore calendars(m_db);
        const WorkCalendar calendar = calendars.calendar();
        const DeadlineCalculator calculator(calendar, calendars.cutoffTime(), Clock::officeZone());
        input.newDueAt
            = calculator.addWorkingSeconds(qMax(dossier.promisedAt(), input.occurredAt), 8 * 3600);
        break;
    }
    case DossierAction::Return: {
        input.returnMethod = dossier.returnMethod;
        const bool byProxy
            = !dossier.proxy.isEmpty() || dossier.applicantKind == ApplicantKind::Organisation;
        const Party &collector = byProxy ? dossier.proxy : dossier.applicant;
        input.collectorRole = byProxy ? CollectorRole::AuthorisedPerson : CollectorRole::Applicant;
        input.collectorName = collector.name;
        input.collectorId = collector.idNumber;
        if (dossier.returnMethod == ReturnMethod::Post) {
            input.collectorName = dossier.applicant.name;
            input.collectorId.clear();
        }
        break;
    }
    default:
        break;
    }
    return input;
}

QDateTime DossierLifecycle::lastStepAt(qint64 dossierId) const
{
    const QStringList kinds = stepKinds();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT MAX(occurred_at) FROM events WHERE dossier_id = ? AND kind IN (%1)")
            .arg(QStringList(kinds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    query.addBindValue(dossierId);
    for (const QString &kind : kinds)
        query.addBindValue(kind);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return Clock::local(QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC));
}

std::optional<Dossier> DossierLifecycle::apply(const Actor &actor, qint64 dossierId,
                                               DossierAction action, ActionInput input,
                                               QList<FieldError> *errors)
{
    errors->clear();
    const Permission needed = DossierFlow::permission(action);
    if (!actor.can(needed)) {
        errors->append({QString(), Roles::deniedMessage(needed)});
        return std::nullopt;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        errors->append(
            {QString(), tr("The dossier could not be saved: %1").arg(transaction.errorText())});
        return std::nullopt;
    }
    DossierStore dossiers(m_db);
    // Read again inside the transaction: another counter may have moved the dossier meanwhile.
    const std::optional<Dossier> dossier = dossiers.find(dossierId);
    if (!dossier) {
        errors->append({QString(), tr("The dossier no longer exists.")});
        return std::nullopt;
    }
    if (!applyOne(actor, *dossier, action, input, errors))
        return std::nullopt;
    if (!transaction.commit()) {
        errors->append(
            {QString(), tr("The dossier could not be saved: %1").arg(transaction.errorText())});
        return std::nullopt;
    }
    return dossiers.find(dossierId);
}

QList<Dossier> DossierLifecycle::transferAll(const Actor &actor, const QList<qint64> &dossierIds,
                                             const ActionInput &input, QList<FieldError> *errors)
{
    return applyAll(
        actor, DossierAction::Transfer, dossierIds, [&input](const Dossier &) { return input; },
        errors);
}

QList<Dossier> DossierLifecycle::applyAll(
    const Actor &actor, DossierAction action, const QList<qint64> &dossierIds,
    const std::function<ActionInput(const Dossier &)> &inputFor, QList<FieldError> *errors)
{
    errors->clear();
    const Permission needed = DossierFlow::permission(action);
    if (!actor.can(needed)) {
        errors->append({QString(), Roles::deniedMessage(needed)});
        return {};
    }
    if (dossierIds.isEmpty()) {
        errors->append({QString(), tr("Choose the dossiers to hand over.")});
        return {};
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        errors->append(
            {QString(), tr("The dossiers could not be saved: %1").arg(transaction.errorText())});
        return {};
    }
    DossierStore dossiers(m_db);
    QList<qint64> done;
    for (qint64 id : dossierIds) {
        const std::optional<Dossier> dossier = dossiers.find(id);
        if (!dossier) {
            errors->append({QString(), tr("The dossier no longer exists.")});
            continue;
        }
        if (done.contains(id)) {
            errors->append({QString(), tr("%1: listed twice.").arg(dossier->code)});
            continue;
        }
        ActionInput one = inputFor(*dossier);
        QList<FieldError> problems;
        if (!applyOne(actor, *dossier, action, one, &problems)) {
            for (const FieldError &problem : std::as_const(problems)) {
                // A problem of the shared input (a missing name) is told once; one of this
                // dossier (its status, its last step) names the dossier.
                const bool ofThisDossier
                    = problem.field.isEmpty() || problem.field == DossierFlow::FieldTime;
                const FieldError error {
                    problem.field,
                    ofThisDossier ? QStringLiteral("%1: %2").arg(dossier->code, problem.message)
                                  : problem.message};
                if (std::none_of(errors->cbegin(), errors->cend(), [&](const FieldError &e) {
                        return e.field == error.field && e.message == error.message;
                    }))
                    errors->append(error);
            }
            continue;
        }
        done.append(id);
    }
    if (!errors->isEmpty())
        return {}; // the transaction rolls back: all or nothing
    if (!transaction.commit()) {
        errors->append(
            {QString(), tr("The dossiers could not be saved: %1").arg(transaction.errorText())});
        return {};
    }
    QList<Dossier> transferred;
    for (qint64 id : std::as_const(done)) {
        if (const auto dossier = dossiers.find(id))
            transferred.append(*dossier);
    }
    return transferred;
}

bool DossierLifecycle::applyOne(const Actor &actor, const Dossier &dossier, DossierAction action,
                                ActionInput &input, QList<FieldError> *errors)
{
    const Transition transition = DossierFlow::check(dossier.status, action, facts(dossier.id));
    if (!transition.allowed) {
        errors->append({QString(), transition.reason});
        return false;
    }
    const QDateTime earliest = qMax(dossier.receivedAt, lastStepAt(dossier.id));
    *errors = DossierFlow::validate(action, input, dossier, Clock::now(), earliest);
    if (!errors->isEmpty())
        return false;

    const QString holder = currentHolder(dossier);
    const QString counter = counterName();
    const qint64 at = input.occurredAt.toSecsSinceEpoch();
    QString error;
    // Each statement must change exactly one row (or, for pauses, any number).
    const auto exec = [&](const QString &sql, const QVariantList &values, bool oneRow = true) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
        if (oneRow && query.numRowsAffected() != 1) {
            error = tr("the dossier changed meanwhile");
            return false;
        }
        return true;
    };

    EventRecord event;
    event.dossierId = dossier.id;
    event.kind = DossierFlow::eventKind(action);
    event.occurredAt = input.occurredAt;
    event.fromStatus = Dossiers::statusKey(dossier.status);
    event.toStatus = Dossiers::statusKey(transition.target);
    event.note = input.note;
    QJsonObject &details = event.details;

    // The status moves only from the status read in this transaction.
    bool ok = exec(
        QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ? AND status = ?"),
        {Dossiers::statusKey(transition.target), dossier.id, Dossiers::statusKey(dossier.status)});

    const auto closePause = [&] {
        return exec(QStringLiteral("UPDATE dossier_pauses SET ended_at = ? WHERE dossier_id = ? "
                                   "AND ended_at IS NULL"),
                    {at, dossier.id}, false)
            && exec(QStringLiteral("UPDATE dossiers SET paused_at = NULL WHERE id = ?"),
                    {dossier.id});
    };

    switch (action) {
    case DossierAction::Transfer:
        details = {{QStringLiteral("giver"), input.giver},
                   {QStringLiteral("receiver"), input.receiver},
                   {QStringLiteral("fromOffice"), holder},
                   {QStringLiteral("office"), input.office}};
        break;
    case DossierAction::RequestDocuments:
    case DossierAction::RequestPayment:
        ok = ok
            && exec(QStringLiteral("INSERT INTO dossier_pauses (dossier_id, kind, started_at, "
                                   "reason) VALUES (?, ?, ?, ?)"),
                    {dossier.id, DossierFlow::pauseKind(action), at, Sql::text(input.reason)})
            && exec(QStringLiteral("UPDATE dossiers SET paused_at = ? WHERE id = ?"),
                    {at, dossier.id});
        details = {{QStringLiteral("reason"), input.reason}};
        if (action == DossierAction::RequestDocuments) {
            details.insert(QStringLiteral("items"), QJsonArray::fromStringList(input.items));
            if (!input.office.isEmpty())
                details.insert(QStringLiteral("office"), input.office);
        } else if (!input.amount.isEmpty()) {
            details.insert(QStringLiteral("amount"), input.amount);
        }
        break;
    case DossierAction::DocumentsReceived:
    case DossierAction::PaymentDone: {
        // The clock runs again; the deadline is recomputed after this event (below).
        ok = ok && closePause();
        details = {{QStringLiteral("pausedFrom"), isoMinute(dossier.pausedAt)}};
        if (!input.items.isEmpty())
            details.insert(QStringLiteral("items"), QJsonArray::fromStringList(input.items));
        if (!input.amount.isEmpty())
            details.insert(QStringLiteral("amount"), input.amount);
        break;
    }
    case DossierAction::ApologyExtension:
        // Only the promise moves; due_at, which decides lateness, stays.
        ok = ok
            && exec(QStringLiteral("UPDATE dossiers SET extended_due_at = ? WHERE id = ?"),
                    {input.newDueAt.toSecsSinceEpoch(), dossier.id});
        details = {{QStringLiteral("reason"), input.reason},
                   {QStringLiteral("previousPromise"), isoMinute(dossier.promisedAt())},
                   {QStringLiteral("newPromise"), isoMinute(input.newDueAt)},
                   {QStringLiteral("due"), isoMinute(dossier.dueAt)}};
        break;
    case DossierAction::RecordResult:
    case DossierAction::RecordRefusal: {
        const QString kind = action == DossierAction::RecordResult ? QStringLiteral("approved")
                                                                   : QStringLiteral("refused");
        ok = ok
            && exec(QStringLiteral(
                        "UPDATE dossiers SET finished_at = ?, result_kind = ? WHERE id = ?"),
                    {at, kind, dossier.id});
        details = {{QStringLiteral("giver"), input.giver},
                   {QStringLiteral("receiver"), input.receiver},
                   {QStringLiteral("fromOffice"), input.office},
                   {QStringLiteral("office"), counter},
                   {QStringLiteral("resultKind"), kind}};
        if (!input.description.isEmpty())
            details.insert(QStringLiteral("description"), input.description);
        if (action == DossierAction::RecordRefusal)
            details.insert(QStringLiteral("reason"), input.reason);
        break;
    }
    case DossierAction::Return:
        ok = ok
            && exec(QStringLiteral("UPDATE dossiers SET returned_at = ? WHERE id = ?"),
                    {at, dossier.id});
        details = {{QStringLiteral("method"), Dossiers::returnMethodKey(input.returnMethod)},
                   {QStringLiteral("giver"), actor.displayName()},
                   {QStringLiteral("collector"), input.collectorName},
                   {QStringLiteral("originalsTakenBack"), input.originalsTakenBack},
                   {QStringLiteral("receiptHandedBack"), input.receiptHandedBack}};
        if (input.returnMethod == ReturnMethod::Post) {
            details.insert(QStringLiteral("trackingNumber"), input.trackingNumber);
        } else {
            details.insert(QStringLiteral("collectorId"), input.collectorId);
            details.insert(QStringLiteral("collectorRole"),
                           input.collectorRole == CollectorRole::Applicant
                               ? QStringLiteral("applicant")
                               : QStringLiteral("authorised"));
        }
        break;
    case DossierAction::Withdraw:
        ok = ok && closePause()
            && exec(QStringLiteral("UPDATE dossiers SET finished_at = ? WHERE id = ?"),
                    {at, dossier.id});
        details = {{QStringLiteral("reason"), input.reason},
                   {QStringLiteral("originalsTakenBack"), input.originalsTakenBack}};
        break;
    }

    if (!ok || !EventLog(m_db).append(actor, event, &error)) {
        errors->append({QString(), tr("The dossier could not be saved: %1").arg(error)});
        return false;
    }
    // The due time moves by the working time of the pause, logged as "deadline-recomputed"
    // like every move of a due time, with the step that caused it.
    if (DossierFlow::resumes(action)
        && !DeadlineService(m_db).recompute(
            actor, dossier.id, {{QStringLiteral("cause"), event.kind}}, nullptr, &error)) {
        errors->append({QString(), tr("The dossier could not be saved: %1").arg(error)});
        return false;
    }
    return true;
}

StepBudgets DossierLifecycle::stepBudgets(qint64 procedureId, QString *error) const
{
    StepBudgets budgets;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT step_budgets FROM procedures WHERE id = ?"));
    query.addBindValue(procedureId);
    QString problem;
    if (query.exec() && query.next()
        && !StepBudgets::parse(query.value(0).toString(), &budgets, &problem) && error)
        *error = problem;
    return budgets;
}

QList<HandoverStep> DossierLifecycle::controlSteps(const Dossier &dossier) const
{
    const QString counter = counterName();
    QList<HandoverRecord> handovers;
    for (const EventRecord &event : EventLog(m_db).forDossier(dossier.id)) {
        const QJsonObject &d = event.details;
        HandoverRecord record;
        record.at = Clock::local(event.occurredAt);
        record.note = event.note;
        const ActionSpec *step = DossierActions::fromEventKind(event.kind);
        if (step && step->handover) {
            record.giver = d.value(QStringLiteral("giver")).toString();
            record.giverUnit = d.value(QStringLiteral("fromOffice")).toString();
            record.receiver = d.value(QStringLiteral("receiver")).toString();
            record.receiverUnit = d.value(QStringLiteral("office")).toString();
            record.fromCounter = event.fromStatus == Dossiers::statusKey(DossierStatus::Received);
        } else if (event.kind == DossierFlow::eventKind(DossierAction::Return)) {
            record.giver = d.value(QStringLiteral("giver")).toString(event.actor);
            record.giverUnit = counter;
            record.receiver = d.value(QStringLiteral("collector")).toString();
            record.fromCounter = true;
            record.toApplicant = true;
        } else {
            continue;
        }
        handovers.append(record);
    }
    const CalendarStore calendars(m_db);
    const WorkCalendar calendar = calendars.calendar();
    const DeadlineCalculator calculator(calendar, calendars.cutoffTime(), Clock::officeZone());
    QString problem; // unreadable pauses: the steps are judged without them
    return Handovers::controlSteps(dossier.receivedAt, dossier.dueAt, handovers,
                                   stepBudgets(dossier.procedureId), calculator,
                                   DeadlineService(m_db).pauses(dossier.id, &problem));
}

} // namespace motcua
