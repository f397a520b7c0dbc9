#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua {

enum class DossierAction {
    Transfer,
    RequestDocuments,
    DocumentsReceived,
    RequestPayment,
    PaymentDone,
    ApologyExtension,
    RecordResult,
    RecordRefusal,
    Return,
    Withdraw,
};

// How a field of an action is entered (a widget in the dialog, an option on the command line)
// and checked by DossierFlow::validate().
enum class ActionFieldKind {
    Person, // a person's name: one line
    Line, // one line of text, at most maxLength characters
    List, // one item a line
    Time, // an instant, office time (the apology's new date, checked by the action's rule)
    Choice, // one of a few keys (the return method, who collects)
    Flag, // yes or no
};

struct ActionField
{
    const char
        *key; // the FieldError name and the key of ActionInput's member (DossierFlow::Field…)
    const char *option; // the command-line option: "giver", "new-due" …
    ActionFieldKind kind;
    bool required; // for Person, Line and List
    bool byRule; // checked by the action's own rule in DossierFlow::validate(), not generically
    int maxLength; // Line
    const char *name; // QT_TRANSLATE_NOOP("DossierFlow", …): what an error message calls it
    const char *label; // QT_TRANSLATE_NOOP("motcua::ActionDialog", …): the dialog's label
};

// Everything an action is, in one place: the flow, the store, the dialog, the slips and the
// command line read it. Adding an action is adding an entry here plus its rule
// (DossierLifecycle::applyOne(): what it writes besides the status and the event).
struct ActionSpec
{
    DossierAction action;
    const char *key; // stable: "transfer", "request-documents" … (buttons, command line)
    const char *label; // QT_TRANSLATE_NOOP("DossierFlow", …): buttons, dialog titles, timeline
    const char *eventKind; // the event it writes: "transferred" …
    QList<DossierStatus> from; // the statuses it is allowed in
    std::optional<DossierStatus> target; // the status after it; none: the status stays
    const char *wrongStatus; // QT_TRANSLATE_NOOP("DossierFlow", …) with %1 the status, quoted
    Permission permission;
    QList<ActionField> fields; // in the dialog's order; the time and the note come with every one
    const char *intro; // QT_TRANSLATE_NOOP("motcua::ActionDialog", …): what the dialog explains
    const char *slip; // DossierSlips::key() of the slip it issues to the applicant, or nullptr
    const char *pauseKind; // the pause it opens ("documents", "payment"), or nullptr
    bool resumes; // closes the open pause and recomputes the deadline
    bool handover; // changes hands (giver → receiver): a row of the control slip
};

namespace DossierActions {

// Every action, in the order of the dossier window's buttons.
const QList<ActionSpec> &all();
const ActionSpec &spec(DossierAction action);
const ActionSpec *fromKey(const QString &key);
const ActionSpec *fromEventKind(const QString &kind);

} // namespace DossierActions
} // namespace motcua
