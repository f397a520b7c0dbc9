#include "domain/clock.h"

#include <QTimeZone>

namespace motcua::Clock {

namespace {

QDateTime fixedInstant()
{
    static const QDateTime fromEnvironment = [] {
        const QString text = qEnvironmentVariable("MOTCUA_FAKE_NOW");
        if (text.isEmpty())
            return QDateTime();
        QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
        if (instant.isValid() && instant.timeSpec() == Qt::LocalTime)
            instant = QDateTime(instant.date(), instant.time(), officeZone());
        return instant;
    }();
    return fromEnvironment;
}

QDateTime &overridden()
{
    static QDateTime instant;
    return instant;
}

} // namespace

QDateTime now()
{
    if (overridden().isValid())
        return overridden();
    const QDateTime fixed = fixedInstant();
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc();
}

void setFixed(const QDateTime &instant)
{
    overridden() = instant;
}

QTimeZone officeZone()
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return zone;
}

QDateTime local(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(officeZone()) : instant;
}

} // namespace motcua::Clock
