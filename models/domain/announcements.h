#pragma once

#include "domain/csv.h"
#include "domain/workcalendar.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace motcua {

// The yearly official announcements of the working calendar (CalendarOverride): an extra day
// off or a rest day worked, each with its legal reference. Validation and CSV exchange; the
// storage is CalendarStore's.
namespace Announcements {

constexpr int maxNameLength = 200;
constexpr int maxReferenceLength = 300;

QString kindKey(CalendarOverride::Kind kind); // stored and exchanged: "off", "work"
bool kindFromKey(const QString &key, CalendarOverride::Kind *kind); // case and spaces ignored
QString kindLabel(CalendarOverride::Kind kind); // translated

// Checks the raw text first (control characters are refused, not silently turned into spaces),
// then normalises in place (NFC, trimmed, inner white space collapsed) and checks the rest: a
// date in LunarCalendar's years, a name, the lengths. Translated messages; empty when valid.
QStringList validate(CalendarOverride &announcement);

// What the event log records of an announcement (the "old"/"new" of its events).
QJsonObject toJson(const CalendarOverride &announcement);
bool sameContent(const CalendarOverride &a, const CalendarOverride &b);

// CSV: date,kind,name,legal_reference. The date is written YYYY-MM-DD; reading also accepts
// D/M/YYYY, which spreadsheets set to Vietnamese produce when they save the file again.
QStringList csvHeader();
QStringList csvFields(const CalendarOverride &announcement);
// Reads and validates one row; on failure appends "Line N: …" messages and returns false.
bool fromCsv(const CsvTable &table, const CsvTable::Row &row, CalendarOverride *announcement,
             QStringList *errors);

} // namespace Announcements
} // namespace motcua
