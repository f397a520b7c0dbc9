#include "commands/commands.h"

#include "db/database.h"
#include "domain/actor.h"
#include "domain/cliparse.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "store/calendarstore.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>

namespace motcua::Commands {

namespace {

const QString yearOption = QStringLiteral("year");
const QString outputOption = QStringLiteral("output");

// ---- calendar ------------------------------------------------------------------------------

void addCalendarOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        yearOption,
        QCoreApplication::translate("Commands",
                                    "The year to list or export (default: the current year for "
                                    "the list, every year for export)."),
        QStringLiteral("YYYY")));
    parser.addOption(QCommandLineOption(
        outputOption,
        QCoreApplication::translate("Commands",
                                    "With export: write the CSV to FILE instead of the standard "
                                    "output."),
        QStringLiteral("FILE")));
}

int listYear(CommandContext &context)
{
    int year = Clock::local(Clock::now()).date().year();
    if (context.parser().isSet(yearOption)) {
        QString error;
        const std::optional<int> parsed
            = CliParse::year(context.parser().value(yearOption), &error);
        if (!parsed)
            return context.usageError(QStringLiteral("--year: ") + error);
        year = *parsed;
    }
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const WorkCalendar calendar = CalendarStore(database->connection()).calendar();
    for (const DayInfo &day : calendar.exceptions(year)) {
        context.out() << day.date.toString(Qt::ISODate) << '\t' << (day.working ? "work" : "off")
                      << '\t' << day.name << '\n';
    }
    return ExitOk;
}

