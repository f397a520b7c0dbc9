#pragma once

#include "domain/deadline.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The rows of the Phiếu kiểm soát quá trình giải quyết hồ sơ: one per handover (giver, receiver,
// time), each judged early / on time / late.
//
// - A step is the time one unit held the dossier: from reception (the counter) or the handover
//   that gave it the dossier, to the handover in which it passed the dossier on.
// - With a budget for that unit (procedures.step_budgets, working days: {"counter": 0.5,
//   "office": 2.5}; a key may also be an office's exact name, which wins over "office"), the step
//   may last that much working time, plus the working time of the pauses within it. Without a
//   budget, the step must end by the dossier's due time.
// - Late: handed over after the allowed time. Early: handed over on a working day before the
//   day of the allowed time. On time: otherwise (the same day, not after the time).
// - The return to the applicant closes the slip and is not judged (the applicant decides when
//   to come).

namespace motcua {

struct StepBudgets
{
    QHash<QString, double> days; // "counter", "office", or an office's name → working days

    bool isEmpty() const { return days.isEmpty(); }
    // The budget of a unit: its own name first, then its role ("counter" or "office").
    std::optional<double> forUnit(const QString &unit, bool isCounter) const;

    // Empty text gives no budgets. A JSON object of names to numbers from 0 to 1000; anything
    // else is refused with a translated message.
    static bool parse(const QString &json, StepBudgets *budgets, QString *error);
    // The compact JSON object that parse() reads back; no budgets give an empty text.
    QString toJson() const;
};

enum class StepJudgement { None, Early, OnTime, Late };

// One handover as the timeline recorded it.
struct HandoverRecord
{
    QDateTime at;
    QString giver;
    QString giverUnit;
    QString receiver;
    QString receiverUnit;
    bool fromCounter = false; // the one-stop counter gave the dossier
    bool toApplicant = false; // the return of the result
    QString note;
};

struct HandoverStep
{
    HandoverRecord handover;
    QDateTime startedAt; // when the giving unit got the dossier
    QDateTime allowedUntil; // the end of its budget, or the dossier's due time
    bool budgeted = false;
    StepJudgement judgement = StepJudgement::None;
};

namespace Handovers {

QString judgementLabel(StepJudgement judgement); // translated: "early", "on time", "late"
QString judgementKey(StepJudgement judgement); // "early", "on-time", "late", ""

StepJudgement judge(const QDateTime &handedAt, const QDateTime &allowedUntil,
                    const QTimeZone &zone);

// The steps, in the order of the handovers (sorted by time, stable).
QList<HandoverStep> controlSteps(const QDateTime &receivedAt, const QDateTime &dueAt,
                                 QList<HandoverRecord> handovers, const StepBudgets &budgets,
                                 const DeadlineCalculator &calculator, const QList<Pause> &pauses);

} // namespace Handovers
} // namespace motcua
