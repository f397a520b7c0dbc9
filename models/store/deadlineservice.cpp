#include "store/deadlineservice.h"

#include "domain/clock.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "store/calendarstore.h"
#include "store/eventlog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace motcua {

namespace {

const QString openStatuses
    = QStringLiteral("('received', 'processing', 'awaiting_documents', 'awaiting_payment')");

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull()
        ? QDateTime()
        : Clock::local(QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC));
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Clock::officeZone()).toSecsSinceEpoch();
}

} // namespace

DeadlineService::DeadlineService(const QSqlDatabase &db)
    : m_db(db)
{ }

bool DeadlineService::candidates(const QString &where, const QVariantList &values,
                                 QList<Candidate> *dossiers, QString *error) const
{
    dossiers->clear();
    QHash<qint64, int> indexById;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT d.id, d.code, d.rule_unit, d.rule_amount, d.rule_cutoff, "
                                 "d.received_at, d.due_at FROM dossiers d WHERE ")
                  + where + QStringLiteral(" ORDER BY d.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    // A failed read must not pass for "nothing to recompute".
    if (!query.exec()) {
        *error = tr("The deadlines could not be read: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        Candidate dossier;
        dossier.id = query.value(0).toLongLong();
        dossier.code = query.value(1).toString();
        Dossiers::unitFromKey(query.value(2).toString(), &dossier.rule.unit);
        dossier.rule.amount = query.value(3).toDouble();
        dossier.rule.cutoff = query.value(4).toBool();
        dossier.receivedAt = instantFrom(query.value(5));
        dossier.dueAt = instantFrom(query.value(6));
        indexById.insert(dossier.id, int(dossiers->size()));
        dossiers->append(dossier);
    }
    if (dossiers->isEmpty())
        return true;

    // The pauses of the same dossiers in one query.
    QSqlQuery pauses(m_db);
    pauses.setForwardOnly(true);
    pauses.prepare(QStringLiteral("SELECT p.dossier_id, p.started_at, p.ended_at, p.reason "
                                  "FROM dossier_pauses p JOIN dossiers d ON d.id = p.dossier_id "
                                  "WHERE ")
                   + where + QStringLiteral(" ORDER BY p.id"));
    for (const QVariant &value : values)
        pauses.addBindValue(value);
    if (!pauses.exec()) {
        *error = tr("The deadlines could not be read: %1").arg(pauses.lastError().text());
        return false;
    }
    const QDateTime now = Clock::local(Clock::now());
    while (pauses.next()) {
        const auto it = indexById.constFind(pauses.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        const QDateTime ended = instantFrom(pauses.value(2));
        // A pause still running stops the clock up to now.
        (*dossiers)[*it].pauses.append({instantFrom(pauses.value(1)), ended.isValid() ? ended : now,
                                        pauses.value(3).toString(), !ended.isValid()});
    }
    return true;
}

std::optional<DeadlineResult> DeadlineService::compute(qint64 dossierId, QString *error) const
{
    QList<Candidate> found;
    if (!candidates(QStringLiteral("d.id = ?"), {dossierId}, &found, error))
        return std::nullopt;
    if (found.isEmpty()) {
        *error = tr("The dossier no longer exists.");
        return std::nullopt;
    }
    const CalendarStore store(m_db);
    const WorkCalendar calendar = store.calendar();
    const DeadlineCalculator calculator(calendar, store.cutoffTime(), Clock::officeZone());
    const Candidate &dossier = found.first();
    DeadlineResult result
        = DossierFlow::deadline(calculator, dossier.receivedAt, dossier.rule, dossier.pauses);
    if (!result.isValid()) {
        *error = tr("No deadline can be computed for the dossier %1: check the working calendar "
                    "and office hours.")
                     .arg(dossier.code);
        return std::nullopt;
    }
    return result;
}

QList<Pause> DeadlineService::pauses(qint64 dossierId, QString *error) const
{
    QList<Candidate> found;
    if (!candidates(QStringLiteral("d.id = ?"), {dossierId}, &found, error) || found.isEmpty())
        return {};
    return found.first().pauses;
}

bool DeadlineService::recompute(const Actor &actor, qint64 dossierId, const QJsonObject &cause,
                                std::optional<Change> *change, QString *error)
{
    QList<Candidate> found;
    if (!candidates(QStringLiteral("d.id = ?"), {dossierId}, &found, error))
        return false;
    if (found.isEmpty()) {
        *error = tr("The dossier no longer exists.");
        return false;
    }
    QList<Change> changes;
    if (!apply(actor, found, cause, &changes, error))
        return false;
    if (change)
        *change = changes.isEmpty() ? std::nullopt : std::optional<Change>(changes.first());
    return true;
}

bool DeadlineService::recomputeOpen(const Actor &actor, const QList<QDate> &days,
                                    const QJsonObject &cause, QList<Change> *changes,
                                    QString *error)
{
    changes->clear();
    QList<QDate> valid;
    std::copy_if(days.cbegin(), days.cend(), std::back_inserter(valid),
                 [](const QDate &day) { return day.isValid(); });
    if (valid.isEmpty())
        return true;
    const auto [first, last] = std::minmax_element(valid.cbegin(), valid.cend());
    const qint64 firstStart = startOfDay(*first);
    // Received before the end of the last day; due, or paused, on or after the first one.
    const QString where
        = QStringLiteral("d.status IN %1 AND d.received_at < ? AND (d.due_at >= ? OR EXISTS "
                         "(SELECT 1 FROM dossier_pauses q WHERE q.dossier_id = d.id AND "
                         "(q.ended_at IS NULL OR q.ended_at >= ?)))")
              .arg(openStatuses);
    QList<Candidate> dossiers;
    return candidates(where, {startOfDay(last->addDays(1)), firstStart, firstStart}, &dossiers,
                      error)
        && apply(actor, dossiers, cause, changes, error);
}

bool DeadlineService::apply(const Actor &actor, const QList<Candidate> &dossiers,
                            const QJsonObject &cause, QList<Change> *changes, QString *error)
{
    if (dossiers.isEmpty())
        return true;
    // Read inside the caller's transaction: the calendar as it is being edited.
    const CalendarStore store(m_db);
    const WorkCalendar calendar = store.calendar();
    const DeadlineCalculator calculator(calendar, store.cutoffTime(), Clock::officeZone());
    EventLog events(m_db);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE dossiers SET due_at = ? WHERE id = ?"));

    for (const Candidate &dossier : dossiers) {
        const DeadlineResult result
            = DossierFlow::deadline(calculator, dossier.receivedAt, dossier.rule, dossier.pauses);
        if (!result.isValid()) {
            *error = tr("No deadline can be computed for the dossier %1: check the working "
                        "calendar and office hours.")
                         .arg(dossier.code);
            return false;
        }
        if (result.due.toSecsSinceEpoch() == dossier.dueAt.toSecsSinceEpoch())
            continue;
        update.addBindValue(result.due.toSecsSinceEpoch());
        update.addBindValue(dossier.id);
        if (!update.exec()) {
            *error = tr("The deadline of the dossier %1 could not be saved: %2")
                         .arg(dossier.code, update.lastError().text());
            return false;
        }
        EventRecord event;
        event.dossierId = dossier.id;
        event.kind = QStringLiteral("deadline-recomputed");
        event.details = cause;
        event.details.insert(QStringLiteral("old"), dossier.dueAt.toString(Qt::ISODate));
        event.details.insert(QStringLiteral("new"), result.due.toString(Qt::ISODate));
        if (!events.append(actor, event, error))
            return false;
        changes->append({dossier.id, dossier.code, dossier.dueAt, result.due});
    }
    return true;
}

} // namespace motcua
