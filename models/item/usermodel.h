#pragma once

#include "store/userstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace motcua {

// The accounts, for the administration page. A handful of rows: reload() reads them all.
class UserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserModel)

public:
    enum Column { Username, FullName, RoleColumn, Status, Created, ColumnCount };
    enum DataRole {
        SortRole = Qt::UserRole + 1, // the raw value: key, flag, seconds since the epoch
        UsernameRole,
        ActiveRole,
        LockedRole,
        RoleKeyRole,
    };

    explicit UserModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void reload();
    int rowOf(const QString &username) const; // -1 when absent
    const UserAccount &account(int row) const { return m_accounts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const UserAccount &account) const;

    QSqlDatabase m_db;
    QList<UserAccount> m_accounts;
};

} // namespace motcua
