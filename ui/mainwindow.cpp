#include "mainwindow.h"

#include "db/backup.h"
#include "db/database.h"
#include "dialogs/passworddialog.h"
#include "pages/calendarpage.h"
#include "pages/placeholderpage.h"
#include "pages/receptionpage.h"
#include "pages/procedurespage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "store/backupstore.h"
#include "store/dossierstore.h"
#include "store/settingsstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace motcua {

namespace {
constexpr int PageCount = int(MainWindow::Page::Settings) + 1;

// Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for Settings; the administrators' Users
// page has none, so that every other page keeps its key whoever is signed in.
QKeySequence pageShortcut(MainWindow::Page page)
{
    if (page == MainWindow::Page::Settings)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    if (int(page) < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page)));
    return {};
}
} // namespace

struct MainWindow::Actions
{
    QMenu *fileMenu = nullptr;
    QMenu *dossierMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QAction *changePassword = nullptr;
    QAction *backUp = nullptr;
    QAction *restore = nullptr;
    QAction *quit = nullptr;
    QAction *newDossier = nullptr;
    QAction *findDossier = nullptr;
    QAction *about = nullptr;
    QList<QAction *> pages;
};

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_actions(new Actions)
{
    setObjectName(QStringLiteral("MainWindow"));
    createNavigation();
    createActions();

    m_officeLabel = new QLabel(this);
    m_officeLabel->setObjectName(QStringLiteral("statusOffice"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(m_officeLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    setPageWidget(Page::Reception, new ReceptionPage(m_database, this));
    setPageWidget(Page::Calendar, new CalendarPage(m_database.connection(), this));
    auto *settingsPage = new SettingsPage(m_database.connection(), this);
    connect(settingsPage, &SettingsPage::officeSettingsChanged, this,
            &MainWindow::refreshOfficeName);
    setPageWidget(Page::Settings, settingsPage);
    setPageWidget(Page::Procedures, new ProceduresPage(m_database.connection(), this));
    retranslate();
    updateAccess();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    delete m_actions;
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setMinimumWidth(160);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, i);
        m_pages->addWidget(new PlaceholderPage(this));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.dossierMenu = menuBar()->addMenu(QString());
    a.viewMenu = menuBar()->addMenu(QString());
    a.helpMenu = menuBar()->addMenu(QString());

    a.changePassword = a.fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    a.changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    a.fileMenu->addSeparator();
    a.backUp = a.fileMenu->addAction(QString(), this, &MainWindow::backUpNow);
    a.backUp->setObjectName(QStringLiteral("actionBackUp"));
    a.restore = a.fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    a.restore->setObjectName(QStringLiteral("actionRestore"));
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.newDossier = a.dossierMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this,
                                            [this] { showPage(Page::Reception); });
    a.newDossier->setObjectName(QStringLiteral("actionNewDossier"));
    a.newDossier->setShortcut(QKeySequence::New);

    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(360);
    a.findDossier = a.dossierMenu->addAction(QString(), this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    a.findDossier->setObjectName(QStringLiteral("actionFindDossier"));
    a.findDossier->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_F3)});
    connect(m_searchBox, &QLineEdit::returnPressed, this, &MainWindow::searchEntered);

    for (int i = 0; i < PageCount; ++i) {
        QAction *action = a.viewMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(pageShortcut(Page(i)));
        a.pages.append(action);
    }

    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.about->setMenuRole(QAction::AboutRole);

    a.toolBar = addToolBar(QString());
    a.toolBar->setObjectName(QStringLiteral("mainToolBar"));
    a.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    a.toolBar->addAction(a.newDossier);
    a.toolBar->addSeparator();
    a.toolBar->addWidget(m_searchBox);
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Reception: return tr("Reception");
    case Page::Processing: return tr("In processing");
    case Page::Due: return tr("Due");
    case Page::Overdue: return tr("Overdue");
    case Page::AwaitingReturn: return tr("Awaiting collection");
    case Page::Search: return tr("Search");
    case Page::Reports: return tr("Reports");
    case Page::Procedures: return tr("Procedure catalogue");
    case Page::Calendar: return tr("Working calendar");
    case Page::Users: return tr("Users");
    case Page::Settings: return tr("Settings");
    }
    return {};
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.dossierMenu->setTitle(tr("&Dossier"));
    a.viewMenu->setTitle(tr("&View"));
    a.helpMenu->setTitle(tr("&Help"));
    a.toolBar->setWindowTitle(tr("Main toolbar"));
    a.changePassword->setText(tr("Change &password…"));
    a.backUp->setText(tr("&Back up the database now"));
    a.restore->setText(tr("&Restore from a backup…"));
    a.quit->setText(tr("&Quit"));
    a.newDossier->setText(tr("&Receive a dossier"));
    a.newDossier->setToolTip(tr("Receive a new dossier (%1)").arg(a.newDossier->shortcut().toString(QKeySequence::NativeText)));
    a.findDossier->setText(tr("&Find a dossier by code"));
    a.about->setText(tr("&About Một Cửa"));
    m_searchBox->setPlaceholderText(tr("Dossier code, name, ID number or phone (Ctrl+L)"));

    for (int i = 0; i < PageCount; ++i) {
        const QString title = pageTitle(Page(i));
        a.pages.at(i)->setText(title);
        m_navigation->item(i)->setText(title);
        if (auto *placeholder = qobject_cast<PlaceholderPage *>(m_pages->widget(i)))
            placeholder->setTitle(title);
    }

    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_database.path()).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath()));
    m_userLabel->setText(m_userName.isEmpty() ? QString() : tr("Signed in: %1").arg(m_userName));
    refreshOfficeName();
}

