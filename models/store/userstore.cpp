#include "store/userstore.h"

#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/password.h"
#include "domain/text.h"
#include "store/eventlog.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

const QString selectAccount
    = QStringLiteral("SELECT id, username, full_name, role, active, failed_attempts, locked_until, "
                     "created_at FROM users ");

UserAccount readAccount(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.fullName = query.value(2).toString();
    // An unknown role in the file gets the least privilege.
    if (!Roles::fromKey(query.value(3).toString(), &account.role))
        account.role = Role::Clerk;
    account.active = query.value(4).toInt() == 1;
    account.failedAttempts = query.value(5).toInt();
    if (!query.value(6).isNull())
        account.lockedUntil = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    account.createdAt = QDateTime::fromSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    return account;
}

// A failed sign-in with a name that is no account is logged without the typed text: it may
// be a password typed into the wrong field, and the event log can never be erased.
Actor unknownPerson()
{
    Actor actor;
    actor.username = QStringLiteral("?");
    return actor;
}

// Verified against when the account does not exist, so that the answer takes as long as
// for a real account and does not reveal which usernames exist.
const QString &dummyHash()
{
    static const QString hash = Password::hash(QStringLiteral("no account has this password"));
    return hash;
}

int minutesLeft(const QDateTime &until, const QDateTime &now)
{
    return int(qMax<qint64>(1, (now.secsTo(until) + 59) / 60));
}

// The time on the counter's clock, as the person at the desk reads it.
QString clockTime(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime().time(), QLocale::ShortFormat);
}

EventRecord officeEvent(const QString &kind, const QJsonObject &details)
{
    EventRecord event;
    event.kind = kind;
    event.details = details;
    return event;
}

} // namespace

Actor UserAccount::actor() const
{
    Actor actor;
    actor.userId = id;
    actor.username = username;
    actor.fullName = fullName;
    actor.role = role;
    return actor;
}

UserStore::UserStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QString UserStore::normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

QString UserStore::usernameProblem(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (!allowed.match(normalizedUsername(username)).hasMatch())
        return tr("A username has 2 to 32 characters: letters a–z without diacritics, digits, dot, "
                  "hyphen "
                  "or underscore.");
    return {};
}

bool UserStore::hasAccounts() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && query.next();
}

