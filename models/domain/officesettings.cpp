#include "domain/officesettings.h"

#include "domain/identity.h"
#include "domain/lunarcalendar.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace motcua::OfficeSettings {

namespace {

const QMap<QString, Qt::DayOfWeek> &dayNames()
{
    static const QMap<QString, Qt::DayOfWeek> names = {
        {QStringLiteral("mon"), Qt::Monday},    {QStringLiteral("tue"), Qt::Tuesday},
        {QStringLiteral("wed"), Qt::Wednesday}, {QStringLiteral("thu"), Qt::Thursday},
        {QStringLiteral("fri"), Qt::Friday},    {QStringLiteral("sat"), Qt::Saturday},
        {QStringLiteral("sun"), Qt::Sunday},
    };
    return names;
}

QList<Qt::DayOfWeek> parseRestDays(const QString &text, bool *ok)
{
    QList<Qt::DayOfWeek> days;
    *ok = true;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed().toLower();
        if (!dayNames().contains(name)) {
            *ok = false;
            return {};
        }
        if (!days.contains(dayNames().value(name)))
            days.append(dayNames().value(name));
    }
    return days;
}

// A whole number from `minimum` to `maximum`; `message` (which names the range) otherwise.
bool validateNumber(const QString &value, int minimum, int maximum, const QString &message,
                    QString *normalized, QString *error)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = message;
        return false;
    }
    *normalized = QString::number(number);
    return true;
}

bool validateText(const QString &value, int maxLength, bool required, QString *normalized,
                  QString *error)
{
    if (Text::hasControlCharacters(value)) {
        *error = QCoreApplication::translate(
            "OfficeSettings", "Control characters (tabs, line breaks) are not allowed.");
        return false;
    }
    *normalized = Text::normalized(value);
    if (required && normalized->isEmpty()) {
        *error = QCoreApplication::translate("OfficeSettings", "This setting cannot be empty.");
        return false;
    }
    if (normalized->size() > maxLength) {
        *error = QCoreApplication::translate("OfficeSettings", "At most %1 characters.")
                     .arg(maxLength);
        return false;
    }
    return true;
}

} // namespace

