#pragma once

#include "domain/workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QVector>

// How a due time is computed (hạn giải quyết, thời gian hẹn trả kết quả)
//
// - All arithmetic is done in the office's time zone (Asia/Ho_Chi_Minh by default), on the wall
//   clock, to the second (milliseconds are dropped). Inputs may be in any zone or UTC; the
//   results are expressed in the office zone.
// - Working time is the overlap with the calendar's sessions on working days. A session is
//   [start, end) for counting, and end-inclusive for isWithinSession().
// - Counting start: a receipt inside a session starts the clock at once; otherwise it starts at
//   the beginning of the next session on a working day (step OutsideHours). With the cut-off
//   option, a receipt on a working day at or after the cut-off time (15:00 by default) starts
//   at the first session of the next working day (step Cutoff).
// - Days: `amount` = whole + fraction. The whole days land at the same clock time on the whole-th
//   working day after the counting-start day (start Mon 10:00 + 3 days = Thu 10:00 when no day
//   is off); the fraction is then added as fraction x 8 working hours through the sessions.
//   One day is 8 working hours, always, whatever the sessions add up to.
// - Hours: `amount` working hours are added through the sessions. Time that runs out exactly at
//   the end of a session makes that end the due time (11:30 or 17:30), never the start of the
//   next session.
// - SameDay: the end of the last session of the counting-start day (`amount` is not used).
// - An amount of 0 (Days or Hours) gives due = counting start. A negative, NaN or infinite
//   amount, or one above maxAmount, gives an invalid result; so does a calendar without
//   working time.
// - The due time is always on a working day, inside a session (end inclusive).
// - Pauses: overlapping pauses are merged first; the part of a pause before the counting start
//   is ignored (the clock was not running). The working time of the pauses is summed and the due
//   time is pushed by exactly that much working time from the computed due time.
// - Steps explain the result: the counting-start adjustment, each merged pause with its working
//   time, and every non-working day between the counting-start day and the due day (with its
//   holiday name, or the day of the week for a rest day), in date order.
// - Extensions (gia hạn, new return date) are chosen by a person and not computed here; the step
//   kind Extension exists for the UI's explanation.

namespace motcua {

struct DeadlineRule
{
    enum class Unit { Days, Hours, SameDay };

    Unit unit = Unit::Days;
    double amount = 0;
    bool cutoff = false; // a receipt at or after the cut-off time counts from the next working day
};

struct Pause
{
    QDateTime from;
    QDateTime to; // for a pause still running: now
    QString reason;
    bool open = false; // still running
};

// One line of the explanation of a due time.
struct DeadlineStep
{
    enum class Kind { OutsideHours, Cutoff, NonWorkingDay, Pause, Extension };

    Kind kind = Kind::OutsideHours;
    QDate date; // the day the step is about (local date of `from` for the timed kinds)
    QDateTime from; // OutsideHours/Cutoff: received -> counting start; Pause: the merged pause
    QDateTime to; // Extension: the new due time
    QString name; // holiday or rest-day name; pause reasons; extension reason
    qint64 workingSeconds = 0; // Pause: the working time it adds
    bool open = false; // Pause: still running

    QString text() const; // a translated one-line explanation
};

struct DeadlineResult
{
    QDateTime countingStart;
    QDateTime due;
    QList<DeadlineStep> steps;

    bool isValid() const { return due.isValid(); }
};

// Keeps a reference to the calendar: the calendar must outlive the calculator. Like the
// calendar, one calculator must not be used from several threads at once.
class DeadlineCalculator
{
public:
    static constexpr double maxAmount = 10000; // days or hours; bounds the work of one compute()

    DeadlineCalculator(const WorkCalendar &calendar, QTime cutoffTime = QTime(15, 0),
                       QTimeZone zone = QTimeZone("Asia/Ho_Chi_Minh"));

    DeadlineResult compute(const QDateTime &received, const DeadlineRule &rule,
                           const QList<Pause> &pauses = {}) const;
    // The next working instant at or after `received` (taking the cut-off into account).
    QDateTime countingStart(const QDateTime &received, bool cutoff) const;
    // The instant when `seconds` of working time have passed since `from`; a time that runs out
    // at a session end gives that end. 0 gives `from`; a negative count gives an invalid value.
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    // Working time in [from, to); negative when `to` is before `from`.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // On a working day, inside a session, session end included.
    bool isWithinSession(const QDateTime &t) const;

    QTimeZone timeZone() const { return m_zone; }
    QTime cutoffTime() const { return m_cutoffTime; }

private:
    // A wall-clock instant in the office zone: a date and the seconds since its midnight.
    struct LocalTime
    {
        QDate date;
        int seconds = 0;

        bool isValid() const { return date.isValid(); }
        bool operator<(const LocalTime &other) const;
    };
    struct Session
    {
        int start = 0; // seconds since midnight
        int end = 0;
    };

    LocalTime toLocal(const QDateTime &t) const;
    QDateTime toDateTime(const LocalTime &t) const;
    LocalTime startOf(const LocalTime &received, bool cutoff, DeadlineStep::Kind *adjustment) const;
    LocalTime firstSessionAfter(const QDate &day) const;
    LocalTime dueOf(const LocalTime &start, const DeadlineRule &rule) const; // without pauses
    LocalTime addWorking(const LocalTime &from, qint64 seconds) const;
    qint64 workingBetween(const LocalTime &from, const LocalTime &to) const;

    const WorkCalendar &m_calendar;
    QTime m_cutoffTime;
    QTimeZone m_zone;
    QVector<Session> m_sessions; // sorted, disjoint, non-empty
};

} // namespace motcua
