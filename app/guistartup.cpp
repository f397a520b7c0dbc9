#include "guistartup.h"

#include "db/database.h"
#include "db/location.h"
#include "dialogs/logindialog.h"
#include "dialogs/officesettingsdialog.h"
#include "dialogs/opendatabasedialog.h"
#include "dialogs/serverpassworddialog.h"
#include "dialogs/userdialog.h"
#include "domain/actor.h"
#include "domain/clock.h"
#include "domain/officesettings.h"
#include "mainwindow.h"
#include "store/backupstore.h"
#include "store/demogenerator.h"
#include "store/dossierquery.h"
#include "store/settingsstore.h"
#include "store/userstore.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcStartup, "motcua.app")

namespace motcua::GuiStartup {

bool openDatabase(Database &database, const QString &path, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (database.open(path))
        return true;
    // A server that wants a password libpq's files did not give: ask for it, as often as it
    // is refused, until it opens or the person gives up.
    const DatabaseLocation location = DatabaseLocation::parse(path);
    QString refusal;
    while (location.isServer() && database.error() == Database::Error::AuthenticationFailed) {
        ServerPasswordDialog dialog(location);
        dialog.setRefusal(refusal);
        if (dialog.exec() != QDialog::Accepted) {
            qCInfo(lcStartup, "no password given for the database server");
            if (cancelled)
                *cancelled = true;
            return false;
        }
        database.setPassword(dialog.password());
        if (database.open(path))
            return true;
        refusal = database.errorMessage();
    }

    // Without a way out, a server that went away would keep the window from ever starting.
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("GuiStartup", "Một Cửa cannot start"),
                    database.errorMessage(), QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("cannotStartBox"));
    QPushButton *other
        = box.addButton(QCoreApplication::translate("GuiStartup", "Open another database…"),
                        QMessageBox::ActionRole);
    other->setObjectName(QStringLiteral("openAnother"));
    box.setDefaultButton(
        box.addButton(QCoreApplication::translate("GuiStartup", "Quit"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != other)
        return false;
    OpenDatabaseDialog dialog(path);
    if (dialog.exec() != QDialog::Accepted) {
        if (cancelled)
            *cancelled = true;
        return false;
    }
    database.setPassword(dialog.password());
    return openDatabase(database, dialog.location(), cancelled);
}

bool offerTrainingDatabase(Database &database)
{
    // Only a database nobody has used yet: no account and no dossier.
    if (UserStore(database.connection()).hasAccounts())
        return true;
    const DossierQuery dossiers(database.connection());
    if (dossiers.count(DossierFilter(), dossiers.clock(Clock::now()), 1) > 0)
        return true;
    QMessageBox box(
        QMessageBox::Question, QCoreApplication::translate("GuiStartup", "A new database"),
        QCoreApplication::translate("GuiStartup",
                                    "This database is new. Set it up for the office's real work, "
                                    "or fill it with demo dossiers to train clerks? A training "
                                    "database is marked as such in the window's title."),
        QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("newDatabaseBox"));
    QPushButton *real = box.addButton(
        QCoreApplication::translate("GuiStartup", "Set up for real work"), QMessageBox::AcceptRole);
    QPushButton *training = box.addButton(
        QCoreApplication::translate("GuiStartup", "Training database with demo dossiers"),
        QMessageBox::ActionRole);
    QPushButton *quit
        = box.addButton(QCoreApplication::translate("GuiStartup", "Quit"), QMessageBox::RejectRole);
    real->setObjectName(QStringLiteral("realWork"));
    training->setObjectName(QStringLiteral("training"));
    box.setDefaultButton(real);
    box.exec();
    if (box.clickedButton() == quit)
        return false;
    if (box.clickedButton() != training)
        return true;

    bool ok = false;
    const int count = QInputDialog::getInt(
        nullptr, QCoreApplication::translate("GuiStartup", "Training database"),
        QCoreApplication::translate("GuiStartup",
                                    "How many demo dossiers (ten "
                                    "years of them)?"),
        5000, 100, 5000000, 1000, &ok);
    if (!ok)
        return false;
    QProgressDialog progress(QCoreApplication::translate("GuiStartup", "Generating demo dossiers…"),
                             QString(), 0, count);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    DemoGenerator::Options options;
    options.count = count;
    DemoGenerator::Result result;
    QString error;
    if (!DemoGenerator(database.connection())
             .run(Actor::systemAccount(QStringLiteral("training")), options, &result, &error,
                  [&progress](qint64 done, qint64) { progress.setValue(int(done)); })) {
        QMessageBox::warning(nullptr,
                             QCoreApplication::translate("GuiStartup", "Training database"), error);
        return false;
    }
    return true;
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

namespace {

// The daily backup found the database damaged: say so, and offer whoever may restore the newest
// backup that is sound. False when it was restored (the program must then start afresh).
bool offerRestoreOfDamaged(Database &database, const Actor &actor, const QString &problem)
{
    BackupStore store(database);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString latest = store.latestGoodBackup();
    QApplication::restoreOverrideCursor();
    const QString title = QCoreApplication::translate("GuiStartup", "The database is damaged");
    QMessageBox box(QMessageBox::Critical, title,
                    QCoreApplication::translate(
                        "GuiStartup",
                        "Today's automatic backup found the database damaged. No backup was "
                        "made, so that the sound ones are kept."),
                    QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("damagedDatabaseBox"));
    box.setDetailedText(problem); // SQLite's findings, for the administrator
    const bool mayRestore = !latest.isEmpty() && actor.can(Permission::Backup);
    if (latest.isEmpty())
        box.setInformativeText(
            QCoreApplication::translate("GuiStartup",
                                        "No sound backup was found in %1. Tell the administrator "
                                        "before recording anything more.")
                .arg(QDir::toNativeSeparators(store.folder())));
    else if (!mayRestore)
        box.setInformativeText(
            QCoreApplication::translate("GuiStartup",
                                        "The latest sound backup is %1. Ask an administrator to "
                                        "restore it before recording anything more.")
                .arg(QDir::toNativeSeparators(latest)));
    else
        box.setInformativeText(
            QCoreApplication::translate(
                "GuiStartup",
                "Restore the latest sound backup, %1? Everything recorded since then is "
                "replaced; a safety copy of the damaged database is saved first.")
                .arg(QDir::toNativeSeparators(latest)));
    QPushButton *restore = nullptr;
    if (mayRestore) {
        restore = box.addButton(
            QCoreApplication::translate("GuiStartup", "Restore the latest sound backup"),
            QMessageBox::DestructiveRole);
        restore->setObjectName(QStringLiteral("restoreLatest"));
    }
    QPushButton *goOn
        = box.addButton(QCoreApplication::translate("GuiStartup", "Continue without restoring"),
                        QMessageBox::RejectRole);
    goOn->setObjectName(QStringLiteral("continueDamaged"));
    box.setDefaultButton(goOn);
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return true;

    QString safetyCopy;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = store.restore(actor, latest, &safetyCopy, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(nullptr, title, error);
        return true;
    }
    QMessageBox done(
        QMessageBox::Information, title,
        QCoreApplication::translate(
            "GuiStartup",
            "The database was restored from %1.\nThe damaged database was saved "
            "as %2.\n\nMột Cửa closes now. Start it again and sign in.")
            .arg(QDir::toNativeSeparators(latest), QDir::toNativeSeparators(safetyCopy)),
        QMessageBox::Ok);
    done.setObjectName(QStringLiteral("restoredBox"));
    done.exec();
    return false;
}

} // namespace

bool automaticBackup(Database &database, const Actor &actor)
{
    QString result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const BackupStore::Automatic outcome = BackupStore(database).automaticBackup(actor, &result);
    QApplication::restoreOverrideCursor();
    if (outcome == BackupStore::Automatic::Damaged)
        return offerRestoreOfDamaged(database, actor, result);
    if (outcome == BackupStore::Automatic::Failed)
        QMessageBox::warning(nullptr, QCoreApplication::translate("GuiStartup", "Daily backup"),
                             QCoreApplication::translate("GuiStartup",
                                                         "Today's automatic backup failed: %1\n\n"
                                                         "Work can go on; tell the administrator.")
                                 .arg(result));
    return true;
}

bool ensureOfficeIsSetUp(Database &database, const Actor &actor, QWidget *parent)
{
    const SettingsStore settings(database.connection());
    while (!OfficeSettings::missingRequired(settings.all()).isEmpty()) {
        if (!actor.can(Permission::EditSettings)) {
            QStringList missing;
            for (const QString &key : OfficeSettings::missingRequired(settings.all()))
                missing.append(OfficeSettings::label(key));
            QMessageBox::warning(
                parent, QCoreApplication::translate("GuiStartup", "The office is not set up"),
                QCoreApplication::translate("GuiStartup",
                                            "The office's settings are not complete: %1. Ask "
                                            "an administrator to fill them in.")
                    .arg(missing.join(QStringLiteral(", "))));
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

    qCInfo(lcStartup, "Một Cửa %s starts on the database %s", MOTCUA_VERSION,
           qPrintable(databasePath));
    Database database;
    bool cancelled = false;
    if (!openDatabase(database, databasePath, &cancelled)) {
        if (cancelled)
            return 0;
        qCWarning(lcStartup, "database refused: %s", qPrintable(database.errorMessage()));
        return 2;
    }
    Actor actor;
    if (!offerTrainingDatabase(database))
        return 0;
    if (!ensureAdministrator(database, &actor))
        return 0;
    if (!signIn(database, &actor))
        return 0;
    if (!ensureOfficeIsSetUp(database, actor))
        return 0;
    if (!automaticBackup(database, actor))
        return 0;

    MainWindow window(database);
    window.setActor(actor);
    window.show();
    const int code = QApplication::exec();
    qCInfo(lcStartup, "window closed");
    return code;
}

} // namespace motcua::GuiStartup
