#include "commands/commands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/csv.h"
#include "domain/officesettings.h"
#include "domain/worklist.h"
#include "print/reportexport.h"
#include "store/demogenerator.h"
#include "store/dossierquery.h"
#include "store/eventlog.h"
#include "store/exportlog.h"
#include "store/reportqueries.h"
#include "store/settingsstore.h"

#include <QDateTime>
#include <QLocale>

#include <unistd.h>

namespace motcua::Commands {

namespace {

Actor headlessActor()
{
    return Actor::systemAccount(CommandContext::operatingSystemUser());
}

QString localText(qint64 seconds)
{
    return seconds == 0 ? QString()
                        : Clock::local(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC))
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void generateDemoOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("count"),
         QCoreApplication::translate("Commands", "How many dossiers to generate (default 1000)."),
         QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("Commands",
                                     "Seed of the random choices (default 1): the same "
                                     "seed gives the same dossiers."),
         QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("quiet"),
                      QCoreApplication::translate("Commands", "Print only the summary.")});
}

int generateDemo(CommandContext &context)
{
    bool countOk = false;
    bool seedOk = false;
    DemoGenerator::Options options;
    options.count = context.parser().value(QStringLiteral("count")).toLongLong(&countOk);
    options.seed = context.parser().value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!countOk || options.count <= 0 || options.count > 100000000)
        return context.usageError(
            QCoreApplication::translate("Commands",
                                        "--count takes a whole number from 1 to "
                                        "100000000."));
    if (!seedOk)
        return context.usageError(
            QCoreApplication::translate("Commands", "--seed takes a whole number."));
    if (!context.arguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "generate-demo takes no arguments."));
    Database *database = context.database();
    if (!database)
        return ExitError;
    const bool quiet = context.parser().isSet(QStringLiteral("quiet"));
    // On a terminal the count overwrites itself; in a log or a pipe, one line each.
    const bool terminal = ::isatty(STDERR_FILENO);
    DemoGenerator::Result result;
    QString error;
    const bool ok = DemoGenerator(database->connection())
                        .run(headlessActor(), options, &result, &error,
                             [&context, quiet, terminal](qint64 done, qint64 total) {
                                 if (quiet)
                                     return;
                                 const QString count
                                     = QStringLiteral("%1 / %2").arg(done).arg(total);
                                 if (terminal)
                                     context.err() << '\r' << count << Qt::flush;
                                 else
                                     context.err() << count << '\n' << Qt::flush;
                             });
    if (!quiet && terminal)
        context.err() << '\n';
    if (!ok)
        return context.error(error);
    context.out() << QCoreApplication::translate("Commands",
                                                 "%1 demo dossiers and %2 events generated in %3 s "
                                                 "(%4 dossiers/s). This is a training database.")
                         .arg(result.dossiers)
                         .arg(result.events)
                         .arg(result.seconds, 0, 'f', 2)
                         .arg(qint64(double(result.dossiers) / qMax(result.seconds, 1e-9)))
                  << '\n';
    return ExitOk;
}

void overdueOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("Commands", "Output format: text (default) or csv."),
         QStringLiteral("text|csv"), QStringLiteral("text")});
}

