#pragma once

// Helpers for the tests of accounts, the audit trail and backups.

#include "domain/actor.h"
#include "store/eventlog.h"
#include "store/userstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace motcua::test {

// Whoever runs the tests, acting as the headless commands do.
inline Actor systemActor()
{
    return Actor::systemAccount(QStringLiteral("test-runner"));
}

// Adds an account (as the system account) and returns it as an actor; invalid on failure.
inline Actor addAccount(const QSqlDatabase &db, const QString &username, Role role,
                        const QString &password = QStringLiteral("correct horse"))
{
    UserStore store(db);
    QString error;
    if (!store.addUser(systemActor(), username, username.toUpper(), role, password, &error))
        return {};
    return store.find(username).value_or(UserAccount()).actor();
}

inline qint64 eventCount(const QSqlDatabase &db)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM events"), db);
    return query.next() ? query.value(0).toLongLong() : -1;
}

// The newest event, as written.
inline EventRecord lastEvent(const QSqlDatabase &db)
{
    EventRecord event;
    QSqlQuery query(
        QStringLiteral(
            "SELECT id, kind, actor, user_id, details FROM events ORDER BY id DESC LIMIT 1"),
        db);
    if (query.next()) {
        event.id = query.value(0).toLongLong();
        event.kind = query.value(1).toString();
        event.actor = query.value(2).toString();
        event.userId = query.value(3).toLongLong();
        event.details = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    }
    return event;
}

// Every row of the users table, as text: equal before and after when nothing was written.
inline QString usersSnapshot(const QSqlDatabase &db)
{
    QString text;
    QSqlQuery query(
        QStringLiteral(
            "SELECT id, username, full_name, role, password_hash, active, failed_attempts, "
            "locked_until FROM users ORDER BY id"),
        db);
    while (query.next()) {
        for (int column = 0; column < 8; ++column)
            text += query.value(column).toString() + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace motcua::test
