#include "backend.h"
#include "db/database.h"
#include "db/recentdatabases.h"
#include "dialogs/opendatabasedialog.h"
#include "dialogs/serverpassworddialog.h"
#include "domain/language.h"
#include "guistartup.h"
#include "guitestsupport.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

const QString ServerPassword = QStringLiteral("Mật-khẩu-máy-chủ 42");

// The settings as stored on disk: what a password must never reach.
QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fake server for the dialog's logic: wants `password`, records what it was given.
struct FakeServer
{
    QString password;
    QStringList tried; // "location|password"
    Database::Error refusal = Database::Error::AuthenticationFailed;

    OpenDatabaseDialog::Opener opener()
    {
        return [this](const QString &location, const QString &given, Database::Error *error,
                      QString *message) {
            tried << location + QLatin1Char('|') + given;
            if (refusal == Database::Error::AuthenticationFailed && given == password)
                return true;
            *error = refusal;
            *message = QStringLiteral("refused by the fake server");
            return false;
        };
    }
};

} // namespace

// File › Open database: the dialog that names a file or a server database, its password
// prompt, the recent list, and the window's start on a server that wants a password.
class TestOpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void buildsTheLocationFromTheFields_data();
    void buildsTheLocationFromTheFields();
    void refusesAnEmptyDatabaseName();
    void showsARefusalAndStays();
    void asksForThePasswordAndStoresNone();
    void recentLocationsFillTheFields();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void fileMenuOpensTheDialog();
    void statusBarNamesTheDatabase();
    void liveServerAsksForThePassword();
    void startAsksForThePasswordAndRetries();
    void startEndsCleanlyWhenThePasswordIsNotGiven();

private:
    // A database on the test server owned by motcua_password, which must give its password.
    QString passwordProtectedDatabase(const QString &label);
    static void fillServer(OpenDatabaseDialog &dialog, const QString &host, int port,
                           const QString &database, const QString &user, const QString &sslMode);
    QTemporaryDir m_dir;
};

void TestOpenDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaOpenDatabaseTest"));
    QVERIFY(m_dir.isValid());
}

void TestOpenDatabase::init()
{
    QSettings().clear();
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestOpenDatabase::fillServer(OpenDatabaseDialog &dialog, const QString &host, int port,
                                  const QString &database, const QString &user,
                                  const QString &sslMode)
{
    dialog.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->click();
    test::retype(dialog.findChild<QLineEdit *>(QStringLiteral("host")), host);
    test::retype(dialog.findChild<QSpinBox *>(QStringLiteral("port")), QString::number(port));
    test::retype(dialog.findChild<QLineEdit *>(QStringLiteral("databaseName")), database);
    test::retype(dialog.findChild<QLineEdit *>(QStringLiteral("user")), user);
    auto *ssl = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    ssl->setFocus();
    while (ssl->currentData().toString() != sslMode && ssl->currentIndex() < ssl->count() - 1)
        QTest::keyClick(ssl, Qt::Key_Down);
    QCOMPARE(ssl->currentData().toString(), sslMode);
}

QString TestOpenDatabase::passwordProtectedDatabase(const QString &label)
{
    const QString admin = test::newServerDatabase(label);
    const QString name = admin.section(QLatin1Char('/'), -1);
    QString error;
    const bool ok = test::detail::serverAdmin(
        QStringLiteral("DO $$ BEGIN CREATE ROLE motcua_password LOGIN PASSWORD '%1'; "
                       "EXCEPTION WHEN duplicate_object THEN "
                       "ALTER ROLE motcua_password LOGIN PASSWORD '%1'; END $$")
            .arg(ServerPassword),
        &error);
    if (!ok
        || !test::detail::serverAdmin(
            QStringLiteral("ALTER DATABASE %1 OWNER TO motcua_password").arg(name), &error))
        qFatal("Cannot set up motcua_password: %s", qPrintable(error));
    return QString(admin).replace(QStringLiteral("://motcua@"),
                                  QStringLiteral("://motcua_password@"));
}

void TestOpenDatabase::buildsTheLocationFromTheFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefer is libpq's default") << "10.0.0.5" << 5432 << "office1"
                                               << "clerk"
                                               << "prefer"
                                               << "postgresql://clerk@10.0.0.5:5432/office1";
    QTest::newRow("no user, require")
        << "db.motcua.vn" << 6543 << "xa_an_binh"
        << ""
        << "require"
        << "postgresql://db.motcua.vn:6543/xa_an_binh?sslmode=require";
    QTest::newRow("verify-full") << "srv" << 5432 << "office1"
                                 << "clerk"
                                 << "verify-full"
                                 << "postgresql://clerk@srv:5432/office1?sslmode=verify-full";
    QTest::newRow("disable, IPv6") << "::1" << 5433 << "office1"
                                   << "clerk"
                                   << "disable"
                                   << "postgresql://clerk@[::1]:5433/office1?sslmode=disable";
    QTest::newRow("characters to encode") << " srv " << 5432 << "văn phòng"
                                          << "an@xa"
                                          << "prefer"
                                          << "postgresql://an%40xa@srv:5432/v%C4%83n%20ph%C3%B2ng";
    QTest::newRow("a file stays a path") << "" << 0 << ""
                                         << ""
                                         << ""
                                         << "office.sqlite";
}

