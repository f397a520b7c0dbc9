#include "domain/workingtime.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua {

QString WorkingTime::amountText(qint64 seconds)
{
    const auto count = [](const char *text, qint64 n) {
        return QCoreApplication::translate("WorkingTime", text, nullptr, int(n));
    };
    const auto both = [](const QString &first, const QString &second) {
        return QCoreApplication::translate("WorkingTime", "%1 %2 of working time")
            .arg(first, second);
    };
    const qint64 minutes = (qMax<qint64>(0, seconds) + 59) / 60;
    if (minutes < SecondsPerWorkingDay / 60) {
        const qint64 hours = minutes / 60;
        if (hours == 0)
            return count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n working minute(s)"), minutes);
        if (minutes % 60 == 0)
            return count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n working hour(s)"), hours);
        return both(count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n hour(s)"), hours),
                    count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n minute(s)"), minutes % 60));
    }
    const qint64 hours = (minutes + 59) / 60;
    const qint64 days = hours / (SecondsPerWorkingDay / 3600);
    if (hours % (SecondsPerWorkingDay / 3600) == 0)
        return count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n working day(s)"), days);
    return both(count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n day(s)"), days),
                count(QT_TRANSLATE_N_NOOP("WorkingTime", "%n hour(s)"),
                      hours % (SecondsPerWorkingDay / 3600)));
}

namespace {
constexpr qint64 SecondsPerDay = 86400;
}

WorkingTimeTable::WorkingTimeTable(const WorkCalendar &calendar, const QDate &first,
                                   const QDate &last, int offsetSeconds)
    : m_calendar(calendar)
    , m_first(first)
    , m_offset(offsetSeconds)
{
    for (const WorkSession &session : calendar.rules().sessions) {
        m_sessions.append({session.start.msecsSinceStartOfDay() / 1000,
                           session.end.msecsSinceStartOfDay() / 1000});
        m_dayLength += m_sessions.last().second - m_sessions.last().first;
    }
    const qint64 days = first.daysTo(last) + 2;
    m_cumulative.reserve(days + 1);
    m_working.reserve(days);
    qint64 total = 0;
    for (qint64 i = 0; i < days; ++i) {
        m_cumulative.append(total);
        const bool working = m_calendar.isWorkingDay(first.addDays(i));
        m_working.append(working);
        if (working)
            total += m_dayLength;
    }
    m_cumulative.append(total);
}

qint64 WorkingTimeTable::withinDay(const QDate &day, int secondOfDay) const
{
    if (!m_calendar.isWorkingDay(day))
        return 0;
    qint64 worked = 0;
    for (const auto &[start, end] : m_sessions)
        worked += qBound(0, secondOfDay - start, end - start);
    return worked;
}

qint64 WorkingTimeTable::before(qint64 instant) const
{
    const qint64 local = instant + m_offset;
    const qint64 localDay
        = local >= 0 ? local / SecondsPerDay : (local - SecondsPerDay + 1) / SecondsPerDay;
    const int secondOfDay = int(local - localDay * SecondsPerDay);
    const qint64 index = localDay - (m_first.toJulianDay() - QDate(1970, 1, 1).toJulianDay());
    if (index >= 0 && index + 1 < m_cumulative.size()) {
        qint64 worked = m_cumulative.at(index);
        if (m_working.at(index)) {
            for (const auto &[start, end] : m_sessions)
                worked += qBound(0, secondOfDay - start, end - start);
        }
        return worked;
    }
    // Outside the table: count day by day from its first day (rare: very old or future).
    const QDate day = QDate(1970, 1, 1).addDays(localDay);
    qint64 worked = 0;
    if (index < 0) {
        for (QDate d = day; d < m_first; d = d.addDays(1))
            worked -= m_calendar.isWorkingDay(d) ? m_dayLength : 0;
    } else {
        worked = m_cumulative.last();
        for (QDate d = m_first.addDays(m_cumulative.size() - 1); d < day; d = d.addDays(1))
            worked += m_calendar.isWorkingDay(d) ? m_dayLength : 0;
    }
    return worked + withinDay(day, secondOfDay);
}

qint64 WorkingTimeTable::after(qint64 from, qint64 seconds) const
{
    const qint64 target = before(from) + qMax<qint64>(0, seconds);
    // The last day whose start has at most `target` working seconds before it is a working day
    // that holds the instant (or the end of the table).
    const auto found = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    const qint64 day = qint64(found - m_cumulative.cbegin()) - 1;
    if (day < 0 || day >= m_working.size() || !m_working.at(day))
        return -1;
    qint64 remaining = target - m_cumulative.at(day);
    int second = m_sessions.isEmpty() ? 0 : m_sessions.last().second;
    for (const auto &[start, end] : m_sessions) {
        if (remaining < end - start) {
            second = start + int(remaining);
            break;
        }
        remaining -= end - start;
    }
    const qint64 localDay = m_first.toJulianDay() - QDate(1970, 1, 1).toJulianDay() + day;
    return localDay * SecondsPerDay + second - m_offset;
}

qint64 WorkingTimeTable::between(qint64 from, qint64 to) const
{
    return before(to) - before(from);
}

} // namespace motcua
