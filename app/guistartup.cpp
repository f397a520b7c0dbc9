#include "guistartup.h"

#include "db/database.h"
#include "dialogs/logindialog.h"
#include "dialogs/officesettingsdialog.h"
#include "dialogs/userdialog.h"
#include "domain/actor.h"
#include "domain/officesettings.h"
#include "mainwindow.h"
#include "store/backupstore.h"
#include "store/settingsstore.h"
#include "store/userstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace motcua::GuiStartup {

bool openDatabase(Database &database, const QString &path)
{
    if (database.open(path))
        return true;
    QMessageBox::critical(nullptr, QCoreApplication::translate("GuiStartup", "Một Cửa cannot start"),
                          database.errorMessage());
    return false;
}

bool ensureAdministrator(Database &database, Actor *actor)
{
    if (UserStore(database.connection()).hasAccounts())
        return true;
    UserDialog dialog(UserDialog::Mode::FirstAdministrator, database.connection(), Actor());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *actor = dialog.signedIn();
    return actor->isValid();
}

bool signIn(Database &database, Actor *actor)
{
    if (actor->isValid())
        return true;
    LoginDialog dialog(database.connection());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *actor = dialog.actor();
    return actor->isValid();
}

void automaticBackup(Database &database, const Actor &actor)
{
    QString result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const BackupStore::Automatic outcome = BackupStore(database).automaticBackup(actor, &result);
    QApplication::restoreOverrideCursor();
    if (outcome == BackupStore::Automatic::Failed)
        QMessageBox::warning(nullptr, QCoreApplication::translate("GuiStartup", "Daily backup"),
                             QCoreApplication::translate("GuiStartup", "Today's automatic backup failed: %1\n\n"
                                                                       "Work can go on; tell the administrator.")
                                 .arg(result));
}

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
    if (!openDatabase(database, databasePath))
        return 2;
    Actor actor;
    if (!ensureAdministrator(database, &actor))
        return 0;
    if (!signIn(database, &actor))
        return 0;
    if (!ensureOfficeIsSetUp(database, actor))
        return 0;
    automaticBackup(database, actor);

    MainWindow window(database);
    window.setActor(actor);
    window.show();
    return QApplication::exec();
}

} // namespace motcua::GuiStartup
