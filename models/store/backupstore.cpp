#include "store/backupstore.h"

#include "db/backup.h"
#include "db/database.h"
#include "domain/clock.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

namespace motcua {

namespace {

const QString dateFormat = QStringLiteral("yyyyMMdd");
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Days begin at midnight in the office, whatever the machine's zone.
QDateTime officeTime(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
}

// Only files with exactly this name are rotated; safety copies and anything else stay.
const QRegularExpression &datedName()
{
    static const QRegularExpression pattern(QStringLiteral("^motcua-\\d{8}-\\d{6}\\.sqlite$"));
    return pattern;
}

} // namespace

BackupStore::BackupStore(Database &database)
    : m_database(database)
{ }

QString BackupStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString BackupStore::folder() const
{
    const QString configured
        = SettingsStore(m_database.connection()).value(QStringLiteral("backup.folder"));
    return configured.trimmed().isEmpty() ? defaultFolder() : configured.trimmed();
}

int BackupStore::keep() const
{
    bool ok = false;
    const int value = SettingsStore(m_database.connection())
                          .value(QStringLiteral("backup.keep"))
                          .trimmed()
                          .toInt(&ok);
    return ok && value >= 1 ? value : DefaultKeep;
}

QString BackupStore::fileNameFor(const QDateTime &instant)
{
    return QStringLiteral("motcua-%1.sqlite").arg(officeTime(instant).toString(timeFormat));
}

QStringList BackupStore::backups() const
{
    const QDir dir(folder());
    QStringList names = dir.entryList({QStringLiteral("motcua-*.sqlite")}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names) {
        if (datedName().match(name).hasMatch())
            paths.append(dir.filePath(name));
    }
    return paths;
}

bool BackupStore::makeBackup(const Actor &by, const QString &file, bool automatic, QString *error,
                             bool *damaged)
{
    if (!Backup::copy(m_database, file, error, Backup::Verify::Integrity, damaged))
        return false;
    EventRecord event;
    event.kind = QStringLiteral("backup-created");
    event.details = {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                     {QStringLiteral("automatic"), automatic}};
    if (!EventLog(m_database.connection()).record(by, event, error)) {
        *error = tr("The backup %1 was written, but recording it failed: %2")
                     .arg(QDir::toNativeSeparators(file), *error);
        return false;
    }
    return true;
}

bool BackupStore::backupTo(const Actor &by, const QString &file, QString *error)
{
    if (!by.permits(Permission::Backup, error))
        return false;
    return makeBackup(by, file, false, error);
}

bool BackupStore::backupToFolder(const Actor &by, QString *written, QString *error)
{
    if (!by.permits(Permission::Backup, error))
        return false;
    *written = QDir(folder()).filePath(fileNameFor(Clock::now()));
    if (!makeBackup(by, *written, false, error))
        return false;
    prune();
    return true;
}

BackupStore::Automatic BackupStore::automaticBackup(const Actor &signedIn, QString *writtenOrError)
{
    const QString today = officeTime(Clock::now()).toString(dateFormat);
    for (const QString &path : backups()) {
        if (QFileInfo(path).fileName().startsWith(QStringLiteral("motcua-%1-").arg(today)))
            return Automatic::NotDue;
    }
    const QString file = QDir(folder()).filePath(fileNameFor(Clock::now()));
    QString error;
    bool damaged = false;
    if (!makeBackup(signedIn, file, true, &error, &damaged)) {
        *writtenOrError = error;
        return damaged ? Automatic::Damaged : Automatic::Failed;
    }
    prune();
    *writtenOrError = file;
    return Automatic::Done;
}

QString BackupStore::latestGoodBackup() const
{
    for (const QString &path : backups()) {
        if (Backup::check(path).ok)
            return path;
    }
    return {};
}

void BackupStore::prune() const
{
    const QStringList all = backups();
    for (qsizetype i = keep(); i < all.size(); ++i)
        QFile::remove(all.at(i));
}

bool BackupStore::restore(const Actor &by, const QString &file, QString *safetyCopy, QString *error)
{
    if (!by.permits(Permission::Backup, error))
        return false;
    *safetyCopy = QDir(folder()).filePath(QStringLiteral("motcua-before-restore-%1.sqlite")
                                              .arg(officeTime(Clock::now()).toString(timeFormat)));
    if (!Backup::restore(m_database, file, *safetyCopy, error))
        return false;
    // Written into the restored history: it tells from then on where its content came from.
    EventRecord event;
    event.kind = QStringLiteral("database-restored");
    event.details = {{QStringLiteral("from"), QFileInfo(file).absoluteFilePath()},
                     {QStringLiteral("safetyCopy"), QFileInfo(*safetyCopy).absoluteFilePath()}};
    if (!EventLog(m_database.connection()).record(by, event, error)) {
        *error = tr("The database was restored, but recording it failed: %1").arg(*error);
        return false;
    }
    return true;
}

} // namespace motcua
