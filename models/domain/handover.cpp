#include "domain/handover.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace motcua {

namespace {

constexpr qint64 kSecondsPerWorkingDay = 8 * 3600; // as in the deadline engine
constexpr double kMaxBudgetDays = 1000;

// Working time of the pauses within [from, to).
qint64 pausedWithin(const DeadlineCalculator &calculator, const QList<Pause> &pauses,
                    const QDateTime &from, const QDateTime &to)
{
    qint64 total = 0;
    for (const Pause &pause : pauses) {
        const QDateTime start = qMax(pause.from, from);
        const QDateTime end = qMin(pause.to.isValid() ? pause.to : to, to);
        if (start < end)
            total += calculator.workingSecondsBetween(start, end);
    }
    return total;
}

} // namespace

std::optional<double> StepBudgets::forUnit(const QString &unit, bool isCounter) const
{
    const auto own = days.constFind(unit);
    if (!unit.isEmpty() && own != days.constEnd())
        return *own;
    const auto role
        = days.constFind(isCounter ? QStringLiteral("counter") : QStringLiteral("office"));
    if (role != days.constEnd())
        return *role;
    return std::nullopt;
}

bool StepBudgets::parse(const QString &json, StepBudgets *budgets, QString *error)
{
    budgets->days.clear();
    if (json.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("StepBudgets",
                                             "The step budgets must be a JSON object such as "
                                             "{\"counter\": 0.5, \"office\": 2.5}.");
        return false;
    }
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        if (it.key().trimmed().isEmpty() || !it.value().isDouble() || !std::isfinite(value)
            || value < 0 || value > kMaxBudgetDays) {
            *error
                = QCoreApplication::translate("StepBudgets",
                                              "The step budget \"%1\" must be a number of working "
                                              "days from 0 to 1000.")
                      .arg(it.key());
            budgets->days.clear();
            return false;
        }
        budgets->days.insert(it.key().trimmed(), value);
    }
    return true;
}

QString StepBudgets::toJson() const
{
    if (days.isEmpty())
        return QStringLiteral("");
    QJsonObject object;
    for (auto it = days.constBegin(); it != days.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace Handovers {

QString judgementLabel(StepJudgement judgement)
{
    switch (judgement) {
    case StepJudgement::None:
        return {};
    case StepJudgement::Early:
        return QCoreApplication::translate("Handovers", "early");
    case StepJudgement::OnTime:
        return QCoreApplication::translate("Handovers", "on time");
    case StepJudgement::Late:
        return QCoreApplication::translate("Handovers", "late");
    }
    return {};
}

QString judgementKey(StepJudgement judgement)
{
    switch (judgement) {
    case StepJudgement::None:
        return {};
    case StepJudgement::Early:
        return QStringLiteral("early");
    case StepJudgement::OnTime:
        return QStringLiteral("on-time");
    case StepJudgement::Late:
        return QStringLiteral("late");
    }
    return {};
}

StepJudgement judge(const QDateTime &handedAt, const QDateTime &allowedUntil, const QTimeZone &zone)
{
    if (!handedAt.isValid() || !allowedUntil.isValid())
        return StepJudgement::None;
    if (handedAt > allowedUntil)
        return StepJudgement::Late;
    return handedAt.toTimeZone(zone).date() < allowedUntil.toTimeZone(zone).date()
        ? StepJudgement::Early
        : StepJudgement::OnTime;
}

QList<HandoverStep> controlSteps(const QDateTime &receivedAt, const QDateTime &dueAt,
                                 QList<HandoverRecord> handovers, const StepBudgets &budgets,
                                 const DeadlineCalculator &calculator, const QList<Pause> &pauses)
{
    std::stable_sort(handovers.begin(), handovers.end(),
                     [](const HandoverRecord &a, const HandoverRecord &b) { return a.at < b.at; });
    QList<HandoverStep> steps;
    QDateTime startedAt = receivedAt;
    for (const HandoverRecord &handover : std::as_const(handovers)) {
        HandoverStep step;
        step.handover = handover;
        step.startedAt = startedAt;
        if (!handover.toApplicant) {
            const std::optional<double> budget
                = budgets.forUnit(handover.giverUnit, handover.fromCounter);
            if (budget) {
                step.budgeted = true;
                const qint64 allowed = std::llround(*budget * kSecondsPerWorkingDay)
                    + pausedWithin(calculator, pauses, startedAt, handover.at);
                // The clock of a step starts when the unit could work on it (office hours).
                step.allowedUntil = calculator.addWorkingSeconds(
                    calculator.countingStart(startedAt, false), allowed);
            } else {
                step.allowedUntil = dueAt;
            }
            step.judgement = judge(handover.at, step.allowedUntil, calculator.timeZone());
        }
        steps.append(step);
        startedAt = handover.at;
    }
    return steps;
}

} // namespace Handovers
} // namespace motcua
