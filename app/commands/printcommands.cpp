#include "commands/commands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "print/dossierslips.h"
#include "print/slipprinter.h"
#include "print/slips.h"
#include "store/dossierstore.h"
#include "store/intakeslipstore.h"
#include "store/settingsstore.h"

namespace motcua::Commands {

namespace {

void addPrintOptions(QCommandLineParser &parser)
{
    registerOptions(parser); // --from, --to, --field and --output
    addPrinterOptions(parser);
}

// Renders a slip of an existing dossier, as the window prints it; a second print of the same
// slip is marked "BẢN IN LẠI", and every print is logged on the dossier.
int printSlip(CommandContext &context, DossierSlips::Kind kind, const QString &code,
              const PrintDestination &destination)
{
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    DossierStore store(database->connection());
    const auto dossier = store.findByCode(code);
    if (!dossier)
        return context.error(
            QCoreApplication::translate("Commands", "No dossier has the code %1.").arg(code));

    const QString key = DossierSlips::key(kind);
    QString error;
    const std::optional<SlipDocument> slip
        = DossierSlips(database->connection())
              .document(*dossier, kind, store.wasPrinted(dossier->id, key), &error);
    if (!slip || !deliver(*slip, destination, &error))
        return context.error(error);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    if (!store.logPrint(actor, dossier->id, key, &error))
        return context.error(error);
    return ExitOk;
}

// Renders a request for completion or a refusal recorded at the counter (no dossier code: the
// slip's number); marked and logged as the window does.
int printIntakeSlip(CommandContext &context, const QString &number,
                    const PrintDestination &destination)
{
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    IntakeSlipStore store(database->connection());
    const std::optional<IntakeSlip> slip = store.find(number);
    if (!slip)
        return context.error(IntakeSlipStore::unknownSlipMessage(number));
    const qint64 id = slip->id;
    QString error;
    const SlipDocument document = Slips::intakeSlip(
        *slip, SettingsStore(database->connection()).all(), store.wasPrinted(id));
    if (!deliver(document, destination, &error))
        return context.error(error);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    if (!store.logPrint(actor, id, &error))
        return context.error(error);
    return ExitOk;
}

int print(CommandContext &context)
{
    const QStringList &args = context.arguments();
    if (args == QStringList {QStringLiteral("register")})
        return printRegister(context);
    DossierSlips::Kind kind;
    const bool isSlip = args.size() == 2 && DossierSlips::fromKey(args.first(), &kind);
    const bool isIntakeSlip = args.size() == 2 && args.first() == QLatin1String("intake-slip");
    if (isSlip || isIntakeSlip) {
        PrintDestination destination;
        int code = ExitOk;
        if (!parseDestination(context, &destination, &code))
            return code;
        return isSlip ? printSlip(context, kind, args.at(1), destination)
                      : printIntakeSlip(context, args.at(1), destination);
    }
    QStringList slips;
    for (DossierSlips::Kind each : DossierSlips::allKinds())
        slips.append(DossierSlips::key(each));
    return context.usageError(
        QCoreApplication::translate("Commands",
                                    "Use \"print SLIP CODE --output FILE.pdf | --printer NAME "
                                    "[--copies N]\", SLIP one of: %1; \"print intake-slip "
                                    "NUMBER\" with the same destinations; or \"print register "
                                    "--from YYYY-MM-DD --to YYYY-MM-DD [--field FIELD] --output "
                                    "FILE.pdf|FILE.csv | --printer NAME [--copies N]\".")
            .arg(slips.join(QStringLiteral(", "))));
}

} // namespace

void addPrinterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("printer"),
                      QCoreApplication::translate("Commands",
                                                  "Print on this printer of the system (a CUPS "
                                                  "queue, see lpstat -p) instead of writing a "
                                                  "file."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("copies"),
         QCoreApplication::translate("Commands", "How many copies to print (1 to 99, default 1)."),
         QStringLiteral("N"), QStringLiteral("1")});
}

bool parseDestination(CommandContext &context, PrintDestination *destination, int *code)
{
    const QCommandLineParser &parser = context.parser();
    destination->output = parser.value(QStringLiteral("output"));
    destination->printer = parser.value(QStringLiteral("printer"));
    const auto refuse = [&](const QString &message) {
        *code = context.usageError(message);
        return false;
    };
    if (parser.isSet(QStringLiteral("output")) && parser.isSet(QStringLiteral("printer")))
        return refuse(QCoreApplication::translate(
            "Commands", "Use either --output FILE or --printer NAME, not both."));
    if (destination->output.isEmpty() && destination->printer.isEmpty())
        return refuse(QCoreApplication::translate(
            "Commands",
            "Name the PDF file with --output FILE or the printer with --printer NAME."));
    bool isNumber = false;
    destination->copies = parser.value(QStringLiteral("copies")).toInt(&isNumber);
    if (!isNumber || destination->copies < 1 || destination->copies > 99)
        return refuse(
            QCoreApplication::translate("Commands", "--copies takes a whole number from 1 to 99."));
    if (parser.isSet(QStringLiteral("copies")) && destination->printer.isEmpty())
        return refuse(
            QCoreApplication::translate("Commands", "--copies goes with --printer NAME."));
    QString error;
    if (!destination->printer.isEmpty()
        && !SlipPrinter::printerExists(destination->printer, &error)) {
        *code = context.error(error);
        return false;
    }
    return true;
}

bool deliver(const SlipDocument &document, const PrintDestination &destination, QString *error)
{
    if (!destination.printer.isEmpty())
        return SlipPrinter::printOnPrinter(document, destination.printer, destination.copies,
                                           error);
    return writePdf(document, destination.output, error);
}

QList<CommandSpec> printCommands()
{
    return {
        {QStringLiteral("print"),
         QT_TRANSLATE_NOOP(
             "Commands",
             "Render to PDF or print on a printer a slip of a dossier (receipt, "
             "completion-request, apology, "
             "stop-notice, control-slip), a request for completion or refusal recorded at the "
             "counter (intake-slip NUMBER), or the register of a period (PDF or CSV)."),
         QT_TRANSLATE_NOOP("Commands",
                           "SLIP CODE | intake-slip NUMBER | register --from … --to … [--field …]; "
                           "then --output FILE.pdf (register: or FILE.csv) | --printer NAME "
                           "[--copies N]"),
         addPrintOptions, print, true},
    };
}

} // namespace motcua::Commands
