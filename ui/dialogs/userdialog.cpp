#include "dialogs/userdialog.h"

#include "dialogs/dialogsupport.h"
#include "domain/password.h"
#include "store/userstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

UserDialog::UserDialog(Mode mode, const QSqlDatabase &db, const Actor &by, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_db(db)
    , m_by(by)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(DialogSupport::passwordEdit(this, QStringLiteral("password")))
    , m_repeated(DialogSupport::passwordEdit(this, QStringLiteral("repeatedPassword")))
    , m_message(DialogSupport::messageLabel(this))
{
    setObjectName(QStringLiteral("UserDialog"));
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_username->setMaxLength(32);
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Administrator})
        m_role->addItem(Roles::label(role), Roles::key(role));

    auto *heading = new QLabel(this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    if (mode == Mode::NewUser)
        form->addRow(tr("&Role:"), m_role);
    else
        m_role->hide();
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeated);
    m_password->setPlaceholderText(
        tr("At least %n character(s)", nullptr, Password::MinimumLength));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(
        mode == Mode::FirstAdministrator ? tr("Create and sign in") : tr("Add the account"),
        QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("create"));
    create->setDefault(true);
    buttons->addButton(mode == Mode::FirstAdministrator ? tr("Quit") : tr("Cancel"),
                       QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    if (mode == Mode::FirstAdministrator) {
        setWindowTitle(tr("Welcome to Một Cửa"));
        heading->setText(windowTitle());
        intro->setText(
            tr("No account exists yet. Create the administrator's account: the administrator "
               "adds the accounts of clerks and supervisors, and maintains the procedure "
               "catalogue, the working calendar and the settings."));
    } else {
        setWindowTitle(tr("Add a user"));
        heading->setText(windowTitle());
        intro->setText(tr("The person signs in with this username and password, and can change the "
                          "password later."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString UserDialog::username() const
{
    return UserStore::normalizedUsername(m_username->text());
}

void UserDialog::accept()
{
    if (!DialogSupport::passwordsMatch(m_password, m_repeated, m_message)) {
        m_repeated->clear();
        m_repeated->setFocus();
        return;
    }
    UserStore store(m_db);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    if (m_mode == Mode::FirstAdministrator) {
        ok = store.createFirstAdministrator(m_username->text(), m_fullName->text(),
                                            m_password->text(), &error);
        if (ok) {
            // Signing in through the store records the "login" like any other.
            const UserStore::SignIn result
                = store.authenticate(m_username->text(), m_password->text());
            ok = result.isSignedIn();
            error = result.message;
            m_signedIn = result.actor;
        }
    } else {
        Role role = Role::Clerk;
        Roles::fromKey(m_role->currentData().toString(), &role);
        ok = store.addUser(m_by, m_username->text(), m_fullName->text(), role, m_password->text(),
                           &error);
    }
    QApplication::restoreOverrideCursor();
    if (!ok) {
        DialogSupport::showMessage(m_message, error);
        return;
    }
    QDialog::accept();
}

} // namespace motcua
