#include "domain/deadline.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace motcua {

namespace {

constexpr qint64 kSecondsPerWorkingDay = 8 * 3600;
constexpr int kSecondsPerDay = 24 * 3600;
// Vietnam has kept UTC+7 since 1975: the fallback when the system has no time zone data.
constexpr int kVietnamOffsetSeconds = 7 * 3600;

QString formatInstant(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString formatDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return QCoreApplication::translate("Deadline", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Valid pauses by start, overlapping or touching ones merged (with their reasons).
QList<Pause> mergedPauses(const QList<Pause> &pauses)
{
    QList<Pause> sorted;
    for (const Pause &pause : pauses) {
        // A pause begun this very minute is empty, but still running: keep it.
        if (pause.from.isValid() && pause.to.isValid()
            && (pause.from < pause.to || (pause.open && pause.from == pause.to)))
            sorted.append(pause);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Pause &a, const Pause &b) { return a.from < b.from; });
    QList<Pause> merged;
    for (const Pause &pause : std::as_const(sorted)) {
        if (merged.isEmpty() || pause.from > merged.last().to) {
            merged.append(pause);
            continue;
        }
        Pause &last = merged.last();
        last.to = qMax(last.to, pause.to);
        last.open = last.open || pause.open;
        if (!pause.reason.isEmpty() && !last.reason.contains(pause.reason))
            last.reason
                += last.reason.isEmpty() ? pause.reason : QStringLiteral("; ") + pause.reason;
    }
    return merged;
}

} // namespace

QString DeadlineStep::text() const
{
    switch (kind) {
    case Kind::OutsideHours:
        return QCoreApplication::translate(
                   "Deadline", "Received at %1, outside working hours: counting starts at %2")
            .arg(formatInstant(from), formatInstant(to));
    case Kind::Cutoff:
        return QCoreApplication::translate(
                   "Deadline",
                   "Received at %1, at or after the cut-off time: counting starts at %2, on the "
                   "next working day")
            .arg(formatInstant(from), formatInstant(to));
    case Kind::NonWorkingDay:
        return QCoreApplication::translate("Deadline", "%1 is not a working day: %2")
            .arg(date.toString(QStringLiteral("dd/MM/yyyy")), name);
    case Kind::Pause:
        // A pause still running has no end yet, and the time it adds is not known.
        if (open && name.isEmpty())
            return QCoreApplication::translate(
                       "Deadline",
                       "Paused since %1: the deadline will move by the working time of the pause")
                .arg(formatInstant(from));
        if (open)
            return QCoreApplication::translate(
                       "Deadline",
                       "Paused since %1 (%2): the deadline will move by the working time of the "
                       "pause")
                .arg(formatInstant(from), name);
        if (name.isEmpty())
            return QCoreApplication::translate(
                       "Deadline", "Paused from %1 to %2: the deadline moves by %3 of working time")
                .arg(formatInstant(from), formatInstant(to), formatDuration(workingSeconds));
        return QCoreApplication::translate(
                   "Deadline",
                   "Paused from %1 to %2 (%3): the deadline moves by %4 of working time")
            .arg(formatInstant(from), formatInstant(to), name, formatDuration(workingSeconds));
    case Kind::Extension:
        if (name.isEmpty())
            return QCoreApplication::translate("Deadline", "Extended to %1").arg(formatInstant(to));
        return QCoreApplication::translate("Deadline", "Extended to %1: %2")
            .arg(formatInstant(to), name);
    }
    return {};
}

bool DeadlineCalculator::LocalTime::operator<(const LocalTime &other) const
{
    return date < other.date || (date == other.date && seconds < other.seconds);
}

DeadlineCalculator::DeadlineCalculator(const WorkCalendar &calendar, QTime cutoffTime,
                                       QTimeZone zone)
    : m_calendar(calendar)
    , m_cutoffTime(cutoffTime)
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone(kVietnamOffsetSeconds))
{
    // Sessions as seconds since midnight, sorted; empty ones dropped, overlapping ones merged, so
    // that the walks below can trust them.
    for (const WorkSession &session : calendar.rules().sessions) {
        if (!session.start.isValid() || !session.end.isValid() || session.end <= session.start)
            continue;
        m_sessions.append({session.start.msecsSinceStartOfDay() / 1000,
                           session.end.msecsSinceStartOfDay() / 1000});
    }
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const Session &a, const Session &b) { return a.start < b.start; });
    QVector<Session> merged;
    for (const Session &session : std::as_const(m_sessions)) {
        if (!merged.isEmpty() && session.start <= merged.last().end)
            merged.last().end = qMax(merged.last().end, session.end);
        else
            merged.append(session);
    }
    m_sessions = merged;
}

