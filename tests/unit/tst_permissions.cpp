#include "domain/actor.h"

#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::Role)
Q_DECLARE_METATYPE(motcua::Permission)

// Each role against each permission: the table the stores enforce.
class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void roleAgainstPermission_data();
    void roleAgainstPermission();
    void nobodyMayDoAnything_data();
    void nobodyMayDoAnything();
    void headlessActorIsAdministratorWithoutAccount();
    void roleKeysRoundTrip_data();
    void roleKeysRoundTrip();
};

namespace {

const QList<Permission> allPermissions = {
    Permission::ReceiveDossier, Permission::HandleDossier, Permission::ApproveExtension,
    Permission::ViewReports,    Permission::EditCatalogue, Permission::EditCalendar,
    Permission::EditSettings,   Permission::ManageUsers,   Permission::Backup,
};

const char *permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return "receive";
    case Permission::HandleDossier:
        return "handle";
    case Permission::ApproveExtension:
        return "approve extension";
    case Permission::ViewReports:
        return "view reports";
    case Permission::EditCatalogue:
        return "edit catalogue";
    case Permission::EditCalendar:
        return "edit calendar";
    case Permission::EditSettings:
        return "edit settings";
    case Permission::ManageUsers:
        return "manage users";
    case Permission::Backup:
        return "backup";
    }
    return "?";
}

} // namespace

void TestPermissions::roleAgainstPermission_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");

    // Clerks receive, transfer, record results and returns; supervisors also approve apologies
    // and extensions and see reports; administrators also edit catalogue, calendar, settings
    // and users, and back up.
    const QList<Permission> clerk = {Permission::ReceiveDossier, Permission::HandleDossier};
    const QList<Permission> supervisor
        = clerk + QList<Permission> {Permission::ApproveExtension, Permission::ViewReports};
    const struct
    {
        const char *name;
        Role role;
        QList<Permission> granted;
    } roles[] = {
        {"clerk", Role::Clerk, clerk},
        {"supervisor", Role::Supervisor, supervisor},
        {"administrator", Role::Administrator, allPermissions},
    };
    for (const auto &entry : roles) {
        for (Permission permission : allPermissions)
            QTest::addRow("%s / %s", entry.name, permissionName(permission))
                << entry.role << permission << entry.granted.contains(permission);
    }
}

void TestPermissions::roleAgainstPermission()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);

    QCOMPARE(Roles::allows(role, permission), allowed);
    Actor actor;
    actor.username = QStringLiteral("someone");
    actor.role = role;
    QCOMPARE(actor.can(permission), allowed);
    // Every refusal has its own explanation, which permits() hands to the store's caller.
    QVERIFY(!Roles::deniedMessage(permission).isEmpty());
    QString refusal;
    QCOMPARE(actor.permits(permission, &refusal), allowed);
    QCOMPARE(refusal, allowed ? QString() : Roles::deniedMessage(permission));
}

void TestPermissions::nobodyMayDoAnything_data()
{
    QTest::addColumn<Permission>("permission");
    for (Permission permission : allPermissions)
        QTest::addRow("%s", permissionName(permission)) << permission;
}

void TestPermissions::nobodyMayDoAnything()
{
    QFETCH(Permission, permission);
    Actor nobody;
    nobody.role = Role::Administrator; // a role without a person grants nothing
    QVERIFY(!nobody.isValid());
    QVERIFY(!nobody.can(permission));
}

void TestPermissions::headlessActorIsAdministratorWithoutAccount()
{
    const Actor actor = Actor::systemAccount(QStringLiteral("canbo"));
    QCOMPARE(actor.role, Role::Administrator);
    QCOMPARE(actor.userId, 0);
    QCOMPARE(actor.displayName(), QStringLiteral("canbo"));
    for (Permission permission : allPermissions)
        QVERIFY(actor.can(permission));
}

void TestPermissions::roleKeysRoundTrip_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("key");
    QTest::newRow("clerk") << Role::Clerk << "clerk";
    QTest::newRow("supervisor") << Role::Supervisor << "supervisor";
    QTest::newRow("administrator") << Role::Administrator << "admin";
}

void TestPermissions::roleKeysRoundTrip()
{
    QFETCH(Role, role);
    QFETCH(QString, key);
    QCOMPARE(Roles::key(role), key);
    Role parsed = role == Role::Clerk ? Role::Administrator : Role::Clerk;
    QVERIFY(Roles::fromKey(key, &parsed));
    QCOMPARE(parsed, role);
    QVERIFY(!Roles::fromKey(key.toUpper(), &parsed));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