void TestOpenDatabase::buildsTheLocationFromTheFields()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, expected);
    FakeServer server;
    OpenDatabaseDialog dialog(QString(), nullptr);
    dialog.setOpener(server.opener());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (host.isEmpty()) {
        expected = m_dir.filePath(expected);
        QFile file(expected);
        QVERIFY(file.open(QIODevice::WriteOnly)); // exists: no offer to create it
        file.close();
        dialog.findChild<QRadioButton *>(QStringLiteral("fileChoice"))->click();
        test::retype(dialog.findChild<QLineEdit *>(QStringLiteral("path")), expected);
    } else {
        fillServer(dialog, host, port, database, user, sslMode);
    }
    QCOMPARE(dialog.typedLocation(), expected);
    dialog.findChild<QPushButton *>(QStringLiteral("open"))->click();
    QCOMPARE(server.tried, QStringList {expected + QLatin1Char('|')});
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.location(), expected);
    QVERIFY(DatabaseLocation::parse(expected).isValid());
}

void TestOpenDatabase::refusesAnEmptyDatabaseName()
{
    FakeServer server;
    OpenDatabaseDialog dialog(QString(), nullptr);
    dialog.setOpener(server.opener());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->click();
    test::retype(dialog.findChild<QLineEdit *>(QStringLiteral("host")), QStringLiteral("srv"));
    dialog.findChild<QPushButton *>(QStringLiteral("open"))->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(server.tried.isEmpty());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Hãy nhập tên cơ sở dữ liệu trên máy chủ."));
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("databaseName")));
}

void TestOpenDatabase::showsARefusalAndStays()
{
    FakeServer server;
    server.refusal = Database::Error::Unreachable;
    OpenDatabaseDialog dialog(QString(), nullptr);
    dialog.setOpener(server.opener());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, QStringLiteral("nowhere"), 5432, QStringLiteral("office1"), {},
               QStringLiteral("prefer"));
    dialog.findChild<QPushButton *>(QStringLiteral("open"))->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text(),
             QStringLiteral("refused by the fake server"));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isHidden());
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("host")));
    QVERIFY(RecentDatabases::list().isEmpty());
    QVERIFY(QApplication::overrideCursor() == nullptr);
}

void TestOpenDatabase::asksForThePasswordAndStoresNone()
{
    FakeServer server;
    server.password = ServerPassword;
    OpenDatabaseDialog dialog(QString(), nullptr);
    dialog.setOpener(server.opener());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, QStringLiteral("10.0.0.5"), 5432, QStringLiteral("office1"),
               QStringLiteral("clerk"), QStringLiteral("require"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("open"));
    QVERIFY(!password->isVisible());
    open->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(password->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(message->text(),
             QStringLiteral("Máy chủ 10.0.0.5:5432 yêu cầu mật khẩu của người dùng clerk."));
    QCOMPARE(QApplication::focusWidget(), password);

    test::typeText(password, QStringLiteral("sai"));
    open->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(message->text(), QStringLiteral("refused by the fake server"));
    QVERIFY(password->text().isEmpty()); // retyped from nothing

    test::typeText(password, ServerPassword);
    open->click();
    const QString uri = QStringLiteral("postgresql://clerk@10.0.0.5:5432/office1?sslmode=require");
    QCOMPARE(server.tried,
             (QStringList {uri + "|", uri + "|sai", uri + QLatin1Char('|') + ServerPassword}));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.location(), uri);
    QCOMPARE(dialog.password(), ServerPassword);
    // Remembered, and the password nowhere in the settings.
    QCOMPARE(RecentDatabases::list(), QStringList {uri});
    const QByteArray stored = settingsFile();
    QVERIFY(stored.contains("10.0.0.5"));
    QVERIFY(!stored.contains(ServerPassword.toUtf8()));
    QVERIFY(!stored.contains(QUrl::toPercentEncoding(ServerPassword)));
}