DeadlineCalculator::LocalTime DeadlineCalculator::toLocal(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(m_zone);
    return {local.date(), local.time().msecsSinceStartOfDay() / 1000};
}

QDateTime DeadlineCalculator::toDateTime(const LocalTime &t) const
{
    if (!t.isValid())
        return {};
    return QDateTime(t.date, QTime::fromMSecsSinceStartOfDay(t.seconds * 1000), m_zone);
}

DeadlineCalculator::LocalTime DeadlineCalculator::firstSessionAfter(const QDate &day) const
{
    const QDate next = m_calendar.nextWorkingDay(day);
    if (!next.isValid() || m_sessions.isEmpty())
        return {};
    return {next, m_sessions.first().start};
}

DeadlineCalculator::LocalTime DeadlineCalculator::startOf(const LocalTime &received, bool cutoff,
                                                          DeadlineStep::Kind *adjustment) const
{
    if (!received.isValid() || m_sessions.isEmpty())
        return {};
    const bool workingDay = m_calendar.isWorkingDay(received.date);
    const int cutoffSeconds
        = m_cutoffTime.isValid() ? m_cutoffTime.msecsSinceStartOfDay() / 1000 : kSecondsPerDay;
    if (cutoff && workingDay && received.seconds >= cutoffSeconds) {
        *adjustment = DeadlineStep::Kind::Cutoff;
        return firstSessionAfter(received.date);
    }
    *adjustment = DeadlineStep::Kind::OutsideHours;
    if (workingDay) {
        for (const Session &session : m_sessions) {
            if (received.seconds < session.start)
                return {received.date, session.start};
            if (received.seconds < session.end)
                return received; // inside: no adjustment
        }
    }
    return firstSessionAfter(received.date);
}

DeadlineCalculator::LocalTime DeadlineCalculator::addWorking(const LocalTime &from,
                                                             qint64 seconds) const
{
    if (!from.isValid() || seconds < 0)
        return {};
    if (seconds == 0)
        return from;
    if (m_sessions.isEmpty())
        return {};
    qint64 remaining = seconds;
    LocalTime t = from;
    if (!m_calendar.isWorkingDay(t.date))
        t = firstSessionAfter(t.date);
    while (t.isValid()) {
        for (const Session &session : m_sessions) {
            if (t.seconds >= session.end)
                continue;
            const int begin = qMax(t.seconds, session.start);
            const qint64 available = session.end - begin;
            // `<=`: time that runs out at a session end stays at that end.
            if (remaining <= available)
                return {t.date, int(begin + remaining)};
            remaining -= available;
        }
        t = firstSessionAfter(t.date);
    }
    return {};
}

qint64 DeadlineCalculator::workingBetween(const LocalTime &from, const LocalTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingBetween(to, from);
    qint64 total = 0;
    for (QDate day = from.date; day <= to.date; day = day.addDays(1)) {
        if (!m_calendar.isWorkingDay(day))
            continue;
        const int low = day == from.date ? from.seconds : 0;
        const int high = day == to.date ? to.seconds : kSecondsPerDay;
        for (const Session &session : m_sessions)
            total += qMax(0, qMin(high, session.end) - qMax(low, session.start));
    }
    return total;
}

QDateTime DeadlineCalculator::countingStart(const QDateTime &received, bool cutoff) const
{
    DeadlineStep::Kind adjustment = DeadlineStep::Kind::OutsideHours;
    return toDateTime(startOf(toLocal(received), cutoff, &adjustment));
}

