#pragma once

#include "db/database.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace motcua {

// File › Open database: a file on this computer or a database on a server, typed or chosen
// among the recent ones. OK tries the connection; a refusal is shown here and the dialog
// stays; a server that wants a password gets a password field. Once a location opens it is
// remembered (RecentDatabases, never with the password) and location() names it.
class OpenDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // Tries to open `location` with `password` (empty: libpq's files only); on failure fills
    // *error and *message. The default opens a Database as the window's start does.
    using Opener = std::function<bool(const QString &location, const QString &password,
                                      Database::Error *error, QString *message)>;

    struct ServerFields
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString sslMode = QStringLiteral("prefer");
    };

    // `current`: the database open now, whose fields are shown first.
    explicit OpenDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    static Opener databaseOpener();

    // postgresql://[user@]host:port/dbname[?sslmode=…] (sslmode left out when "prefer", libpq's
    // default); `extraOptions` keeps the parameters of a recent URI that have no field.
    static QString serverUri(const ServerFields &fields,
                             const QList<QPair<QString, QString>> &extraOptions = {});
    // What the fields name now (a file path or a URI); empty, and *why set, when incomplete.
    QString typedLocation(QString *why = nullptr) const;
    // The location that opened (after Accepted).
    QString location() const { return m_opened; }
    // The password that opened it, for whoever opens it next in this process (memory only).
    QString password() const;

public slots:
    void accept() override;

private:
    void showLocation(const QString &location);
    void updateKind();
    void browse();
    void forgetPassword();
    void showMessage(const QString &text, QWidget *focus);

    Opener m_opener;
    QString m_opened;
    QList<QPair<QString, QString>> m_extraOptions;
    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QWidget *m_filePane;
    QWidget *m_serverPane;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_databaseName;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QListWidget *m_recent;
    QLabel *m_message;
};

} // namespace motcua
