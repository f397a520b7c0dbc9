#include "dialogs/serverpassworddialog.h"

#include "dialogs/dialogsupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

ServerPasswordDialog::ServerPasswordDialog(const DatabaseLocation &location, QWidget *parent)
    : QDialog(parent)
    , m_password(DialogSupport::passwordEdit(this, QStringLiteral("password")))
    , m_message(DialogSupport::messageLabel(this))
{
    setObjectName(QStringLiteral("ServerPasswordDialog"));
    setWindowTitle(tr("Password for the database server"));
    auto *intro
        = new QLabel(tr("The database server %1 asks for the password of the user %2 "
                        "to open the database %3.")
                         .arg(location.serverName(), userOf(location), location.databaseName()),
                     this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connect"));
    connectButton->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerPasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

void ServerPasswordDialog::setRefusal(const QString &text)
{
    DialogSupport::showMessage(m_message, text);
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

QString ServerPasswordDialog::userOf(const DatabaseLocation &location)
{
    return location.user().isEmpty() ? qEnvironmentVariable("USER") : location.user();
}

} // namespace motcua