QDateTime DeadlineCalculator::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    return toDateTime(addWorking(toLocal(from), seconds));
}

qint64 DeadlineCalculator::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    return workingBetween(toLocal(from), toLocal(to));
}

bool DeadlineCalculator::isWithinSession(const QDateTime &t) const
{
    const LocalTime local = toLocal(t);
    if (!local.isValid() || !m_calendar.isWorkingDay(local.date))
        return false;
    return std::any_of(m_sessions.cbegin(), m_sessions.cend(), [&](const Session &session) {
        return local.seconds >= session.start && local.seconds <= session.end;
    });
}

DeadlineCalculator::LocalTime DeadlineCalculator::dueOf(const LocalTime &start,
                                                        const DeadlineRule &rule) const
{
    switch (rule.unit) {
    case DeadlineRule::Unit::Days: {
        // Whole days keep the clock time; the fraction runs through the sessions.
        const double whole = std::floor(rule.amount);
        LocalTime due = start;
        for (int i = 0; i < int(whole) && due.isValid(); ++i)
            due = {m_calendar.nextWorkingDay(due.date), start.seconds};
        return addWorking(due, std::llround((rule.amount - whole) * kSecondsPerWorkingDay));
    }
    case DeadlineRule::Unit::Hours:
        return addWorking(start, std::llround(rule.amount * 3600));
    case DeadlineRule::Unit::SameDay:
        return {start.date, m_sessions.last().end};
    }
    return {};
}

DeadlineResult DeadlineCalculator::compute(const QDateTime &received, const DeadlineRule &rule,
                                           const QList<Pause> &pauses) const
{
    if (!std::isfinite(rule.amount) || rule.amount < 0 || rule.amount > maxAmount)
        return {};

    const LocalTime receivedLocal = toLocal(received);
    DeadlineStep::Kind adjustment = DeadlineStep::Kind::OutsideHours;
    const LocalTime start = startOf(receivedLocal, rule.cutoff, &adjustment);
    if (!start.isValid())
        return {};
    DeadlineResult result;
    result.countingStart = toDateTime(start);
    if (start.date != receivedLocal.date || start.seconds != receivedLocal.seconds) {
        DeadlineStep step;
        step.kind = adjustment;
        step.date = receivedLocal.date;
        step.from = received.toTimeZone(m_zone);
        step.to = result.countingStart;
        result.steps.append(step);
    }

    LocalTime due = dueOf(start, rule);
    if (!due.isValid())
        return {};

    // Pauses: overlaps count once; the part before the counting start does not count.
    qint64 pausedSeconds = 0;
    for (const Pause &pause : mergedPauses(pauses)) {
        const LocalTime from = qMax(toLocal(pause.from), start);
        const LocalTime to = toLocal(pause.to);
        if (to < from || (!(from < to) && !pause.open))
            continue;
        DeadlineStep step;
        step.kind = DeadlineStep::Kind::Pause;
        step.date = from.date;
        step.from = toDateTime(from);
        step.to = toDateTime(to);
        step.name = pause.reason;
        step.open = pause.open;
        step.workingSeconds = workingBetween(from, to);
        pausedSeconds += step.workingSeconds;
        result.steps.append(step);
    }
    due = addWorking(due, pausedSeconds);
    if (!due.isValid())
        return {};

    for (QDate day = start.date.addDays(1); day < due.date; day = day.addDays(1)) {
        if (m_calendar.isWorkingDay(day))
            continue;
        DeadlineStep step;
        step.kind = DeadlineStep::Kind::NonWorkingDay;
        step.date = day;
        step.name = m_calendar.day(day).name;
        result.steps.append(step);
    }
    // The adjustment first, then by date (a pause before the days off it spans).
    std::stable_sort(result.steps.begin(), result.steps.end(),
                     [](const DeadlineStep &a, const DeadlineStep &b) { return a.date < b.date; });

    result.due = toDateTime(due);
    return result;
}

} // namespace motcua
