#include "guistartup.h"

#include "db/database.h"
#include "dialogs/logindialog.h"
#include "dialogs/userdialog.h"
#include "dossier/dossierwindow.h"
#include "mainwindow.h"
#include "store/backupstore.h"
#include "store/userstore.h"

#include <QApplication>
#include <QMessageBox>

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
    // Further first-start steps (the office's settings) go here: on the first start `actor`
    // is the new administrator, already signed in.
    if (!signIn(database, &actor))
        return 0;
    automaticBackup(database, actor);

    MainWindow window(database);
    window.setActor(actor);
    // A scanned or typed dossier code opens the dossier, as whoever is signed in.
    QObject::connect(&window, &MainWindow::dossierRequested, &window, [&](qint64 dossierId) {
        DossierWindow::open(database, window.actor(), dossierId, &window);
    });
    window.show();
    return QApplication::exec();
}

} // namespace motcua::GuiStartup
