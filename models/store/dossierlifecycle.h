#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "domain/handover.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace motcua {

// Every step of a dossier's life after reception (DossierFlow has the rules). Each action is one
// write transaction that re-reads the dossier's status, checks the state machine and the
// actor's permission, validates the input, updates the dossier (and its pauses and deadline),
// and appends its event. A refused action writes nothing.
class DossierLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(DossierLifecycle)

public:
    explicit DossierLifecycle(const QSqlDatabase &db);

    DossierFacts facts(qint64 dossierId) const;
    // What the state machine allows now and the actor may do: the buttons of the dossier window.
    QList<DossierAction> available(const Actor &actor, const Dossier &dossier) const;
    // Whether the actor may do the action now; the translated reason when not.
    Transition check(const Actor &actor, const Dossier &dossier, DossierAction action) const;

    // Sensible defaults for the action's form: now, the actor as giver (transfer) or receiver
    // (result), the procedure's deciding office, the applicant as collector …
    ActionInput defaults(const Actor &actor, const Dossier &dossier, DossierAction action) const;

    // Applies one action. On success the dossier as stored afterwards; otherwise `errors` says
    // why (FieldError::field names the field, empty for the state machine or a permission).
    std::optional<Dossier> apply(const Actor &actor, qint64 dossierId, DossierAction action,
                                 ActionInput input, QList<FieldError> *errors);

    // Hands many dossiers over at once (one handover list): one transaction, all or nothing.
    // Returns the transferred dossiers in the order given, for the handover list. Errors about a
    // particular dossier start with its code.
    QList<Dossier> transferAll(const Actor &actor, const QList<qint64> &dossierIds,
                               const ActionInput &input, QList<FieldError> *errors);
    // The same for any action, the input of each dossier from `inputFor` (its defaults and what
    // the clerk stated): `motcua dossier ACTION --stdin`.
    QList<Dossier> applyAll(const Actor &actor, DossierAction action,
                            const QList<qint64> &dossierIds,
                            const std::function<ActionInput(const Dossier &)> &inputFor,
                            QList<FieldError> *errors);

    // The unit that holds the dossier now: the office of the last transfer, else the counter.
    QString currentHolder(const Dossier &dossier) const;
    // The one-stop counter's name (office.name), as it appears on the control slip.
    QString counterName() const;

    // The procedure's step budgets; empty when it has none or they cannot be read (`error`).
    StepBudgets stepBudgets(qint64 procedureId, QString *error = nullptr) const;
    // The rows of the control slip: one per handover, judged against the step budgets.
    QList<HandoverStep> controlSteps(const Dossier &dossier) const;

private:
    bool applyOne(const Actor &actor, const Dossier &dossier, DossierAction action,
                  ActionInput &input, QList<FieldError> *errors);
    QDateTime lastStepAt(qint64 dossierId) const;

    QSqlDatabase m_db;
};

} // namespace motcua