void MainWindow::refreshOfficeName()
{
    const QString office = SettingsStore(m_database.connection()).value(QStringLiteral("office.name"));
    m_officeLabel->setText(office.isEmpty() ? tr("Office not set up") : office);
    setWindowTitle(office.isEmpty() ? tr("Một Cửa") : tr("Một Cửa — %1").arg(office));
}

void MainWindow::setSignedInUser(const QString &fullName)
{
    m_userName = fullName;
    retranslate();
}

void MainWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    if (auto *reception = qobject_cast<ReceptionPage *>(pageWidget(Page::Reception)))
        reception->setActor(actor);
    if (actor.can(Permission::ManageUsers))
        setPageWidget(Page::Users, new UsersPage(m_database.connection(), actor, this));
    else if (!qobject_cast<PlaceholderPage *>(pageWidget(Page::Users)))
        setPageWidget(Page::Users, new PlaceholderPage(this));
    updateAccess();
    if (auto *calendar = qobject_cast<CalendarPage *>(pageWidget(Page::Calendar)))
        calendar->setActor(actor);
    if (auto *page = qobject_cast<ProceduresPage *>(pageWidget(Page::Procedures)))
        page->setActor(actor);
    if (auto *page = qobject_cast<SettingsPage *>(pageWidget(Page::Settings)))
        page->setActor(actor);
    setSignedInUser(actor.displayName());
    if (isPageAvailable(Page(m_restoredPage)))
        showPage(Page(m_restoredPage));
}

bool MainWindow::isPageAvailable(Page page) const
{
    if (page == Page::Users)
        return m_actor.can(Permission::ManageUsers);
    return true;
}

