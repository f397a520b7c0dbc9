#include "accountsupport.h"
#include "db/database.h"
#include "domain/clock.h"
#include "domain/password.h"
#include "store/eventlog.h"
#include "store/userstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::Role)
Q_DECLARE_METATYPE(motcua::UserStore::SignIn::Outcome)

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roleAgainstUserAction_data();
    void roleAgainstUserAction();
    void firstAdministratorOnlyWhileNoAccountExists();
    void passwordsAreArgon2idHashes();
    void passwordRules_data();
    void passwordRules();
    void usernames_data();
    void usernames();
    void authenticate_data();
    void authenticate();
    void lockoutAfterFiveFailures();
    void successResetsTheFailureCount();
    void newPasswordFromAnAdministratorLiftsTheLockout();
    void changeOwnPasswordNeedsTheCurrentOne();
    void lastActiveAdministratorIsKept();
    void nobodyDisablesTheirOwnAccount();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    UserStore store() const { return UserStore(db()); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

namespace {
const QString goodPassword = QStringLiteral("correct horse");
}

void TestUserStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUserStore::init()
{
    Clock::setFixed({});
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("users-%1.sqlite").arg(++m_counter))));
}

void TestUserStore::cleanup()
{
    Clock::setFixed({});
    m_database.reset();
}

void TestUserStore::roleAgainstUserAction_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("kind");

    const struct
    {
        const char *name;
        Role role;
    } roles[] = {{"clerk", Role::Clerk},
                 {"supervisor", Role::Supervisor},
                 {"administrator", Role::Administrator}};
    const struct
    {
        const char *action;
        const char *kind;
        bool everyone;
    } actions[] = {
        {"add", "user-added", false},        {"disable", "user-disabled", false},
        {"enable", "user-enabled", false},   {"set password", "password-reset", false},
        {"set role", "role-changed", false}, {"change own password", "password-changed", true},
    };
    for (const auto &role : roles) {
        for (const auto &action : actions)
            QTest::addRow("%s / %s", role.name, action.action)
                << role.role << QString::fromLatin1(action.action)
                << (action.everyone || role.role == Role::Administrator)
                << QString::fromLatin1(action.kind);
    }
}

void TestUserStore::roleAgainstUserAction()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(QString, kind);

    const Actor actor = test::addAccount(db(), QStringLiteral("actor"), role);
    QVERIFY(actor.isValid());
    QVERIFY(test::addAccount(db(), QStringLiteral("target"), Role::Clerk).isValid());
    if (action == QLatin1String("enable")) {
        QString error;
        QVERIFY2(store().setActive(test::systemActor(), QStringLiteral("target"), false, &error),
                 qPrintable(error));
    }
    const qint64 eventsBefore = test::eventCount(db());
    const QString usersBefore = test::usersSnapshot(db());

    UserStore users = store();
    QString error;
    bool ok = false;
    if (action == QLatin1String("add"))
        ok = users.addUser(actor, QStringLiteral("newcomer"), QStringLiteral("Trần Văn Mới"),
                           Role::Clerk, QStringLiteral("a new password"), &error);
    else if (action == QLatin1String("disable"))
        ok = users.setActive(actor, QStringLiteral("target"), false, &error);
    else if (action == QLatin1String("enable"))
        ok = users.setActive(actor, QStringLiteral("target"), true, &error);
    else if (action == QLatin1String("set password"))
        ok = users.setPassword(actor, QStringLiteral("target"), QStringLiteral("another password"),
                               &error);
    else if (action == QLatin1String("set role"))
        ok = users.setRole(actor, QStringLiteral("target"), Role::Supervisor, &error);
    else if (action == QLatin1String("change own password"))
        ok = users.changeOwnPassword(actor, goodPassword, QStringLiteral("my own new one"), &error);
    else
        QFAIL("unknown action");

    if (!allowed) {
        QVERIFY(!ok);
        QCOMPARE(error, Roles::deniedMessage(Permission::ManageUsers));
        // Refused means nothing written: no account changed, no event.
        QCOMPARE(test::usersSnapshot(db()), usersBefore);
        QCOMPARE(test::eventCount(db()), eventsBefore);
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(test::usersSnapshot(db()) != usersBefore);
    QCOMPARE(test::eventCount(db()), eventsBefore + 1);
    const EventRecord event = test::lastEvent(db());
    QCOMPARE(event.kind, kind);
    QCOMPARE(event.actor, actor.displayName());
    QCOMPARE(event.userId, actor.userId);
    QVERIFY(EventLog(db()).verifyChain().isIntact());
}

