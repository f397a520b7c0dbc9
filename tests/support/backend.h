#pragma once

// Which database the suite runs on. ctest runs each store, lifecycle, report, accounts and CLI
// suite twice: as NAME on SQLite files and as NAME_postgresql on the throwaway server that
// tests/support/pgserver.sh started (MOTCUA_TEST_SERVER names the file holding its URI).

#include "db/location.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace motcua::test {

// The test server's administrative URI (its "postgres" database), or empty on SQLite.
inline QString serverUri()
{
    static const QString uri = [] {
        const QString file = qEnvironmentVariable("MOTCUA_TEST_SERVER");
        if (file.isEmpty())
            return QString();
        QFile handle(file);
        if (!handle.open(QIODevice::ReadOnly))
            qFatal("MOTCUA_TEST_SERVER names %s, which cannot be read: was the server started?",
                   qPrintable(file));
        return QString::fromUtf8(handle.readAll()).trimmed();
    }();
    return uri;
}

inline bool onServer()
{
    return !serverUri().isEmpty();
}

namespace detail {

// Runs `work` on a plain QPSQL connection to `uri`, without Database (which would migrate):
// for the tests' own reads and set-ups as the administrator. False when it cannot connect.
template<typename Work>
bool withRawConnection(const QString &uri, Work work, QString *error = nullptr)
{
    const QString name = QStringLiteral("motcua-test-raw-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        const DatabaseLocation location = DatabaseLocation::parse(uri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setUserName(location.user());
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setDatabaseName(location.databaseName());
        ok = db.open();
        if (ok)
            work(db);
        else if (error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs one administrative statement on the test server (CREATE/DROP DATABASE).
inline bool serverAdmin(const QString &statement, QString *error = nullptr)
{
    bool ok = false;
    withRawConnection(
        serverUri(),
        [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text();
        },
        error);
    return ok;
}

inline QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

inline void dropCreatedDatabases()
{
    for (const QString &name : std::as_const(createdDatabases()))
        serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    createdDatabases().clear();
}

} // namespace detail

using detail::withRawConnection;

// A server database name from `label` ("office.sqlite" -> t1234_5_office_sqlite).
inline QString serverDatabaseName(const QString &label)
{
    static int counter = 0;
    QString clean = label.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("t%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(clean.left(40));
}

// The URI of a new, empty database on the test server (dropped when the test ends).
inline QString newServerDatabase(const QString &label)
{
    const QString name = serverDatabaseName(label);
    QString error;
    if (!detail::serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        qFatal("Cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
    if (detail::createdDatabases().isEmpty())
        qAddPostRoutine(detail::dropCreatedDatabases);
    detail::createdDatabases().append(name);
    const QString uri = serverUri();
    return uri.left(uri.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

// Where a new database named `name` lives in this run: a file in `dir` on SQLite, a new database
// on the server on PostgreSQL. Each call on the server makes a new one.
inline QString newDatabaseLocation(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase(name) : dir.filePath(name);
}

} // namespace motcua::test