// Hidden, not only disabled: a clerk's screen shows only what a clerk can use. The stores
// refuse the forbidden actions anyway.
void MainWindow::updateAccess()
{
    Actions &a = *m_actions;
    for (int i = 0; i < PageCount; ++i) {
        const bool available = isPageAvailable(Page(i));
        m_navigation->item(i)->setHidden(!available);
        a.pages.at(i)->setVisible(available);
    }
    a.changePassword->setVisible(m_actor.userId != 0);
    a.backUp->setVisible(m_actor.can(Permission::Backup));
    a.restore->setVisible(m_actor.can(Permission::Backup));
    if (!isPageAvailable(currentPage()))
        showPage(Page::Reception);
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, m_database.connection(), m_actor, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::backUpNow()
{
    QString written;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = BackupStore(m_database).backupToFolder(m_actor, &written, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Back up the database"), error);
        return;
    }
    QMessageBox::information(this, tr("Back up the database"),
                             tr("The backup was written to %1.").arg(QDir::toNativeSeparators(written)));
}

void MainWindow::restoreFromBackup()
{
    BackupStore store(m_database);
    QString refusal;
    if (!m_actor.permits(Permission::Backup, &refusal)) {
        QMessageBox::warning(this, tr("Restore from a backup"), refusal);
        return;
    }
    // The backups' folder, or the database's until a first backup has created it.
    const QString start = QFileInfo::exists(store.folder())
                              ? store.folder()
                              : QFileInfo(m_database.path()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), start,
                                                      tr("Một Cửa databases (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    // Checked before asking, so that nobody confirms the restore of a damaged file.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Backup::Check check = Backup::check(file);
    QApplication::restoreOverrideCursor();
    if (!check.ok) {
        QMessageBox::warning(this, tr("Restore from a backup"), check.problem);
        return;
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Restore from a backup"),
                        tr("Replace the whole database with the backup %1?").arg(QDir::toNativeSeparators(file)),
                        QMessageBox::NoButton, this);
    confirm.setInformativeText(tr("Everything recorded since that backup is replaced. A safety copy of the "
                                  "current database is saved first in %1.\n\nClose Một Cửa on every other "
                                  "counter that uses this database before you continue.")
                                   .arg(QDir::toNativeSeparators(store.folder())));
    QPushButton *restore = confirm.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    QPushButton *cancel = confirm.addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm.setDefaultButton(cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return;

    QString safetyCopy;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = store.restore(m_actor, file, &safetyCopy, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Restore from a backup"), error);
        return;
    }
    // The restored file may hold other accounts and an older schema: start afresh, with a
    // new sign-in and the upgrade that opening the database does.
    QMessageBox::information(this, tr("Restore from a backup"),
                             tr("The database was restored from %1.\nThe previous database was saved as %2.\n\n"
                                "Một Cửa closes now. Start it again and sign in.")
                                 .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(safetyCopy)));
    close();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_pages->currentIndex()));
}

void MainWindow::showPage(Page page)
{
    if (isPageAvailable(page))
        m_navigation->setCurrentRow(int(page));
}

void MainWindow::setPageWidget(Page page, QWidget *widget)
{
    const int index = int(page);
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    delete old;
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Một Cửa"),
        tr("<h3>Một Cửa %1</h3>"
           "<p>Receiving dossiers of administrative procedures, promising exact return times, "
           "following each dossier to the return of its result.</p>"
           "<p>Database: %2<br>Schema version: %3<br>Qt %4</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath()).toHtmlEscaped())
            .arg(m_database.schemaVersion())
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::searchEntered()
{
    // An exact dossier code opens the dossier; anything else is a search.
    if (const auto dossier = DossierStore(m_database.connection()).findByCode(m_searchBox->text())) {
        m_searchBox->clear();
        emit dossierRequested(dossier->id);
        return;
    }
    showPage(Page::Search);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        // The pages need the room: the navigation starts narrow.
        if (!splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
            splitter->setSizes({180, width() - 180});
    }
    // Saved by name: inserting a page must not shift what was saved.
    bool ok = false;
    const int page = QMetaEnum::fromType<Page>().keyToValue(
        settings.value(QStringLiteral("mainWindow/page")).toString().toLatin1().constData(), &ok);
    m_restoredPage = ok ? page : 0;
    showPage(Page(m_restoredPage));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto *procedures = qobject_cast<ProceduresPage *>(pageWidget(Page::Procedures));
    if (procedures && !procedures->confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/page"),
                      QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(currentPage()))));
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace motcua
