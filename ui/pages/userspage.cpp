#include "pages/userspage.h"

#include "dialogs/passworddialog.h"
#include "dialogs/userdialog.h"
#include "item/usermodel.h"
#include "store/userstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

UsersPage::UsersPage(const QSqlDatabase &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_model(new UserModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_enable(new QPushButton(this))
    , m_resetPassword(new QPushButton(this))
    , m_changeRole(new QPushButton(this))
{
    setObjectName(QStringLiteral("UsersPage"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_disable->setObjectName(QStringLiteral("disableUser"));
    m_enable->setObjectName(QStringLiteral("enableUser"));
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_changeRole->setObjectName(QStringLiteral("changeRole"));

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserModel::Username, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Short columns as wide as their contents, the name takes the rest; nothing wraps.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UserModel::FullName, QHeaderView::Stretch);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &UsersPage::enableSelected);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetPasswordOfSelected);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRoleOfSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::resetPasswordOfSelected);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_disable, m_enable, m_resetPassword, m_changeRole})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    retranslate();
    updateButtons();
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UserModel::UsernameRole).toString();
}

void UsersPage::selectUser(const QString &username)
{
    const int row = m_model->rowOf(username);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void UsersPage::updateButtons()
{
    const int row = m_model->rowOf(selectedUsername());
    const bool selected = row >= 0;
    const bool active = selected && m_model->account(row).active;
    const bool locked = selected && m_model->index(row, 0).data(UserModel::LockedRole).toBool();
    const bool self = selected && m_model->account(row).id == m_actor.userId;
    m_disable->setEnabled(active && !self);
    m_enable->setEnabled(selected && (!active || locked));
    m_resetPassword->setEnabled(selected);
    m_changeRole->setEnabled(selected);
}

void UsersPage::finish(bool ok, const QString &error, const QString &username)
{
    if (!ok) {
        QMessageBox::warning(this, tr("Users"), error);
        return;
    }
    m_model->reload();
    selectUser(username);
}

void UsersPage::addUser()
{
    UserDialog dialog(UserDialog::Mode::NewUser, m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        finish(true, {}, dialog.username());
}

void UsersPage::disableSelected()
{
    const QString username = selectedUsername();
    QString error;
    finish(UserStore(m_db).setActive(m_actor, username, false, &error), error, username);
}

void UsersPage::enableSelected()
{
    const QString username = selectedUsername();
    QString error;
    finish(UserStore(m_db).setActive(m_actor, username, true, &error), error, username);
}

void UsersPage::resetPasswordOfSelected()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, m_db, m_actor, username, this);
    if (dialog.exec() == QDialog::Accepted)
        finish(true, {}, username);
}

void UsersPage::changeRoleOfSelected()
{
    const int row = m_model->rowOf(selectedUsername());
    if (row < 0)
        return;
    const UserAccount account = m_model->account(row);
    const QList<Role> roles = {Role::Clerk, Role::Supervisor, Role::Administrator};
    QStringList labels;
    for (Role role : roles)
        labels.append(Roles::label(role));
    bool chosen = false;
    const QString label = QInputDialog::getItem(
        this, tr("Change the role"), tr("Role of %1 (%2):").arg(account.fullName, account.username),
        labels, int(roles.indexOf(account.role)), false, &chosen);
    if (!chosen || label == Roles::label(account.role))
        return;
    QString error;
    finish(
        UserStore(m_db).setRole(m_actor, account.username, roles.at(labels.indexOf(label)), &error),
        error, account.username);
}

void UsersPage::retranslate()
{
    m_title->setText(tr("Users"));
    m_add->setText(tr("&Add a user…"));
    m_disable->setText(tr("Di&sable"));
    m_enable->setText(tr("&Enable"));
    m_resetPassword->setText(tr("Set a new &password…"));
    m_changeRole->setText(tr("Change the &role…"));
    m_disable->setToolTip(tr("A disabled account cannot sign in; its history stays."));
    m_enable->setToolTip(tr("Allows the account to sign in again, also after a lockout."));
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

} // namespace motcua