void TestUserStore::firstAdministratorOnlyWhileNoAccountExists()
{
    QVERIFY(!store().hasAccounts());
    QString error;
    QVERIFY2(store().createFirstAdministrator(QStringLiteral("QuanTri"),
                                              QStringLiteral("Lê Văn Quản"), goodPassword, &error),
             qPrintable(error));
    QVERIFY(store().hasAccounts());
    const auto admin = store().find(QStringLiteral("quantri"));
    QVERIFY(admin);
    QCOMPARE(admin->role, Role::Administrator);
    QCOMPARE(admin->fullName, QStringLiteral("Lê Văn Quản"));
    // The new administrator is named as the actor of their own creation.
    const EventRecord event = test::lastEvent(db());
    QCOMPARE(event.kind, QStringLiteral("user-added"));
    QCOMPARE(event.userId, admin->id);
    QCOMPARE(event.actor, QStringLiteral("Lê Văn Quản"));

    const QString before = test::usersSnapshot(db());
    QVERIFY(!store().createFirstAdministrator(QStringLiteral("other"), QStringLiteral("Other"),
                                              goodPassword, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QCOMPARE(test::usersSnapshot(db()), before);
    QCOMPARE(test::eventCount(db()), 1);
}

void TestUserStore::passwordsAreArgon2idHashes()
{
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, goodPassword).isValid());
    QSqlQuery query(QStringLiteral("SELECT password_hash FROM users WHERE username = 'lan'"), db());
    QVERIFY(query.next());
    const QString hash = query.value(0).toString();
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(goodPassword));
    QVERIFY(Password::verify(hash, goodPassword));
    QVERIFY(!Password::verify(hash, goodPassword + QLatin1Char('!')));
    // Salted: the same password never gives the same hash twice.
    QVERIFY(Password::hash(goodPassword) != Password::hash(goodPassword));
}

void TestUserStore::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("seven") << "1234567" << false;
    QTest::newRow("eight") << "12345678" << true;
    QTest::newRow("eight with diacritics") << "mật khẩu" << true;
    // Decomposed, "ẩ" is three code units but one character: these are still seven and eight.
    QTest::newRow("seven, decomposed")
        << QStringLiteral("mật khẩ").normalized(QString::NormalizationForm_D) << false;
    QTest::newRow("eight, decomposed")
        << QStringLiteral("mật khẩu").normalized(QString::NormalizationForm_D) << true;
}

void TestUserStore::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(Password::problem(password).isEmpty(), accepted);
    QString error;
    QCOMPARE(store().addUser(test::systemActor(), QStringLiteral("rule"), QStringLiteral("Rule"),
                             Role::Clerk, password, &error),
             accepted);
    if (!accepted) {
        QVERIFY2(error.contains(QStringLiteral("at least 8 character(s)")), qPrintable(error));
        QVERIFY(!store().hasAccounts());
        QCOMPARE(test::eventCount(db()), 0);
    }
}

void TestUserStore::usernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << "lan"
                           << "lan";
    QTest::newRow("upper case and spaces") << "  NguyenLan "
                                           << "nguyenlan";
    QTest::newRow("dot and digits") << "lan.nt-2"
                                    << "lan.nt-2";
    QTest::newRow("diacritics") << "lân"
                                << "";
    QTest::newRow("space inside") << "lan nt"
                                  << "";
    QTest::newRow("one letter") << "l"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestUserStore::usernames()
{
    QFETCH(QString, username);
    QFETCH(QString, stored);
    QString error;
    const bool ok = store().addUser(test::systemActor(), username, QStringLiteral("Lan"),
                                    Role::Clerk, goodPassword, &error);
    QCOMPARE(ok, !stored.isEmpty());
    if (ok) {
        QVERIFY(store().find(stored));
        // The same name in other letters is the same account.
        QVERIFY(!store().addUser(test::systemActor(), stored.toUpper(), QStringLiteral("Lan"),
                                 Role::Clerk, goodPassword, &error));
        QVERIFY2(error.contains(QStringLiteral("already taken")), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY(!store().hasAccounts());
    }
}

void TestUserStore::authenticate_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<UserStore::SignIn::Outcome>("outcome");
    QTest::addColumn<QString>("kind");
    using Outcome = UserStore::SignIn::Outcome;
    QTest::newRow("right") << "lan"
                           << "mật khẩu đúng" << false << Outcome::SignedIn << "login";
    QTest::newRow("username in capitals")
        << "LAN"
        << "mật khẩu đúng" << false << Outcome::SignedIn << "login";
    QTest::newRow("password typed decomposed")
        << "lan" << QString::fromUtf8("mật khẩu đúng").normalized(QString::NormalizationForm_D)
        << false << Outcome::SignedIn << "login";
    QTest::newRow("wrong password")
        << "lan"
        << "mat khau dung" << false << Outcome::WrongCredentials << "login-failed";
    QTest::newRow("unknown user") << "lann"
                                  << "mật khẩu đúng" << false << Outcome::WrongCredentials
                                  << "login-failed";
    QTest::newRow("disabled, right password")
        << "lan"
        << "mật khẩu đúng" << true << Outcome::Disabled << "login-failed";
    QTest::newRow("disabled, wrong password")
        << "lan"
        << "wrong one" << true << Outcome::WrongCredentials << "login-failed";
}

