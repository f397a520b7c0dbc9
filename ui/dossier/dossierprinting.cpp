#include "dossier/dossierprinting.h"

#include "db/database.h"
#include "print/slipprinter.h"
#include "store/dossierstore.h"

namespace motcua::DossierPrinting {

bool offer(QWidget *parent, Database &database, const Actor &actor, const Dossier &dossier,
           DossierSlips::Kind kind, const QString &title, const QString &message, QString *error)
{
    DossierStore store(database.connection());
    const QString key = DossierSlips::key(kind);
    const std::optional<SlipDocument> slip
        = DossierSlips(database.connection())
              .document(dossier, kind, store.wasPrinted(dossier.id, key), error);
    if (!slip)
        return false;
    return SlipPrinter(parent).offerAndLog(
        title, message, *slip,
        [&](QString *logError) { return store.logPrint(actor, dossier.id, key, logError); }, error);
}

void offerHandoverList(QWidget *parent, Database &database, const QList<Dossier> &dossiers,
                       const ActionInput &handover, const QString &title, const QString &message)
{
    SlipPrinter(parent).offer(title, message,
                              DossierSlips(database.connection()).handoverList(dossiers, handover));
}

} // namespace motcua::DossierPrinting
