#include "mainwindow.h"

#include "db/backup.h"
#include "db/database.h"
#include "db/datachanges.h"
#include "dialogs/opendatabasedialog.h"
#include "dialogs/passworddialog.h"
#include "domain/clock.h"
#include "domain/logfile.h"
#include "dossier/dossierwindow.h"
#include "pages/calendarpage.h"
#include "pages/dossierlistpage.h"
#include "pages/placeholderpage.h"
#include "pages/procedurespage.h"
#include "pages/receptionpage.h"
#include "pages/reportspage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "print/printsettings.h"
#include "store/backupstore.h"
#include "store/demogenerator.h"
#include "store/dossierquery.h"
#include "store/dossierstore.h"
#include "store/settingsstore.h"
#include "widgets/badgedelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

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
    QAction *openDatabase = nullptr;
    QAction *changePassword = nullptr;
    QAction *backUp = nullptr;
    QAction *restore = nullptr;
    QAction *quit = nullptr;
    QAction *training = nullptr;
    QAction *newDossier = nullptr;
    QAction *findDossier = nullptr;
    QAction *issuedSlips = nullptr;
    QAction *about = nullptr;
    QAction *openLogFolder = nullptr;
    QMenu *pageSetupMenu = nullptr;
    QList<QAction *> pageSetups;
    QAction *reload = nullptr;
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

    auto *reception = new ReceptionPage(m_database, this);
    setPageWidget(Page::Reception, reception);
    setPageWidget(Page::Calendar, new CalendarPage(m_database.connection(), this));
    auto *settingsPage = new SettingsPage(m_database.connection(), this);
    connect(settingsPage, &SettingsPage::officeSettingsChanged, this,
            &MainWindow::refreshOfficeName);
    setPageWidget(Page::Settings, settingsPage);
    setPageWidget(Page::Procedures, new ProceduresPage(m_database.connection(), this));
    createListPages();
    // The badges follow every committed change (the lists and dossier windows listen too).
    connect(DataChanges::of(m_database.connection()), &DataChanges::changed, this,
            &MainWindow::refreshCounts);

    // Live badges: other counters write the same database; the clock moves dossiers into
    // "due" and "overdue" by itself.
    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(30000);
    connect(m_countTimer, &QTimer::timeout, this, [this] {
        // Until other counters' changes are signalled (DataChanges), the list on screen
        // follows when the counts moved.
        const QMap<Worklist, qint64> before = m_lastCounts;
        refreshCounts();
        if (m_lastCounts != before) {
            if (auto *list = qobject_cast<DossierListPage *>(m_pages->currentWidget()))
                list->refresh();
        }
    });
    m_countTimer->start();
    connect(this, &MainWindow::dossierRequested, this, &MainWindow::openDossier);
    retranslate();
    updateAccess();
    restoreWindowState();
    refreshCounts();
}

void MainWindow::createListPages()
{
    const QList<std::pair<Page, QList<Worklist>>> lists = {
        {Page::Processing,
         {Worklist::InProcessing, Worklist::ReceivedToday, Worklist::AwaitingDocuments,
          Worklist::All}},
        {Page::Due, {Worklist::DueSoon, Worklist::DueToday}},
        {Page::Overdue, {Worklist::Overdue}},
        {Page::AwaitingReturn,
         {Worklist::AwaitingCollection, Worklist::Uncollected, Worklist::Returned}},
        {Page::Search,
         {Worklist::All, Worklist::InProcessing, Worklist::ReceivedToday, Worklist::DueToday,
          Worklist::DueSoon, Worklist::Overdue, Worklist::AwaitingDocuments,
          Worklist::AwaitingCollection, Worklist::Uncollected, Worklist::Returned}},
    };
    for (const auto &[page, worklists] : lists) {
        auto *list = new DossierListPage(m_database, worklists, this);
        list->setObjectName(QStringLiteral("list-%1").arg(Worklists::key(worklists.first())));
        connect(list, &DossierListPage::openDossier, this, &MainWindow::dossierRequested);
        setPageWidget(page, list);
    }
    auto *reports = new ReportsPage(m_database, this);
    connect(reports, &ReportsPage::drillDown, this, &MainWindow::showDossiers);
    setPageWidget(Page::Reports, reports);
}

