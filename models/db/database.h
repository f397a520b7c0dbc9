#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "db/location.h"

struct sqlite3;

namespace motcua {

// One open Một Cửa database: a SQLite file (pragmas for durability, numbered migrations from
// :/sql/NNN_name.sql) or a PostgreSQL database named by a postgresql:// URI (migrations from
// :/sql/postgresql/, recorded in schema_migrations); the refusals leave either as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Error {
        None,
        NotADatabase,
        TooNew,
        ReadOnly,
        CannotCreateDirectory,
        Locked,
        MigrationFailed,
        NotFound, // an existing file was asked for (ExistingOnly, ExistingOrMigrate)
        NeedsUpgrade, // an older schema, opened without the right to migrate it
        Damaged, // a Một Cửa database whose pages are broken (truncated, flipped bytes)
        Unreachable, // no database server answered at the address
        AuthenticationFailed, // the server refused the user or the password
        PermissionDenied, // the server's role may not do what was asked
        NotEmpty, // CreateNew: the file or the server database already holds something
        Other,
    };

    // How open() may treat the file: a command that only reads neither creates nor migrates;
    // one that changes records which must already exist (a dossier, an account) never creates
    // but upgrades an older schema, as every command that writes does.
    // CreateNew (DatabaseCopy): only a missing or empty file or a server database without
    // tables; the whole schema is made in one write transaction that open() leaves open for the
    // caller to fill and COMMIT. Closed without a COMMIT, the server keeps nothing (a file keeps
    // an empty schema-less database: the caller removes it).
    enum class OpenMode {
        CreateOrMigrate,
        ExistingOnly,
        ExistingOrMigrate,
        CreateNew,
    };

    static constexpr int DefaultBusyTimeoutMs = 5000;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The database named on the command line, else $MOTCUA_DATABASE, else `remembered` (the
    // window passes the one it opened last, RecentDatabases::last()), else the default file.
    static QString resolvePath(const QString &commandLinePath = {}, const QString &remembered = {});
    static QString defaultPath();
    static int latestSchemaVersion();
    // "The Một Cửa database … is damaged (detail)…": one message wherever damage is found.
    static QString damagedMessage(const QString &path, const QString &detail);

    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    int busyTimeout() const { return m_busyTimeoutMs; }

    // Opens (creating when absent) and migrates to the latest schema; with ExistingOnly, a
    // missing or empty file and an older schema are refused instead; with ExistingOrMigrate, a
    // missing or empty file is refused and an older schema migrated. On failure the file is
    // left as it was and error()/errorMessage() say why.
    // `path` is a file path or a postgresql:// URI.
    bool open(const QString &path, OpenMode mode = OpenMode::CreateOrMigrate);
    // The password for the next open() of a server whose libpq files hold none (asked by the
    // window; kept in memory only).
    void setPassword(const QString &password) { m_password = password; }
    void close();
    bool isOpen() const;

    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }

    // What open() was given: the file path, or the URI.
    QString path() const { return m_path; }
    const DatabaseLocation &location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The SQLite library the connection runs on ("3.40.1"), for the About box.
    QString sqliteVersion() const;
    // The database server's version ("PostgreSQL 15.18"); empty for a file.
    QString serverVersion() const;
    // The OpenSSL library that hashes the audit trail ("OpenSSL 3.0.17 1 Jul 2025").
    static QString openSslVersion();

    // The raw SQLite handle, for the few things Qt SQL does not expose (backup, multi-statement
    // scripts). Only db/ calls it; the demo generator's bulk writes reach the handle through
    // BulkStatement (db/), which takes it from the Qt driver.
    sqlite3 *handle() const;

private:
    bool fail(Error error, const QString &message);
    bool checkFileBeforeOpening(OpenMode mode);
    bool openConnection(OpenMode mode);
    bool migrate(bool leaveOpen);
    bool openServer(OpenMode mode);
    // Refuses a newer schema, and an older one where `mode` may not upgrade it.
    bool versionAllowed(int version, OpenMode mode, const QString &shown);
    bool migrateServer(bool leaveOpen);
    Error classifyServer(const QString &serverError) const;
    bool refuseServer(const QString &serverError);
    bool execScript(const QString &sql, QString *errorText);
    Error classify(const QString &sqliteError) const;

    QString m_path;
    DatabaseLocation m_location;
    QString m_password;
    QString m_connectionName;
    Error m_error = Error::None;
    QString m_errorMessage;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
};

} // namespace motcua
