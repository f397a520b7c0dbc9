#include "dialogs/opendatabasedialog.h"

#include "db/location.h"
#include "db/recentdatabases.h"
#include "dialogs/dialogsupport.h"
#include "dialogs/serverpassworddialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace motcua {

namespace {

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_opener(databaseOpener())
    , m_fileChoice(new QRadioButton(tr("A &file on this computer"), this))
    , m_serverChoice(new QRadioButton(tr("A database &server"), this))
    , m_filePane(new QWidget(this))
    , m_serverPane(new QWidget(this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_databaseName(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("Pass&word:"), this))
    , m_password(DialogSupport::passwordEdit(this, QStringLiteral("password")))
    , m_recent(new QListWidget(this))
    , m_message(DialogSupport::messageLabel(this))
{
    setObjectName(QStringLiteral("OpenDatabaseDialog"));
    setWindowTitle(tr("Open database"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_fileChoice);
    choices->addButton(m_serverChoice);

    m_path->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    auto *fileForm = new QFormLayout(m_filePane);
    fileForm->setContentsMargins(24, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    fileForm->addRow(tr("&Path:"), pathRow);
    if (auto *label = qobject_cast<QLabel *>(fileForm->labelForField(pathRow)))
        label->setBuddy(m_path);

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("name or IP address, e.g. 10.0.0.5"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_databaseName->setObjectName(QStringLiteral("databaseName"));
    m_user->setObjectName(QStringLiteral("user"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt and check the server's certificate (verify-full)"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Do not encrypt (disable)"), QStringLiteral("disable"));
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *serverForm = new QFormLayout(m_serverPane);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("&Host:"), hostRow);
    if (auto *label = qobject_cast<QLabel *>(serverForm->labelForField(hostRow)))
        label->setBuddy(m_host);
    serverForm->addRow(tr("&Database name:"), m_databaseName);
    serverForm->addRow(tr("&User name:"), m_user);
    serverForm->addRow(tr("&Encryption (SSL):"), m_sslMode);
    m_passwordLabel->setBuddy(m_password);
    serverForm->addRow(m_passwordLabel, m_password);
    m_passwordLabel->hide();
    m_password->hide();
    // A password typed for one server is never sent to another.
    for (QLineEdit *edit : {m_host, m_databaseName, m_user})
        connect(edit, &QLineEdit::textEdited, this, &OpenDatabaseDialog::forgetPassword);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenDatabaseDialog::forgetPassword);

    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 6);
    for (const QString &entry : RecentDatabases::list()) {
        auto *item = new QListWidgetItem(DatabaseLocation::parse(entry).displayName(), m_recent);
        item->setData(Qt::UserRole, entry);
        item->setToolTip(entry);
    }
    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showLocation(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, &OpenDatabaseDialog::accept);
    auto *recentLabel = new QLabel(tr("&Recent databases:"), this);
    recentLabel->setBuddy(m_recent);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("open"));
    open->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenDatabaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_filePane);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_serverPane);
    if (m_recent->count() > 0) {
        layout->addSpacing(6);
        layout->addWidget(recentLabel);
        layout->addWidget(m_recent);
    } else {
        recentLabel->hide();
        m_recent->hide();
    }
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    // Down the dialog as it reads: each choice, then its fields.
    QWidget *order[]
        = {m_fileChoice, m_path,    browse,     m_serverChoice, m_host, m_port, m_databaseName,
           m_user,       m_sslMode, m_password, m_recent,       open,   cancel};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_fileChoice, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateKind);
    showLocation(current);
}

OpenDatabaseDialog::Opener OpenDatabaseDialog::databaseOpener()
{
    return [](const QString &location, const QString &password, Database::Error *error,
              QString *message) {
        Database database;
        database.setPassword(password);
        if (database.open(location))
            return true;
        *error = database.error();
        *message = database.errorMessage();
        return false;
    };
}

QString OpenDatabaseDialog::serverUri(const ServerFields &fields,
                                      const QList<QPair<QString, QString>> &extraOptions)
{
    QString host = fields.host.trimmed();
    if (host.contains(QLatin1Char(':'))) // an IPv6 address
        host = QLatin1Char('[') + host + QLatin1Char(']');
    else
        host = encoded(host);
    const QString user = fields.user.trimmed();
    QString uri = QStringLiteral("postgresql://")
        + (user.isEmpty() ? QString() : encoded(user) + QLatin1Char('@')) + host + QLatin1Char(':')
        + QString::number(fields.port) + QLatin1Char('/') + encoded(fields.database.trimmed());
    QStringList query;
    if (!fields.sslMode.isEmpty() && fields.sslMode != QLatin1String("prefer"))
        query << QStringLiteral("sslmode=") + fields.sslMode;
    for (const auto &[key, value] : extraOptions) {
        if (key != QLatin1String("sslmode"))
            query << encoded(key) + QLatin1Char('=') + encoded(value);
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

QString OpenDatabaseDialog::typedLocation(QString *why) const
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    if (m_fileChoice->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty()) {
            reason = tr("Type the path of the database file, or choose it with Browse.");
            return {};
        }
        // A URI pasted into the path field is taken as what it is.
        if (!DatabaseLocation::parse(path, &reason).isValid())
            return {};
        return path;
    }
    if (m_host->text().trimmed().isEmpty()) {
        reason = tr("Type the name or address of the database server.");
        return {};
    }
    if (m_databaseName->text().trimmed().isEmpty()) {
        reason = tr("Type the name of the database on the server.");
        return {};
    }
    const QString uri = serverUri({m_host->text(), m_port->value(), m_databaseName->text(),
                                   m_user->text(), m_sslMode->currentData().toString()},
                                  m_extraOptions);
    if (!DatabaseLocation::parse(uri, &reason).isValid())
        return {};
    return uri;
}