int importAnnouncements(CommandContext &context)
{
    const QString path = context.arguments().value(1);
    if (path.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the CSV file to import."));
    // "-" reads the standard input.
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened)
        return context.error(QCoreApplication::translate("Commands", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(file.readAll());
    if (decoder.hasError())
        return context.error(
            QCoreApplication::translate("Commands", "%1 is not UTF-8 text: save it as CSV UTF-8.")
                .arg(path));

    Database *database = context.database();
    if (!database)
        return ExitError;
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    const CalendarStore::ImportResult result
        = CalendarStore(database->connection()).importCsv(actor, text);
    if (!result.isOk()) {
        for (const QString &error : result.errors)
            context.err() << error << '\n';
        context.err() << QCoreApplication::translate("Commands",
                                                     "Nothing was imported: correct the file and "
                                                     "import it again.")
                      << Qt::endl;
        return ExitError;
    }
    context.out() << QCoreApplication::translate(
                         "Commands", "Announcements: %1 added, %2 changed, %3 unchanged.")
                         .arg(result.added)
                         .arg(result.changed)
                         .arg(result.unchanged)
                  << '\n'
                  << QCoreApplication::translate("Commands",
                                                 "Open dossiers whose deadline was recomputed: %1")
                         .arg(result.recomputed)
                  << '\n';
    return ExitOk;
}

int exportAnnouncements(CommandContext &context)
{
    int year = 0;
    if (context.parser().isSet(yearOption)) {
        QString error;
        const std::optional<int> parsed
            = CliParse::year(context.parser().value(yearOption), &error);
        if (!parsed)
            return context.usageError(QStringLiteral("--year: ") + error);
        year = *parsed;
    }
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const QString csv = CalendarStore(database->connection()).exportCsv(year);
    if (!context.parser().isSet(outputOption)) {
        context.out() << csv;
        return ExitOk;
    }
    const QString path = context.parser().value(outputOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        return context.error(QCoreApplication::translate("Commands", "Cannot write %1: %2")
                                 .arg(path, file.errorString()));
    return ExitOk;
}

int calendar(CommandContext &context)
{
    const QString action = context.arguments().value(0);
    const qsizetype expected = action == QLatin1String("import") ? 2 : action.isEmpty() ? 0 : 1;
    if (!action.isEmpty() && action != QLatin1String("import") && action != QLatin1String("export"))
        return context.usageError(
            QCoreApplication::translate("Commands",
                                        "Unknown action \"%1\": use import FILE.csv, export, or "
                                        "--year YYYY alone.")
                .arg(action));
    if (context.arguments().size() > expected)
        return context.usageError(
            QCoreApplication::translate("Commands", "Unexpected argument \"%1\".")
                .arg(context.arguments().value(expected)));
    if (action != QLatin1String("export") && context.parser().isSet(outputOption))
        return context.usageError(
            QCoreApplication::translate("Commands", "--output goes with export only."));
    if (action == QLatin1String("import")) {
        if (context.parser().isSet(yearOption))
            return context.usageError(QCoreApplication::translate(
                "Commands", "--year does not go with import: the file gives the dates."));
        return importAnnouncements(context);
    }
    if (action == QLatin1String("export"))
        return exportAnnouncements(context);
    return listYear(context);
}

// ---- deadline ------------------------------------------------------------------------------

const QString receivedOption = QStringLiteral("received");
const QString daysOption = QStringLiteral("days");
const QString hoursOption = QStringLiteral("hours");
const QString sameDayOption = QStringLiteral("same-day");
const QString cutoffOption = QStringLiteral("cutoff");
const QString explainOption = QStringLiteral("explain");
const QString pauseOption = QStringLiteral("pause");

void addDeadlineOptions(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(receivedOption,
                           QCoreApplication::translate(
                               "Commands", "When the complete dossier was received, office time."),
                           QStringLiteral("YYYY-MM-DDTHH:MM")));
    parser.addOption(
        QCommandLineOption(daysOption,
                           QCoreApplication::translate(
                               "Commands", "Duration in working days (fractions allowed: 0.5)."),
                           QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(hoursOption,
                           QCoreApplication::translate(
                               "Commands", "Duration in working hours (fractions allowed: 1.5)."),
                           QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        sameDayOption,
        QCoreApplication::translate("Commands",
                                    "Due at the end of the working day counting starts on.")));
    parser.addOption(QCommandLineOption(
        cutoffOption,
        QCoreApplication::translate("Commands",
                                    "Apply the cut-off hour (office.cutoff, 15:00 by default): a "
                                    "dossier received at or after it counts from the next "
                                    "working day.")));
    parser.addOption(QCommandLineOption(
        explainOption,
        QCoreApplication::translate("Commands",
                                    "After the due time, one line per step: date, kind "
                                    "(outside-hours, cutoff, non-working-day, pause) and "
                                    "explanation, separated by tabs.")));
    parser.addOption(QCommandLineOption(
        pauseOption,
        QCoreApplication::translate("Commands",
                                    "A period when the clock stops (repeatable), office time."),
        QStringLiteral("FROM/TO")));
}

QString stepKey(DeadlineStep::Kind kind)
{
    switch (kind) {
    case DeadlineStep::Kind::OutsideHours:
        return QStringLiteral("outside-hours");
    case DeadlineStep::Kind::Cutoff:
        return QStringLiteral("cutoff");
    case DeadlineStep::Kind::NonWorkingDay:
        return QStringLiteral("non-working-day");
    case DeadlineStep::Kind::Pause:
        return QStringLiteral("pause");
    case DeadlineStep::Kind::Extension:
        return QStringLiteral("extension");
    }
    return {};
}

int deadline(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!context.arguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Unexpected argument \"%1\".")
                .arg(context.arguments().first()));
    if (!parser.isSet(receivedOption))
        return context.usageError(QCoreApplication::translate(
            "Commands", "Give the time of receipt: --received YYYY-MM-DDTHH:MM."));
    const int units = int(parser.isSet(daysOption)) + int(parser.isSet(hoursOption))
        + int(parser.isSet(sameDayOption));
    if (units != 1 || parser.values(daysOption).size() > 1 || parser.values(hoursOption).size() > 1)
        return context.usageError(QCoreApplication::translate(
            "Commands", "Give exactly one of --days N, --hours N or --same-day."));

    const QTimeZone zone = Clock::officeZone();
    QString error;
    const std::optional<QDateTime> received
        = CliParse::dateTime(parser.value(receivedOption), zone, &error);
    if (!received)
        return context.usageError(QStringLiteral("--received: ") + error);
    DeadlineRule rule;
    rule.cutoff = parser.isSet(cutoffOption);
    if (parser.isSet(sameDayOption)) {
        rule.unit = DeadlineRule::Unit::SameDay;
    } else {
        const bool days = parser.isSet(daysOption);
        rule.unit = days ? DeadlineRule::Unit::Days : DeadlineRule::Unit::Hours;
        const std::optional<double> amount
            = CliParse::amount(parser.value(days ? daysOption : hoursOption), &error);
        if (!amount)
            return context.usageError(
                (days ? QStringLiteral("--days: ") : QStringLiteral("--hours: ")) + error);
        rule.amount = *amount;
    }
    QList<Pause> pauses;
    for (const QString &text : parser.values(pauseOption)) {
        const std::optional<Pause> pause = CliParse::pause(text, zone, &error);
        if (!pause)
            return context.usageError(QStringLiteral("--pause: ") + error);
        pauses.append(*pause);
    }

    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const CalendarStore store(database->connection());
    const WorkCalendar calendar = store.calendar();
    const DeadlineCalculator calculator(calendar, store.cutoffTime(), zone);
    const DeadlineResult result = calculator.compute(*received, rule, pauses);
    if (!result.isValid())
        return context.error(QCoreApplication::translate(
            "Commands",
            "No due time can be computed: the calendar has no working time (check the office "
            "hours and rest days in the settings)."));

    context.out() << CliParse::formatDateTime(result.due, zone) << '\n';
    if (parser.isSet(explainOption)) {
        for (const DeadlineStep &step : result.steps)
            context.out() << step.date.toString(Qt::ISODate) << '\t' << stepKey(step.kind) << '\t'
                          << step.text() << '\n';
    }
    return ExitOk;
}

} // namespace

QList<CommandSpec> calendarCommands()
{
    return {
        {QStringLiteral("calendar"),
         QT_TRANSLATE_NOOP("Commands",
                           "List a year's weekdays off and weekend days worked; import or export "
                           "the yearly announcements as CSV."),
         QT_TRANSLATE_NOOP("Commands",
                           "[--year YYYY] | import FILE.csv | export [--year YYYY] "
                           "[--output FILE]"),
         addCalendarOptions, calendar, false},
        {QStringLiteral("deadline"),
         QT_TRANSLATE_NOOP("Commands", "Compute a due time with the database's working calendar."),
         QT_TRANSLATE_NOOP("Commands",
                           "--received YYYY-MM-DDTHH:MM (--days N | --hours N | --same-day) "
                           "[--cutoff] [--explain] [--pause FROM/TO]…"),
         addDeadlineOptions, deadline, false},
    };
}

} // namespace motcua::Commands