void TestUserStore::authenticate()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, disabled);
    QFETCH(UserStore::SignIn::Outcome, outcome);
    QFETCH(QString, kind);

    const Actor lan = test::addAccount(db(), QStringLiteral("lan"), Role::Supervisor,
                                       QStringLiteral("mật khẩu đúng"));
    QVERIFY(lan.isValid());
    QString error;
    if (disabled)
        QVERIFY(store().setActive(test::systemActor(), QStringLiteral("lan"), false, &error));

    const UserStore::SignIn result = store().authenticate(username, password);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.isSignedIn(), outcome == UserStore::SignIn::Outcome::SignedIn);
    const EventRecord event = test::lastEvent(db());
    QCOMPARE(event.kind, kind);
    if (result.isSignedIn()) {
        QCOMPARE(result.actor.userId, lan.userId);
        QCOMPARE(result.actor.role, Role::Supervisor);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(event.userId, lan.userId);
        return;
    }
    QVERIFY(!result.actor.isValid());
    QVERIFY(!result.message.isEmpty());
    // An unknown name and a wrong password get the same answer: usernames stay private.
    if (outcome == UserStore::SignIn::Outcome::WrongCredentials)
        QCOMPARE(result.message, QStringLiteral("Wrong username or password."));
    // What was typed as a username is not kept when it names no account.
    if (username == QLatin1String("lann"))
        QVERIFY(!QJsonDocument(event.details).toJson().contains("lann")
                && event.actor != QLatin1String("lann"));
}

void TestUserStore::lockoutAfterFiveFailures()
{
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, goodPassword).isValid());
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), QTimeZone("Asia/Ho_Chi_Minh"));
    Clock::setFixed(start);
    const qint64 eventsBefore = test::eventCount(db());

    for (int attempt = 1; attempt < UserStore::MaxFailedAttempts; ++attempt) {
        const auto result
            = store().authenticate(QStringLiteral("lan"), QStringLiteral("guess %1").arg(attempt));
        QCOMPARE(result.outcome, UserStore::SignIn::Outcome::WrongCredentials);
        QCOMPARE(store().find(QStringLiteral("lan"))->failedAttempts, attempt);
    }
    const auto locked = store().authenticate(QStringLiteral("lan"), QStringLiteral("last guess"));
    QCOMPARE(locked.outcome, UserStore::SignIn::Outcome::Locked);
    QCOMPARE(locked.lockedUntil, start.addSecs(UserStore::LockoutMinutes * 60));
    QVERIFY2(locked.message.contains(QStringLiteral("locked for 15 minute(s)")),
             qPrintable(locked.message));
    QCOMPARE(store().find(QStringLiteral("lan"))->lockedUntil, start.addSecs(15 * 60));
    // Five failures and the lock, each an event.
    QCOMPARE(test::eventCount(db()), eventsBefore + 6);
    QCOMPARE(test::lastEvent(db()).kind, QStringLiteral("user-locked"));

    // While locked, even the right password is refused, and the time left is told.
    Clock::setFixed(start.addSecs(14 * 60 + 1));
    const auto stillLocked = store().authenticate(QStringLiteral("lan"), goodPassword);
    QCOMPARE(stillLocked.outcome, UserStore::SignIn::Outcome::Locked);
    QVERIFY2(stillLocked.message.contains(QStringLiteral("Try again in 1 minute(s)")),
             qPrintable(stillLocked.message));
    Clock::setFixed(start.addSecs(5 * 60));
    QVERIFY(store()
                .authenticate(QStringLiteral("lan"), goodPassword)
                .message.contains(QStringLiteral("10 minute(s)")));

    // Fifteen minutes after the lock, the right password works again.
    Clock::setFixed(start.addSecs(15 * 60));
    const auto again = store().authenticate(QStringLiteral("lan"), goodPassword);
    QCOMPARE(again.outcome, UserStore::SignIn::Outcome::SignedIn);
    QCOMPARE(store().find(QStringLiteral("lan"))->failedAttempts, 0);
    QVERIFY(!store().find(QStringLiteral("lan"))->lockedUntil.isValid());
    QVERIFY(EventLog(db()).verifyChain().isIntact());
}

