#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"
#include "print/dossierslips.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace motcua {

class Database;

// Where the dossier window (and a batch transfer) has its slips printed: the slip from
// DossierSlips, shown in SlipPrinter's preview (print, or save as PDF).
namespace DossierPrinting {

// Whether slips can be printed in this build.
bool isAvailable();

// Opens the preview of a slip. A reprint is marked "BẢN IN LẠI" and logged on the dossier
// (DossierStore::logReprint). False, with `error`, when it cannot be printed.
bool print(QWidget *parent, Database &database, const Actor &actor, const Dossier &dossier,
           DossierSlips::Kind kind, bool reprint, QString *error);

// The handover list (Giấy bàn giao hồ sơ) of a batch transfer.
bool printHandoverList(QWidget *parent, Database &database, const QList<Dossier> &dossiers,
                       const ActionInput &handover, QString *error);

} // namespace DossierPrinting
} // namespace motcua