QList<UserAccount> UserStore::list() const
{
    QList<UserAccount> accounts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(selectAccount + QStringLiteral("ORDER BY username"));
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

std::optional<UserAccount> UserStore::find(const QString &username) const
{
    QSqlQuery query(m_db);
    query.prepare(selectAccount + QStringLiteral("WHERE username = ?"));
    query.addBindValue(normalizedUsername(username));
    if (query.exec() && query.next())
        return readAccount(query);
    return std::nullopt;
}

bool UserStore::write(const Actor &by, EventRecord &event,
                      const std::function<bool(QString *)> &apply, QString *error,
                      QList<EventRecord> *followUps)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save the change: %1").arg(transaction.errorText());
        return false;
    }
    if (!apply(error))
        return false;
    EventLog log(m_db);
    if (!log.append(by, event, error))
        return false;
    if (followUps) {
        for (EventRecord &followUp : *followUps) {
            if (!log.append(by, followUp, error))
                return false;
        }
    }
    if (!transaction.commit()) {
        *error = tr("Cannot save the change: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

bool UserStore::requireAccount(const QString &username, UserAccount *account, QString *error) const
{
    const auto found = find(username);
    if (!found) {
        *error = tr("There is no account \"%1\".").arg(normalizedUsername(username));
        return false;
    }
    *account = *found;
    return true;
}

bool UserStore::isLastActiveAdministrator(const UserAccount &account) const
{
    if (account.role != Role::Administrator || !account.active)
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1"));
    query.addBindValue(Roles::key(Role::Administrator));
    return query.exec() && query.next() && query.value(0).toInt() <= 1;
}

bool UserStore::validateNewAccount(const QString &username, const QString &fullName,
                                   const QString &password, QString *error) const
{
    QString problem = usernameProblem(username);
    if (problem.isEmpty() && Text::hasControlCharacters(fullName))
        problem = tr("The full name contains control characters (tabs, line breaks): they are "
                     "not allowed.");
    if (problem.isEmpty() && Text::normalized(fullName).isEmpty())
        problem = tr("Enter the person's full name.");
    if (problem.isEmpty())
        problem = Password::problem(password);
    if (!problem.isEmpty())
        *error = problem;
    return problem.isEmpty();
}

QString UserStore::hashOrFail(const QString &password, QString *error) const
{
    // Hashed before the write transaction: Argon2 takes a noticeable moment, and other
    // counters must not wait on the write lock for it.
    const QString hash = Password::hash(password);
    if (hash.isEmpty())
        *error = tr("The password could not be protected (not enough memory). Try again.");
    return hash;
}

bool UserStore::insertUser(const QString &username, const QString &fullName, Role role,
                           const QString &hash, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (query.exec() && query.next()) {
        *error = tr("The username \"%1\" is already taken.").arg(username);
        return false;
    }
    query.prepare(
        QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, active, "
                       "created_at) VALUES (?, ?, ?, ?, 1, ?)"));
    query.addBindValue(username);
    query.addBindValue(Text::normalized(fullName));
    query.addBindValue(Roles::key(role));
    query.addBindValue(hash);
    query.addBindValue(Clock::now().toSecsSinceEpoch());
    if (!query.exec()) {
        *error = tr("Cannot save the change: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool UserStore::createFirstAdministrator(const QString &username, const QString &fullName,
                                         const QString &password, QString *error)
{
    if (!validateNewAccount(username, fullName, password, error))
        return false;
    const QString hash = hashOrFail(password, error);
    if (hash.isEmpty())
        return false;
    const QString name = normalizedUsername(username);
    // The new administrator is the actor of its own creation; its id is known once inserted
    // (the reference handed to write() sees the update).
    Actor self;
    self.username = name;
    self.fullName = Text::normalized(fullName);
    self.role = Role::Administrator;
    EventRecord event = officeEvent(QStringLiteral("user-added"),
                                    {{QStringLiteral("username"), name},
                                     {QStringLiteral("role"), Roles::key(Role::Administrator)},
                                     {QStringLiteral("firstAdministrator"), true}});
    return write(
        self, event,
        [&](QString *refusal) {
            // Checked inside the write lock: two first starts at once cannot both succeed.
            if (hasAccounts()) {
                *refusal = tr(
                    "An account already exists: sign in, or ask the administrator for an account.");
                return false;
            }
            if (!insertUser(name, fullName, Role::Administrator, hash, refusal))
                return false;
            self.userId = find(name).value_or(UserAccount()).id;
            return true;
        },
        error);
}

bool UserStore::addUser(const Actor &by, const QString &username, const QString &fullName,
                        Role role, const QString &password, QString *error)
{
    if (!by.permits(Permission::ManageUsers, error))
        return false;
    if (!validateNewAccount(username, fullName, password, error))
        return false;
    const QString hash = hashOrFail(password, error);
    if (hash.isEmpty())
        return false;
    const QString name = normalizedUsername(username);
    EventRecord event = officeEvent(
        QStringLiteral("user-added"),
        {{QStringLiteral("username"), name}, {QStringLiteral("role"), Roles::key(role)}});
    return write(
        by, event,
        [&](QString *refusal) { return insertUser(name, fullName, role, hash, refusal); }, error);
}

bool UserStore::setActive(const Actor &by, const QString &username, bool active, QString *error)
{
    if (!by.permits(Permission::ManageUsers, error))
        return false;
    EventRecord event
        = officeEvent(active ? QStringLiteral("user-enabled") : QStringLiteral("user-disabled"),
                      {{QStringLiteral("username"), normalizedUsername(username)}});
    return write(
        by, event,
        [&](QString *refusal) {
            UserAccount account;
            if (!requireAccount(username, &account, refusal))
                return false;
            if (!active && by.userId != 0 && account.id == by.userId) {
                *refusal = tr("You cannot disable your own account.");
                return false;
            }
            if (!active && isLastActiveAdministrator(account)) {
                *refusal = tr("\"%1\" is the last active administrator: enable or add another "
                              "administrator first.")
                               .arg(account.username);
                return false;
            }
            if (account.active == active && (!active || !account.lockedUntil.isValid())) {
                *refusal = active
                    ? tr("The account \"%1\" is already enabled.").arg(account.username)
                    : tr("The account \"%1\" is already disabled.").arg(account.username);
                return false;
            }
            // Enabling also lifts a lockout: the administrator has checked who is asking.
            QSqlQuery query(m_db);
            query.prepare(active
                              ? QStringLiteral("UPDATE users SET active = 1, failed_attempts = 0, "
                                               "locked_until = NULL WHERE id = ?")
                              : QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
            query.addBindValue(account.id);
            if (!query.exec()) {
                *refusal = tr("Cannot save the change: %1").arg(query.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

bool UserStore::setRole(const Actor &by, const QString &username, Role role, QString *error)
{
    if (!by.permits(Permission::ManageUsers, error))
        return false;
    EventRecord event = officeEvent(QStringLiteral("role-changed"),
                                    {{QStringLiteral("username"), normalizedUsername(username)},
                                     {QStringLiteral("to"), Roles::key(role)}});
    return write(
        by, event,
        [&](QString *refusal) {
            UserAccount account;
            if (!requireAccount(username, &account, refusal))
                return false;
            if (account.role == role) {
                *refusal = tr("\"%1\" already has the role %2.")
                               .arg(account.username, Roles::label(role));
                return false;
            }
            if (isLastActiveAdministrator(account)) {
                *refusal = tr("\"%1\" is the last active administrator: enable or add another "
                              "administrator first.")
                               .arg(account.username);
                return false;
            }
            event.details.insert(QStringLiteral("from"), Roles::key(account.role));
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
            query.addBindValue(Roles::key(role));
            query.addBindValue(account.id);
            if (!query.exec()) {
                *refusal = tr("Cannot save the change: %1").arg(query.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

bool UserStore::setPassword(const Actor &by, const QString &username, const QString &newPassword,
                            QString *error)
{
    if (!by.permits(Permission::ManageUsers, error))
        return false;
    if (!find(username)) {
        *error = tr("There is no account \"%1\".").arg(normalizedUsername(username));
        return false;
    }
    *error = Password::problem(newPassword);
    if (!error->isEmpty())
        return false;
    const QString hash = hashOrFail(newPassword, error);
    if (hash.isEmpty())
        return false;
    EventRecord event = officeEvent(QStringLiteral("password-reset"),
                                    {{QStringLiteral("username"), normalizedUsername(username)}});
    return write(
        by, event,
        [&](QString *refusal) {
            UserAccount account;
            if (!requireAccount(username, &account, refusal))
                return false;
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                "UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                "WHERE id = ?"));
            query.addBindValue(hash);
            query.addBindValue(account.id);
            if (!query.exec()) {
                *refusal = tr("Cannot save the change: %1").arg(query.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

bool UserStore::changeOwnPassword(const Actor &self, const QString &oldPassword,
                                  const QString &newPassword, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND active = 1"));
    query.addBindValue(self.userId);
    if (self.userId == 0 || !query.exec() || !query.next()) {
        *error = tr("Only a signed-in person can change their own password.");
        return false;
    }
    const QString storedHash = query.value(0).toString();
    query.finish();
    if (!Password::verify(storedHash, oldPassword)) {
        *error = tr("The current password is wrong.");
        return false;
    }
    *error = Password::problem(newPassword);
    if (!error->isEmpty())
        return false;
    if (newPassword.normalized(QString::NormalizationForm_C)
        == oldPassword.normalized(QString::NormalizationForm_C)) {
        *error = tr("The new password must differ from the current one.");
        return false;
    }
    const QString hash = hashOrFail(newPassword, error);
    if (hash.isEmpty())
        return false;
    EventRecord event = officeEvent(QStringLiteral("password-changed"),
                                    {{QStringLiteral("username"), self.username}});
    return write(
        self, event,
        [&](QString *refusal) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
            update.addBindValue(hash);
            update.addBindValue(self.userId);
            if (!update.exec()) {
                *refusal = tr("Cannot save the change: %1").arg(update.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

void UserStore::recordFailure(const UserAccount *account, const QString &reason, SignIn *result)
{
    const QDateTime now = Clock::now();
    EventRecord event
        = officeEvent(QStringLiteral("login-failed"), {{QStringLiteral("reason"), reason}});
    QDateTime lockedNow;
    QList<EventRecord> followUps;
    QString error;
    const bool written = write(
        account ? account->actor() : unknownPerson(), event,
        [&](QString *refusal) {
            if (!account || reason != QLatin1String("wrong-password"))
                return true;
            // Counted in SQL, inside the write lock: two counters failing at once both count.
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? "
                "RETURNING failed_attempts"));
            query.addBindValue(account->id);
            if (!query.exec() || !query.next()) {
                *refusal = query.lastError().text();
                return false;
            }
            const int attempts = query.value(0).toInt();
            query.finish();
            event.details.insert(QStringLiteral("attempt"), attempts);
            if (attempts < MaxFailedAttempts)
                return true;
            lockedNow = now.addSecs(LockoutMinutes * 60);
            query.prepare(QStringLiteral(
                "UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"));
            query.addBindValue(lockedNow.toSecsSinceEpoch());
            query.addBindValue(account->id);
            if (!query.exec()) {
                *refusal = query.lastError().text();
                return false;
            }
            // The lock is an event of its own, right after the failure that caused it.
            followUps.append(
                officeEvent(QStringLiteral("user-locked"),
                            {{QStringLiteral("username"), account->username},
                             {QStringLiteral("until"), lockedNow.toSecsSinceEpoch()}}));
            return true;
        },
        &error, &followUps);

    if (!written) {
        result->outcome = SignIn::Outcome::Failed;
        result->message = tr("Cannot sign in: %1").arg(error);
        return;
    }
    if (lockedNow.isValid()) {
        result->outcome = SignIn::Outcome::Locked;
        result->lockedUntil = lockedNow;
        result->message
            = tr("Too many failed attempts: the account is locked for %n minute(s), until %1.",
                 nullptr, LockoutMinutes)
                  .arg(clockTime(lockedNow));
    }
}

UserStore::SignIn UserStore::authenticate(const QString &username, const QString &password)
{
    SignIn result;
    const QDateTime now = Clock::now();
    const auto account = find(username);
    if (!account) {
        Password::verify(dummyHash(), password);
        result.outcome = SignIn::Outcome::WrongCredentials;
        result.message = tr("Wrong username or password.");
        recordFailure(nullptr, QStringLiteral("unknown-user"), &result);
        return result;
    }
    if (account->isLockedAt(now)) {
        result.outcome = SignIn::Outcome::Locked;
        result.lockedUntil = account->lockedUntil;
        result.message = tr("This account is locked after too many failed attempts. Try again in "
                            "%n minute(s), at %1.",
                            nullptr, minutesLeft(account->lockedUntil, now))
                             .arg(clockTime(account->lockedUntil));
        recordFailure(&*account, QStringLiteral("locked"), &result);
        return result;
    }

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    query.addBindValue(account->id);
    const QString storedHash = query.exec() && query.next() ? query.value(0).toString() : QString();
    query.finish();

    if (!Password::verify(storedHash, password)) {
        result.outcome = SignIn::Outcome::WrongCredentials;
        result.message = tr("Wrong username or password.");
        recordFailure(&*account, QStringLiteral("wrong-password"), &result);
        return result;
    }
    // Said only to whoever knows the password: it reveals that the account exists.
    if (!account->active) {
        result.outcome = SignIn::Outcome::Disabled;
        result.message = tr("This account is disabled. Ask an administrator to enable it.");
        recordFailure(&*account, QStringLiteral("disabled"), &result);
        return result;
    }

    EventRecord event = officeEvent(QStringLiteral("login"), {});
    QString error;
    const bool written = write(
        account->actor(), event,
        [&](QString *refusal) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral(
                "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
            update.addBindValue(account->id);
            if (!update.exec()) {
                *refusal = update.lastError().text();
                return false;
            }
            return true;
        },
        &error);
    if (!written) {
        result.outcome = SignIn::Outcome::Failed;
        result.message = tr("Cannot sign in: %1").arg(error);
        return result;
    }
    result.outcome = SignIn::Outcome::SignedIn;
    result.actor = account->actor();
    return result;
}

} // namespace motcua
