#include "domain/workcalendar.h"

#include "domain/lunarcalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace motcua {

namespace {

constexpr int kSearchLimitDays = 3660; // ten years: beyond that the calendar has no working day

QString dayOfWeekName(int dayOfWeek)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("WorkCalendar", "Monday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Tuesday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Wednesday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Thursday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Friday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Saturday"),
        QT_TRANSLATE_NOOP("WorkCalendar", "Sunday"),
    };
    return QCoreApplication::translate("WorkCalendar", names[dayOfWeek - 1]);
}

DayInfo holiday(const QDate &date, DayInfo::Source source, const QString &name,
                const QString &legalReference)
{
    return {date, false, source, name, legalReference};
}

bool byDate(const DayInfo &a, const DayInfo &b)
{
    return a.date < b.date;
}

} // namespace

WorkCalendar::WorkCalendar(CalendarRules rules, QList<CalendarOverride> overrides)
    : m_rules(std::move(rules))
    , m_overrides(std::move(overrides))
{
    for (const Qt::DayOfWeek day : std::as_const(m_rules.restDays)) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            m_restDay[size_t(day)] = true;
    }
}

DayInfo WorkCalendar::day(const QDate &date) const
{
    if (const DayInfo *info = find(date))
        return *info;
    return {QDate(), false, DayInfo::Source::Ordinary, QString(), QString()};
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    const DayInfo *info = find(date);
    return info && info->working;
}

const DayInfo *WorkCalendar::find(const QDate &date) const
{
    if (!date.isValid())
        return nullptr;
    const qint64 day = date.toJulianDay();
    if (day < m_recentFirstDay || day >= m_recentFirstDay + m_recentYear.size()) {
        const int year = date.year();
        m_recentYear = yearTable(year);
        m_recentFirstDay = QDate(year, 1, 1).toJulianDay();
    }
    return &m_recentYear.at(day - m_recentFirstDay);
}

QDate WorkCalendar::nextWorkingDay(const QDate &after) const
{
    QDate date = after;
    for (int i = 0; i < kSearchLimitDays && date.isValid(); ++i) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            return date;
    }
    return {};
}

bool WorkCalendar::isRestDay(const QDate &date) const
{
    return m_restDay[size_t(date.dayOfWeek())];
}

void WorkCalendar::appendStatutoryDays(int year, QList<DayInfo> &days) const
{
    const QString article112
        = QCoreApplication::translate("WorkCalendar", "Labour Code 2019, Article 112");
    const auto add = [&](const QDate &date, const QString &name) {
        if (date.isValid())
            days.append(holiday(date, DayInfo::Source::Statutory, name, article112));
    };

    add(QDate(year, 1, 1), QCoreApplication::translate("WorkCalendar", "New Year's Day"));

    // Tết of the lunar year that begins in this solar year (late January to mid-February).
    const QDate tet = LunarCalendar::newYear(year);
    if (tet.isValid()) {
        const QString name = QCoreApplication::translate("WorkCalendar", "Lunar New Year (Tet)");
        for (int i = -qMax(0, m_rules.tetDaysBeforeNewYear); i < m_rules.tetDaysFromNewYear; ++i)
            add(tet.addDays(i), name);
        add(LunarCalendar::toSolar({year, 3, 10, false}),
            QCoreApplication::translate("WorkCalendar", "Hung Kings' Commemoration"));
    }

    add(QDate(year, 4, 30), QCoreApplication::translate("WorkCalendar", "Reunification Day"));
    add(QDate(year, 5, 1),
        QCoreApplication::translate("WorkCalendar", "International Workers' Day"));
    const QString nationalDay = QCoreApplication::translate("WorkCalendar", "National Day");
    add(QDate(year, 9, m_rules.nationalDayExtraBefore ? 1 : 3), nationalDay);
    add(QDate(year, 9, 2), nationalDay);
}

QList<DayInfo> WorkCalendar::statutoryHolidays(int year) const
{
    // The neighbouring years too, so that a compensatory day can cross the new year.
    QList<DayInfo> statutory;
    for (int y = year - 1; y <= year + 1; ++y)
        appendStatutoryDays(y, statutory);
    std::stable_sort(statutory.begin(), statutory.end(), byDate);

    // Two holidays on one date (10/3 lunar can be 30/4) make one day off with both names.
    QList<DayInfo> merged;
    for (const DayInfo &day : std::as_const(statutory)) {
        if (!merged.isEmpty() && merged.last().date == day.date) {
            if (merged.last().name != day.name)
                merged.last().name += QStringLiteral(" / ") + day.name;
        } else {
            merged.append(day);
        }
    }

    QList<DayInfo> result = merged;
    if (m_rules.compensatoryDays) {
        QList<QDate> taken; // statutory and compensatory dates, each day off given once
        for (const DayInfo &day : std::as_const(merged))
            taken.append(day.date);
        for (const DayInfo &day : std::as_const(merged)) {
            if (!isRestDay(day.date))
                continue;
            QDate date = day.date.addDays(1);
            for (int i = 0; i < kSearchLimitDays && (isRestDay(date) || taken.contains(date)); ++i)
                date = date.addDays(1);
            if (isRestDay(date) || taken.contains(date))
                continue; // every day of the week is a rest day
            taken.append(date);
            result.append(holiday(
                date, DayInfo::Source::Compensatory,
                QCoreApplication::translate("WorkCalendar", "Compensatory day off for %1")
                    .arg(day.name),
                QCoreApplication::translate("WorkCalendar", "Labour Code 2019, Article 111")));
        }
    }

    result.erase(std::remove_if(result.begin(), result.end(),
                                [year](const DayInfo &day) { return day.date.year() != year; }),
                 result.end());
    std::sort(result.begin(), result.end(), byDate);
    return result;
}

QList<DayInfo> WorkCalendar::exceptions(int year) const
{
    QList<DayInfo> result;
    if (!QDate(year, 1, 1).isValid())
        return result;
    for (const DayInfo &day : yearTable(year)) {
        if (day.working == isRestDay(day.date))
            result.append(day);
    }
    return result;
}

const QVector<DayInfo> &WorkCalendar::yearTable(int year) const
{
    auto it = m_years.find(year);
    if (it == m_years.end())
        it = m_years.insert(year, buildYear(year));
    return it.value();
}

QVector<DayInfo> WorkCalendar::buildYear(int year) const
{
    const QDate first(year, 1, 1);
    QVector<DayInfo> table;
    table.reserve(first.daysInYear());
    for (QDate date = first; date.year() == year; date = date.addDays(1)) {
        const bool rest = isRestDay(date);
        table.append({date, !rest, rest ? DayInfo::Source::RestDay : DayInfo::Source::Ordinary,
                      rest ? dayOfWeekName(date.dayOfWeek()) : QString(), QString()});
    }

    const QList<DayInfo> holidays = statutoryHolidays(year);
    for (const DayInfo &day : holidays)
        table[day.date.dayOfYear() - 1] = day;

    for (const CalendarOverride &announced : m_overrides) {
        if (!announced.date.isValid() || announced.date.year() != year)
            continue;
        DayInfo &day = table[announced.date.dayOfYear() - 1];
        day.working = announced.kind == CalendarOverride::Kind::WorkingDay;
        day.source = DayInfo::Source::Announcement;
        // An announcement without a name keeps the name of what it replaces.
        if (!announced.name.isEmpty() || day.working)
            day.name = announced.name;
        day.legalReference = announced.legalReference;
    }
    return table;
}

} // namespace motcua