MainWindow::Page MainWindow::pageOf(Worklist worklist)
{
    switch (worklist) {
    case Worklist::InProcessing:
    case Worklist::ReceivedToday:
    case Worklist::AwaitingDocuments:
        return Page::Processing;
    case Worklist::DueToday:
    case Worklist::DueSoon:
        return Page::Due;
    case Worklist::Overdue:
        return Page::Overdue;
    case Worklist::AwaitingCollection:
    case Worklist::Uncollected:
    case Worklist::Returned:
        return Page::AwaitingReturn;
    case Worklist::All:
        return Page::Search;
    }
    return Page::Search;
}

void MainWindow::showWorklist(Worklist worklist)
{
    const Page page = pageOf(worklist);
    showPage(page);
    if (auto *list = qobject_cast<DossierListPage *>(pageWidget(page))) {
        list->resetDrillDown();
        list->setWorklist(worklist);
    }
}

void MainWindow::showDossiers(const DossierFilter &filter)
{
    const Page page = pageOf(filter.worklist);
    showPage(page);
    if (auto *list = qobject_cast<DossierListPage *>(pageWidget(page)))
        list->showFilter(filter);
}

void MainWindow::refreshCounts()
{
    const DossierQuery query(m_database.connection());
    const WorklistClock clock = query.clock(Clock::now());
    const QMap<Worklist, qint64> counts = query.counts(clock);
    const auto colour = [](Worklist worklist, qint64 count) {
        if (count > 0 && (worklist == Worklist::Overdue || worklist == Worklist::Uncollected))
            return QColor(0xc6, 0x28, 0x28);
        if (count > 0 && (worklist == Worklist::DueSoon || worklist == Worklist::DueToday))
            return QColor(0xb2, 0x6a, 0x00);
        return QColor(0x60, 0x6b, 0x78);
    };
    for (int i = 0; i < m_worklists->count(); ++i) {
        QListWidgetItem *item = m_worklists->item(i);
        const Worklist worklist = Worklist(item->data(Qt::UserRole).toInt());
        item->setText(Worklists::label(worklist, clock.dueSoonDays, clock.uncollectedDays));
        item->setData(BadgeDelegate::BadgeRole, counts.value(worklist));
        item->setData(BadgeDelegate::BadgeColorRole, colour(worklist, counts.value(worklist)));
    }
    const QList<std::pair<Page, Worklist>> pageBadges
        = {{Page::Processing, Worklist::InProcessing},
           {Page::Due, Worklist::DueSoon},
           {Page::Overdue, Worklist::Overdue},
           {Page::AwaitingReturn, Worklist::AwaitingCollection}};
    for (const auto &[page, worklist] : pageBadges) {
        QListWidgetItem *item = m_navigation->item(int(page));
        item->setData(BadgeDelegate::BadgeRole, counts.value(worklist));
        item->setData(BadgeDelegate::BadgeColorRole, colour(worklist, counts.value(worklist)));
    }
    m_lastCounts = counts;
}

void MainWindow::reload()
{
    refreshCounts();
    if (auto *list = qobject_cast<DossierListPage *>(m_pages->currentWidget()))
        list->refresh();
}

void MainWindow::createTrainingDatabase()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Create training database"),
                                       QDir(QFileInfo(m_database.path()).absolutePath())
                                           .filePath(QStringLiteral("dao-tao.sqlite")),
                                       tr("Databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Create training database"),
                                           tr("How many demo dossiers (ten years of them)?"), 20000,
                                           100, 5000000, 1000, &ok);
    if (!ok)
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Create training database"),
                             tr("Cannot replace %1.").arg(path));
        return;
    }
    QProgressDialog progress(tr("Generating demo dossiers…"), QString(), 0, count, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    Database training;
    QString error;
    DemoGenerator::Options options;
    options.count = count;
    DemoGenerator::Result result;
    if (!training.open(path)
        || !DemoGenerator(training.connection())
                .run(m_actor.isValid() ? m_actor : Actor::systemAccount(QStringLiteral("training")),
                     options, &result, &error,
                     [&progress](qint64 done, qint64) { progress.setValue(int(done)); })) {
        progress.close();
        QMessageBox::warning(this, tr("Create training database"),
                             error.isEmpty() ? training.errorMessage() : error);
        return;
    }
    training.close();
    progress.close();
    // The training database opens in its own window, marked as such in its title.
    if (QMessageBox::question(
            this, tr("Create training database"),
            tr("%1 demo dossiers were generated in %2. Open the training database now?")
                .arg(result.dossiers)
                .arg(QDir::toNativeSeparators(path)))
        == QMessageBox::Yes)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--database"), path});
}

