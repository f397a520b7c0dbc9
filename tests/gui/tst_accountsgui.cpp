#include "accountsupport.h"
#include "db/database.h"
#include "dialogs/logindialog.h"
#include "dialogs/officesettingsdialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/userdialog.h"
#include "domain/clock.h"
#include "domain/language.h"
#include "guistartup.h"
#include "item/usermodel.h"
#include "mainwindow.h"
#include "pages/userspage.h"
#include "store/backupstore.h"
#include "store/settingsstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::Role)

// The sign-in, first-start and password dialogs, the users page and what the main window
// offers to each role, driven as a person would (offscreen).
class TestAccountsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loginSaysWhyThenSignsIn();
    void loginTellsTheLockoutTimeLeft();
    void firstStartCreatesTheAdministratorAndSignsIn();
    void addUserDialog_data();
    void addUserDialog();
    void changeOwnPassword();
    void administratorSetsANewPassword();
    void usersPageUnderModelTester();
    void mainWindowFollowsTheRole_data();
    void mainWindowFollowsTheRole();
    void startupGoesThroughTheAdministratorAndTheSignIn();
    void firstStartOffersATrainingDatabase();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    static void type(QWidget &parent, const char *name, const QString &text);
    static void click(QWidget &parent, const char *name);
    static QString message(const QWidget &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

void TestAccountsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaAccountsTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // New texts are checked in English, the source language.
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestAccountsGui::init()
{
    Clock::setFixed({});
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++m_counter))));
}

void TestAccountsGui::cleanup()
{
    Clock::setFixed({});
    m_database.reset();
}

