#pragma once

#include "domain/actor.h"
#include "domain/reception.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// The reception outcomes that create no dossier (requests for completion, refusals): recorded
// with their event, found again, and every print of them logged so that a second one is marked
// "BẢN IN LẠI".
class IntakeSlipStore final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeSlipStore)

public:
    explicit IntakeSlipStore(const QSqlDatabase &db);

    // Validates the applicant, the procedure, the items (a completion needs at least one) and the
    // reason (always required), then writes the slip and its event ("completion-requested" or
    // "reception-refused") in one transaction. The slip's number, or 0 with the field errors and
    // nothing written.
    qint64 record(const Actor &actor, IntakeSlip slip, QList<FieldError> *errors);

    std::optional<IntakeSlip> find(qint64 id) const;
    // By the number as printed ("3/YCBS", IntakeSlip::numberText()) or, as before, the row's id.
    std::optional<IntakeSlip> find(const QString &number) const;
    // The message when find() has nothing: `number` as the user gave it.
    static QString unknownSlipMessage(const QString &number);

    struct Filter
    {
        QDate from; // office days, inclusive; invalid: unbounded
        QDate to;
        // Matches the slip's printed number ("3" of either kind, "3/YCBS"), the start of the ID
        // number or phone, or any part of the name without regard to diacritics and đ ("nguyen van
        // dang").
        QString search;
        int limit = 500;
    };
    // Newest first.
    QList<IntakeSlip> list(const Filter &filter) const;

    // Whether the slip was printed or saved before (so the next print is a reprint).
    bool wasPrinted(qint64 id) const;
    // Logs a print ("slip-printed" the first time, "slip-reprinted" after), by a clerk.
    bool logPrint(const Actor &actor, qint64 id, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
