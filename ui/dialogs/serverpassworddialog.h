#pragma once

#include "db/location.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace motcua {

// The password of a database server's user, asked when the server refused to go on without
// one (libpq's ~/.pgpass held none). The text stays in memory; it is never stored.
class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerPasswordDialog(const DatabaseLocation &location, QWidget *parent = nullptr);

    // Why the previous password was refused (the server's words); empty the first time.
    void setRefusal(const QString &text);
    QString password() const;

    // The user libpq signs in as: the URI's, else the account's name.
    static QString userOf(const DatabaseLocation &location);

private:
    QLineEdit *m_password;
    QLabel *m_message;
};

} // namespace motcua
