#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace motcua {

class Database;

// The slips of one dossier, and the one place where the dossier window (and a batch transfer)
// asks for them to be printed, so that the printing library is wired here and only here.
class DossierPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(DossierPrinting)

public:
    enum class Slip { Receipt, CompletionRequest, Apology, StopNotice, ControlSlip };

    // Whether slips can be printed in this build.
    static bool isAvailable();

    // The slips this dossier has, in the order of its life (a receipt always; a completion
    // request once documents were requested; the apology; the stop notice; the control slip).
    static QList<Slip> slipsOf(Database &database, const Dossier &dossier);
    static QString label(Slip slip); // translated
    static QString key(Slip slip); // "receipt", "completion-request" … (logged with a reprint)

    // The slip an action issues, if any: the completion request, the apology, the stop notice.
    static std::optional<Slip> issuedBy(DossierAction action);

    // Opens the preview of a slip (print, or save as PDF). A reprint is marked and logged.
    // False, with `error`, when it cannot be printed.
    static bool print(QWidget *parent, Database &database, const Actor &actor,
                      const Dossier &dossier, Slip slip, bool reprint, QString *error);
    // The handover list (Giấy bàn giao hồ sơ) of a batch transfer.
    static bool printHandoverList(QWidget *parent, Database &database,
                                  const QList<Dossier> &dossiers, const ActionInput &handover,
                                  QString *error);
};

} // namespace motcua
