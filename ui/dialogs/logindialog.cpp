#include "dialogs/logindialog.h"

#include "dialogs/dialogsupport.h"
#include "store/settingsstore.h"
#include "store/userstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace motcua {

namespace {
const QString lastUserKey = QStringLiteral("login/lastUser");
}

LoginDialog::LoginDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_office(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(DialogSupport::passwordEdit(this, QStringLiteral("password")))
    , m_message(DialogSupport::messageLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("Sign in — Một Cửa"));
    m_username->setObjectName(QStringLiteral("username"));

    const QString office = SettingsStore(m_db).value(QStringLiteral("office.name"));
    QFont font = m_office->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_office->setFont(font);
    m_office->setText(office.isEmpty() ? tr("Một Cửa") : office);
    m_office->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    QPushButton *signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signIn"));
    signIn->setDefault(true);
    m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("quit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_office);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    // The workstation remembers who signed in last: usually the same clerk at the same desk.
    setUsername(QSettings().value(lastUserKey).toString());
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::accept()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        DialogSupport::showMessage(m_message, tr("Enter your username and password."));
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const UserStore::SignIn result
        = UserStore(m_db).authenticate(m_username->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result.isSignedIn()) {
        DialogSupport::showMessage(m_message, result.message);
        m_password->setFocus();
        return;
    }
    m_actor = result.actor;
    QSettings().setValue(lastUserKey, m_actor.username);
    QDialog::accept();
}

} // namespace motcua
