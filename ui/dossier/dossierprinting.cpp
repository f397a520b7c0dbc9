#include "dossier/dossierprinting.h"

#include "db/database.h"
#include "store/eventlog.h"

namespace motcua {

bool DossierPrinting::isAvailable()
{
    // The printing library (models/print, ui/print) comes with its own branch; until it is
    // merged nothing is printed and the window hides its print buttons.
    return false;
}

QList<DossierPrinting::Slip> DossierPrinting::slipsOf(Database &database, const Dossier &dossier)
{
    QList<Slip> slips {Slip::Receipt};
    bool completion = false;
    bool stop = false;
    for (const EventRecord &event : EventLog(database.connection()).forDossier(dossier.id)) {
        completion
            = completion || event.kind == DossierFlow::eventKind(DossierAction::RequestDocuments);
        stop = stop || event.kind == DossierFlow::eventKind(DossierAction::Withdraw);
    }
    if (completion)
        slips.append(Slip::CompletionRequest);
    if (dossier.extendedDueAt.isValid())
        slips.append(Slip::Apology);
    if (stop)
        slips.append(Slip::StopNotice);
    slips.append(Slip::ControlSlip);
    return slips;
}

QString DossierPrinting::label(Slip slip)
{
    switch (slip) {
    case Slip::Receipt:
        return tr("Receipt and promised return time");
    case Slip::CompletionRequest:
        return tr("Request to complete the dossier");
    case Slip::Apology:
        return tr("Apology and new return date");
    case Slip::StopNotice:
        return tr("Stop notice");
    case Slip::ControlSlip:
        return tr("Processing-control slip");
    }
    return {};
}

QString DossierPrinting::key(Slip slip)
{
    switch (slip) {
    case Slip::Receipt:
        return QStringLiteral("receipt");
    case Slip::CompletionRequest:
        return QStringLiteral("completion-request");
    case Slip::Apology:
        return QStringLiteral("apology");
    case Slip::StopNotice:
        return QStringLiteral("stop-notice");
    case Slip::ControlSlip:
        return QStringLiteral("control-slip");
    }
    return {};
}

std::optional<DossierPrinting::Slip> DossierPrinting::issuedBy(DossierAction action)
{
    switch (action) {
    case DossierAction::RequestDocuments:
        return Slip::CompletionRequest;
    case DossierAction::ApologyExtension:
        return Slip::Apology;
    case DossierAction::Withdraw:
        return Slip::StopNotice;
    default:
        return std::nullopt;
    }
}

bool DossierPrinting::print(QWidget *parent, Database &database, const Actor &actor,
                            const Dossier &dossier, Slip slip, bool reprint, QString *error)
{
    Q_UNUSED(parent)
    Q_UNUSED(database)
    Q_UNUSED(actor)
    Q_UNUSED(dossier)
    Q_UNUSED(slip)
    Q_UNUSED(reprint)
    *error = tr("Printing is not available in this version.");
    return false;
}

bool DossierPrinting::printHandoverList(QWidget *parent, Database &database,
                                        const QList<Dossier> &dossiers, const ActionInput &handover,
                                        QString *error)
{
    Q_UNUSED(parent)
    Q_UNUSED(database)
    Q_UNUSED(dossiers)
    Q_UNUSED(handover)
    *error = tr("Printing is not available in this version.");
    return false;
}

} // namespace motcua
