#pragma once

#include "domain/deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace motcua {

// Strict parsing of what is typed on the command line (`motcua deadline`, `motcua calendar`).
// Each function accepts exactly its documented form, after trimming white space, and otherwise
// returns nothing with a translated message: the command then exits with 2. Only ASCII digits
// count (QRegularExpression's \d would accept other scripts' digits).
class CliParse final
{
    Q_DECLARE_TR_FUNCTIONS(CliParse)

public:
    // "YYYY-MM-DDTHH:MM", 24-hour clock, on the wall clock of `zone`. The day must exist and
    // lie in the years the calendar knows (LunarCalendar::firstYear..lastYear).
    static std::optional<QDateTime> dateTime(const QString &text, const QTimeZone &zone,
                                             QString *error);
    // A duration in working days or hours: a decimal number with a dot ("3", "0.5", "5.25"),
    // from 0 to DeadlineCalculator::maxAmount. No sign, exponent, comma, "inf" or "nan".
    static std::optional<double> amount(const QString &text, QString *error);
    // "FROM/TO", both as in dateTime(), FROM strictly before TO.
    static std::optional<Pause> pause(const QString &text, const QTimeZone &zone, QString *error);
    // Four digits in LunarCalendar::firstYear..lastYear.
    static std::optional<int> year(const QString &text, QString *error);

    // The form dateTime() reads: "YYYY-MM-DDTHH:MM" in `zone` (seconds dropped).
    static QString formatDateTime(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace motcua