void TestOpenDatabase::recentLocationsFillTheFields()
{
    const QString file = m_dir.filePath(QStringLiteral("recent.sqlite"));
    QVERIFY(RecentDatabases::remember(file));
    const QString uri = QStringLiteral("postgresql://clerk@srv:6000/office2?sslmode=verify-full");
    QVERIFY(RecentDatabases::remember(uri));
    OpenDatabaseDialog dialog(file, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("fileChoice"))->isChecked());
    auto *recent = dialog.findChild<QListWidget *>(QStringLiteral("recent"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->text(),
             QStringLiteral("office2 trên máy chủ srv:6000"));
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Home);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("srv"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6000);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sslMode"))->currentData().toString(),
             QStringLiteral("verify-full"));
    QCOMPARE(dialog.typedLocation(), uri);
    QTest::keyClick(recent, Qt::Key_Down);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("fileChoice"))->isChecked());
    QCOMPARE(dialog.typedLocation(), file);
}

void TestOpenDatabase::mnemonicsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << "vi";
    QTest::newRow("en") << "en";
}

void TestOpenDatabase::mnemonicsDoNotClash()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    QVERIFY(RecentDatabases::remember(QStringLiteral("postgresql://srv/office1")));
    FakeServer server;
    server.password = QStringLiteral("pw");
    OpenDatabaseDialog dialog(QStringLiteral("postgresql://srv/office1"), nullptr);
    dialog.setOpener(server.opener());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QPushButton *>(QStringLiteral("open"))->click(); // the password field too
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isVisible());
    QCOMPARE(test::mnemonicClashes(&dialog), QStringList());
    // Every label is shown whole at the dialog's own size.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    QVERIFY(dialog.width() <= 1000 && dialog.height() <= 700);

    ServerPasswordDialog prompt(DatabaseLocation::parse(QStringLiteral("postgresql://a@srv/x")));
    prompt.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prompt));
    QCOMPARE(test::mnemonicClashes(&prompt), QStringList());
}

void TestOpenDatabase::fileMenuOpensTheDialog()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("window.sqlite"))));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database created;
        QVERIFY(created.open(other));
    }
    MainWindow window(database);
    QStringList switched;
    window.setDatabaseSwitcher([&switched](const QString &location) { switched << location; });
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Mở &cơ sở dữ liệu…"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
    // The File menu's own mnemonics differ.
    QStringList keys;
    for (QAction *entry : window.menuBar()->actions().constFirst()->menu()->actions()) {
        const QString key = QKeySequence::mnemonic(entry->text()).toString();
        if (!key.isEmpty()) {
            QVERIFY2(!keys.contains(key), qPrintable(entry->text()));
            keys << key;
        }
    }

    QString seen;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<OpenDatabaseDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        seen = dialog->windowTitle();
        // It shows the database open now.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("path"))->text(), database.path());
        test::retype(dialog->findChild<QLineEdit *>(QStringLiteral("path")), other);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("path")), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(*answered);
    QCOMPARE(seen, QStringLiteral("Mở cơ sở dữ liệu"));
    QCOMPARE(switched, QStringList {other});
    QCOMPARE(RecentDatabases::last(), other);
}

