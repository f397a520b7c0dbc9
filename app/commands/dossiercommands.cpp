#include "commands/commands.h"
#include "commands/dossieractioncommands.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/dossierflow.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"

namespace motcua::Commands {

namespace {

QString minute(const QDateTime &t)
{
    return t.isValid() ? Clock::local(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

// `dossier show CODE`: the same story as the dossier window, for scripts and support.
int show(CommandContext &context, const QString &code)
{
    Database *database = context.existingDatabase();
    if (!database)
        return ExitError;
    const std::optional<Dossier> dossier = DossierStore(database->connection()).findByCode(code);
    if (!dossier)
        return context.error(
            QCoreApplication::translate("Commands", "No dossier has the code %1.").arg(code));

    const QDateTime now = Clock::now();
    const auto yesNo = [](bool value) {
        return value ? QCoreApplication::translate("Commands", "yes")
                     : QCoreApplication::translate("Commands", "no");
    };
    QTextStream &out = context.out();
    const auto line = [&out](const QString &label, const QString &value) {
        out << label << '\t' << value << '\n';
    };
    line(QCoreApplication::translate("Commands", "Code:"), dossier->code);
    line(QCoreApplication::translate("Commands", "Procedure:"),
         QStringLiteral("%1 %2").arg(dossier->procedureCode, dossier->procedureName));
    line(QCoreApplication::translate("Commands", "Applicant:"), dossier->applicant.name);
    line(QCoreApplication::translate("Commands", "Status:"),
         QStringLiteral("%1 (%2)").arg(Dossiers::statusKey(dossier->status),
                                       Dossiers::statusLabel(dossier->status)));
    line(QCoreApplication::translate("Commands", "Received:"), minute(dossier->receivedAt));
    line(QCoreApplication::translate("Commands", "Due:"), minute(dossier->dueAt));
    if (dossier->extendedDueAt.isValid())
        line(QCoreApplication::translate("Commands", "Promised:"), minute(dossier->extendedDueAt));
    line(QCoreApplication::translate("Commands", "Overdue:"), yesNo(dossier->isOverdueAt(now)));
    line(QCoreApplication::translate("Commands", "Paused:"),
         dossier->pausedAt.isValid()
             ? QCoreApplication::translate("Commands", "since %1").arg(minute(dossier->pausedAt))
             : yesNo(false));
    if (dossier->finishedAt.isValid())
        line(QCoreApplication::translate("Commands", "Finished:"), minute(dossier->finishedAt));
    if (dossier->returnedAt.isValid())
        line(QCoreApplication::translate("Commands", "Returned:"), minute(dossier->returnedAt));
    out << QCoreApplication::translate("Commands", "Timeline:") << '\n';
    for (const EventRecord &event : EventLog(database->connection()).forDossier(dossier->id)) {
        const QString transition = event.fromStatus.isEmpty() && event.toStatus.isEmpty()
            ? QString()
            : event.fromStatus + QStringLiteral("→") + event.toStatus;
        out << minute(event.occurredAt) << '\t' << event.kind << '\t' << event.actor << '\t'
            << transition << '\t'
            << QString(event.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return ExitOk;
}

int dossier(CommandContext &context)
{
    const QStringList &args = context.arguments();
    if (args.size() == 2 && args.first() == QLatin1String("show"))
        return show(context, args.at(1));
    if (const ActionSpec *spec = DossierActions::fromKey(args.value(0)))
        return runAction(context, *spec);
    QStringList keys;
    for (const ActionSpec &spec : DossierActions::all())
        keys.append(QString::fromLatin1(spec.key));
    return context.usageError(
        QCoreApplication::translate("Commands",
                                    "Use \"dossier show CODE\" or \"dossier ACTION CODE\", "
                                    "ACTION one of: %1.")
            .arg(keys.join(QStringLiteral(", "))));
}

} // namespace

QList<CommandSpec> dossierCommands()
{
    return {
        {QStringLiteral("dossier"),
         QT_TRANSLATE_NOOP(
             "Commands",
             "Show a dossier (status, due and promised times, overdue flag, pause, and its "
             "timeline, one event a line), or take a step of its life as the dossier window "
             "does: transfer, request-documents, documents-received, request-payment, "
             "payment-done, apology, result, refusal, return, withdraw."),
         QT_TRANSLATE_NOOP("Commands", "show CODE | ACTION CODE | ACTION --stdin"),
         addActionOptions, dossier, false},
    };
}

} // namespace motcua::Commands
