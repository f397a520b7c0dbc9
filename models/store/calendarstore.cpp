#include "store/calendarstore.h"

#include "domain/officesettings.h"
#include "store/settingsstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua {

CalendarStore::CalendarStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<CalendarOverride> CalendarStore::overrides() const
{
    QList<CalendarOverride> result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT day, kind, name, legal_reference FROM calendar_overrides ORDER BY day"));
    while (query.next()) {
        CalendarOverride item;
        item.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        item.kind = query.value(1).toString() == QLatin1String("work") ? CalendarOverride::Kind::WorkingDay
                                                                      : CalendarOverride::Kind::DayOff;
        item.name = query.value(2).toString();
        item.legalReference = query.value(3).toString();
        if (item.date.isValid())
            result.append(item);
    }
    return result;
}

CalendarRules CalendarStore::rules() const
{
    return OfficeSettings::calendarRules(SettingsStore(m_db).all());
}

WorkCalendar CalendarStore::calendar() const
{
    return WorkCalendar(rules(), overrides());
}

QTime CalendarStore::cutoffTime() const
{
    return OfficeSettings::cutoffTime(SettingsStore(m_db).all());
}

} // namespace motcua
