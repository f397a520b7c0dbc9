#pragma once

#include "domain/actor.h"
#include "domain/deadline.h"
#include "domain/dossier.h"
#include "domain/dossieraction.h"
#include "domain/reception.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The life of a dossier after reception (DOMAIN.md, "The life of a dossier"):
//
//   received ──transfer──▶ processing ◀──transfer (between offices)
//   processing ──request documents (once)──▶ awaiting_documents ──documents received──▶ processing
//   processing ──request payment──▶ awaiting_payment ──payment done──▶ processing
//   processing ──result──▶ result_ready ──return──▶ returned
//   processing ──refusal──▶ refused ──return──▶ returned     (a refusal decision is returned too)
//   received | processing | awaiting_* ──withdraw──▶ withdrawn   (while no result exists)
//   received | processing | awaiting_* ──apology (once)──▶ same status, a new promised time
//
// The apology never moves due_at: the original deadline (pushed only by pauses) decides lateness.

namespace motcua {

// What besides the status decides whether an action is allowed.
struct DossierFacts
{
    bool documentsRequested = false; // additional documents were requested before (only once)
    bool apologyGiven = false; // the return date was re-set before (only once)
};

struct Transition
{
    bool allowed = false;
    DossierStatus target = DossierStatus::Received; // the status after the action, when allowed
    QString reason; // translated, when refused
};

enum class CollectorRole { Applicant, AuthorisedPerson };

// What the clerk states for an action. Only the fields of that action are read.
struct ActionInput
{
    QDateTime occurredAt; // when it happened; invalid: now
    QString note; // free note, several lines allowed
    // Handovers (transfer, result, refusal): who gave, who received, the receiving office (for a
    // transfer) or the office that hands the result back.
    QString giver;
    QString receiver;
    QString office;
    QStringList items; // documents requested (required) or handed in
    QString reason; // documents, payment, apology, refusal, withdrawal
    QString amount; // financial obligation, as written ("250.000 đồng")
    QDateTime newDueAt; // apology: the new promised time
    QString description; // result: what is returned (decision, certificate number …)
    // Return of the result.
    ReturnMethod returnMethod = ReturnMethod::Counter;
    CollectorRole collectorRole = CollectorRole::Applicant;
    QString collectorName;
    QString collectorId; // 12-digit personal ID of whoever collects at the counter
    bool originalsTakenBack = false;
    bool receiptHandedBack = true;
    QString trackingNumber; // by post
};

namespace DossierFlow {

// Field names of the FieldErrors of validate(), so that a dialog can point at the field.
inline const QString FieldTime = QStringLiteral("occurredAt");
inline const QString FieldNote = QStringLiteral("note");
inline const QString FieldGiver = QStringLiteral("giver");
inline const QString FieldReceiver = QStringLiteral("receiver");
inline const QString FieldOffice = QStringLiteral("office");
inline const QString FieldItems = QStringLiteral("items");
inline const QString FieldReason = QStringLiteral("reason");
inline const QString FieldAmount = QStringLiteral("amount");
inline const QString FieldNewDue = QStringLiteral("newDueAt");
inline const QString FieldDescription = QStringLiteral("description");
inline const QString FieldCollectorName = QStringLiteral("collector.name");
inline const QString FieldCollectorId = QStringLiteral("collector.id");
inline const QString FieldTracking = QStringLiteral("trackingNumber");
inline const QString FieldMethod = QStringLiteral("method");
inline const QString FieldRole = QStringLiteral("role");
inline const QString FieldOriginals = QStringLiteral("originals");
inline const QString FieldReceipt = QStringLiteral("receipt");

QList<DossierAction> allActions();

// The state machine: whether `action` is allowed in `status` with `facts`, the status it leads
// to, or why not. Pure; the store checks it again inside its transaction.
Transition check(DossierStatus status, DossierAction action, const DossierFacts &facts = {});
QList<DossierAction> allowedActions(DossierStatus status, const DossierFacts &facts);
// The permission the action needs besides the state machine.
Permission permission(DossierAction action);

QString actionKey(DossierAction action); // "transfer", "request-documents" … (stable)
bool actionFromKey(const QString &key, DossierAction *action);
QString actionLabel(DossierAction action); // translated, for buttons and dialog titles
QString eventKind(DossierAction action); // the event it writes: "transferred" …

// The value of a field of the table (ActionField::key) in `input`, as text: a time as
// yyyy-MM-ddTHH:mm office time, a choice by its key, a flag as "yes" or "no", a list one item a
// line. setFieldText() reads the same forms; false when the text is not one of them.
QString fieldText(const ActionInput &input, const QString &field);
bool setFieldText(ActionInput &input, const QString &field, const QString &text);

// Handovers change hands (giver → receiver): they make the rows of the control slip.
bool isHandover(DossierAction action);
// The pause an action opens ("documents", "payment"), or empty.
QString pauseKind(DossierAction action);
bool resumes(DossierAction action); // closes the open pause and recomputes the deadline

// Translated names for the timeline: every event kind of a dossier, and the keys of the details.
// Unknown kinds and keys are returned as they are.
QString eventLabel(const QString &kind);
QString detailLabel(const QString &key);
// The details of an event, one "Label: value" line each, times and keys in words.
QString detailsText(const QJsonObject &details);

// Normalises `input` (NFC, trimmed; occurredAt to whole minutes, now when invalid) and lists
// what is wrong for `action` on `dossier`: required names and reasons, no control characters,
// a time neither in the future nor before `earliest` (reception or the last step), a tracking
// number for a postal return, a 12-digit ID for a collector at the counter, a new date later
// than the promised time.
QList<FieldError> validate(DossierAction action, ActionInput &input, const Dossier &dossier,
                           const QDateTime &now, const QDateTime &earliest);

// The due time of a dossier from its rule snapshot, its reception and its pauses (one still
// running given as ending now). A pause that starts after the due time in force (the dossier was
// already late) gives no time back: otherwise a late request for documents would wipe out the
// lateness.
DeadlineResult deadline(const DeadlineCalculator &calculator, const QDateTime &receivedAt,
                        const DeadlineRule &rule, QList<Pause> pauses);

} // namespace DossierFlow
} // namespace motcua