int overdue(CommandContext &context)
{
    const QString format = context.parser().value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return context.usageError(
            QCoreApplication::translate("Commands", "Unknown format \"%1\": use text or csv.")
                .arg(format));
    if (!context.arguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "overdue takes no arguments."));
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const Actor actor = headlessActor();
    if (!actor.can(Permission::ViewReports))
        return context.error(Roles::deniedMessage(Permission::ViewReports));
    const DossierQuery query(database->connection());
    const WorklistClock clock = query.clock(Clock::now());
    DossierFilter filter;
    filter.worklist = Worklist::Overdue;

    QString error;
    const QList<DossierListRow> rows
        = query.all(filter, clock, DossierQuery::SortBy::Due, Qt::AscendingOrder, &error);
    if (!error.isEmpty())
        return context.error(error);
    const bool csv = format == QLatin1String("csv");
    QString text;
    if (csv)
        text = CsvTable::line({QStringLiteral("code"), QStringLiteral("procedure_code"),
                               QStringLiteral("procedure_name"), QStringLiteral("applicant"),
                               QStringLiteral("status"), QStringLiteral("received_at"),
                               QStringLiteral("due_at"), QStringLiteral("receiver")});
    for (const DossierListRow &row : rows) {
        if (csv)
            text += CsvTable::line({row.code, row.procedureCode, row.procedureName,
                                    row.applicantName, Dossiers::statusKey(row.status),
                                    localText(row.receivedAt), localText(row.dueAt),
                                    row.receiverName});
        else
            text += QStringList {row.code, localText(row.dueAt), row.procedureCode,
                                 row.applicantName, Dossiers::statusLabel(row.status)}
                        .join(QLatin1Char('\t'))
                + QLatin1Char('\n');
    }
    if (!csv)
        text += QCoreApplication::translate("Commands", "%n overdue dossier(s) as of %1.", nullptr,
                                            int(rows.size()))
                    .arg(Clock::local(clock.now).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            + QLatin1Char('\n');
    const auto write = [&](QString *) {
        context.out() << text;
        return true;
    };
    // An empty list shows no personal data: nothing to log.
    if (rows.isEmpty())
        write(nullptr);
    else if (!ExportLog(database->connection())
                  .logThenWrite(actor,
                                {QStringLiteral("overdue-list"),
                                 csv ? QStringLiteral("csv") : QStringLiteral("text"), rows.size(),
                                 QString()},
                                write, &error))
        return context.error(error);
    return ExitOk;
}

bool parsePeriod(CommandContext &context, QDate *from, QDate *to, int *code)
{
    *from = QDate::fromString(context.parser().value(QStringLiteral("from")), Qt::ISODate);
    *to = QDate::fromString(context.parser().value(QStringLiteral("to")), Qt::ISODate);
    if (!from->isValid() || !to->isValid()) {
        *code = context.usageError(QCoreApplication::translate(
            "Commands", "Give the period as --from YYYY-MM-DD --to YYYY-MM-DD."));
        return false;
    }
    if (*to < *from) {
        *code = context.usageError(QCoreApplication::translate(
            "Commands", "The first day of the period is after the last."));
        return false;
    }
    return true;
}

void addPeriodOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("Commands", "First day of the period."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("Commands", "Last day of the period."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("Commands", "The file to write."),
                      QStringLiteral("FILE")});
}

void reportOptions(QCommandLineParser &parser)
{
    addPeriodOptions(parser);
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("Commands", "csv, xlsx or pdf."),
                      QStringLiteral("csv|xlsx|pdf"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("field"),
                      QCoreApplication::translate("Commands", "Only the procedures of this field."),
                      QStringLiteral("FIELD")});
}

int report(CommandContext &context)
{
    QDate from;
    QDate to;
    int code = ExitOk;
    if (!parsePeriod(context, &from, &to, &code))
        return code;
    const QString format = context.parser().value(QStringLiteral("format"));
    const QString output = context.parser().value(QStringLiteral("output"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")
        && format != QLatin1String("pdf"))
        return context.usageError(
            QCoreApplication::translate("Commands", "Unknown format \"%1\": use csv, xlsx or pdf.")
                .arg(format));
    if (output.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the file to write with --output."));
    if (!context.arguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "report takes no arguments."));
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    QString error;
    const PeriodReport result
        = ReportQueries(database->connection())
              .period(headlessActor(), from, to, context.parser().value(QStringLiteral("field")),
                      &error);
    if (!error.isEmpty())
        return context.error(error);
    const QMap<QString, QString> office
        = OfficeSettings::withDefaults(SettingsStore(database->connection()).all());
    bool ok = false;
    if (format == QLatin1String("csv"))
        ok = ReportExport::writeCsv(result, output, &error);
    else if (format == QLatin1String("xlsx"))
        ok = ReportExport::writeXlsx(result, office, output, &error);
    else
        ok = writePdf(ReportExport::reportDocument(result, office,
                                                   EventLog(database->connection()).head().text()),
                      output, &error);
    if (!ok)
        return context.error(error);
    context.out() << QCoreApplication::translate(
                         "Commands", "%1 procedure(s), %2 dossier(s) received; written to %3.")
                         .arg(result.rows.size())
                         .arg(result.total.received)
                         .arg(output)
                  << '\n';
    return ExitOk;
}

} // namespace

