#include "store/dossierdeadline.h"

#include "domain/clock.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "store/calendarstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull()
        ? QDateTime()
        : Clock::local(QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC));
}

} // namespace

DossierDeadline::DossierDeadline(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<Pause> DossierDeadline::closedPauses(qint64 dossierId) const
{
    QList<Pause> pauses;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT started_at, ended_at, reason FROM dossier_pauses "
                       "WHERE dossier_id = ? AND ended_at IS NOT NULL ORDER BY started_at, id"));
    query.addBindValue(dossierId);
    query.exec();
    while (query.next())
        pauses.append(
            {instantFrom(query.value(0)), instantFrom(query.value(1)), query.value(2).toString()});
    return pauses;
}

std::optional<DeadlineResult> DossierDeadline::compute(qint64 dossierId, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT code, rule_unit, rule_amount, rule_cutoff, received_at FROM dossiers "
        "WHERE id = ?"));
    query.addBindValue(dossierId);
    if (!query.exec() || !query.next()) {
        *error = tr("The dossier no longer exists.");
        return std::nullopt;
    }
    const QString code = query.value(0).toString();
    DeadlineRule rule;
    Dossiers::unitFromKey(query.value(1).toString(), &rule.unit);
    rule.amount = query.value(2).toDouble();
    rule.cutoff = query.value(3).toBool();
    const QDateTime receivedAt = instantFrom(query.value(4));

    const CalendarStore calendars(m_db);
    const WorkCalendar calendar = calendars.calendar();
    const DeadlineCalculator calculator(calendar, calendars.cutoffTime(), Clock::officeZone());
    const DeadlineResult result
        = DossierFlow::deadline(calculator, receivedAt, rule, closedPauses(dossierId));
    if (!result.isValid()) {
        *error = tr("No deadline can be computed for the dossier %1: check the working calendar "
                    "and office hours.")
                     .arg(code);
        return std::nullopt;
    }
    return result;
}

bool DossierDeadline::recompute(qint64 dossierId, QDateTime *oldDue, QDateTime *newDue,
                                QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT due_at FROM dossiers WHERE id = ?"));
    query.addBindValue(dossierId);
    if (!query.exec() || !query.next()) {
        *error = tr("The dossier no longer exists.");
        return false;
    }
    *oldDue = instantFrom(query.value(0));
    const std::optional<DeadlineResult> result = compute(dossierId, error);
    if (!result)
        return false;
    *newDue = result->due;
    if (newDue->toSecsSinceEpoch() == oldDue->toSecsSinceEpoch())
        return true;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE dossiers SET due_at = ? WHERE id = ?"));
    update.addBindValue(newDue->toSecsSinceEpoch());
    update.addBindValue(dossierId);
    if (!update.exec()) {
        *error = update.lastError().text();
        return false;
    }
    return true;
}

} // namespace motcua