void TestUserStore::successResetsTheFailureCount()
{
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, goodPassword).isValid());
    for (int round = 0; round < 2; ++round) {
        for (int attempt = 1; attempt < UserStore::MaxFailedAttempts; ++attempt)
            QCOMPARE(store().authenticate(QStringLiteral("lan"), QStringLiteral("wrong")).outcome,
                     UserStore::SignIn::Outcome::WrongCredentials);
        QVERIFY(store().authenticate(QStringLiteral("lan"), goodPassword).isSignedIn());
    }
    QCOMPARE(store().find(QStringLiteral("lan"))->failedAttempts, 0);
}

void TestUserStore::newPasswordFromAnAdministratorLiftsTheLockout()
{
    QVERIFY(test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, goodPassword).isValid());
    for (int attempt = 0; attempt < UserStore::MaxFailedAttempts; ++attempt)
        store().authenticate(QStringLiteral("lan"), QStringLiteral("wrong"));
    QVERIFY(store().find(QStringLiteral("lan"))->isLockedAt(Clock::now()));
    QString error;
    QVERIFY2(store().setPassword(test::systemActor(), QStringLiteral("lan"),
                                 QStringLiteral("brand new one"), &error),
             qPrintable(error));
    QVERIFY(!store().find(QStringLiteral("lan"))->isLockedAt(Clock::now()));
    QVERIFY(!store().authenticate(QStringLiteral("lan"), goodPassword).isSignedIn());
    QVERIFY(
        store().authenticate(QStringLiteral("lan"), QStringLiteral("brand new one")).isSignedIn());
}

void TestUserStore::changeOwnPasswordNeedsTheCurrentOne()
{
    const Actor lan = test::addAccount(db(), QStringLiteral("lan"), Role::Clerk, goodPassword);
    const QString before = test::usersSnapshot(db());
    const qint64 events = test::eventCount(db());
    QString error;
    QVERIFY(!store().changeOwnPassword(lan, QStringLiteral("not the current one"),
                                       QStringLiteral("new password"), &error));
    QCOMPARE(error, QStringLiteral("The current password is wrong."));
    QVERIFY(!store().changeOwnPassword(lan, goodPassword, QStringLiteral("short"), &error));
    QVERIFY(!store().changeOwnPassword(lan, goodPassword, goodPassword, &error));
    // The headless account has no password of its own.
    QVERIFY(!store().changeOwnPassword(test::systemActor(), goodPassword,
                                       QStringLiteral("new password"), &error));
    QCOMPARE(test::usersSnapshot(db()), before);
    QCOMPARE(test::eventCount(db()), events);

    QVERIFY2(store().changeOwnPassword(lan, goodPassword, QStringLiteral("new password"), &error),
             qPrintable(error));
    QVERIFY(
        store().authenticate(QStringLiteral("lan"), QStringLiteral("new password")).isSignedIn());
    QVERIFY(!store().authenticate(QStringLiteral("lan"), goodPassword).isSignedIn());
}

void TestUserStore::lastActiveAdministratorIsKept()
{
    QString error;
    QVERIFY(store().createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"),
                                             goodPassword, &error));
    const QString before = test::usersSnapshot(db());
    QVERIFY(!store().setActive(test::systemActor(), QStringLiteral("admin"), false, &error));
    QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
    QVERIFY(!store().setRole(test::systemActor(), QStringLiteral("admin"), Role::Clerk, &error));
    QVERIFY2(error.contains(QStringLiteral("last active administrator")), qPrintable(error));
    QCOMPARE(test::usersSnapshot(db()), before);

    QVERIFY(test::addAccount(db(), QStringLiteral("second"), Role::Administrator).isValid());
    QVERIFY2(store().setRole(test::systemActor(), QStringLiteral("admin"), Role::Clerk, &error),
             qPrintable(error));
    const EventRecord event = test::lastEvent(db());
    QCOMPARE(event.kind, QStringLiteral("role-changed"));
    QCOMPARE(event.details.value(QStringLiteral("from")).toString(), QStringLiteral("admin"));
    QCOMPARE(event.details.value(QStringLiteral("to")).toString(), QStringLiteral("clerk"));
    QVERIFY(!store().setActive(test::systemActor(), QStringLiteral("second"), false, &error));
}

void TestUserStore::nobodyDisablesTheirOwnAccount()
{
    const Actor admin = test::addAccount(db(), QStringLiteral("admin"), Role::Administrator);
    QVERIFY(test::addAccount(db(), QStringLiteral("other"), Role::Administrator).isValid());
    QString error;
    QVERIFY(!store().setActive(admin, QStringLiteral("admin"), false, &error));
    QCOMPARE(error, QStringLiteral("You cannot disable your own account."));
    QVERIFY(store().find(QStringLiteral("admin"))->active);
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
