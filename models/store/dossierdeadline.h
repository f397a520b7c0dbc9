#pragma once

#include "domain/deadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// The one place where a stored dossier's due time is computed again: from its rule snapshot
// (rule_unit, rule_amount, rule_cutoff), received_at and all its closed pauses, against the
// calendar as the database defines it now (DossierFlow::deadline). The extension of an apology
// (extended_due_at) is a person's choice and is never touched.
class DossierDeadline final
{
    Q_DECLARE_TR_FUNCTIONS(DossierDeadline)

public:
    explicit DossierDeadline(const QSqlDatabase &db);

    // The closed pauses of a dossier, oldest first.
    QList<Pause> closedPauses(qint64 dossierId) const;

    // The due time with its explanation, as computed now (nothing written).
    std::optional<DeadlineResult> compute(qint64 dossierId, QString *error) const;

    // Computes and stores due_at. Must run inside the caller's WriteTransaction (the caller
    // writes the event that says why; the old and new values are given back for it).
    bool recompute(qint64 dossierId, QDateTime *oldDue, QDateTime *newDue, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