QString OpenDatabaseDialog::password() const
{
    return m_password->isHidden() ? QString() : m_password->text();
}

void OpenDatabaseDialog::showLocation(const QString &location)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (parsed.isServer()) {
        m_host->setText(parsed.host());
        m_port->setValue(parsed.port() > 0 ? parsed.port() : 5432);
        m_databaseName->setText(parsed.databaseName());
        m_user->setText(parsed.user());
        QString sslMode = QStringLiteral("prefer");
        m_extraOptions.clear();
        for (const auto &option : parsed.options()) {
            if (option.first == QLatin1String("sslmode"))
                sslMode = option.second;
            else
                m_extraOptions.append(option);
        }
        const int index = m_sslMode->findData(sslMode);
        m_sslMode->setCurrentIndex(index >= 0 ? index : 0);
        m_serverChoice->setChecked(true);
    } else {
        if (!location.isEmpty())
            m_path->setText(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
        m_fileChoice->setChecked(true);
    }
    forgetPassword();
    updateKind();
}

void OpenDatabaseDialog::updateKind()
{
    const bool file = m_fileChoice->isChecked();
    m_filePane->setEnabled(file);
    m_serverPane->setEnabled(!file);
}

void OpenDatabaseDialog::browse()
{
    QFileDialog dialog(this, tr("Open database"),
                       m_path->text().isEmpty() ? QDir::homePath()
                                                : QFileInfo(m_path->text()).absolutePath(),
                       tr("Databases (*.sqlite);;All files (*)"));
    dialog.setObjectName(QStringLiteral("browseDialog"));
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    DialogSupport::nameFileDialog(&dialog);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
        m_fileChoice->setChecked(true);
    }
}

void OpenDatabaseDialog::forgetPassword()
{
    m_password->clear();
    m_password->hide();
    m_passwordLabel->hide();
}

void OpenDatabaseDialog::showMessage(const QString &text, QWidget *focus)
{
    DialogSupport::showMessage(m_message, text);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void OpenDatabaseDialog::accept()
{
    QString why;
    const QString location = typedLocation(&why);
    if (location.isEmpty()) {
        QWidget *focus = m_fileChoice->isChecked() ? static_cast<QWidget *>(m_path)
            : m_host->text().trimmed().isEmpty()   ? static_cast<QWidget *>(m_host)
                                                   : static_cast<QWidget *>(m_databaseName);
        showMessage(why, focus);
        return;
    }
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isServer() && !QFileInfo::exists(parsed.filePath())) {
        QMessageBox box(
            QMessageBox::Question, windowTitle(),
            tr("The file %1 does not exist. Create a new, empty Một Cửa database "
               "there?")
                .arg(QDir::toNativeSeparators(QFileInfo(parsed.filePath()).absoluteFilePath())),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("createDatabaseBox"));
        QPushButton *create = box.addButton(tr("Create a new database"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != create) {
            showMessage({}, m_path);
            return;
        }
    }

    const QString password = parsed.isServer() ? this->password() : QString();
    Database::Error error = Database::Error::None;
    QString message;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_opener(location, password, &error, &message);
    QApplication::restoreOverrideCursor();
    if (ok) {
        m_opened = location;
        RecentDatabases::remember(location);
        QDialog::accept();
        return;
    }
    if (parsed.isServer() && error == Database::Error::AuthenticationFailed) {
        const bool asked = !m_password->isHidden();
        m_passwordLabel->show();
        m_password->show();
        m_password->clear();
        showMessage(asked ? message
                          : tr("The server %1 asks for the password of the user %2.")
                                .arg(parsed.serverName(), ServerPasswordDialog::userOf(parsed)),
                    m_password);
        return;
    }
    QWidget *focus = !parsed.isServer()         ? static_cast<QWidget *>(m_path)
        : error == Database::Error::Unreachable ? static_cast<QWidget *>(m_host)
                                                : static_cast<QWidget *>(m_databaseName);
    showMessage(message, focus);
}

} // namespace motcua
