#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace motcua {

struct EventRecord;

// One row of the users table, without its password hash.
struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when never locked
    QDateTime createdAt;

    bool isLockedAt(const QDateTime &instant) const
    {
        return lockedUntil.isValid() && lockedUntil > instant;
    }
    Actor actor() const;
};

// The accounts: Argon2id password hashes, sign-in with lockout, and the administration of
// users. Permissions are checked here, before anything is written; every change is one
// write transaction that also appends its event, naming who made it.
class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockoutMinutes = 15;

    explicit UserStore(const QSqlDatabase &db);

    bool hasAccounts() const;
    QList<UserAccount> list() const; // by username
    std::optional<UserAccount> find(const QString &username) const;

    struct SignIn
    {
        enum class Outcome { SignedIn, WrongCredentials, Locked, Disabled, Failed };
        Outcome outcome = Outcome::Failed;
        Actor actor; // valid when signed in
        QDateTime lockedUntil; // when locked
        QString message; // translated refusal
        bool isSignedIn() const { return outcome == Outcome::SignedIn; }
    };
    // Records "login" or "login-failed" (and "user-locked" at the last allowed failure).
    SignIn authenticate(const QString &username, const QString &password);

    // Only while no account exists: whoever installs the program creates the administrator.
    bool createFirstAdministrator(const QString &username, const QString &fullName,
                                  const QString &password, QString *error);

    // Permission::ManageUsers.
    bool addUser(const Actor &by, const QString &username, const QString &fullName, Role role,
                 const QString &password, QString *error);
    bool setActive(const Actor &by, const QString &username, bool active, QString *error);
    bool setRole(const Actor &by, const QString &username, Role role, QString *error);
    // Sets another person's password (a forgotten one) and lifts a lockout.
    bool setPassword(const Actor &by, const QString &username, const QString &newPassword,
                     QString *error);

    // Anyone signed in, for their own account only, with the current password.
    bool changeOwnPassword(const Actor &self, const QString &oldPassword,
                           const QString &newPassword, QString *error);

    // Usernames are compared in lower case: "Lan" and "lan" are one account.
    static QString normalizedUsername(const QString &username);
    static QString usernameProblem(const QString &username); // translated, empty when acceptable

private:
    // One write transaction: `apply` runs its statements (and may refuse with *error), then
    // the event is appended, then everything commits or nothing does.
    // `followUps` are appended after the event, in the same transaction.
    bool write(const Actor &by, EventRecord &event, const std::function<bool(QString *)> &apply,
               QString *error, QList<EventRecord> *followUps = nullptr);
    bool insertUser(const QString &username, const QString &fullName, Role role,
                    const QString &hash, QString *error);
    bool requireAccount(const QString &username, UserAccount *account, QString *error) const;
    bool isLastActiveAdministrator(const UserAccount &account) const;
    bool validateNewAccount(const QString &username, const QString &fullName,
                            const QString &password, QString *error) const;
    QString hashOrFail(const QString &password, QString *error) const;
    void recordFailure(const UserAccount *account, const QString &reason, SignIn *result);

    QSqlDatabase m_db;
};

} // namespace motcua
