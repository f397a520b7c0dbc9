#include "domain/announcements.h"

#include "domain/lunarcalendar.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::Announcements {

namespace {

QDate parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    static const QRegularExpression vietnamese(
        QStringLiteral("^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$"));
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = iso.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    match = vietnamese.match(trimmed);
    if (match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    return {};
}

void checkDate(const QDate &date, QStringList *errors)
{
    if (!date.isValid())
        errors->append(
            QCoreApplication::translate("Announcements", "The date is not a valid day."));
    else if (!LunarCalendar::isInRange(date))
        errors->append(LunarCalendar::rangeMessage());
}

void checkTexts(CalendarOverride &announcement, QStringList *errors)
{
    // Control characters are checked before normalising: simplified() would hide a tab or a
    // line break by turning it into a space.
    if (Text::hasControlCharacters(announcement.name))
        errors->append(QCoreApplication::translate(
            "Announcements", "The name contains control characters (tabs, line breaks)."));
    if (Text::hasControlCharacters(announcement.legalReference))
        errors->append(QCoreApplication::translate(
            "Announcements",
            "The legal reference contains control characters (tabs, line breaks)."));
    announcement.name = Text::normalized(announcement.name);
    announcement.legalReference = Text::normalized(announcement.legalReference);
    if (announcement.name.isEmpty())
        errors->append(QCoreApplication::translate(
            "Announcements", "The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi))."));
    if (announcement.name.size() > maxNameLength)
        errors->append(
            QCoreApplication::translate("Announcements", "The name is longer than %1 characters.")
                .arg(maxNameLength));
    if (announcement.legalReference.size() > maxReferenceLength)
        errors->append(QCoreApplication::translate(
                           "Announcements", "The legal reference is longer than %1 characters.")
                           .arg(maxReferenceLength));
}

} // namespace

QString kindKey(CalendarOverride::Kind kind)
{
    return kind == CalendarOverride::Kind::WorkingDay ? QStringLiteral("work")
                                                      : QStringLiteral("off");
}

bool kindFromKey(const QString &key, CalendarOverride::Kind *kind)
{
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("off")) {
        *kind = CalendarOverride::Kind::DayOff;
        return true;
    }
    if (folded == QLatin1String("work")) {
        *kind = CalendarOverride::Kind::WorkingDay;
        return true;
    }
    return false;
}

QString kindLabel(CalendarOverride::Kind kind)
{
    return kind == CalendarOverride::Kind::WorkingDay
        ? QCoreApplication::translate("Announcements", "Working day")
        : QCoreApplication::translate("Announcements", "Day off");
}

QStringList validate(CalendarOverride &announcement)
{
    QStringList errors;
    checkDate(announcement.date, &errors);
    checkTexts(announcement, &errors);
    return errors;
}

QJsonObject toJson(const CalendarOverride &announcement)
{
    return {{QStringLiteral("date"), announcement.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), kindKey(announcement.kind)},
            {QStringLiteral("name"), announcement.name},
            {QStringLiteral("legalReference"), announcement.legalReference}};
}

bool sameContent(const CalendarOverride &a, const CalendarOverride &b)
{
    return a.date == b.date && a.kind == b.kind && a.name == b.name
        && a.legalReference == b.legalReference;
}

QStringList csvHeader()
{
    return {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name"),
            QStringLiteral("legal_reference")};
}

QStringList csvFields(const CalendarOverride &announcement)
{
    return {announcement.date.toString(Qt::ISODate), kindKey(announcement.kind), announcement.name,
            announcement.legalReference};
}

bool fromCsv(const CsvTable &table, const CsvTable::Row &row, CalendarOverride *announcement,
             QStringList *errors)
{
    QStringList problems;
    CalendarOverride parsed;
    const QString date = table.value(row, QStringLiteral("date"));
    parsed.date = parseDate(date);
    if (parsed.date.isValid())
        checkDate(parsed.date, &problems);
    else
        problems.append(
            QCoreApplication::translate(
                "Announcements", "date \"%1\" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY).")
                .arg(date.trimmed()));
    const QString kind = table.value(row, QStringLiteral("kind"));
    if (!kindFromKey(kind, &parsed.kind))
        problems.append(
            QCoreApplication::translate("Announcements", "kind \"%1\" is not one of off, work.")
                .arg(kind.trimmed()));
    parsed.name = table.value(row, QStringLiteral("name"));
    parsed.legalReference = table.value(row, QStringLiteral("legal_reference"));
    checkTexts(parsed, &problems);

    for (const QString &problem : std::as_const(problems))
        errors->append(
            QCoreApplication::translate("Announcements", "Line %1: %2").arg(row.line).arg(problem));
    if (!problems.isEmpty())
        return false;
    *announcement = parsed;
    return true;
}

} // namespace motcua::Announcements
