#include "item/usermodel.h"

#include "domain/clock.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace motcua {

UserModel::UserModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void UserModel::reload()
{
    beginResetModel();
    m_accounts = UserStore(m_db).list();
    endResetModel();
}

int UserModel::rowOf(const QString &username) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).username == username)
            return row;
    }
    return -1;
}

int UserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserModel::statusText(const UserAccount &account) const
{
    if (!account.active)
        return tr("Disabled");
    if (account.isLockedAt(Clock::now()))
        return tr("Locked until %1")
            .arg(
                QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Active");
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Username:
            return account.username;
        case FullName:
            return account.fullName;
        case RoleColumn:
            return Roles::label(account.role);
        case Status:
            return statusText(account);
        case Created:
            return QLocale().toString(account.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Username:
            return account.username;
        case FullName:
            return account.fullName;
        case RoleColumn:
            return int(account.role);
        case Status:
            return account.active ? (account.isLockedAt(Clock::now()) ? 1 : 0) : 2;
        case Created:
            return account.createdAt.toSecsSinceEpoch();
        }
        break;
    case UsernameRole:
        return account.username;
    case ActiveRole:
        return account.active;
    case LockedRole:
        return account.isLockedAt(Clock::now());
    case RoleKeyRole:
        return Roles::key(account.role);
    case Qt::ForegroundRole:
        // Disabled accounts are greyed: they exist only for the history.
        if (!account.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    default:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case FullName:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace motcua