const QList<Spec> &all()
{
    static const QList<Spec> specs = {
        {QStringLiteral("office.name"), QT_TRANSLATE_NOOP("OfficeSettings", "Office name"),
         QT_TRANSLATE_NOOP("OfficeSettings", "e.g. Bộ phận Một cửa UBND xã Tân Hòa"), QString(),
         true},
        {QStringLiteral("office.level"), QT_TRANSLATE_NOOP("OfficeSettings", "Level"),
         QT_TRANSLATE_NOOP("OfficeSettings", "e.g. Cấp xã, Cấp tỉnh"), QStringLiteral("Cấp xã"),
         false},
        {QStringLiteral("office.parent"), QT_TRANSLATE_NOOP("OfficeSettings", "Parent body"),
         QT_TRANSLATE_NOOP(
             "OfficeSettings",
             "The body the office belongs to (đơn vị chủ quản), e.g. UBND xã Tân Hòa"),
         QString(), true},
        {QStringLiteral("office.code"), QT_TRANSLATE_NOOP("OfficeSettings", "Office code"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "Electronic identifier: digits, A–Z and dots, up to 35 characters, "
                           "e.g. 000.00.19.H47"),
         QString(), true},
        {QStringLiteral("office.place"), QT_TRANSLATE_NOOP("OfficeSettings", "Place name on slips"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "Written before the date: \"Tân Hòa, ngày … tháng … năm …\""),
         QString(), false},
        {QStringLiteral("office.address"), QT_TRANSLATE_NOOP("OfficeSettings", "Address"), nullptr,
         QString(), false},
        {QStringLiteral("office.phone"), QT_TRANSLATE_NOOP("OfficeSettings", "Phone"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Mobile (10 digits) or landline (0 + area code)"),
         QString(), false},
        {QStringLiteral("office.hours"), QT_TRANSLATE_NOOP("OfficeSettings", "Office hours"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "Sessions as HH:MM-HH:MM separated by commas, e.g. "
                           "07:30-11:30,13:30-17:30"),
         QStringLiteral("07:30-11:30,13:30-17:30"), true},
        {QStringLiteral("office.cutoff"), QT_TRANSLATE_NOOP("OfficeSettings", "Cut-off hour"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "For procedures with a cut-off, dossiers received at or after this "
                           "time count from the next working day (HH:MM)"),
         QStringLiteral("15:00"), true},
        {QStringLiteral("office.first_use_date"),
         QT_TRANSLATE_NOOP("OfficeSettings", "First day of use"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "The day the office began using Một Cửa (YYYY-MM-DD): dossiers "
                           "received before it are refused"),
         QStringLiteral("2000-01-01"), false},
        {QStringLiteral("office.receipt_book"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Receipt book number"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "Quyển số of the register printed on receipts, e.g. 01/2026"),
         QStringLiteral("01"), true},
        {QStringLiteral("print.receipt_copies"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Receipt copies"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "1: one receipt for the applicant; 2: also a copy kept by the office"),
         QStringLiteral("1"), true},
        {QStringLiteral("calendar.rest_days"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Weekly rest days"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Comma-separated: mon, tue, wed, thu, fri, sat, sun"),
         QStringLiteral("sat,sun"), true},
        {QStringLiteral("worklist.due_soon_days"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Due soon within (working days)"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "A dossier due within this many working days is shown as due soon"),
         QStringLiteral("2"), true},
        {QStringLiteral("worklist.uncollected_days"),
         QT_TRANSLATE_NOOP("OfficeSettings", "Results uncollected after (days)"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "A result waiting longer than this many days is listed as uncollected"),
         QStringLiteral("10"), true},
        {QStringLiteral("backup.folder"), QT_TRANSLATE_NOOP("OfficeSettings", "Backup folder"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "Absolute path of the folder for the backups, best on another disk; "
                           "empty: the folder beside the program's data"),
         QString(), false},
        {QStringLiteral("backup.keep"), QT_TRANSLATE_NOOP("OfficeSettings", "Daily backups kept"),
         QT_TRANSLATE_NOOP("OfficeSettings",
                           "How many of the newest dated backups stay in the folder"),
         QStringLiteral("14"), false},
    };
    return specs;
}

const Spec *find(const QString &key)
{
    for (const Spec &spec : all()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString label(const QString &key)
{
    const Spec *spec = find(key);
    return spec ? QCoreApplication::translate("OfficeSettings", spec->label) : key;
}

QString description(const QString &key)
{
    const Spec *spec = find(key);
    return spec && spec->description
        ? QCoreApplication::translate("OfficeSettings", spec->description)
        : QString();
}

bool validate(const QString &key, const QString &value, QString *normalized, QString *error)
{
    const Spec *spec = find(key);
    if (!spec) {
        *error = QCoreApplication::translate("OfficeSettings", "Unknown setting \"%1\".").arg(key);
        return false;
    }
    if (key == QLatin1String("office.code")) {
        *normalized = value.trimmed();
        static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]+(\\.[0-9A-Z]+)*$"));
        if (normalized->isEmpty() || normalized->size() > 35
            || !pattern.match(*normalized).hasMatch()) {
            *error = QCoreApplication::translate("OfficeSettings",
                                                 "The office code has digits, upper-case letters "
                                                 "A–Z and dots (one group per level), "
                                                 "at most 35 characters, e.g. 000.00.19.H47.");
            return false;
        }
        return true;
    }
    if (key == QLatin1String("office.hours")) {
        *normalized = value.trimmed();
        QString reason;
        const QList<WorkSession> sessions = parseSessions(*normalized, &reason);
        if (sessions.isEmpty()) {
            *error = reason;
            return false;
        }
        *normalized = formatSessions(sessions);
        return true;
    }
    if (key == QLatin1String("office.cutoff")) {
        const QTime time = QTime::fromString(value.trimmed(), QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            *error = QCoreApplication::translate("OfficeSettings",
                                                 "Write the hour as HH:MM, e.g. 15:00.");
            return false;
        }
        *normalized = time.toString(QStringLiteral("HH:mm"));
        return true;
    }
    if (key == QLatin1String("calendar.rest_days")) {
        bool ok = false;
        const QList<Qt::DayOfWeek> days = parseRestDays(value, &ok);
        if (!ok || days.size() > 6) {
            *error = QCoreApplication::translate("OfficeSettings",
                                                 "List rest days as mon, tue, wed, thu, fri, sat, "
                                                 "sun separated by commas; at least one "
                                                 "day of the week must be worked.");
            return false;
        }
        QStringList names;
        for (auto it = dayNames().cbegin(); it != dayNames().cend(); ++it) {
            if (days.contains(it.value()))
                names.append(it.key());
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return dayNames().value(a) < dayNames().value(b);
        });
        *normalized = names.join(QLatin1Char(','));
        return true;
    }
    if (key == QLatin1String("worklist.due_soon_days")
        || key == QLatin1String("worklist.uncollected_days")) {
        return validateNumber(value, 0, 365,
                              QCoreApplication::translate(
                                  "OfficeSettings", "Enter a whole number of days from 0 to 365."),
                              normalized, error);
    }
    if (key == QLatin1String("office.first_use_date")) {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!date.isValid() || value.trimmed().size() != 10) {
            *error = QCoreApplication::translate("OfficeSettings",
                                                 "Write the day as YYYY-MM-DD, e.g. 2026-01-01.");
            return false;
        }
        if (!LunarCalendar::isInRange(date)) {
            *error = LunarCalendar::rangeMessage();
            return false;
        }
        *normalized = date.toString(Qt::ISODate);
        return true;
    }
    if (key == QLatin1String("backup.folder")) {
        *normalized = value.trimmed();
        if (normalized->isEmpty())
            return true;
        if (Text::hasControlCharacters(*normalized) || !QDir::isAbsolutePath(*normalized)) {
            *error = QCoreApplication::translate(
                "OfficeSettings",
                "Enter the absolute path of a folder, e.g. /mnt/usb/motcua-backups (empty: the "
                "default folder).");
            return false;
        }
        if (QFileInfo(*normalized).exists() && !QFileInfo(*normalized).isDir()) {
            *error = QCoreApplication::translate("OfficeSettings", "%1 is a file, not a folder.")
                         .arg(QDir::toNativeSeparators(*normalized));
            return false;
        }
        *normalized = QDir::cleanPath(*normalized);
        return true;
    }
    if (key == QLatin1String("backup.keep")) {
        return validateNumber(
            value, 1, 365,
            QCoreApplication::translate("OfficeSettings", "Enter a whole number from 1 to 365."),
            normalized, error);
    }
    if (key == QLatin1String("print.receipt_copies")) {
        *normalized = value.trimmed();
        if (*normalized != QLatin1String("1") && *normalized != QLatin1String("2")) {
            *error = QCoreApplication::translate("OfficeSettings", "Enter 1 or 2.");
            return false;
        }
        return true;
    }
    if (key == QLatin1String("office.phone")) {
        *normalized = value.trimmed();
        if (normalized->isEmpty())
            return true;
        QString digits;
        if (!Identity::normalizePhone(*normalized, &digits, error))
            return false;
        *normalized = digits;
        return true;
    }
    return validateText(value, key == QLatin1String("office.address") ? 300 : 200, spec->required,
                        normalized, error);
}

QMap<QString, QString> withDefaults(const QMap<QString, QString> &stored)
{
    QMap<QString, QString> values = stored;
    for (const Spec &spec : all()) {
        if (values.value(spec.key).isEmpty() && !spec.defaultValue.isEmpty())
            values.insert(spec.key, spec.defaultValue);
    }
    return values;
}

QDate firstUseDate(const QMap<QString, QString> &values)
{
    const QDate date
        = QDate::fromString(values.value(QStringLiteral("office.first_use_date")), Qt::ISODate);
    return date.isValid() ? date : QDate(2000, 1, 1);
}

QStringList missingRequired(const QMap<QString, QString> &stored)
{
    QStringList missing;
    const QMap<QString, QString> values = withDefaults(stored);
    for (const Spec &spec : all()) {
        if (spec.required && values.value(spec.key).trimmed().isEmpty())
            missing.append(spec.key);
    }
    return missing;
}

QList<WorkSession> parseSessions(const QString &text, QString *error)
{
    QList<WorkSession> sessions;
    const QString message = QCoreApplication::translate(
        "OfficeSettings",
        "Write the sessions as HH:MM-HH:MM separated by commas, in order and not "
        "overlapping, e.g. 07:30-11:30,13:30-17:30.");
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const QTime start = QTime::fromString(ends.value(0).trimmed(), QStringLiteral("HH:mm"));
        const QTime end = QTime::fromString(ends.value(1).trimmed(), QStringLiteral("HH:mm"));
        if (ends.size() != 2 || !start.isValid() || !end.isValid() || end <= start
            || (!sessions.isEmpty() && start < sessions.last().end)) {
            if (error)
                *error = message;
            return {};
        }
        sessions.append({start, end});
    }
    if (sessions.isEmpty() && error)
        *error = message;
    return sessions;
}

QString formatSessions(const QList<WorkSession> &sessions)
{
    QStringList parts;
    for (const WorkSession &session : sessions)
        parts.append(session.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                     + session.end.toString(QStringLiteral("HH:mm")));
    return parts.join(QLatin1Char(','));
}

CalendarRules calendarRules(const QMap<QString, QString> &stored)
{
    const QMap<QString, QString> values = withDefaults(stored);
    CalendarRules rules;
    bool ok = false;
    const QList<Qt::DayOfWeek> restDays
        = parseRestDays(values.value(QStringLiteral("calendar.rest_days")), &ok);
    if (ok)
        rules.restDays = restDays;
    const QList<WorkSession> sessions = parseSessions(values.value(QStringLiteral("office.hours")));
    if (!sessions.isEmpty())
        rules.sessions = sessions;
    return rules;
}

QTime cutoffTime(const QMap<QString, QString> &stored)
{
    const QTime time = QTime::fromString(
        withDefaults(stored).value(QStringLiteral("office.cutoff")), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(15, 0);
}

QStringList weekdayKeys()
{
    return {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
            QStringLiteral("sun")};
}

QStringList weekdayNames()
{
    return {QCoreApplication::translate("OfficeSettings", "Monday"),
            QCoreApplication::translate("OfficeSettings", "Tuesday"),
            QCoreApplication::translate("OfficeSettings", "Wednesday"),
            QCoreApplication::translate("OfficeSettings", "Thursday"),
            QCoreApplication::translate("OfficeSettings", "Friday"),
            QCoreApplication::translate("OfficeSettings", "Saturday"),
            QCoreApplication::translate("OfficeSettings", "Sunday")};
}

QString restDaysText(const QString &value)
{
    bool ok = false;
    const QList<Qt::DayOfWeek> days = parseRestDays(value, &ok);
    if (!ok)
        return value;
    QList<Qt::DayOfWeek> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (Qt::DayOfWeek day : std::as_const(sorted))
        names << weekdayNames().at(int(day) - 1);
    return names.join(QStringLiteral(", "));
}

} // namespace motcua::OfficeSettings
