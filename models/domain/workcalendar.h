#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QVector>

#include <array>

namespace motcua {

// One block of office hours on a working day, [start, end) in the office's local time.
struct WorkSession
{
    QTime start;
    QTime end;
};

// The statutory part of the calendar (Bộ luật Lao động 2019, Điều 111-112) and the office hours.
// Everything that the government announces year by year is a CalendarOverride instead.
struct CalendarRules
{
    QList<Qt::DayOfWeek> restDays {Qt::Saturday, Qt::Sunday};
    QList<WorkSession> sessions {{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 30)}};
    int tetDaysBeforeNewYear = 1; // last day(s) of the old lunar year
    int tetDaysFromNewYear = 4; // days 1..4 of the new year
    bool nationalDayExtraBefore = true; // 1/9 (true) or 3/9 (false) besides 2/9
    // A statutory holiday on a rest day gives the next working day off.
    bool compensatoryDays = true;
};

// A yearly official announcement (day off, or a rest day swapped into a working day), stored as
// data. It wins over every rule for its date.
struct CalendarOverride
{
    enum class Kind { DayOff, WorkingDay };

    QDate date;
    Kind kind = Kind::DayOff;
    QString name;
    QString legalReference;
};

struct DayInfo
{
    enum class Source { Ordinary, RestDay, Statutory, Compensatory, Announcement };

    QDate date;
    bool working = true;
    Source source = Source::Ordinary;
    QString name; // translated: holiday name, day of week for a rest day, empty for an ordinary day
    QString legalReference;
};

// Which days are worked, from the statutory rules and the announcements.
//
// Statutory days: 1/1; Tết (the last tetDaysBeforeNewYear days of the lunar year and days
// 1..tetDaysFromNewYear of the new one); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; 2/9 with 1/9
// (or 3/9). A statutory day that falls on a rest day gives a compensatory day off on the next day
// that is neither a rest day, nor a statutory day, nor already a compensatory day. Overrides come
// last and win for their date (the last one given for a date counts). Lunar holidays exist only
// in the range of LunarCalendar (1900-2199).
//
// day() is O(1): each year's table of days is built on first use and cached. The cache makes the
// const functions write to the object: do not share one WorkCalendar between threads, copy it.
class WorkCalendar
{
public:
    explicit WorkCalendar(CalendarRules rules = {}, QList<CalendarOverride> overrides = {});

    const CalendarRules &rules() const { return m_rules; }
    const QList<CalendarOverride> &overrides() const { return m_overrides; }

    // An invalid date gives a non-working DayInfo with an invalid date.
    DayInfo day(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    // Statutory days and their compensatory days in that year, by date, without the overrides.
    QList<DayInfo> statutoryHolidays(int year) const;
    // By date: every day that is off although it is not a rest day, and every rest day that is
    // worked; the days an office calendar has to show.
    QList<DayInfo> exceptions(int year) const;
    // The first working day strictly after `after`; invalid when none comes within ten years
    // (a calendar whose every day is a rest day).
    QDate nextWorkingDay(const QDate &after) const;

private:
    bool isRestDay(const QDate &date) const;
    const DayInfo *find(const QDate &date) const; // nullptr for an invalid date
    const QVector<DayInfo> &yearTable(int year) const;
    QVector<DayInfo> buildYear(int year) const;
    void appendStatutoryDays(int year, QList<DayInfo> &days) const;

    CalendarRules m_rules;
    QList<CalendarOverride> m_overrides;
    std::array<bool, 8> m_restDay {}; // indexed by Qt::DayOfWeek (1..7)
    mutable QHash<int, QVector<DayInfo>> m_years;
    // The year looked up last, sharing its data with m_years: most look-ups land in it and then
    // cost neither a hash look-up nor a year computation.
    mutable QVector<DayInfo> m_recentYear;
    mutable qint64 m_recentFirstDay = 0; // Julian Day Number of 1 January of m_recentYear
};

} // namespace motcua
