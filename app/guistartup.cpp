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
    // Until accounts and sign-in exist, the window acts as the operating-system account.
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    QObject::connect(&window, &MainWindow::dossierRequested, &window, [&](qint64 dossierId) {
        DossierWindow::open(database, actor, dossierId, &window);
    });
    window.show();
    return QApplication::exec();
}

} // namespace motcua::GuiStartup
