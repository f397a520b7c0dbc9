#include "guistartup.h"

#include "commandline.h"
#include "db/database.h"
#include "dossier/dossierwindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace motcua::GuiStartup {

int run(const QString &databasePath, bool languageFromCommandLine)
{
    Q_UNUSED(languageFromCommandLine)
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/motcua.svg")));

    Database database;
    if (!database.open(databasePath)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiStartup", "Một Cửa cannot start"),
                              database.errorMessage());
        return 2;
    }
    MainWindow window(database);
    window.setActor(Actor::systemAccount(CommandContext::operatingSystemUser()));
    // A scanned or typed dossier code opens the dossier, as whoever is signed in.
    QObject::connect(&window, &MainWindow::dossierRequested, &window, [&](qint64 dossierId) {
        DossierWindow::open(database, window.actor(), dossierId, &window);
    });
    window.show();
    return QApplication::exec();
}

} // namespace motcua::GuiStartup
