#include "domain/lunarcalendar.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace motcua {

bool LunarDate::isValid() const
{
    return year != 0 && month >= 1 && month <= 12 && day >= 1 && day <= 30;
}

bool LunarDate::operator==(const LunarDate &other) const
{
    return year == other.year && month == other.month && day == other.day && leap == other.leap;
}

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadiansPerDegree = kPi / 180.0;
constexpr double kTimeZoneDays = 7.0 / 24.0; // Vietnam: UTC+7
constexpr double kSynodicMonth = 29.530588853; // mean days from one new moon to the next
// Julian Day (UT) of the mean new moon numbered 0, on 1900-01-01; lunation k follows it.
constexpr double kLunationEpoch = 2415021.076998695;

double sinDegrees(double degrees)
{
    return std::sin(degrees * kRadiansPerDegree);
}

// A periodic term of the new moon: coefficient (days) x sin(sun x M + moon x M' + latitude x F),
// with M the Sun's mean anomaly, M' the Moon's and F the Moon's argument of latitude.
struct PeriodicTerm
{
    double coefficient;
    int sun;
    int moon;
    int latitude;
};

constexpr PeriodicTerm kNewMoonTerms[] = {
    {0.0021, 2, 0, 0},   {-0.4068, 0, 1, 0}, {0.0161, 0, 2, 0},   {-0.0004, 0, 3, 0},
    {0.0104, 0, 0, 2},   {-0.0051, 1, 1, 0}, {-0.0074, 1, -1, 0}, {0.0004, 1, 0, 2},
    {-0.0004, -1, 0, 2}, {-0.0006, 0, 1, 2}, {0.0010, 0, -1, 2},  {0.0005, 1, 2, 0},
};

// Julian Day (UT) of the true new moon of lunation k: the mean phase corrected by the periodic
// terms (Meeus, "Astronomical Formulae for Calculators", ch. 32), then from ephemeris time to UT
// by a polynomial for ΔT.
double newMoonJulianDay(int k)
{
    const double t = k / 1236.85; // Julian centuries since 1900.0
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double meanPhase = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * sinDegrees(166.56 + 132.87 * t - 0.009173 * t2);
    const double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    const double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    const double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;

    // The first term shrinks with the eccentricity of the Earth's orbit.
    double correction = (0.1734 - 0.000393 * t) * sinDegrees(sunAnomaly);
    for (const PeriodicTerm &term : kNewMoonTerms) {
        correction += term.coefficient
            * sinDegrees(term.sun * sunAnomaly + term.moon * moonAnomaly
                         + term.latitude * moonLatitude);
    }

    const double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return meanPhase + correction - deltaT;
}

// The local (UTC+7) civil day, as a Julian Day Number, on which lunation k begins.
qint64 newMoonDay(int k)
{
    return qint64(std::floor(newMoonJulianDay(k) + 0.5 + kTimeZoneDays));
}

// The lunation whose new moon falls on that local day.
int lunationOf(qint64 newMoonDay)
{
    return int(std::floor((newMoonDay - kLunationEpoch) / kSynodicMonth + 0.5));
}

// Apparent geometric longitude of the Sun in degrees [0, 360) at a Julian Day: mean longitude
// plus the equation of the centre (Meeus, "Astronomical Algorithms", ch. 25, low accuracy).
double sunLongitude(double julianDay)
{
    const double t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
    const double t2 = t * t;
    const double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    const double centre = (1.914602 - 0.004817 * t - 0.000014 * t2) * sinDegrees(meanAnomaly)
        + (0.019993 - 0.000101 * t) * sinDegrees(2 * meanAnomaly)
        + 0.000289 * sinDegrees(3 * meanAnomaly);
    const double longitude = std::fmod(meanLongitude + centre, 360.0);
    return longitude < 0 ? longitude + 360.0 : longitude;
}

// Which 30° sector of the ecliptic (0 = from the March equinox, 9 = from the December solstice)
// the Sun is in at the local midnight starting that day. A month whose first day and the first
// day of the next month are in the same sector contains no major solar term.
int solarSector(qint64 day)
{
    return int(sunLongitude(day - 0.5 - kTimeZoneDays) / 30.0);
}

// First day of lunar month 11 of the year that contains the December solstice of `solarYear`.
qint64 month11Start(int solarYear)
{
    const qint64 december31 = QDate(solarYear, 12, 31).toJulianDay();
    int k = int(std::floor((december31 - kLunationEpoch) / kSynodicMonth));
    while (newMoonDay(k + 1) <= december31)
        ++k;
    while (newMoonDay(k) > december31)
        --k;
    // Lunation k holds 31 December. If the Sun was already past 270° when it began, the solstice
    // fell in the lunation before.
    qint64 start = newMoonDay(k);
    if (solarSector(start) >= 9)
        start = newMoonDay(k - 1);
    return start;
}

struct LunarMonth
{
    qint64 firstDay = 0; // Julian Day Number
    int year = 0;
    int month = 0;
    bool leap = false;
};

