#pragma once

#include "domain/actor.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace motcua {

// A new password: one's own (the current one is asked for), or an administrator setting
// another person's forgotten password (which also lifts a lockout).
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { ChangeOwn, Reset };

    // For Reset, `username` names the account; for ChangeOwn it is `by`'s own.
    PasswordDialog(Mode mode, const QSqlDatabase &db, const Actor &by, const QString &username = {},
                   QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Mode m_mode;
    QSqlDatabase m_db;
    Actor m_by;
    QString m_username;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeated;
    QLabel *m_message;
};

} // namespace motcua
