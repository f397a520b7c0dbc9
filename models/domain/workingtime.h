#pragma once

#include "domain/workcalendar.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace motcua {

namespace WorkingTime {
constexpr qint64 SecondsPerWorkingDay = 8 * 3600; // one working day, whatever the office hours

// An amount of working time as a clerk reads it ("1 day 3 hours of working time", "4 working
// hours"): whole days and hours from one working day on, hours and minutes below it, rounded up.
// Rounding up keeps "2 working days" meaning "at most 2 days", the same rule that colours a
// dossier due soon, so the words and the colour never disagree.
QString amountText(qint64 seconds);
} // namespace WorkingTime

// Working time between instants, for many pairs at once (reports over tens of thousands of
// dossiers): a table of the working seconds before each day of a range, so that each question
// costs two look-ups. Gives what DeadlineCalculator::workingSecondsBetween gives, for instants
// whose office-time offset from UTC is `offsetSeconds` (a zone without daylight saving, as
// Asia/Ho_Chi_Minh); outside [first, last] it answers through a copy of the calendar, slowly.
class WorkingTimeTable final
{
public:
    WorkingTimeTable(const WorkCalendar &calendar, const QDate &first, const QDate &last,
                     int offsetSeconds);

    // Working seconds in [from, to) (seconds since the epoch); negative when to < from.
    qint64 between(qint64 from, qint64 to) const;
    // The instant `seconds` of working time after `from` (inside a session), or -1 when that
    // falls outside the table's days.
    qint64 after(qint64 from, qint64 seconds) const;

private:
    qint64 before(qint64 instant) const; // working seconds from `first` 00:00 to `instant`
    qint64 withinDay(const QDate &day, int secondOfDay) const;

    WorkCalendar m_calendar;
    QDate m_first;
    int m_offset = 0;
    QVector<std::pair<int, int>> m_sessions; // seconds since midnight, [start, end)
    int m_dayLength = 0; // working seconds of a working day
    QVector<qint64> m_cumulative; // working seconds before each day of the range
    QVector<bool> m_working;
};

} // namespace motcua