void MainWindow::openAnotherDatabase()
{
    OpenDatabaseDialog dialog(m_database.path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_switchDatabase)
        m_switchDatabase(dialog.location());
    else
        restartOn(dialog.location());
}

void MainWindow::restartOn(const QString &location)
{
    // Closing may be refused (unsaved edits of the procedure catalogue): then nothing happens.
    if (!close())
        return;
    // The new process signs in on that database and asks for a server's password itself: the
    // one typed here stays in this process, which ends.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--database"), location}))
        QMessageBox::critical(nullptr, tr("Open database"),
                              tr("Một Cửa could not start again on %1. Start it again yourself: "
                                 "it opens that database.")
                                  .arg(DatabaseLocation::parse(location).displayName()));
    QCoreApplication::quit();
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
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    // A list chosen here is the whole worklist, not what the board drilled down to last.
    const auto resetDrillDown = [this] {
        if (auto *list = qobject_cast<DossierListPage *>(m_pages->currentWidget()))
            list->resetDrillDown();
    };
    connect(m_navigation, &QListWidget::currentRowChanged, this, resetDrillDown);
    connect(m_navigation, &QListWidget::itemClicked, this, resetDrillDown);
    m_navigation->setItemDelegate(new BadgeDelegate(m_navigation));

    // Every worklist with its live count, under the pages.
    m_worklistsTitle = new QLabel(this);
    m_worklistsTitle->setObjectName(QStringLiteral("worklistsTitle"));
    QFont bold = m_worklistsTitle->font();
    bold.setBold(true);
    m_worklistsTitle->setFont(bold);
    m_worklists = new QListWidget(this);
    m_worklists->setObjectName(QStringLiteral("worklists"));
    m_worklists->setItemDelegate(new BadgeDelegate(m_worklists));
    m_worklists->setUniformItemSizes(true);
    for (Worklist worklist : Worklists::all()) {
        auto *item = new QListWidgetItem(m_worklists);
        item->setData(Qt::UserRole, int(worklist));
    }
    connect(m_worklists, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showWorklist(Worklist(item->data(Qt::UserRole).toInt()));
    });
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("navigationPane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_navigation, 3);
    leftLayout->addWidget(m_worklistsTitle);
    leftLayout->addWidget(m_worklists, 2);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
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

    a.openDatabase = a.fileMenu->addAction(QString(), this, &MainWindow::openAnotherDatabase);
    a.openDatabase->setObjectName(QStringLiteral("actionOpenDatabase"));
    a.openDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    a.fileMenu->addSeparator();
    a.changePassword = a.fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    a.changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    a.fileMenu->addSeparator();
    a.backUp = a.fileMenu->addAction(QString(), this, &MainWindow::backUpNow);
    a.backUp->setObjectName(QStringLiteral("actionBackUp"));
    a.restore = a.fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    a.restore->setObjectName(QStringLiteral("actionRestore"));
    a.training = a.fileMenu->addAction(QString(), this, &MainWindow::createTrainingDatabase);
    a.training->setObjectName(QStringLiteral("actionTrainingDatabase"));
    a.fileMenu->addSeparator();
    // One page setup per kind of paper: the receipt and the slips on A5, lists, register, report.
    a.pageSetupMenu = a.fileMenu->addMenu(QString());
    a.pageSetupMenu->setObjectName(QStringLiteral("menuPageSetup"));
    for (const QString &kind : PrintSettings::kinds()) {
        QAction *action = a.pageSetupMenu->addAction(
            QString(), this, [this, kind] { PrintSettings::pageSetup(this, kind); });
        action->setObjectName(QStringLiteral("actionPageSetup_") + kind);
        action->setData(kind);
        a.pageSetups.append(action);
    }
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.newDossier = a.dossierMenu->addAction(style()->standardIcon(QStyle::SP_FileIcon), QString(),
                                            this, [this] {
                                                showPage(Page::Reception);
                                                focusCurrentPage();
                                            });
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
    // No shortcut here: the reception page has Ctrl+Shift+P, and two would be ambiguous there.
    a.issuedSlips = a.dossierMenu->addAction(QString(), this, [this] {
        showPage(Page::Reception);
        if (auto *reception = qobject_cast<ReceptionPage *>(pageWidget(Page::Reception)))
            reception->showIssuedSlips();
    });
    a.issuedSlips->setObjectName(QStringLiteral("actionIssuedSlips"));

    for (int i = 0; i < PageCount; ++i) {
        QAction *action = a.viewMenu->addAction(QString(), this, [this, i] {
            showPage(Page(i));
            focusCurrentPage();
        });
        action->setShortcut(pageShortcut(Page(i)));
        a.pages.append(action);
    }

    a.openLogFolder = a.helpMenu->addAction(QString(), this, [] {
        // The folder exists before the first message: the file manager opens it anyway.
        QDir().mkpath(LogFile::folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(LogFile::folder()));
    });
    a.openLogFolder->setObjectName(QStringLiteral("actionOpenLogFolder"));
    a.viewMenu->addSeparator();
    a.reload = a.viewMenu->addAction(QString(), this, &MainWindow::reload);
    a.reload->setObjectName(QStringLiteral("actionReload"));
    a.reload->setShortcut(QKeySequence(Qt::Key_F5));

    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.about->setObjectName(QStringLiteral("actionAbout"));
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
    case Page::Reception:
        return tr("Reception");
    case Page::Processing:
        return tr("In processing");
    case Page::Due:
        return tr("Due");
    case Page::Overdue:
        return tr("Overdue");
    case Page::AwaitingReturn:
        return tr("Awaiting collection");
    case Page::Search:
        return tr("Search");
    case Page::Reports:
        return tr("Reports");
    case Page::Procedures:
        return tr("Procedure catalogue");
    case Page::Calendar:
        return tr("Working calendar");
    case Page::Users:
        return tr("Users");
    case Page::Settings:
        return tr("Settings");
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
    a.openDatabase->setText(tr("&Open database…"));
    a.changePassword->setText(tr("Change &password…"));
    a.backUp->setText(tr("&Back up the database now"));
    a.restore->setText(tr("&Restore from a backup…"));
    a.quit->setText(tr("&Quit"));
    a.training->setText(tr("Create &training database…"));
    m_worklistsTitle->setText(tr("Worklists"));
    a.newDossier->setText(tr("&Receive a dossier"));
    a.newDossier->setToolTip(tr("Receive a new dossier (%1)")
                                 .arg(a.newDossier->shortcut().toString(QKeySequence::NativeText)));
    a.findDossier->setText(tr("&Find a dossier by code"));
    a.issuedSlips->setText(tr("&Slips issued at the counter…"));
    a.about->setText(tr("&About Một Cửa"));
    a.openLogFolder->setText(tr("Open the &log folder"));
    a.pageSetupMenu->setTitle(tr("Page set&up"));
    for (QAction *action : std::as_const(a.pageSetups))
        action->setText(tr("%1…").arg(PrintSettings::label(action->data().toString())));
    a.reload->setText(tr("Re&load"));
    m_searchBox->setPlaceholderText(tr("Dossier code, name, ID number or phone (Ctrl+L)"));

    for (int i = 0; i < PageCount; ++i) {
        const QString title = pageTitle(Page(i));
        a.pages.at(i)->setText(title);
        m_navigation->item(i)->setText(title);
        if (auto *placeholder = qobject_cast<PlaceholderPage *>(m_pages->widget(i)))
            placeholder->setTitle(title);
    }

    const DatabaseLocation &location = m_database.location();
    if (location.isServer()) {
        m_databaseLabel->setText(
            tr("Database: %1 on %2").arg(location.databaseName(), location.serverName()));
        m_databaseLabel->setToolTip(location.text());
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_database.path()).fileName()));
        m_databaseLabel->setToolTip(
            QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath()));
    }
    m_userLabel->setText(m_userName.isEmpty() ? QString() : tr("Signed in: %1").arg(m_userName));
    refreshOfficeName();
}