void TestOpenDatabase::statusBarNamesTheDatabase()
{
    Database database;
    const QString location = test::newDatabaseLocation(m_dir, QStringLiteral("office1.sqlite"));
    QVERIFY2(database.open(location), qPrintable(database.errorMessage()));
    MainWindow window(database);
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("statusDatabase"));
    QVERIFY(label);
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (test::onServer()) {
        QCOMPARE(label->text(),
                 QStringLiteral("Cơ sở dữ liệu: %1 trên %2")
                     .arg(parsed.databaseName(), parsed.serverName()));
        QVERIFY(parsed.serverName().startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(label->toolTip(), location);
        QVERIFY(database.serverVersion().startsWith(QStringLiteral("PostgreSQL 15")));
        QVERIFY2(
            window.aboutText().contains(QStringLiteral("Máy chủ: ") + database.serverVersion()),
            qPrintable(window.aboutText()));
        QVERIFY(window.aboutText().contains(location));
    } else {
        QCOMPARE(label->text(), QStringLiteral("CSDL: office1.sqlite"));
        QCOMPARE(label->toolTip(), QFileInfo(location).absoluteFilePath());
        QVERIFY(!window.aboutText().contains(QStringLiteral("Máy chủ: ")));
    }
}

void TestOpenDatabase::liveServerAsksForThePassword()
{
    if (!test::onServer())
        QSKIP("needs the test server: runs as tst_opendatabase_postgresql");
    const QString uri = passwordProtectedDatabase(QStringLiteral("dialog"));
    const DatabaseLocation parsed = DatabaseLocation::parse(uri);
    OpenDatabaseDialog dialog(QString(), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, parsed.host(), parsed.port(), parsed.databaseName(), parsed.user(),
               QStringLiteral("disable"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("open"));
    open->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(password->isVisible());
    test::typeText(password, QStringLiteral("wrong"));
    open->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("message"))
                 ->text()
                 .contains(QStringLiteral("motcua_password")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("message"))->text()));
    test::typeText(password, ServerPassword);
    open->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.location(), uri + QStringLiteral("?sslmode=disable"));
    QCOMPARE(RecentDatabases::list(), QStringList {dialog.location()});
    QVERIFY(!settingsFile().contains(ServerPassword.toUtf8()));
}

void TestOpenDatabase::startAsksForThePasswordAndRetries()
{
    if (!test::onServer())
        QSKIP("needs the test server: runs as tst_opendatabase_postgresql");
    const QString uri = passwordProtectedDatabase(QStringLiteral("start"));
    const DatabaseLocation parsed = DatabaseLocation::parse(uri);
    QStringList seen;
    std::function<void(QWidget *)> answer = [&](QWidget *modal) {
        auto *prompt = qobject_cast<ServerPasswordDialog *>(modal);
        if (!prompt) {
            seen << modal->objectName();
            modal->close();
            return;
        }
        const QString intro = prompt->findChild<QLabel *>(QStringLiteral("intro"))->text();
        QVERIFY2(intro.contains(parsed.serverName()) && intro.contains("motcua_password"),
                 qPrintable(intro));
        auto *message = prompt->findChild<QLabel *>(QStringLiteral("message"));
        auto *password = prompt->findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        if (seen.isEmpty()) {
            QVERIFY(message->isHidden());
            seen << QStringLiteral("prompt");
            test::typeText(password, QStringLiteral("wrong"));
            test::answerNextModal(answer);
        } else {
            QVERIFY(!message->isHidden()); // why the first was refused
            seen << QStringLiteral("prompt again");
            test::typeText(password, ServerPassword);
        }
        prompt->findChild<QPushButton *>(QStringLiteral("connect"))->click();
    };
    auto answered = test::answerNextModal(answer);
    Database database;
    bool cancelled = true;
    QVERIFY(GuiStartup::openDatabase(database, uri, &cancelled));
    QVERIFY(*answered);
    QVERIFY(!cancelled);
    QCOMPARE(seen, (QStringList {"prompt", "prompt again"}));
    QVERIFY(database.isOpen() && database.isServer());
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
}

void TestOpenDatabase::startEndsCleanlyWhenThePasswordIsNotGiven()
{
    if (!test::onServer())
        QSKIP("needs the test server: runs as tst_opendatabase_postgresql");
    const QString uri = passwordProtectedDatabase(QStringLiteral("cancel"));
    QString seen;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        seen = modal->objectName();
        modal->findChild<QPushButton *>(QStringLiteral("cancel"))->click();
    });
    Database database;
    bool cancelled = false;
    QVERIFY(!GuiStartup::openDatabase(database, uri, &cancelled));
    QVERIFY(*answered);
    QCOMPARE(seen, QStringLiteral("ServerPasswordDialog"));
    QVERIFY(cancelled);
    QVERIFY(!database.isOpen());
}

QTEST_MAIN(TestOpenDatabase)
#include "tst_opendatabase.moc"
