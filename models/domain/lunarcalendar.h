#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// A day of the Vietnamese lunisolar calendar (âm lịch). `leap` marks the intercalary month
// (tháng nhuận) that repeats the number of the month before it.
struct LunarDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    bool leap = false;

    // Plausible fields only (month 1..12, day 1..30); whether the day exists in that year is
    // what LunarCalendar::toSolar() answers.
    bool isValid() const;
    bool operator==(const LunarDate &other) const;
    bool operator!=(const LunarDate &other) const { return !(*this == other); }
};

// The Vietnamese lunar calendar, computed from astronomy for the time zone UTC+7: a month starts
// on the local day of a new moon; month 11 contains the December solstice; in a span of 13 months
// between two months 11, the first month without a major solar term (trung khí) is the leap month.
// This is the method published by Hồ Ngọc Đức; it differs from the Chinese calendar (UTC+8) in
// some years (1965, 1968, 1969, 1985, 2007, 2030, 2053, ...).
//
// Supported range: the lunar years 1900 to 2199, i.e. the solar dates from 1900-01-31 (1/1 of
// lunar 1900) to 2200-02-14, the eve of the lunar new year 2200. Outside it the functions return
// invalid values.
namespace LunarCalendar {

constexpr int firstYear = 1900;
constexpr int lastYear = 2199;

// Is the day in the years the calendar engine knows? Dates outside are refused everywhere
// (receipt times, births, announcements, the command line) with rangeMessage().
bool isInRange(const QDate &date);
QString rangeMessage(); // "The date must be in the years 1900 to 2199.", translated

LunarDate fromSolar(const QDate &date);
// Invalid QDate when no such lunar day exists (leap flag on a month that is not leap, day 30 of
// a 29-day month, a year outside the range).
QDate toSolar(const LunarDate &date);
// The leap month of that lunar year (1..12), 0 when the year has none.
int leapMonth(int lunarYear);
// Solar date of 1/1 of that lunar year (Tết Nguyên Đán).
QDate newYear(int lunarYear);
// Number of days (29 or 30) of a lunar month, 0 when it does not exist.
int monthLength(int lunarYear, int month, bool leap = false);

} // namespace LunarCalendar
} // namespace motcua