void MainWindow::refreshOfficeName()
{
    const QString office
        = SettingsStore(m_database.connection()).value(QStringLiteral("office.name"));
    m_officeLabel->setText(office.isEmpty() ? tr("Office not set up") : office);
    QString title = office.isEmpty() ? tr("Một Cửa") : tr("Một Cửa — %1").arg(office);
    // Demo dossiers must never be taken for real ones.
    if (DemoGenerator::isTraining(m_database.connection()))
        title = tr("[TRAINING]") + QLatin1Char(' ') + title;
    setWindowTitle(title);
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
    for (Page page :
         {Page::Processing, Page::Due, Page::Overdue, Page::AwaitingReturn, Page::Search}) {
        if (auto *list = qobject_cast<DossierListPage *>(pageWidget(page)))
            list->setActor(actor);
    }
    if (auto *reports = qobject_cast<ReportsPage *>(pageWidget(Page::Reports)))
        reports->setActor(actor);
    setSignedInUser(actor.displayName());
    if (isPageAvailable(Page(m_restoredPage)))
        showPage(Page(m_restoredPage));
    focusCurrentPage();
}

void MainWindow::focusCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // Else the first widget of the page that Tab would reach.
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
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
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, m_database.connection(), m_actor, {},
                          this);
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
    QMessageBox::information(
        this, tr("Back up the database"),
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
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), start,
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
    QMessageBox confirm(
        QMessageBox::Warning, tr("Restore from a backup"),
        tr("Replace the whole database with the backup %1?").arg(QDir::toNativeSeparators(file)),
        QMessageBox::NoButton, this);
    confirm.setInformativeText(
        tr("Everything recorded since that backup is replaced. A safety copy of the "
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
    QMessageBox::information(
        this, tr("Restore from a backup"),
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

QString MainWindow::aboutText() const
{
    // A server: its address (the URI holds no secret) and the version it runs.
    const QString database = m_database.isServer()
        ? m_database.location().text().toHtmlEscaped() + QStringLiteral("<br>")
            + tr("Server: %1").arg(m_database.serverVersion()).toHtmlEscaped()
        : QDir::toNativeSeparators(QFileInfo(m_database.path()).absoluteFilePath()).toHtmlEscaped();
    return tr("<h3>Một Cửa %1</h3>"
              "<p>Receiving dossiers of administrative procedures, promising exact return times, "
              "following each dossier to the return of its result.</p>"
              "<p>Database: %2<br>Schema version: %3</p>"
              "<p>Qt %4<br>SQLite %5<br>%6</p>"
              "<p>Log: %7</p>")
        .arg(QCoreApplication::applicationVersion(), database)
        .arg(m_database.schemaVersion())
        .arg(QString::fromLatin1(qVersion()), m_database.sqliteVersion().toHtmlEscaped(),
             Database::openSslVersion().toHtmlEscaped(),
             QDir::toNativeSeparators(LogFile::folder()).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About Một Cửa"), aboutText(), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

void MainWindow::openDossier(qint64 dossierId)
{
    DossierWindow::open(m_database, m_actor, dossierId, this);
}

void MainWindow::searchEntered()
{
    // An exact dossier code opens the dossier; anything else is a search.
    if (const auto dossier
        = DossierStore(m_database.connection()).findByCode(m_searchBox->text())) {
        m_searchBox->clear();
        emit dossierRequested(dossier->id);
        return;
    }
    showPage(Page::Search);
    if (auto *list = qobject_cast<DossierListPage *>(pageWidget(Page::Search)))
        list->setSearch(m_searchBox->text());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // The first start: 1280×800 where the screen has room for it with its frame, else
        // the whole screen (1366×768 and 1024×768 are common at the counters).
        const QRect available = screen()->availableGeometry();
        const QSize wanted(1280, 800);
        if (available.width() >= wanted.width() + 40 && available.height() >= wanted.height() + 60)
            resize(wanted);
        else
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"))) {
        // The pages need the room: the navigation starts narrow.
        if (!splitter->restoreState(
                settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
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
    settings.setValue(
        QStringLiteral("mainWindow/page"),
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
