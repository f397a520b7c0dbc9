#include "dialogs/passworddialog.h"

#include "dialogs/dialogsupport.h"
#include "domain/password.h"
#include "store/userstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

PasswordDialog::PasswordDialog(Mode mode, const QSqlDatabase &db, const Actor &by,
                               const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_db(db)
    , m_by(by)
    , m_username(mode == Mode::ChangeOwn ? by.username : username)
    , m_password(DialogSupport::passwordEdit(this, QStringLiteral("newPassword")))
    , m_repeated(DialogSupport::passwordEdit(this, QStringLiteral("repeatedPassword")))
    , m_message(DialogSupport::messageLabel(this))
{
    setObjectName(QStringLiteral("PasswordDialog"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        setWindowTitle(tr("Change password"));
        intro->setText(tr("Change the password of %1 (%2).").arg(by.displayName(), by.username));
        m_current = DialogSupport::passwordEdit(this, QStringLiteral("currentPassword"));
        form->addRow(tr("C&urrent password:"), m_current);
    } else {
        setWindowTitle(tr("Set a new password"));
        intro->setText(
            tr("Set a new password for %1. Tell it to the person in private; they can change "
               "it afterwards.")
                .arg(m_username));
    }
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat the new password:"), m_repeated);
    m_password->setPlaceholderText(
        tr("At least %n character(s)", nullptr, Password::MinimumLength));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save the password"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("save"));
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PasswordDialog::accept()
{
    if (!DialogSupport::passwordsMatch(m_password, m_repeated, m_message)) {
        m_repeated->clear();
        m_repeated->setFocus();
        return;
    }
    UserStore store(m_db);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_mode == Mode::ChangeOwn
        ? store.changeOwnPassword(m_by, m_current->text(), m_password->text(), &error)
        : store.setPassword(m_by, m_username, m_password->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        DialogSupport::showMessage(m_message, error);
        return;
    }
    QDialog::accept();
}

} // namespace motcua
