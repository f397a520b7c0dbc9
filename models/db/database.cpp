#include "db/database.h"

#include "db/sqldialect.h"
#include "domain/text.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <openssl/crypto.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua {

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

// Migrations are the files :/sql/NNN_description.sql (SQLite) and
// :/sql/postgresql/NNN_description.sql (the same steps in PostgreSQL's dialect), in NNN order.
QList<Migration> migrations(const QString &folder = QStringLiteral(":/sql"))
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> result;
    QDirIterator it(folder);
    while (it.hasNext()) {
        it.next();
        const auto match = namePattern.match(it.fileName());
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), it.filePath()});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

// PostgreSQL's steps: its own file where the SQL differs, else the SQLite file (plain SQL both
// understand: inserts of the starter data, ALTER TABLE … ADD COLUMN).
QList<Migration> serverMigrations()
{
    QList<Migration> result = migrations();
    const QList<Migration> variants = migrations(QStringLiteral(":/sql/postgresql"));
    for (Migration &migration : result) {
        for (const Migration &variant : variants) {
            if (variant.version == migration.version)
                migration.resource = variant.resource;
        }
    }
    return result;
}

// motcua_fold(text): the folded search key of Text::searchKey, for migrations and ad-hoc SQL.
void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = Text::searchKey(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

bool hasWriteBit(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    // Mode bits, not access(2): root may write anything, yet a file an administrator marked
    // read-only must still be treated as read-only.
    return (info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0
        && ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("motcua-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("MOTCUA_BUSY_TIMEOUT_MS", &ok);
    if (ok && fromEnvironment >= 0)
        m_busyTimeoutMs = fromEnvironment;
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("motcua.sqlite"));
}

QString Database::resolvePath(const QString &commandLinePath, const QString &remembered)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("MOTCUA_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!remembered.isEmpty())
        return remembered;
    return defaultPath();
}

QString Database::damagedMessage(const QString &path, const QString &detail)
{
    QString shownDetail = detail.simplified();
    if (shownDetail.size() > 200)
        shownDetail = shownDetail.left(200) + QChar(0x2026);
    return tr("The Một Cửa database %1 is damaged (%2). Do not record anything more in it: "
              "restore the latest good backup.")
        .arg(DatabaseLocation::parse(path).displayName(), shownDetail);
}

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return false;
}

bool Database::checkFileBeforeOpening(OpenMode mode)
{
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && info.isDir())
        return fail(Error::Other, tr("The database path %1 is a folder, not a file.").arg(shown));

    const bool mayCreate = mode == OpenMode::CreateOrMigrate || mode == OpenMode::CreateNew;
    if (mode == OpenMode::CreateNew && info.exists() && info.size() > 0)
        return fail(Error::NotEmpty,
                    tr("The database file %1 is not empty: a new database is made only in a "
                       "new or empty file.")
                        .arg(shown));
    if (!info.exists() && !mayCreate)
        return fail(Error::NotFound, tr("The database file %1 does not exist.").arg(shown));
    if (info.exists() && info.size() == 0 && !mayCreate)
        return fail(Error::NotFound,
                    tr("The database file %1 is empty (0 bytes): it holds no Một Cửa data. "
                       "Check the path, or restore a backup.")
                        .arg(shown));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::CannotCreateDirectory,
                        tr("Cannot create the folder %1 for the database.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!hasWriteBit(info.absolutePath()))
            return fail(Error::ReadOnly,
                        tr("The folder %1 is read-only: the database cannot be created there.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        return true;
    }

    // A SQLite file starts with this 16-byte header; an empty file is a new database.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Other,
                    tr("Cannot read the database file %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    if (file.size() > 0 && (file.size() < 512 || header != QByteArrayLiteral("SQLite format 3\0")))
        return fail(Error::NotADatabase, tr("The file %1 is not a Một Cửa database.").arg(shown));
    file.close();

    if (!hasWriteBit(m_path))
        return fail(Error::ReadOnly,
                    tr("The database file %1 is read-only. Ask the administrator to give "
                       "this account permission to write it.")
                        .arg(shown));
    // WAL keeps two companion files beside the database: the folder must be writable too.
    if (!hasWriteBit(info.absolutePath()))
        return fail(Error::ReadOnly,
                    tr("The folder of the database file %1 is read-only.").arg(shown));
    return true;
}

Database::Error Database::classify(const QString &sqliteError) const
{
    // SQLITE_CORRUPT: a database whose pages are broken (truncated, overwritten), not a
    // foreign file.
    if (sqliteError.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return Error::Damaged;
    if (sqliteError.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
        return Error::NotADatabase;
    if (sqliteError.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || sqliteError.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error::Locked;
    if (sqliteError.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || sqliteError.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return Error::ReadOnly;
    return Error::Other;
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_path = path;
    QString locationError;
    m_location = DatabaseLocation::parse(path, &locationError);
    if (m_location.isServer()) {
        if (!m_location.isValid())
            return fail(Error::Other, locationError);
        if (!openServer(mode)) {
            const Error error = m_error;
            const QString message = m_errorMessage;
            return fail(error, message);
        }
        return mode == OpenMode::ExistingOnly ? true : migrateServer(mode == OpenMode::CreateNew);
    }

    if (!checkFileBeforeOpening(mode))
        return false;
    // The connection's queries must be gone before fail() removes the connection.
    if (!openConnection(mode)) {
        const Error error = m_error;
        const QString message = m_errorMessage;
        return fail(error, message);
    }
    return mode == OpenMode::ExistingOnly ? true : migrate(mode == OpenMode::CreateNew);
}

bool Database::openConnection(OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    auto refuse = [this, &shown](Error error, const QString &detail) {
        m_error = error;
        switch (error) {
        case Error::NotADatabase:
            m_errorMessage = tr("The file %1 is not a Một Cửa database.").arg(shown);
            break;
        case Error::Damaged:
            m_errorMessage = damagedMessage(m_path, detail);
            break;
        case Error::Locked:
            m_errorMessage
                = tr("The database %1 is locked by another program and stayed locked for "
                     "%2 seconds. Close the other program or try again later.")
                      .arg(shown)
                      .arg(m_busyTimeoutMs / 1000.0, 0, 'f', 1);
            break;
        case Error::ReadOnly:
            m_errorMessage = tr("The database file %1 is read-only.").arg(shown);
            break;
        default:
            m_errorMessage = tr("Cannot open the database %1: %2").arg(shown, detail);
            break;
        }
        return false;
    };

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return refuse(classify(db.lastError().text()), db.lastError().text());
    sqlite3_create_function_v2(handle(), "motcua_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, foldFunction, nullptr, nullptr, nullptr);

    // Read before writing anything: a foreign or newer file must stay untouched.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refuse(classify(query.lastError().text()), query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (!versionAllowed(version, mode, shown))
        return false;
    // A SQLite file that no migration has touched holds no Một Cửa data to find or change.
    const bool mayCreate = mode == OpenMode::CreateOrMigrate || mode == OpenMode::CreateNew;
    if (!mayCreate && version == 0)
        return refuse(Error::NotADatabase, QString());

    // Take the write lock once: a database another process holds longer than the busy
    // timeout is reported now, before anything is changed.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return refuse(classify(query.lastError().text()), query.lastError().text());
    query.exec(QStringLiteral("ROLLBACK"));

    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // A received dossier is a legal record: fsync on every commit.
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return refuse(classify(query.lastError().text()), query.lastError().text());
        query.finish();
    }
    return true;
}

bool Database::execScript(const QString &sql, QString *errorText)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        *errorText = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::migrate(bool leaveOpen)
{
    const int current = schemaVersion();
    if (leaveOpen) {
        // The whole schema in one transaction, left open for the caller (CreateNew).
        QString script = QStringLiteral("BEGIN IMMEDIATE;\n");
        for (const Migration &migration : migrations()) {
            QFile file(migration.resource);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Error::MigrationFailed,
                            tr("Missing migration %1.").arg(migration.resource));
            script += QString::fromUtf8(file.readAll())
                + QStringLiteral("\nPRAGMA user_version = %1;\n").arg(migration.version);
        }
        QString errorText;
        if (!execScript(script, &errorText)) {
            QString ignored;
            execScript(QStringLiteral("ROLLBACK"), &ignored);
            return fail(Error::MigrationFailed,
                        tr("Creating the database failed: %1").arg(errorText));
        }
        return true;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::MigrationFailed,
                        tr("Missing migration %1.").arg(migration.resource));
        // One transaction per migration, the version bump inside it: a failed step leaves the
        // previous version intact.
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n")
            + QString::fromUtf8(file.readAll())
            + QStringLiteral("\nPRAGMA user_version = %1;\nCOMMIT;").arg(migration.version);
        QString errorText;
        if (!execScript(script, &errorText)) {
            QString ignored;
            execScript(QStringLiteral("ROLLBACK"), &ignored);
            const Error kind = classify(errorText);
            return fail(kind == Error::Other ? Error::MigrationFailed : kind,
                        tr("Upgrading the database to version %1 failed: %2")
                            .arg(migration.version)
                            .arg(errorText));
        }
    }
    return true;
}

Database::Error Database::classifyServer(const QString &serverError) const
{
    const auto has = [&serverError](const char *text) {
        return serverError.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied")
        || has("authentication failed") || (has("role \"") && has("does not exist")))
        return Error::AuthenticationFailed;
    if (has("database \"") && has("does not exist"))
        return Error::NotFound;
    if (has("permission denied") || has("must be owner"))
        return Error::PermissionDenied;
    if (has("could not connect") || has("connection refused") || has("could not translate host")
        || has("timeout expired") || has("no route to host") || has("connection to server"))
        return Error::Unreachable;
    return Error::Other;
}

bool Database::refuseServer(const QString &serverError)
{
    const QString detail = serverError.simplified();
    const QString server = m_location.serverName();
    m_error = classifyServer(serverError);
    switch (m_error) {
    case Error::Unreachable:
        m_errorMessage = tr("No database server answers at %1 (%2). Check the address and that "
                            "the server is running.")
                             .arg(server, detail);
        break;
    case Error::AuthenticationFailed:
        m_errorMessage = tr("The database server %1 refused the user %2 (%3). Check the user "
                            "name and its password (in ~/.pgpass, or typed in the window).")
                             .arg(server,
                                  m_location.user().isEmpty() ? qEnvironmentVariable("USER")
                                                              : m_location.user(),
                                  detail);
        break;
    case Error::NotFound:
        m_errorMessage = tr("The database %1 does not exist on the server %2: the server's "
                            "administrator creates it.")
                             .arg(m_location.databaseName(), server);
        break;
    case Error::PermissionDenied:
        m_errorMessage = tr("The database user may not do this on %1 (%2). Ask the server's "
                            "administrator for the privileges.")
                             .arg(m_location.displayName(), detail);
        break;
    default:
        m_errorMessage
            = tr("Cannot open the database %1: %2").arg(m_location.displayName(), detail);
        break;
    }
    return false;
}

bool Database::openServer(OpenMode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        m_error = Error::Other;
        m_errorMessage = tr("Qt's PostgreSQL driver is not installed (Debian package "
                            "libqt6sql6-psql): cannot open %1.")
                             .arg(m_location.displayName());
        return false;
    }
    db.setHostName(m_location.host());
    if (m_location.port() > 0)
        db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.databaseName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    QStringList options {QStringLiteral("connect_timeout=10"),
                         QStringLiteral("application_name=motcua")};
    for (const auto &[key, value] : m_location.options())
        options << key + QLatin1Char('=') + value;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return refuseServer(db.lastError().text());

    // Read before writing anything: another application's or a newer schema stays untouched.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET client_min_messages = warning"))
        || !query.exec(QStringLiteral(
            "SELECT to_regclass('motcua_schema') IS NOT NULL, (SELECT count(*) FROM pg_tables "
            "WHERE schemaname = current_schema())"))
        || !query.next())
        return refuseServer(query.lastError().text());
    const bool ours = query.value(0).toBool();
    const qint64 tables = query.value(1).toLongLong();
    query.finish();
    const QString shown = m_location.displayName();
    if (!ours && tables > 0) {
        m_error = Error::NotADatabase;
        m_errorMessage = tr("The database %1 holds the tables of another application, not a Một Cửa "
                            "database. Give Một Cửa an empty database of its own.")
                             .arg(shown);
        return false;
    }
    const int version = schemaVersion();
    if (version < 0)
        return refuseServer(tr("the schema version cannot be read"));
    if (!versionAllowed(version, mode, shown))
        return false;
    if (mode == OpenMode::CreateNew && (ours || tables > 0)) {
        m_error = Error::NotEmpty;
        m_errorMessage = tr("The database %1 is not empty: it already holds tables. A new "
                            "database is made only in an empty one.")
                             .arg(shown);
        return false;
    }
    if (mode != OpenMode::CreateOrMigrate && mode != OpenMode::CreateNew && version == 0) {
        m_error = Error::NotFound;
        m_errorMessage = tr("The database %1 is empty: it holds no Một Cửa data yet.").arg(shown);
        return false;
    }
    return true;
}

bool Database::versionAllowed(int version, OpenMode mode, const QString &shown)
{
    if (version > latestSchemaVersion()) {
        m_error = Error::TooNew;
        m_errorMessage = tr("The database %1 has schema version %2, newer than this program "
                            "knows (%3). Install the newer version of Một Cửa.")
                             .arg(shown)
                             .arg(version)
                             .arg(latestSchemaVersion());
        return false;
    }
    if (mode == OpenMode::ExistingOnly && version > 0 && version < latestSchemaVersion()) {
        m_error = Error::NeedsUpgrade;
        m_errorMessage = tr("The database %1 has schema version %2, older than this program's "
                            "(%3). This command only reads and does not upgrade it: open it "
                            "once with the window or with a command that writes.")
                             .arg(shown)
                             .arg(version)
                             .arg(latestSchemaVersion());
        return false;
    }
    return true;
}

bool Database::migrateServer(bool leaveOpen)
{
    // Failures are reported after the connection's handles are gone (fail() removes it).
    QString failure;
    Error kind = Error::None;
    {
        const QSqlDatabase db = connection();
        if (leaveOpen) {
            // The whole schema in one transaction, left open for the caller (CreateNew): DDL is
            // transactional on PostgreSQL, so a ROLLBACK or a lost connection leaves no table.
            QSqlQuery query(db);
            bool ok = true;
            for (const QString &statement : SqlDialect::of(db).beginWrite())
                ok = ok && query.exec(statement);
            // Another program may have made tables while this one waited for the lock.
            ok = ok
                && query.exec(QStringLiteral(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"))
                && query.next();
            if (ok && query.value(0).toLongLong() > 0) {
                query.finish();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                kind = Error::NotEmpty;
                failure = tr("The database %1 is not empty: it already holds tables. A new database is "
                             "made only in an empty one.")
                              .arg(m_location.displayName());
            }
            query.finish();
            for (const Migration &migration : serverMigrations()) {
                if (!ok || !failure.isEmpty())
                    break;
                QFile file(migration.resource);
                if (!file.open(QIODevice::ReadOnly)) {
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    kind = Error::MigrationFailed;
                    failure = tr("Missing migration %1.").arg(migration.resource);
                    break;
                }
                ok = query.exec(QString::fromUtf8(file.readAll()))
                    && query.exec(
                        QStringLiteral("INSERT INTO motcua_schema (version, applied_at) VALUES "
                                       "(%1, extract(epoch FROM now())::bigint)")
                            .arg(migration.version));
            }
            if (!ok && failure.isEmpty()) {
                const QString errorText = query.lastError().text();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                kind = classifyServer(errorText);
                if (kind == Error::Other)
                    kind = Error::MigrationFailed;
                failure = tr("Creating the database failed: %1").arg(errorText);
            }
        }
        for (const Migration &migration : serverMigrations()) {
            if (leaveOpen)
                break;
            if (migration.version <= schemaVersion())
                continue;
            QFile file(migration.resource);
            if (!file.open(QIODevice::ReadOnly)) {
                kind = Error::MigrationFailed;
                failure = tr("Missing migration %1.").arg(migration.resource);
                break;
            }
            QSqlQuery query(db);
            bool ok = true;
            for (const QString &statement : SqlDialect::of(db).beginWrite())
                ok = ok && query.exec(statement);
            // Another counter may have applied it while this one waited for the lock.
            if (ok && schemaVersion() >= migration.version) {
                query.exec(QStringLiteral("COMMIT"));
                continue;
            }
            // One transaction per migration, its row in motcua_schema inside it.
            ok = ok && query.exec(QString::fromUtf8(file.readAll()))
                && query.exec(
                    QStringLiteral("INSERT INTO motcua_schema (version, applied_at) VALUES "
                                   "(%1, extract(epoch FROM now())::bigint)")
                        .arg(migration.version))
                && query.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                const QString errorText = query.lastError().text();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                kind = classifyServer(errorText);
                if (kind == Error::Other)
                    kind = Error::MigrationFailed;
                failure = kind == Error::PermissionDenied
                    ? tr("The database %1 has schema version %2, older than this program's "
                         "(%3), and this user may not upgrade it: the server's administrator "
                         "runs motcua server init with this version.")
                          .arg(m_location.displayName())
                          .arg(migration.version - 1)
                          .arg(latestSchemaVersion())
                    : tr("Upgrading the database to version %1 failed: %2")
                          .arg(migration.version)
                          .arg(errorText);
                break;
            }
        }
    }
    return failure.isEmpty() ? true : fail(kind, failure);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer()) {
        // The table is planned only once it is known to exist (a new database has none).
        if (!query.exec(QStringLiteral("SELECT to_regclass('motcua_schema') IS NOT NULL"))
            || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM motcua_schema"))
            && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::serverVersion() const
{
    if (!isServer())
        return {};
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
        return QStringLiteral("PostgreSQL ") + query.value(0).toString().section(QLatin1Char(' '), 0, 0);
    return {};
}

QString Database::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

sqlite3 *Database::handle() const
{
    const QVariant value = connection().driver()->handle();
    if (qstrcmp(value.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(value.data());
    return nullptr;
}

} // namespace motcua
