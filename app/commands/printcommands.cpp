#include "commands/commands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "print/dossierslips.h"
#include "print/slips.h"
#include "store/dossierstore.h"
#include "store/intakeslipstore.h"
#include "store/settingsstore.h"

namespace motcua::Commands {

namespace {

void addPrintOptions(QCommandLineParser &parser)
{
    registerOptions(parser); // --from, --to, --field and --output
}

// Renders a slip of an existing dossier, as the window prints it; a second print of the same
// slip is marked "BẢN IN LẠI", and every print is logged on the dossier.
int printSlip(CommandContext &context, DossierSlips::Kind kind, const QString &code,
              const QString &output)
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
    if (!slip || !writePdf(*slip, output, &error))
        return context.error(error);
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    if (!store.logPrint(actor, dossier->id, key, &error))
        return context.error(error);
    return ExitOk;
}

// Renders a request for completion or a refusal recorded at the counter (no dossier code: the
// slip's number); marked and logged as the window does.
int printIntakeSlip(CommandContext &context, const QString &number, const QString &output)
{
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    bool isNumber = false;
    const qint64 id = number.toLongLong(&isNumber);
    IntakeSlipStore store(database->connection());
    const std::optional<IntakeSlip> slip = isNumber ? store.find(id) : std::nullopt;
    if (!slip)
        return context.error(IntakeSlipStore::unknownSlipMessage(number));
    QString error;
    const SlipDocument document = Slips::intakeSlip(
        *slip, SettingsStore(database->connection()).all(), store.wasPrinted(id));
    if (!writePdf(document, output, &error))
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
    const QString output = context.parser().value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Commands", "Name the PDF file with --output FILE."));
    DossierSlips::Kind kind;
    if (args.size() == 2 && DossierSlips::fromKey(args.first(), &kind))
        return printSlip(context, kind, args.at(1), output);
    if (args.size() == 2 && args.first() == QLatin1String("intake-slip"))
        return printIntakeSlip(context, args.at(1), output);
    QStringList slips;
    for (DossierSlips::Kind each : DossierSlips::allKinds())
        slips.append(DossierSlips::key(each));
    return context.usageError(
        QCoreApplication::translate("Commands",
                                    "Use \"print SLIP CODE --output FILE.pdf\", "
                                    "SLIP one of: %1; \"print intake-slip NUMBER --output "
                                    "FILE.pdf\"; or \"print register --from YYYY-MM-DD "
                                    "--to YYYY-MM-DD [--field FIELD] --output FILE.pdf|FILE.csv\".")
            .arg(slips.join(QStringLiteral(", "))));
}

} // namespace

QList<CommandSpec> printCommands()
{
    return {
        {QStringLiteral("print"),
         QT_TRANSLATE_NOOP(
             "Commands",
             "Render a slip of a dossier to PDF (receipt, completion-request, apology, "
             "stop-notice, control-slip), a request for completion or refusal recorded at the "
             "counter (intake-slip NUMBER), or the register of a period (PDF or CSV)."),
         QT_TRANSLATE_NOOP("Commands",
                           "SLIP CODE --output FILE.pdf | intake-slip NUMBER --output FILE.pdf | "
                           "register --from … --to … [--field …] --output FILE"),
         addPrintOptions, print, true},
    };
}

} // namespace motcua::Commands