// The 12 or 13 lunar months from month 11 of the lunar year before `solarYear` up to, not
// including, month 11 of the lunar year `solarYear`. The months 11 and 12 at its start belong to
// the previous lunar year. months[count] holds the first day of the next month 11, so that each
// month's length is the difference of two consecutive entries.
struct SolsticeSpan
{
    std::array<LunarMonth, 14> months {};
    int count = 0;

    const LunarMonth *find(int year, int month, bool leap) const
    {
        for (int i = 0; i < count; ++i) {
            const LunarMonth &m = months[size_t(i)];
            if (m.year == year && m.month == month && m.leap == leap)
                return &m;
        }
        return nullptr;
    }
    qint64 lengthOf(const LunarMonth *m) const { return (m + 1)->firstDay - m->firstDay; }
};

SolsticeSpan solsticeSpan(int solarYear)
{
    SolsticeSpan span;
    const qint64 first = month11Start(solarYear - 1);
    const qint64 next = month11Start(solarYear);
    const int k0 = lunationOf(first);
    span.count = int(std::lround((next - first) / kSynodicMonth));

    int leapIndex = -1;
    if (span.count == 13) {
        for (int i = 1; i < 13 && leapIndex < 0; ++i) {
            if (solarSector(newMoonDay(k0 + i)) == solarSector(newMoonDay(k0 + i + 1)))
                leapIndex = i;
        }
        // 13 months share 12 major terms, so one of months 1..12 lacks one; should the day
        // rounding hide it, the last month is the least surprising choice.
        if (leapIndex < 0)
            leapIndex = 12;
    }

    int month = 10; // advanced to 11 by the first month of the span
    int year = solarYear - 1;
    for (int i = 0; i < span.count; ++i) {
        LunarMonth &m = span.months[size_t(i)];
        m.firstDay = newMoonDay(k0 + i);
        m.leap = i == leapIndex;
        if (!m.leap) {
            month = month % 12 + 1;
            if (month == 1)
                year = solarYear;
        }
        m.month = month;
        m.year = year;
    }
    span.months[size_t(span.count)].firstDay = next;
    return span;
}

bool inRange(int lunarYear)
{
    return lunarYear >= LunarCalendar::firstYear && lunarYear <= LunarCalendar::lastYear;
}

// The span holding a lunar month: months 11 and 12 of year Y lie in the span of solar year Y + 1.
SolsticeSpan spanHolding(int lunarYear, int month)
{
    return solsticeSpan(month >= 11 ? lunarYear + 1 : lunarYear);
}

} // namespace

namespace LunarCalendar {

LunarDate fromSolar(const QDate &date)
{
    if (!date.isValid())
        return {};
    const int solarYear = date.year();
    if (solarYear < firstYear || solarYear > lastYear + 1)
        return {};
    const qint64 day = date.toJulianDay();
    SolsticeSpan span = solsticeSpan(solarYear);
    if (day >= span.months[size_t(span.count)].firstDay)
        span = solsticeSpan(solarYear + 1);

    for (int i = span.count - 1; i >= 0; --i) {
        const LunarMonth &m = span.months[size_t(i)];
        if (m.firstDay <= day) {
            if (!inRange(m.year))
                return {};
            return {m.year, m.month, int(day - m.firstDay) + 1, m.leap};
        }
    }
    return {}; // not reached: every span starts before 1 January of its solar year
}

QDate toSolar(const LunarDate &date)
{
    if (!date.isValid() || !inRange(date.year))
        return {};
    const SolsticeSpan span = spanHolding(date.year, date.month);
    const LunarMonth *m = span.find(date.year, date.month, date.leap);
    if (!m || date.day > span.lengthOf(m))
        return {};
    return QDate::fromJulianDay(m->firstDay + date.day - 1);
}

int leapMonth(int lunarYear)
{
    if (!inRange(lunarYear))
        return 0;
    // A leap month 11 or 12 lies in the next span, the others in the span of the same number.
    for (const int solarYear : {lunarYear, lunarYear + 1}) {
        const SolsticeSpan span = solsticeSpan(solarYear);
        for (int i = 0; i < span.count; ++i) {
            const LunarMonth &m = span.months[size_t(i)];
            if (m.leap && m.year == lunarYear)
                return m.month;
        }
    }
    return 0;
}

QDate newYear(int lunarYear)
{
    return toSolar({lunarYear, 1, 1, false});
}

int monthLength(int lunarYear, int month, bool leap)
{
    if (!inRange(lunarYear) || month < 1 || month > 12)
        return 0;
    const SolsticeSpan span = spanHolding(lunarYear, month);
    const LunarMonth *m = span.find(lunarYear, month, leap);
    return m ? int(span.lengthOf(m)) : 0;
}

bool isInRange(const QDate &date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

QString rangeMessage()
{
    return QCoreApplication::translate("LunarCalendar", "The date must be in the years %1 to %2.")
        .arg(firstYear)
        .arg(lastYear);
}

} // namespace LunarCalendar
} // namespace motcua
