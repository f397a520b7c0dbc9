#pragma once

#include "domain/workcalendar.h"

#include <QMap>
#include <QString>
#include <QTime>

namespace motcua {

// The office's settings: keys, defaults and validation shared by the settings dialog and
// `motcua settings set`. Values are stored as text in the settings table.
namespace OfficeSettings {

struct Spec
{
    QString key;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("OfficeSettings", …)
    const char *description = nullptr; // QT_TRANSLATE_NOOP("OfficeSettings", …): format, example
    QString defaultValue;
    bool required = false;
};

const QList<Spec> &all();
const Spec *find(const QString &key);
QString label(const QString &key);
QString description(const QString &key);

// Validates and normalises a value (trims, NFC). False with a translated message when invalid.
bool validate(const QString &key, const QString &value, QString *normalized, QString *error);

// The stored values merged over the defaults.
QMap<QString, QString> withDefaults(const QMap<QString, QString> &stored);
// Required settings that are still empty (what the first-start dialog must ask for).
QStringList missingRequired(const QMap<QString, QString> &stored);

// Typed views of the values.
CalendarRules calendarRules(const QMap<QString, QString> &values);
QTime cutoffTime(const QMap<QString, QString> &values);
// office.first_use_date: no dossier is received before it (default 1 January 2000).
QDate firstUseDate(const QMap<QString, QString> &values);
QList<WorkSession> parseSessions(const QString &text, QString *error = nullptr);
QString formatSessions(const QList<WorkSession> &sessions);
// The week's days as calendar.rest_days stores them ("mon" … "sun"), and their names in the
// current language ("Thứ Hai" … "Chủ nhật"), Monday first.
QStringList weekdayKeys();
QStringList weekdayNames();
// A stored list of rest days ("sat,sun") in words ("Thứ Bảy, Chủ nhật"); unknown text as is.
QString restDaysText(const QString &value);

} // namespace OfficeSettings
} // namespace motcua
