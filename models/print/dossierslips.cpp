#include "print/dossierslips.h"

#include "domain/clock.h"
#include "domain/officesettings.h"
#include "print/slips.h"
#include "store/deadlineservice.h"
#include "store/dossierlifecycle.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"

#include <QJsonArray>

namespace motcua {

namespace {

// The last event of a kind, which carries what its slip prints.
std::optional<EventRecord> lastEvent(const QList<EventRecord> &events, DossierAction action)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == DossierFlow::eventKind(action))
            return *it;
    }
    return std::nullopt;
}

QString detail(const EventRecord &event, const char *key)
{
    return event.details.value(QLatin1String(key)).toString();
}

} // namespace

DossierSlips::DossierSlips(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<DossierSlips::Kind> DossierSlips::allKinds()
{
    return {Kind::Receipt, Kind::CompletionRequest, Kind::Apology, Kind::StopNotice,
            Kind::ControlSlip};
}

QList<DossierSlips::Kind> DossierSlips::available(const Dossier &dossier) const
{
    const QList<EventRecord> events = EventLog(m_db).forDossier(dossier.id);
    QList<Kind> kinds {Kind::Receipt};
    if (lastEvent(events, DossierAction::RequestDocuments))
        kinds.append(Kind::CompletionRequest);
    if (lastEvent(events, DossierAction::ApologyExtension))
        kinds.append(Kind::Apology);
    if (lastEvent(events, DossierAction::Withdraw))
        kinds.append(Kind::StopNotice);
    kinds.append(Kind::ControlSlip);
    return kinds;
}

QString DossierSlips::label(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return tr("Receipt and promised return time");
    case Kind::CompletionRequest:
        return tr("Request to complete the dossier");
    case Kind::Apology:
        return tr("Apology and new return date");
    case Kind::StopNotice:
        return tr("Stop notice");
    case Kind::ControlSlip:
        return tr("Processing-control slip");
    }
    return {};
}

QString DossierSlips::key(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("receipt");
    case Kind::CompletionRequest:
        return QStringLiteral("completion-request");
    case Kind::Apology:
        return QStringLiteral("apology");
    case Kind::StopNotice:
        return QStringLiteral("stop-notice");
    case Kind::ControlSlip:
        return QStringLiteral("control-slip");
    }
    return {};
}

bool DossierSlips::fromKey(const QString &key, Kind *kind)
{
    for (Kind candidate : allKinds()) {
        if (DossierSlips::key(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

std::optional<DossierSlips::Kind> DossierSlips::issuedBy(DossierAction action)
{
    Kind kind;
    const char *slip = DossierActions::spec(action).slip;
    if (slip && fromKey(QString::fromLatin1(slip), &kind))
        return kind;
    return std::nullopt;
}

ControlSlipData DossierSlips::controlSlipData(const Dossier &dossier) const
{
    ControlSlipData data;
    const DossierLifecycle lifecycle(m_db);
    const QString counter = lifecycle.counterName();
    for (const HandoverStep &step : lifecycle.controlSteps(dossier)) {
        const HandoverRecord &h = step.handover;
        ControlStep row;
        row.fromOffice = h.giverUnit;
        // The return has no receiving office: the collector receives it.
        row.office = h.toApplicant ? h.receiver : h.receiverUnit;
        row.giver = h.giver;
        row.receiver = h.receiver;
        row.handedAt = h.at;
        row.receivedAt = h.at;
        row.note = h.note;
        // Judged here, against the step's budget; the return is not judged.
        switch (step.judgement) {
        case StepJudgement::None:
            row.result = ControlStep::Result::NotJudged;
            break;
        case StepJudgement::Early:
            row.result = ControlStep::Result::Early;
            break;
        case StepJudgement::OnTime:
            row.result = ControlStep::Result::OnTime;
            break;
        case StepJudgement::Late:
            row.result = ControlStep::Result::Late;
            break;
        }
        row.due = step.judgement == StepJudgement::None ? QDateTime() : step.allowedUntil;
        data.steps.append(row);
        if (!h.toApplicant && !h.receiverUnit.isEmpty() && h.receiverUnit != counter
            && h.receiverUnit != dossier.decidingOffice
            && !data.cooperatingOffices.contains(h.receiverUnit))
            data.cooperatingOffices.append(h.receiverUnit);
    }
    return data;
}

std::optional<SlipDocument> DossierSlips::document(const Dossier &dossier, Kind kind, bool reprint,
                                                   QString *error) const
{
    const QMap<QString, QString> office = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    const QList<EventRecord> events = EventLog(m_db).forDossier(dossier.id);
    SlipIssue issue;
    issue.reprint = reprint;
    issue.printedAt = Clock::now();
    const auto missing = [&] {
        *error = tr("The dossier %1 has no %2.").arg(dossier.code, label(kind));
        return std::nullopt;
    };

    switch (kind) {
    case Kind::Receipt: {
        ReceiptOptions options;
        options.issue = issue;
        options.twoCopies
            = office.value(QStringLiteral("print.receipt_copies")) == QLatin1String("2");
        return Slips::receipt(dossier, office, options);
    }
    case Kind::CompletionRequest: {
        const auto event = lastEvent(events, DossierAction::RequestDocuments);
        if (!event)
            return missing();
        IntakeSlipData data;
        data.issue = issue;
        data.issue.issuedAt = event->occurredAt;
        data.issue.signerName = event->actor;
        data.dossierCode = dossier.code;
        data.applicantKind = dossier.applicantKind;
        data.applicant = dossier.applicant;
        data.procedureName = dossier.procedureName;
        for (const QJsonValue &item : event->details.value(QStringLiteral("items")).toArray())
            data.items.append(item.toString());
        data.reason = detail(*event, "reason");
        return Slips::completionRequest(data, office);
    }
    case Kind::Apology: {
        const auto event = lastEvent(events, DossierAction::ApologyExtension);
        if (!event)
            return missing();
        ApologyData data;
        data.issue = issue;
        data.issue.issuedAt = event->occurredAt;
        data.issue.signerName = event->actor;
        data.newDue = dossier.extendedDueAt;
        data.reason = detail(*event, "reason");
        return Slips::apology(dossier, office, data);
    }
    case Kind::StopNotice: {
        const auto event = lastEvent(events, DossierAction::Withdraw);
        if (!event)
            return missing();
        StopNoticeData data;
        data.issue = issue;
        data.issue.issuedAt = event->occurredAt;
        data.issue.signerName = event->actor;
        data.requestedAt = event->occurredAt;
        data.reason = detail(*event, "reason");
        return Slips::stopNotice(dossier, office, data);
    }
    case Kind::ControlSlip: {
        ControlSlipData data = controlSlipData(dossier);
        data.issue = issue;
        return Slips::controlSlip(dossier, office, data);
    }
    }
    return std::nullopt;
}

SlipDocument DossierSlips::handoverList(const QList<Dossier> &dossiers,
                                        const ActionInput &handover) const
{
    HandoverData data;
    data.dossiers = dossiers;
    data.giver = handover.giver;
    data.receiver = handover.receiver;
    data.receivingOffice = handover.office;
    data.handedAt = handover.occurredAt;
    data.issue.issuedAt = handover.occurredAt;
    // A batch may also go from one office to another: the office that held the first dossier.
    if (!dossiers.isEmpty()) {
        const QList<EventRecord> events = EventLog(m_db).forDossier(dossiers.first().id);
        if (const auto transfer = lastEvent(events, DossierAction::Transfer))
            data.givingOffice = detail(*transfer, "fromOffice");
    }
    return Slips::handoverList(data, SettingsStore(m_db).all());
}

} // namespace motcua
