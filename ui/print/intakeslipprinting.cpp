#include "print/intakeslipprinting.h"

#include "db/database.h"
#include "print/slipprinter.h"
#include "print/slips.h"
#include "store/intakeslipstore.h"
#include "store/settingsstore.h"

namespace motcua::IntakeSlipPrinting {

bool offer(QWidget *parent, Database &database, const Actor &actor, qint64 slipId,
           const QString &title, const QString &message, QString *error)
{
    IntakeSlipStore store(database.connection());
    const std::optional<IntakeSlip> slip = store.find(slipId);
    if (!slip) {
        *error = IntakeSlipStore::unknownSlipMessage(QString::number(slipId));
        return false;
    }
    const SlipDocument document = Slips::intakeSlip(
        *slip, SettingsStore(database.connection()).all(), store.wasPrinted(slipId));
    return SlipPrinter(parent).offerAndLog(
        title, message, document,
        [&](QString *logError) { return store.logPrint(actor, slipId, logError); }, error);
}

} // namespace motcua::IntakeSlipPrinting