void TestAccountsGui::type(QWidget &parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestAccountsGui::click(QWidget &parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestAccountsGui::message(const QWidget &dialog)
{
    const auto *label = child<QLabel>(dialog, "message");
    return label && label->isVisible() ? label->text() : QString();
}

void TestAccountsGui::loginSaysWhyThenSignsIn()
{
    const Actor lan = test::addAccount(db(), QStringLiteral("lan"), Role::Clerk,
                                       QStringLiteral("correct horse"));
    LoginDialog dialog(db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const qint64 events = test::eventCount(db());
    click(dialog, "signIn");
    QCOMPARE(message(dialog), QStringLiteral("Enter your username and password."));
    QCOMPARE(test::eventCount(db()), events);

    type(dialog, "username", QStringLiteral("lan"));
    type(dialog, "password", QStringLiteral("wrong horse"));
    click(dialog, "signIn");
    QCOMPARE(message(dialog), QStringLiteral("Wrong username or password."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.actor().isValid());
    QVERIFY(child<QLineEdit>(dialog, "password")->text().isEmpty());
    QCOMPARE(test::lastEvent(db()).kind, QStringLiteral("login-failed"));

    // Return in the password field signs in.
    type(dialog, "password", QStringLiteral("correct horse"));
    QTest::keyClick(child<QLineEdit>(dialog, "password"), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().userId, lan.userId);
    QCOMPARE(dialog.actor().role, Role::Clerk);
    QCOMPARE(test::lastEvent(db()).kind, QStringLiteral("login"));

    // The next start offers the same username.
    LoginDialog next(db());
    QCOMPARE(child<QLineEdit>(next, "username")->text(), QStringLiteral("lan"));
}

void TestAccountsGui::loginTellsTheLockoutTimeLeft()
{
    QVERIFY(
        test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, QStringLiteral("correct horse"))
            .isValid());
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh"));
    Clock::setFixed(start);
    LoginDialog dialog(db());
    dialog.show();
    type(dialog, "username", QStringLiteral("lan"));
    for (int attempt = 1; attempt <= UserStore::MaxFailedAttempts; ++attempt) {
        type(dialog, "password", QStringLiteral("guess %1").arg(attempt));
        click(dialog, "signIn");
    }
    QVERIFY2(message(dialog).contains(QStringLiteral("locked for 15 minutes")),
             qPrintable(message(dialog)));
    // The time the lock ends, as the counter's clock shows it.
    const QString until
        = QLocale().toString(start.addSecs(15 * 60).toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(message(dialog).contains(QStringLiteral("until %1.").arg(until)),
             qPrintable(message(dialog)));

    Clock::setFixed(start.addSecs(7 * 60));
    type(dialog, "password", QStringLiteral("correct horse"));
    click(dialog, "signIn");
    QVERIFY2(message(dialog).contains(QStringLiteral("Try again in 8 minutes, at %1.").arg(until)),
             qPrintable(message(dialog)));
    QVERIFY(dialog.isVisible());

    Clock::setFixed(start.addSecs(15 * 60));
    type(dialog, "password", QStringLiteral("correct horse"));
    click(dialog, "signIn");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAccountsGui::firstStartCreatesTheAdministratorAndSignsIn()
{
    UserDialog dialog(UserDialog::Mode::FirstAdministrator, db(), Actor());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The first account is the administrator's: no role to choose.
    QVERIFY(!child<QComboBox>(dialog, "role")->isVisible());

    type(dialog, "username", QStringLiteral("quantri"));
    child<QLineEdit>(dialog, "fullName")->setText(QStringLiteral("Lê Văn Quản"));
    type(dialog, "password", QStringLiteral("admin password"));
    type(dialog, "repeatedPassword", QStringLiteral("admin passw0rd"));
    click(dialog, "create");
    QCOMPARE(message(dialog),
             QStringLiteral("The two passwords differ. Type the same password twice."));
    QVERIFY(!UserStore(db()).hasAccounts());

    type(dialog, "password", QStringLiteral("short"));
    type(dialog, "repeatedPassword", QStringLiteral("short"));
    click(dialog, "create");
    QCOMPARE(message(dialog), QStringLiteral("The password must have at least 8 characters."));
    QVERIFY(!UserStore(db()).hasAccounts());

    type(dialog, "password", QStringLiteral("admin password"));
    type(dialog, "repeatedPassword", QStringLiteral("admin password"));
    click(dialog, "create");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signedIn().username, QStringLiteral("quantri"));
    QCOMPARE(dialog.signedIn().fullName, QStringLiteral("Lê Văn Quản"));
    QCOMPARE(dialog.signedIn().role, Role::Administrator);
    QVERIFY(dialog.signedIn().userId > 0);
    QCOMPARE(test::lastEvent(db()).kind, QStringLiteral("login"));
}

void TestAccountsGui::addUserDialog_data()
{
    QTest::addColumn<Role>("by");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << Role::Administrator << true;
    QTest::newRow("supervisor") << Role::Supervisor << false;
}

void TestAccountsGui::addUserDialog()
{
    QFETCH(Role, by);
    QFETCH(bool, allowed);
    const Actor actor = test::addAccount(db(), QStringLiteral("someone"), by);
    UserDialog dialog(UserDialog::Mode::NewUser, db(), actor);
    dialog.show();
    type(dialog, "username", QStringLiteral("Minh"));
    child<QLineEdit>(dialog, "fullName")->setText(QStringLiteral("Trần Văn Minh"));
    auto *role = child<QComboBox>(dialog, "role");
    role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
    type(dialog, "password", QStringLiteral("minh password"));
    type(dialog, "repeatedPassword", QStringLiteral("minh password"));
    click(dialog, "create");
    const auto minh = UserStore(db()).find(QStringLiteral("minh"));
    if (!allowed) {
        QCOMPARE(message(dialog), Roles::deniedMessage(Permission::ManageUsers));
        QVERIFY(dialog.isVisible());
        QVERIFY(!minh);
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.username(), QStringLiteral("minh"));
    QVERIFY(minh);
    QCOMPARE(minh->role, Role::Supervisor);
    QCOMPARE(minh->fullName, QStringLiteral("Trần Văn Minh"));
}

void TestAccountsGui::changeOwnPassword()
{
    const Actor lan = test::addAccount(db(), QStringLiteral("lan"), Role::Clerk,
                                       QStringLiteral("correct horse"));
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, db(), lan);
    dialog.show();
    type(dialog, "currentPassword", QStringLiteral("wrong horse"));
    type(dialog, "newPassword", QStringLiteral("battery staple"));
    type(dialog, "repeatedPassword", QStringLiteral("battery staple"));
    click(dialog, "save");
    QCOMPARE(message(dialog), QStringLiteral("The current password is wrong."));
    QVERIFY(dialog.isVisible());

    type(dialog, "currentPassword", QStringLiteral("correct horse"));
    type(dialog, "repeatedPassword", QStringLiteral("battery staple"));
    click(dialog, "save");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(UserStore(db())
                .authenticate(QStringLiteral("lan"), QStringLiteral("battery staple"))
                .isSignedIn());
}

void TestAccountsGui::administratorSetsANewPassword()
{
    const Actor admin = test::addAccount(db(), QStringLiteral("quantri"), Role::Administrator);
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk).isValid());
    PasswordDialog dialog(PasswordDialog::Mode::Reset, db(), admin, QStringLiteral("lan"));
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("currentPassword")));
    type(dialog, "newPassword", QStringLiteral("given by the admin"));
    type(dialog, "repeatedPassword", QStringLiteral("given by the admin"));
    click(dialog, "save");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(UserStore(db())
                .authenticate(QStringLiteral("lan"), QStringLiteral("given by the admin"))
                .isSignedIn());
    QCOMPARE(test::lastEvent(db()).kind, QStringLiteral("login"));
}

