#include "domain/dossieraction.h"

#include <QCoreApplication>

namespace motcua::DossierActions {

namespace {

using K = ActionFieldKind;
using S = DossierStatus;

constexpr int lineLength = 300;
constexpr int reasonLength = 1000;
constexpr int amountLength = 100;

// The fields several actions share; an action that names them differently gives its own label.
ActionField giver()
{
    return {"giver",
            "giver",
            K::Person,
            true,
            false,
            0,
            QT_TRANSLATE_NOOP("DossierFlow", "The name of who hands over"),
            QT_TRANSLATE_NOOP("motcua::ActionDialog", "Handed over &by:")};
}

ActionField receiver()
{
    return {"receiver",
            "receiver",
            K::Person,
            true,
            false,
            0,
            QT_TRANSLATE_NOOP("DossierFlow", "The name of who receives"),
            QT_TRANSLATE_NOOP("motcua::ActionDialog", "&Received by:")};
}

ActionField office(bool required, const char *name, const char *label)
{
    return {"office", "office", K::Line, required, false, lineLength, name, label};
}

ActionField reason(const char *name, const char *label)
{
    return {"reason", "reason", K::Line, true, false, reasonLength, name, label};
}

ActionField items(bool required, const char *label)
{
    return {"items",
            "items",
            K::List,
            required,
            false,
            lineLength,
            QT_TRANSLATE_NOOP("DossierFlow", "A listed item"),
            label};
}

ActionField amount()
{
    return {"amount",
            "amount",
            K::Line,
            false,
            false,
            amountLength,
            QT_TRANSLATE_NOOP("DossierFlow", "The amount"),
            QT_TRANSLATE_NOOP("motcua::ActionDialog", "&Amount:")};
}

ActionField description(bool required)
{
    return {"description",
            "description",
            K::Line,
            required,
            false,
            lineLength,
            QT_TRANSLATE_NOOP("DossierFlow", "The description of the result"),
            QT_TRANSLATE_NOOP("motcua::ActionDialog", "Res&ult:")};
}

ActionField originals()
{
    return {
        "originals", "originals", K::Flag, false,
        false,       0,           nullptr, QT_TRANSLATE_NOOP("motcua::ActionDialog", "Originals:")};
}

const char *const resultOffice
    = QT_TRANSLATE_NOOP("DossierFlow", "The office that hands back the result");
const char *const fromOffice = QT_TRANSLATE_NOOP("motcua::ActionDialog", "From o&ffice:");

QList<ActionSpec> table()
{
    const QList<S> open {S::Received, S::Processing, S::AwaitingDocuments, S::AwaitingPayment};
    return {
        {DossierAction::Transfer,
         "transfer",
         QT_TRANSLATE_NOOP("DossierFlow", "Transfer"),
         "transferred",
         {S::Received, S::Processing},
         S::Processing,
         // A dossier may be handed on from one office to another while it is processed.
         QT_TRANSLATE_NOOP("DossierFlow",
                           "Only a dossier that is received or in processing "
                           "can be transferred; this dossier is %1."),
         Permission::HandleDossier,
         {giver(), receiver(),
          office(true, QT_TRANSLATE_NOOP("DossierFlow", "The receiving office"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "Receiving o&ffice:"))},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "Hand the dossier over to the office that decides (or on to another "
                           "office). Each handover "
                           "is a row of the control slip."),
         nullptr,
         nullptr,
         false,
         true},
        {DossierAction::RequestDocuments,
         "request-documents",
         QT_TRANSLATE_NOOP("DossierFlow", "Request additional documents"),
         "documents-requested",
         {S::Processing},
         S::AwaitingDocuments,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "Additional documents can be requested only while "
                           "the dossier is in processing; this dossier is %1."),
         Permission::HandleDossier,
         {items(true, QT_TRANSLATE_NOOP("motcua::ActionDialog", "&What to add:")),
          reason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the request"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "R&eason:")),
          office(false, QT_TRANSLATE_NOOP("DossierFlow", "The requesting office"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "Requesting o&ffice:"))},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The applicant must add or complete documents: one item a line. A "
                           "dossier may be asked to be "
                           "completed only once; the clock stops until the documents arrive."),
         "completion-request",
         "documents",
         false,
         false},
        {DossierAction::DocumentsReceived,
         "documents-received",
         QT_TRANSLATE_NOOP("DossierFlow", "Additional documents received"),
         "documents-received",
         {S::AwaitingDocuments},
         S::Processing,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "Only a dossier waiting for additional documents can "
                           "receive them; this dossier is %1."),
         Permission::HandleDossier,
         {items(false, QT_TRANSLATE_NOOP("motcua::ActionDialog", "&Documents handed in:"))},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The applicant has handed in the additional documents: the clock runs "
                           "again and the due time "
                           "moves by the working time of the wait."),
         nullptr,
         nullptr,
         true,
         false},
        {DossierAction::RequestPayment,
         "request-payment",
         QT_TRANSLATE_NOOP("DossierFlow", "Request a financial obligation"),
         "payment-requested",
         {S::Processing},
         S::AwaitingPayment,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "A financial obligation can be requested only while "
                           "the dossier is in processing; this dossier is %1."),
         Permission::HandleDossier,
         {reason(QT_TRANSLATE_NOOP("DossierFlow", "The financial obligation"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "O&bligation:")),
          amount()},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The applicant must pay a fee or tax before the dossier can be "
                           "decided; the clock stops until "
                           "it is paid."),
         nullptr,
         "payment",
         false,
         false},
        {DossierAction::PaymentDone,
         "payment-done",
         QT_TRANSLATE_NOOP("DossierFlow", "Financial obligation fulfilled"),
         "payment-done",
         {S::AwaitingPayment},
         S::Processing,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "Only a dossier waiting for a financial obligation can "
                           "have it fulfilled; this dossier is %1."),
         Permission::HandleDossier,
         {amount()},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The financial obligation is fulfilled: the clock runs again and the "
                           "due time moves by the "
                           "working time of the wait."),
         nullptr,
         nullptr,
         true,
         false},
        {DossierAction::ApologyExtension,
         "apology",
         QT_TRANSLATE_NOOP("DossierFlow", "Apology and new date"),
         "apology-extension",
         open,
         std::nullopt,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "An apology and a new date can be given only while "
                           "the dossier is being handled; this dossier is %1."),
         // The apology is signed by the head of the office: supervisors only.
         Permission::ApproveExtension,
         {{"newDueAt", "new-due", K::Time, true, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "&New return time:")},
          reason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the delay"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "R&eason for the delay:"))},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The apology and new return date, signed by the head of the office. "
                           "Allowed once; the original "
                           "due time still decides whether the dossier is late."),
         "apology",
         nullptr,
         false,
         false},
        {DossierAction::RecordResult,
         "result",
         QT_TRANSLATE_NOOP("DossierFlow", "Result received"),
         "result-recorded",
         {S::Processing},
         S::ResultReady,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "A result can be recorded only for a dossier in "
                           "processing; this dossier is %1."),
         Permission::HandleDossier,
         {giver(), receiver(), office(true, resultOffice, fromOffice), description(true)},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The office hands the result back to the counter, to be returned to "
                           "the applicant."),
         nullptr,
         nullptr,
         false,
         true},
        {DossierAction::RecordRefusal,
         "refusal",
         QT_TRANSLATE_NOOP("DossierFlow", "Refusal decision received"),
         "refusal-recorded",
         {S::Processing},
         S::Refused,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "A refusal decision can be recorded only for a dossier "
                           "in processing; this dossier is %1."),
         Permission::HandleDossier,
         {giver(), receiver(), office(true, resultOffice, fromOffice),
          reason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the refusal"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "R&eason for the refusal:")),
          description(false)},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The office hands back a decision refusing the request; it is "
                           "returned to the applicant like a "
                           "result."),
         nullptr,
         nullptr,
         false,
         true},
        {DossierAction::Return,
         "return",
         QT_TRANSLATE_NOOP("DossierFlow", "Return the result"),
         "returned",
         {S::ResultReady, S::Refused},
         S::Returned,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "Only a result or a refusal decision that is ready can "
                           "be returned; this dossier is %1."),
         Permission::HandleDossier,
         // Which of these are needed depends on the method: the action's rule checks them.
         {{"method", "method", K::Choice, true, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "Return &method:")},
          {"role", "collector-role", K::Choice, true, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "Collected &as:")},
          {"collector.name", "collector-name", K::Person, true, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "&Collector's name:")},
          {"collector.id", "collector-id", K::Line, true, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "Collector's &ID number:")},
          {"trackingNumber", "tracking", K::Line, false, true, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "&Tracking number:")},
          originals(),
          {"receipt", "receipt", K::Flag, false, false, 0, nullptr,
           QT_TRANSLATE_NOOP("motcua::ActionDialog", "Receipt:")}},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The result is returned to the applicant, at the counter or by post."),
         nullptr,
         nullptr,
         false,
         false},
        {DossierAction::Withdraw,
         "withdraw",
         QT_TRANSLATE_NOOP("DossierFlow", "Stop / withdraw"),
         "withdrawn",
         open,
         S::Withdrawn,
         QT_TRANSLATE_NOOP("DossierFlow",
                           "A dossier can be stopped only while no result exists; "
                           "this dossier is %1."),
         Permission::HandleDossier,
         {reason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for stopping"),
                 QT_TRANSLATE_NOOP("motcua::ActionDialog", "R&eason:")),
          originals()},
         QT_TRANSLATE_NOOP("motcua::ActionDialog",
                           "The applicant asks to stop: the dossier is withdrawn and a stop "
                           "notice is issued."),
         "stop-notice",
         nullptr,
         false,
         false},
    };
}

} // namespace

const QList<ActionSpec> &all()
{
    static const QList<ActionSpec> specs = table();
    return specs;
}

const ActionSpec &spec(DossierAction action)
{
    for (const ActionSpec &candidate : all()) {
        if (candidate.action == action)
            return candidate;
    }
    // Every enumerator has its entry: tst_dossieractions checks it.
    Q_UNREACHABLE();
}

const ActionSpec *fromKey(const QString &key)
{
    for (const ActionSpec &candidate : all()) {
        if (key == QLatin1String(candidate.key))
            return &candidate;
    }
    return nullptr;
}

const ActionSpec *fromEventKind(const QString &kind)
{
    for (const ActionSpec &candidate : all()) {
        if (kind == QLatin1String(candidate.eventKind))
            return &candidate;
    }
    return nullptr;
}

} // namespace motcua::DossierActions