void registerOptions(QCommandLineParser &parser)
{
    addPeriodOptions(parser);
    parser.addOption(
        {QStringLiteral("field"),
         QCoreApplication::translate("Commands",
                                     "Only the dossiers of this field (the register is "
                                     "kept per field)."),
         QStringLiteral("FIELD")});
}

int printRegister(CommandContext &context)
{
    QDate from;
    QDate to;
    int code = ExitOk;
    if (!parsePeriod(context, &from, &to, &code))
        return code;
    PrintDestination destination;
    if (!parseDestination(context, &destination, &code))
        return code;
    const QString &output = destination.output;
    const bool csv = output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (destination.printer.isEmpty() && !csv
        && !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return context.usageError(QCoreApplication::translate(
            "Commands", "Name the file to write with --output FILE.pdf or FILE.csv."));
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const QString field = context.parser().value(QStringLiteral("field"));
    QString error;
    const Actor actor = headlessActor();
    const QList<Dossier> dossiers
        = ReportQueries(database->connection()).registerDossiers(actor, from, to, field, &error);
    if (!error.isEmpty())
        return context.error(error);
    const QMap<QString, QString> office
        = OfficeSettings::withDefaults(SettingsStore(database->connection()).all());
    // The head before this export is logged: the register prints the trail it was drawn from.
    const QString checkCode = EventLog(database->connection()).head().text();
    const auto write = [&](QString *writeError) {
        return csv ? ReportExport::writeRegisterCsv(dossiers, output, writeError)
                   : deliver(ReportExport::registerDocument(dossiers, from, to, field, office,
                                                            checkCode),
                             destination, writeError);
    };
    const QString how = csv             ? QStringLiteral("csv")
        : destination.printer.isEmpty() ? QStringLiteral("pdf")
                                        : QStringLiteral("printer");
    if (!ExportLog(database->connection())
             .logThenWrite(actor,
                           ReportExport::registerEntry(how, dossiers.size(), from, to, field),
                           write, &error))
        return context.error(error);
    context.out() << (destination.printer.isEmpty()
                          ? QCoreApplication::translate(
                              "Commands", "%1 dossier(s) in the register; written to %2.")
                          : QCoreApplication::translate(
                              "Commands", "%1 dossier(s) in the register; sent to %2."))
                         .arg(dossiers.size())
                         .arg(destination.printer.isEmpty() ? output : destination.printer)
                  << '\n';
    return ExitOk;
}

QList<CommandSpec> reportCommands()
{
    return {
        {QStringLiteral("generate-demo"),
         QT_TRANSLATE_NOOP(
             "Commands",
             "Fill a new or training database with realistic demo dossiers (ten years, "
             "with their events); marks it as a training database."),
         QT_TRANSLATE_NOOP("Commands", "--count N [--seed S]"), generateDemoOptions, generateDemo,
         false},
        {QStringLiteral("overdue"),
         QT_TRANSLATE_NOOP("Commands",
                           "List the open dossiers that are overdue now, earliest deadline first."),
         QT_TRANSLATE_NOOP("Commands", "[--format text|csv]"), overdueOptions, overdue, false},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP(
             "Commands",
             "Write the period report (per procedure, with a TOTAL line) as CSV, XLSX or "
             "PDF."),
         QT_TRANSLATE_NOOP("Commands",
                           "--from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --output FILE"),
         reportOptions, report, true},
    };
}

} // namespace motcua::Commands