void TestAccountsGui::usersPageUnderModelTester()
{
    const Actor admin = test::addAccount(db(), QStringLiteral("quantri"), Role::Administrator);
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk).isValid());
    UsersPage page(db(), admin);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    UserModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(UserModel::ColumnCount));
    QCOMPARE(model->headerData(UserModel::Username, Qt::Horizontal).toString(),
             QStringLiteral("Username"));

    QVERIFY(test::addAccount(db(), QStringLiteral("minh"), Role::Supervisor).isValid());
    model->reload();
    QCOMPARE(model->rowCount(), 3);
    // Sorted by username in the view.
    QCOMPARE(page.view()->model()->index(0, UserModel::Username).data().toString(),
             QStringLiteral("lan"));

    page.selectUser(QStringLiteral("lan"));
    QCOMPARE(page.selectedUsername(), QStringLiteral("lan"));
    auto *disable = child<QPushButton>(page, "disableUser");
    auto *enable = child<QPushButton>(page, "enableUser");
    QVERIFY(disable->isEnabled());
    QVERIFY(!enable->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(!UserStore(db()).find(QStringLiteral("lan"))->active);
    QCOMPARE(page.selectedUsername(), QStringLiteral("lan"));
    const int lan = model->rowOf(QStringLiteral("lan"));
    QCOMPARE(model->index(lan, UserModel::Status).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(model->index(lan, 0).data(UserModel::ActiveRole).toBool(), false);
    QVERIFY(model->index(lan, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!disable->isEnabled());
    QVERIFY(enable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);
    QVERIFY(UserStore(db()).find(QStringLiteral("lan"))->active);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("lan")), UserModel::Status).data().toString(),
             QStringLiteral("Active"));

    // The administrator cannot disable themselves from the page.
    page.selectUser(QStringLiteral("quantri"));
    QVERIFY(!disable->isEnabled());
    QVERIFY(child<QPushButton>(page, "resetPassword")->isEnabled());

    QString error;
    QVERIFY(UserStore(db()).setRole(admin, QStringLiteral("minh"), Role::Administrator, &error));
    model->reload();
    const int minh = model->rowOf(QStringLiteral("minh"));
    QCOMPARE(model->index(minh, UserModel::RoleColumn).data().toString(),
             QStringLiteral("Administrator"));
    QCOMPARE(model->index(minh, UserModel::RoleColumn).data(UserModel::SortRole).toInt(),
             int(Role::Administrator));
}

void TestAccountsGui::mainWindowFollowsTheRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("administrator");
    QTest::newRow("clerk") << Role::Clerk << false;
    QTest::newRow("supervisor") << Role::Supervisor << false;
    QTest::newRow("administrator") << Role::Administrator << true;
}

void TestAccountsGui::mainWindowFollowsTheRole()
{
    QFETCH(Role, role);
    QFETCH(bool, administrator);
    const Actor actor = test::addAccount(db(), QStringLiteral("someone"), role);
    MainWindow window(*m_database);
    window.setActor(actor);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QCOMPARE(window.actor().userId, actor.userId);
    QVERIFY(child<QLabel>(window, "statusUser")->text().contains(actor.fullName));
    auto *navigation = child<QListWidget>(window, "navigation");
    QCOMPARE(navigation->item(int(MainWindow::Page::Users))->isHidden(), !administrator);
    QCOMPARE(window.isPageAvailable(MainWindow::Page::Users), administrator);
    QCOMPARE(child<QAction>(window, "actionBackUp")->isVisible(), administrator);
    QCOMPARE(child<QAction>(window, "actionRestore")->isVisible(), administrator);
    QVERIFY(child<QAction>(window, "actionChangePassword")->isVisible());

    window.showPage(MainWindow::Page::Users);
    QCOMPARE(window.currentPage() == MainWindow::Page::Users, administrator);
    QCOMPARE(qobject_cast<UsersPage *>(window.pageWidget(MainWindow::Page::Users)) != nullptr,
             administrator);
    // The digits keep their pages whoever is signed in.
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Calendar);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
}

