#pragma once

#include "domain/actor.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTime>

namespace motcua {

// The working calendar as the database defines it: the rules in the settings table and the
// yearly announcements in calendar_overrides.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(const QSqlDatabase &db);

    QList<CalendarOverride> overrides() const;
    CalendarRules rules() const;
    WorkCalendar calendar() const;
    QTime cutoffTime() const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
