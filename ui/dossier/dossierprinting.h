#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "print/dossierslips.h"

#include <QList>

class QWidget;

namespace motcua {

class Database;

// Where the dossier window (and a batch transfer) has its slips printed: the slip from
// DossierSlips, offered through SlipPrinter (print, preview, save as PDF, later).
namespace DossierPrinting {

// Offers a slip of the dossier. A slip printed before is marked "BẢN IN LẠI"; one printed or
// saved now is logged on the dossier (slip-printed, then slip-reprinted). False, with `error`,
// when the dossier has no such slip or the print could not be logged.
bool offer(QWidget *parent, Database &database, const Actor &actor, const Dossier &dossier,
           DossierSlips::Kind kind, const QString &title, const QString &message, QString *error);

// Offers the handover list (Giấy bàn giao hồ sơ) of a batch transfer.
void offerHandoverList(QWidget *parent, Database &database, const QList<Dossier> &dossiers,
                       const ActionInput &handover, const QString &title, const QString &message);

} // namespace DossierPrinting
} // namespace motcua