// The whole start: first start (administrator created and signed in), later starts (sign
// in), quitting at the sign-in; the daily backup once. Dialogs are answered as they appear.
void TestAccountsGui::startupGoesThroughTheAdministratorAndTheSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("startup.sqlite"));
    const QString backups = m_dir.filePath(QStringLiteral("startup-backups"));
    {
        Database database;
        QVERIFY(database.open(path));
        QVERIFY(SettingsStore(database.connection())
                    .setValue(QStringLiteral("backup.folder"), backups));
    }
    QStringList seen;
    bool quitAtSignIn = false;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<UserDialog *>(modal)) {
            seen << QStringLiteral("administrator");
            child<QLineEdit>(*dialog, "username")->setText(QStringLiteral("quantri"));
            child<QLineEdit>(*dialog, "fullName")->setText(QStringLiteral("Lê Văn Quản"));
            child<QLineEdit>(*dialog, "password")->setText(QStringLiteral("admin password"));
            child<QLineEdit>(*dialog, "repeatedPassword")
                ->setText(QStringLiteral("admin password"));
            click(*dialog, "create");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == QLatin1String("newDatabaseBox")) {
            seen << QStringLiteral("new database");
            box->findChild<QPushButton *>(QStringLiteral("realWork"))->click();
        } else if (auto *dialog = qobject_cast<OfficeSettingsDialog *>(modal)) {
            // The first start also sets up the office, as the new administrator.
            seen << QStringLiteral("office");
            dialog->editor(QStringLiteral("office.name"))
                ->setText(QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
            dialog->editor(QStringLiteral("office.parent"))
                ->setText(QStringLiteral("UBND xã Tân Hòa"));
            dialog->editor(QStringLiteral("office.code"))->setText(QStringLiteral("H47.132"));
            dialog->accept();
        } else if (auto *dialog = qobject_cast<LoginDialog *>(modal)) {
            seen << QStringLiteral("sign-in");
            if (quitAtSignIn) {
                click(*dialog, "quit");
                return;
            }
            child<QLineEdit>(*dialog, "username")->setText(QStringLiteral("quantri"));
            child<QLineEdit>(*dialog, "password")->setText(QStringLiteral("admin password"));
            click(*dialog, "signIn");
        } else if (!modal) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *window = qobject_cast<MainWindow *>(widget);
                if (window && window->isVisible()) {
                    seen << QStringLiteral("window for ") + window->actor().username;
                    window->close();
                }
            }
        }
    });
    driver.start(20);

    QCOMPARE(GuiStartup::run(path, false), 0);
    QCOMPARE(seen, (QStringList {"new database", "administrator", "office", "window for quantri"}));
    QCOMPARE(QDir(backups).entryList({QStringLiteral("motcua-*.sqlite")}).size(), 1);

    seen.clear();
    QCOMPARE(GuiStartup::run(path, false), 0);
    QCOMPARE(seen, (QStringList {"sign-in", "window for quantri"}));
    QCOMPARE(QDir(backups).entryList({QStringLiteral("motcua-*.sqlite")}).size(), 1);

    // Nothing without a signed-in person: quitting the sign-in ends the program.
    seen.clear();
    quitAtSignIn = true;
    QCOMPARE(GuiStartup::run(path, false), 0);
    QCOMPARE(seen, (QStringList {"sign-in"}));
}

// The first start may make a training database instead: demo dossiers, then the administrator,
// and the window's title says it is for training.
void TestAccountsGui::firstStartOffersATrainingDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("training-start.sqlite"));
    QStringList seen;
    QString title;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal);
            box && box->objectName() == QLatin1String("newDatabaseBox")) {
            seen << QStringLiteral("new database");
            box->findChild<QPushButton *>(QStringLiteral("training"))->click();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            seen << QStringLiteral("count");
            input->setIntValue(300);
            input->accept();
        } else if (auto *dialog = qobject_cast<UserDialog *>(modal)) {
            seen << QStringLiteral("administrator");
            child<QLineEdit>(*dialog, "username")->setText(QStringLiteral("daotao"));
            child<QLineEdit>(*dialog, "fullName")->setText(QStringLiteral("Người Đào Tạo"));
            child<QLineEdit>(*dialog, "password")->setText(QStringLiteral("training pass"));
            child<QLineEdit>(*dialog, "repeatedPassword")->setText(QStringLiteral("training pass"));
            click(*dialog, "create");
        } else if (!modal) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *window = qobject_cast<MainWindow *>(widget);
                if (window && window->isVisible()) {
                    seen << QStringLiteral("window");
                    title = window->windowTitle();
                    window->close();
                }
            }
        }
    });
    driver.start(20);
    QCOMPARE(GuiStartup::run(path, false), 0);
    // The demo office is set up by the generator: no office dialog.
    QCOMPARE(seen, (QStringList {"new database", "count", "administrator", "window"}));
    QVERIFY2(title.contains(QStringLiteral("TRAINING"))
                 || title.contains(QStringLiteral("ĐÀO TẠO")),
             qPrintable(title));
    Database database;
    QVERIFY(database.open(path));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM dossiers")) && query.next());
    QCOMPARE(query.value(0).toInt(), 300);
}

QTEST_MAIN(TestAccountsGui)
#include "tst_accountsgui.moc"
