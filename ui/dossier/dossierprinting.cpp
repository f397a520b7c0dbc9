#include "dossier/dossierprinting.h"

#include "db/database.h"
#include "print/slipprinter.h"
#include "store/dossierstore.h"

namespace motcua::DossierPrinting {

bool isAvailable()
{
    return true;
}

bool print(QWidget *parent, Database &database, const Actor &actor, const Dossier &dossier,
           DossierSlips::Kind kind, bool reprint, QString *error)
{
    const std::optional<SlipDocument> slip
        = DossierSlips(database.connection()).document(dossier, kind, reprint, error);
    if (!slip)
        return false;
    // SlipPrinter tells the user itself when the slip cannot be drawn.
    if (!SlipPrinter(parent).preview(*slip))
        return false;
    return !reprint
        || DossierStore(database.connection())
               .logReprint(actor, dossier.id, DossierSlips::key(kind), error);
}

bool printHandoverList(QWidget *parent, Database &database, const QList<Dossier> &dossiers,
                       const ActionInput &handover, QString *error)
{
    Q_UNUSED(error)
    return SlipPrinter(parent).preview(
        DossierSlips(database.connection()).handoverList(dossiers, handover));
}

} // namespace motcua::DossierPrinting
