#pragma once

#include "domain/actor.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace motcua {

// Sign-in at every start: username and password, checked by UserStore (which counts the
// failures and locks the account). Accepted only once someone is signed in.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QLabel *m_office;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace motcua
