#pragma once

#include "domain/actor.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace motcua {

class UserModel;

// Administration of accounts: add, disable, enable, set a new password, change the role.
// Installed for administrators only; UserStore refuses anyone else anyway.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    UsersPage(const QSqlDatabase &db, const Actor &actor, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectUser(const QString &username);
    QString selectedUsername() const;

    void addUser();
    void disableSelected();
    void enableSelected();
    void resetPasswordOfSelected();
    void changeRoleOfSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    // Shows a refusal, or reloads and keeps the selection.
    void finish(bool ok, const QString &error, const QString &username);

    QSqlDatabase m_db;
    Actor m_actor;
    UserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_resetPassword;
    QPushButton *m_changeRole;
};

} // namespace motcua
