#pragma once

#include "domain/actor.h"

#include <QString>

class QWidget;

namespace motcua {

class Database;

// Where the reception page and the list of issued slips have an intake slip (request for
// completion, refusal) printed: Slips::intakeSlip() offered through SlipPrinter.
namespace IntakeSlipPrinting {

// Offers the recorded slip `slipId`. One printed or saved before is marked "BẢN IN LẠI"; one
// printed or saved now is logged (slip-printed, then slip-reprinted). False, with `error`, when
// there is no such slip or the print could not be logged.
bool offer(QWidget *parent, Database &database, const Actor &actor, qint64 slipId,
           const QString &title, const QString &message, QString *error);

} // namespace IntakeSlipPrinting
} // namespace motcua
