#include "commands/commands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/officesettings.h"
#include "print/slips.h"
#include "store/calendarstore.h"
#include "store/dossierstore.h"
#include "store/settingsstore.h"

namespace motcua::Commands {

namespace {

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("Commands", "Write the PDF to FILE."), QStringLiteral("FILE"));
}

void addPrintOptions(QCommandLineParser &parser)
{
    parser.addOption(outputOption());
}

// Renders the receipt of an existing dossier; a second print is marked "BẢN IN LẠI" and logged.
int printReceipt(CommandContext &context, const QString &code, const QString &output)
{
    Database *database = context.database();
    if (!database)
        return ExitError;
    DossierStore store(database->connection());
    const auto dossier = store.findByCode(code);
    if (!dossier)
        return context.error(QCoreApplication::translate("Commands", "No dossier has the code %1.").arg(code));

    const CalendarStore calendars(database->connection());
    const WorkCalendar calendar = calendars.calendar();
    const DeadlineCalculator calculator(calendar, calendars.cutoffTime(), Clock::officeZone());
    ReceiptOptions options;
    for (const DeadlineStep &step : calculator.compute(dossier->receivedAt, dossier->rule).steps)
        options.dueExplanation.append(step.text());
    const QMap<QString, QString> office = OfficeSettings::withDefaults(SettingsStore(database->connection()).all());
    options.twoCopies = office.value(QStringLiteral("print.receipt_copies")) == QLatin1String("2");
    options.issue.reprint = store.wasPrinted(dossier->id, QStringLiteral("receipt"));
    options.issue.printedAt = Clock::now();

    QString error;
    if (!writePdf(Slips::receipt(*dossier, office, options), output, &error))
        return context.error(error);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    if (!store.logPrint(actor, dossier->id, QStringLiteral("receipt"), &error))
        return context.error(error);
    return ExitOk;
}

int print(CommandContext &context)
{
    const QStringList &args = context.arguments();
    const QString what = args.value(0);
    const QString output = context.parser().value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usageError(QCoreApplication::translate("Commands", "Name the PDF file with --output FILE."));
    if (what == QLatin1String("receipt") && args.size() == 2)
        return printReceipt(context, args.at(1), output);
    return context.usageError(
        QCoreApplication::translate("Commands", "Use \"print receipt CODE --output FILE.pdf\"."));
}

} // namespace

QList<CommandSpec> printCommands()
{
    return {
        {QStringLiteral("print"),
         QT_TRANSLATE_NOOP("Commands", "Render a slip or a list to PDF: the receipt of a dossier."),
         QT_TRANSLATE_NOOP("Commands", "receipt CODE --output FILE.pdf"), addPrintOptions, print, true},
    };
}

} // namespace motcua::Commands
