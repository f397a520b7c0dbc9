#pragma once

#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "print/slipdata.h"
#include "print/slipdocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// The slips of one dossier after reception, filled from what the database recorded (the office's
// settings, the dossier's events and handovers): the one place that gathers them, for the
// dossier window and for `motcua print`.
class DossierSlips final
{
    Q_DECLARE_TR_FUNCTIONS(DossierSlips)

public:
    enum class Kind { Receipt, CompletionRequest, Apology, StopNotice, ControlSlip };

    explicit DossierSlips(const QSqlDatabase &db);

    // The slips this dossier has, in the order of its life: the receipt; the request to complete
    // it once documents were requested; the apology; the stop notice; the control slip.
    QList<Kind> available(const Dossier &dossier) const;

    static QList<Kind> allKinds();
    static QString label(Kind kind); // translated
    static QString
    key(Kind kind); // "receipt", "completion-request", "apology", "stop-notice", "control-slip"
    static bool fromKey(const QString &key, Kind *kind);
    // The slip an action issues to the applicant, if any.
    static std::optional<Kind> issuedBy(DossierAction action);

    // The slip, ready to print; a reprint (DossierStore::wasPrinted()) is marked "BẢN IN LẠI".
    // Nothing when the dossier has no such slip (no documents were requested …), with `error`.
    std::optional<SlipDocument> document(const Dossier &dossier, Kind kind, bool reprint,
                                         QString *error) const;

    // The rows of the control slip: DossierLifecycle::controlSteps() as the form prints them.
    ControlSlipData controlSlipData(const Dossier &dossier) const;
    // Giấy bàn giao hồ sơ of a batch transfer (DossierLifecycle::transferAll()).
    SlipDocument handoverList(const QList<Dossier> &dossiers, const ActionInput &handover) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
