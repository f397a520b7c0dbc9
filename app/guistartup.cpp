#include "guistartup.h"

#include "commandline.h"
#include "db/database.h"
#include "dialogs/officesettingsdialog.h"
#include "domain/actor.h"
#include "domain/officesettings.h"
#include "mainwindow.h"
#include "store/settingsstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace motcua::GuiStartup {

bool ensureOfficeIsSetUp(Database &database, const Actor &actor, QWidget *parent)
{
    const SettingsStore settings(database.connection());
    while (!OfficeSettings::missingRequired(settings.all()).isEmpty()) {
        if (!actor.can(Permission::EditSettings)) {
            QMessageBox::warning(
                parent, QCoreApplication::translate("GuiStartup", "The office is not set up"),
                QCoreApplication::translate("GuiStartup",
                                            "The office's name and code are not set up "
                                            "yet. Ask an administrator to set them up."));
            return false;
        }
        OfficeSettingsDialog dialog(database.connection(), actor, parent);
        dialog.setFirstStart(true);
        if (dialog.exec() == QDialog::Accepted)
            continue;
        QMessageBox box(
            QMessageBox::Warning, QCoreApplication::translate("GuiStartup", "Set up the office"),
            QCoreApplication::translate("GuiStartup",
                                        "Một Cửa cannot receive dossiers before the "
                                        "office is set up: its name is printed on every "
                                        "receipt and its code begins every dossier code."
                                        "\n\nQuit now and set it up at the next start?"),
            QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("officeSetupQuitBox"));
        QPushButton *quit = box.addButton(QCoreApplication::translate("GuiStartup", "Quit"),
                                          QMessageBox::AcceptRole);
        QPushButton *back
            = box.addButton(QCoreApplication::translate("GuiStartup", "Back to the setup"),
                            QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() == quit)
            return false;
    }
    return true;
}

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
    // Until the accounts branch signs a user in, the window acts for the operating-system
    // account, as the headless commands do.
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    if (!ensureOfficeIsSetUp(database, actor))
        return 0;
    MainWindow window(database);
    window.setActor(actor);
    window.show();
    return QApplication::exec();
}

} // namespace motcua::GuiStartup
