#include "domain/actor.h"

namespace motcua {

bool Actor::can(Permission permission) const
{
    return isValid() && Roles::allows(role, permission);
}

bool Actor::permits(Permission permission, QString *refusal) const
{
    if (can(permission))
        return true;
    *refusal = Roles::deniedMessage(permission);
    return false;
}

Actor Actor::systemAccount(const QString &operatingSystemUser)
{
    Actor actor;
    actor.username = operatingSystemUser;
    actor.fullName = operatingSystemUser;
    actor.role = Role::Administrator;
    return actor;
}

namespace Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

bool fromKey(const QString &key, Role *role)
{
    for (Role candidate : {Role::Clerk, Role::Supervisor, Role::Administrator}) {
        if (Roles::key(candidate) == key) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString label(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Roles", "Counter clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("Roles", "Supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("Roles", "Administrator");
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
    case Permission::HandleDossier:
        return true;
    case Permission::ApproveExtension:
    case Permission::ViewReports:
        return role == Role::Supervisor || role == Role::Administrator;
    case Permission::EditCatalogue:
    case Permission::EditCalendar:
    case Permission::EditSettings:
    case Permission::ManageUsers:
    case Permission::Backup:
        return role == Role::Administrator;
    }
    return false;
}

QString deniedMessage(Permission permission)
{
    switch (permission) {
    case Permission::ReceiveDossier:
        return QCoreApplication::translate("Roles", "You are not allowed to receive dossiers.");
    case Permission::HandleDossier:
        return QCoreApplication::translate("Roles", "You are not allowed to handle dossiers.");
    case Permission::ApproveExtension:
        return QCoreApplication::translate(
            "Roles", "Only a supervisor may approve an apology and a new return date.");
    case Permission::ViewReports:
        return QCoreApplication::translate(
            "Roles", "Only a supervisor may view reports and export personal data in bulk.");
    case Permission::EditCatalogue:
        return QCoreApplication::translate(
            "Roles", "Only an administrator may edit the procedure catalogue.");
    case Permission::EditCalendar:
        return QCoreApplication::translate("Roles",
                                           "Only an administrator may edit the working calendar.");
    case Permission::EditSettings:
        return QCoreApplication::translate(
            "Roles", "Only an administrator may change the office's settings.");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Roles",
                                           "Only an administrator may manage user accounts.");
    case Permission::Backup:
        return QCoreApplication::translate(
            "Roles", "Only an administrator may back up or restore the database.");
    }
    return {};
}

} // namespace Roles
} // namespace motcua
