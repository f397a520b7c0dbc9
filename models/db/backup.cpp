#include "db/backup.h"

#include "db/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace motcua {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Closes on every path out of a function.
struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close(handle); }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
};

bool openFile(const QString &path, int flags, Connection *connection)
{
    return sqlite3_open_v2(QFile::encodeName(path).constData(), &connection->handle, flags, nullptr)
        == SQLITE_OK;
}

// Runs the backup in one step (one read transaction on the source: one committed state),
// retrying while another connection holds a lock that the step needs.
int runBackup(sqlite3 *destination, sqlite3 *source, int timeoutMs)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);
    const QDeadlineTimer deadline(timeoutMs);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(25);
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired());
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finished : rc;
}

bool execute(sqlite3 *handle, const char *sql)
{
    return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The file must not be changed, not even by SQLite recovering its journal: every check
// reads a copy in a private folder (with the write-ahead log, when one lies beside it).
bool privateCopy(const QString &file, const QTemporaryDir &folder, QString *copy, QString *error)
{
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile()) {
        *error = Backup::tr("The backup file %1 does not exist.").arg(shown(file));
        return false;
    }
    *copy = folder.filePath(QStringLiteral("restore.sqlite"));
    if (!folder.isValid() || !QFile::copy(file, *copy)) {
        *error = Backup::tr("Cannot read the backup file %1.").arg(shown(file));
        return false;
    }
    QFile::setPermissions(*copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString log = file + QStringLiteral("-wal");
    if (QFileInfo::exists(log) && !QFile::copy(log, *copy + QStringLiteral("-wal"))) {
        *error = Backup::tr("Cannot read the backup file %1.").arg(shown(log));
        return false;
    }
    return true;
}

// PRAGMA integrity_check: true when it answers "ok"; else the first problems in *problem.
bool integrityOk(sqlite3 *handle, QString *problem)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check(20)", -1, &statement, nullptr)
        != SQLITE_OK) {
        *problem = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    if (rc != SQLITE_DONE)
        rows.append(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_finalize(statement);
    *problem = rows.join(QLatin1String("; ")).left(500);
    return rows == QStringList {QStringLiteral("ok")};
}

Backup::Check checkCopy(const QString &copy, const QString &original)
{
    Backup::Check check;
    auto refuse = [&check](const QString &problem) {
        check.problem = problem;
        return check;
    };
    const QString notOurs
        = Backup::tr("The file %1 is not a Một Cửa database.").arg(shown(original));

    QFile file(copy);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return refuse(notOurs);
    file.close();

    Connection connection;
    if (!openFile(copy, SQLITE_OPEN_READWRITE, &connection))
        return refuse(notOurs);
    sqlite3_stmt *statement = nullptr;
    auto single = [&](const char *sql, QString *text) {
        if (sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        QStringList rows;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
        statement = nullptr;
        *text = rows.join(QLatin1String("; "));
        return rc == SQLITE_DONE;
    };

    const auto damaged = [&](const QString &detail) {
        return Backup::tr("The backup %1 is damaged: %2").arg(shown(original), detail);
    };
    // SQLITE_NOTADB: not a database at all; SQLITE_CORRUPT: a damaged one.
    const auto unreadable = [&] {
        return sqlite3_errcode(connection.handle) == SQLITE_CORRUPT
            ? damaged(connection.lastError())
            : notOurs;
    };

    QString version;
    if (!single("PRAGMA user_version", &version))
        return refuse(unreadable());
    if (QString problem; !integrityOk(connection.handle, &problem))
        return refuse(damaged(problem));
    QString tables;
    if (!single("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                "AND name IN ('users', 'events', 'settings', 'dossiers')",
                &tables))
        return refuse(unreadable());
    check.schemaVersion = version.toInt();
    if (tables != QLatin1String("4") || check.schemaVersion < 1)
        return refuse(notOurs);
    if (check.schemaVersion > Database::latestSchemaVersion())
        return refuse(
            Backup::tr("The backup %1 has schema version %2, newer than this program knows (%3). "
                       "Install the newer version of Một Cửa to restore it.")
                .arg(shown(original))
                .arg(check.schemaVersion)
                .arg(Database::latestSchemaVersion()));
    // Fold a write-ahead log into the copy: it is then one self-contained file.
    if (!execute(connection.handle, "PRAGMA journal_mode = DELETE"))
        return refuse(damaged(connection.lastError()));
    check.ok = true;
    return check;
}

} // namespace

QString Backup::serverMessage()
{
    return tr("Backups of a database on a server are made with the server's own tools: "
              "pg_dump -Fc (package postgresql-client) to back up, pg_restore to restore. "
              "This version of Một Cửa backs up database files only.");
}

bool Backup::copy(const Database &source, const QString &target, QString *error, Verify verify,
                  bool *damaged)
{
    if (damaged)
        *damaged = false;
    if (source.isServer()) {
        *error = serverMessage();
        return false;
    }
    if (!source.handle()) {
        *error = tr("The database is not open.");
        return false;
    }
    const QFileInfo info(target);
    if (info.exists()) {
        *error = tr("The file %1 already exists: choose another name.").arg(shown(target));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error
            = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // Written under a temporary name and renamed when complete: a file with the final name
    // is always a whole backup.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    bool ok = false;
    {
        Connection destination;
        if (!openFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &destination)) {
            *error
                = tr("Cannot write the backup %1: %2").arg(shown(target), destination.lastError());
        } else if (const int rc
                   = runBackup(destination.handle, source.handle(), source.busyTimeout());
                   rc != SQLITE_OK) {
            *error = tr("Cannot write the backup %1: %2")
                         .arg(shown(target), QString::fromUtf8(sqlite3_errstr(rc)));
        } else if (!execute(destination.handle, "PRAGMA journal_mode = DELETE")) {
            *error
                = tr("Cannot write the backup %1: %2").arg(shown(target), destination.lastError());
        } else if (QString problem;
                   verify == Verify::Integrity && !integrityOk(destination.handle, &problem)) {
            // The pages are copied as they are: a damaged source gives a damaged copy, which
            // restore would refuse. Better no backup than one that cannot be used.
            *error = tr("No backup was made: %1")
                         .arg(Database::damagedMessage(source.path(), problem));
            if (damaged)
                *damaged = true;
        } else {
            ok = true;
        }
    }
    if (ok && !QFile::rename(partial, target)) {
        *error = tr("Cannot write the backup %1.").arg(shown(target));
        ok = false;
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

Backup::Check Backup::check(const QString &file)
{
    QTemporaryDir folder;
    QString copy;
    Check check;
    if (!privateCopy(file, folder, &copy, &check.problem))
        return check;
    return checkCopy(copy, file);
}

bool Backup::restore(Database &target, const QString &file, const QString &safetyCopy,
                     QString *error)
{
    if (target.isServer()) {
        *error = serverMessage();
        return false;
    }
    if (!target.handle()) {
        *error = tr("The database is not open.");
        return false;
    }
    QTemporaryDir folder;
    QString copy;
    if (!privateCopy(file, folder, &copy, error))
        return false;
    // The checked copy is what gets restored: the file cannot change between check and use.
    const Check check = checkCopy(copy, file);
    if (!check.ok) {
        *error = check.problem;
        return false;
    }
    if (!Backup::copy(target, safetyCopy, error, Verify::AsIs)) {
        *error = tr("No safety copy of the current database could be made, so nothing was "
                    "restored. %1")
                     .arg(*error);
        return false;
    }
    Connection source;
    if (!openFile(copy, SQLITE_OPEN_READONLY, &source)) {
        *error = tr("Cannot read the backup file %1.").arg(shown(file));
        return false;
    }
    if (const int rc = runBackup(target.handle(), source.handle, target.busyTimeout());
        rc != SQLITE_OK) {
        *error = tr("The database could not be replaced (%1); it is unchanged.")
                     .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace motcua
