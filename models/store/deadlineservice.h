#pragma once

#include "domain/actor.h"
#include "domain/deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// The due times of dossiers against the calendar as the database defines it now: each open
// dossier's deadline is computed from its own rule snapshot (rule_unit, rule_amount,
// rule_cutoff), its received_at and its pauses (dossier_pauses; a pause not yet ended counts up
// to Clock::now()), by DossierFlow::deadline (a pause that began after the due time gives no time
// back). extended_due_at, a person's choice, is never touched. The one place that recomputes a
// stored due time: calendar edits and the end of a pause (DossierLifecycle) both come here.
//
// The recompute functions write, and must run inside the caller's WriteTransaction, so that a
// calendar edit or the end of a pause and the deadlines it moves are one change. They do not
// check permissions: the store that opens the transaction does.
class DeadlineService final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    explicit DeadlineService(const QSqlDatabase &db);

    struct Change
    {
        qint64 dossierId = 0;
        QString code;
        QDateTime oldDue;
        QDateTime newDue;
    };

    // The deadline of one dossier, with its explanation, as computed now (nothing written).
    std::optional<DeadlineResult> compute(qint64 dossierId, QString *error) const;
    // The pauses of one dossier, oldest first (one still running ends now).
    QList<Pause> pauses(qint64 dossierId, QString *error) const;

    // Recomputes one dossier; when its due time moved, updates due_at and appends a
    // "deadline-recomputed" event with the old and new values and the fields of `cause`.
    // `change` (optional) receives the move, or stays empty. False with a message on failure.
    bool recompute(const Actor &actor, qint64 dossierId, const QJsonObject &cause,
                   std::optional<Change> *change, QString *error);

    // The same for every open dossier (received, processing, awaiting documents or payment)
    // whose deadline can depend on one of `days`: received on or before the last of them, and
    // due, or paused, on or after the first. A day outside that span is never looked at by the
    // computation, so the other dossiers cannot move.
    bool recomputeOpen(const Actor &actor, const QList<QDate> &days, const QJsonObject &cause,
                       QList<Change> *changes, QString *error);

private:
    struct Candidate
    {
        qint64 id = 0;
        QString code;
        DeadlineRule rule;
        QDateTime receivedAt;
        QDateTime dueAt;
        QList<Pause> pauses;
    };
    bool candidates(const QString &where, const QVariantList &values, QList<Candidate> *dossiers,
                    QString *error) const;
    bool apply(const Actor &actor, const QList<Candidate> &dossiers, const QJsonObject &cause,
               QList<Change> *changes, QString *error);

    QSqlDatabase m_db;
};

} // namespace motcua
