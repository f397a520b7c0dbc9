#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua {

enum class Role { Clerk, Supervisor, Administrator };

// What a person may do. Checked by the stores before anything is written, so that a hidden
// button is never the only guard.
enum class Permission {
    ReceiveDossier, // reception: receive, request completion, refuse
    HandleDossier, // transfer, pauses, result, return, stop
    ApproveExtension, // the apology slip and its new date
    ViewReports, // supervisor board, period reports, register, bulk exports
    EditCatalogue,
    EditCalendar,
    EditSettings,
    ManageUsers,
    Backup,
};

// Who acts: the signed-in user in the window; the operating-system account for headless
// commands (whoever holds the database file is its administrator).
struct Actor
{
    qint64 userId = 0; // 0 when the actor is not an account (headless)
    QString username;
    QString fullName;
    Role role = Role::Clerk;

    bool isValid() const { return !username.isEmpty(); }
    bool can(Permission permission) const;
    // can(), and when not, Roles::deniedMessage() in *refusal: the first line of every
    // guarded store action.
    bool permits(Permission permission, QString *refusal) const;
    QString displayName() const { return fullName.isEmpty() ? username : fullName; }

    static Actor systemAccount(const QString &operatingSystemUser);
};

namespace Roles {
QString key(Role role); // "clerk", "supervisor", "admin" (stored)
bool fromKey(const QString &key, Role *role);
QString label(Role role); // translated
bool allows(Role role, Permission permission);
QString deniedMessage(Permission permission); // translated, for the refusal
} // namespace Roles

} // namespace motcua
