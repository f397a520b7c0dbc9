#include "domain/cliparse.h"

#include "domain/lunarcalendar.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace motcua {

namespace {

// Long enough for every valid input, short enough that an error message stays readable.
constexpr int kMaxShownLength = 40;

QString shown(const QString &text)
{
    return text.size() > kMaxShownLength ? text.left(kMaxShownLength) + QStringLiteral("…") : text;
}

} // namespace

std::optional<QDateTime> CliParse::dateTime(const QString &text, const QTimeZone &zone,
                                            QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *error = tr("\"%1\" is not a date and time of the form YYYY-MM-DDTHH:MM "
                    "(e.g. 2026-02-13T09:30).")
                     .arg(shown(text));
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt());
    if (!date.isValid()) {
        *error = tr("%1 is not a day of the calendar.")
                     .arg(match.captured(1) + QLatin1Char('-') + match.captured(2)
                          + QLatin1Char('-') + match.captured(3));
        return std::nullopt;
    }
    if (!time.isValid()) {
        *error = tr("%1:%2 is not a time of day (00:00 to 23:59).")
                     .arg(match.captured(4), match.captured(5));
        return std::nullopt;
    }
    if (!LunarCalendar::isInRange(date)) {
        *error = LunarCalendar::rangeMessage();
        return std::nullopt;
    }
    const QDateTime instant(date, time, zone);
    if (!instant.isValid()) {
        *error = tr("%1 does not exist in the office's time zone.").arg(shown(text));
        return std::nullopt;
    }
    return instant;
}

std::optional<double> CliParse::amount(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,9})?$"));
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = pattern.match(trimmed).hasMatch() ? trimmed.toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value)) {
        *error = tr("\"%1\" is not a number: write a number of 0 or more, with a dot for "
                    "fractions (e.g. 3 or 0.5).")
                     .arg(shown(text));
        return std::nullopt;
    }
    if (value > DeadlineCalculator::maxAmount) {
        *error = tr("%1 is too long a duration: at most %2.")
                     .arg(trimmed)
                     .arg(DeadlineCalculator::maxAmount);
        return std::nullopt;
    }
    return value;
}

std::optional<Pause> CliParse::pause(const QString &text, const QTimeZone &zone, QString *error)
{
    const QStringList ends = text.trimmed().split(QLatin1Char('/'));
    // No white space around the slash: the pause is one word of the command line.
    const auto untrimmed = [](const QString &end) {
        return end != end.trimmed();
    };
    if (ends.size() != 2 || std::any_of(ends.cbegin(), ends.cend(), untrimmed)) {
        *error = tr("\"%1\" is not a pause of the form FROM/TO "
                    "(e.g. 2026-03-02T08:00/2026-03-04T16:00).")
                     .arg(shown(text));
        return std::nullopt;
    }
    const std::optional<QDateTime> from = dateTime(ends.at(0), zone, error);
    if (!from)
        return std::nullopt;
    const std::optional<QDateTime> to = dateTime(ends.at(1), zone, error);
    if (!to)
        return std::nullopt;
    if (!(*from < *to)) {
        *error = tr("The pause %1 must end after it starts.").arg(shown(text));
        return std::nullopt;
    }
    return Pause {*from, *to, QString()};
}

std::optional<int> CliParse::year(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}$"));
    const QString trimmed = text.trimmed();
    const int value = pattern.match(trimmed).hasMatch() ? trimmed.toInt() : 0;
    if (value < LunarCalendar::firstYear || value > LunarCalendar::lastYear) {
        *error = tr("\"%1\" is not a year from %2 to %3.")
                     .arg(shown(text))
                     .arg(LunarCalendar::firstYear)
                     .arg(LunarCalendar::lastYear);
        return std::nullopt;
    }
    return value;
}

QString CliParse::formatDateTime(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace motcua
