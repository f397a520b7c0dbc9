#pragma once

#include "domain/actor.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;

namespace motcua {

// A new account: the administrator's own on the first start (which then signs them in), or
// one added by an administrator. The store decides; its refusal is shown in the dialog.
class UserDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, NewUser };

    // `by` is the administrator adding the account (ignored for the first administrator).
    UserDialog(Mode mode, const QSqlDatabase &db, const Actor &by, QWidget *parent = nullptr);

    QString username() const;
    // The first administrator, signed in once the account exists.
    const Actor &signedIn() const { return m_signedIn; }

public slots:
    void accept() override;

private:
    Mode m_mode;
    QSqlDatabase m_db;
    Actor m_by;
    Actor m_signedIn;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeated;
    QLabel *m_message;
};

} // namespace motcua
