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

bool BackupStore::writeAnchor(const EventLog::Anchor &head, const QString &kind,
                              const QString &file, QString *error) const
{
    const auto write = [&](const QString &path, QIODevice::OpenMode mode, const QString &text) {
        QFile out(path);
        if (out.open(mode | QIODevice::WriteOnly) && out.write(text.toUtf8()) >= 0 && out.flush())
            return true;
        *error = tr("The chain anchor could not be written to %1: %2")
                     .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    };
    const QString line
        = QStringList {officeTime(Clock::now()).toString(Qt::ISODate), kind, head.text(),
                       QFileInfo(m_database.path()).absoluteFilePath(), QFileInfo(file).fileName()}
              .join(QLatin1Char('\t'));
    return (kind == QLatin1String("restore")
            || write(file + QStringLiteral(".anchor"), QIODevice::Truncate,
                     head.text() + QLatin1Char('\n')))
        && QDir().mkpath(folder())
        && write(QDir(folder()).filePath(manifestName()), QIODevice::Append,
                 line + QLatin1Char('\n'));
}

QStringList BackupStore::anchorProblems() const
{
    const QString path = QDir(folder()).filePath(manifestName());
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {tr("The chain anchors %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QString database = QFileInfo(m_database.path()).absoluteFilePath();
    QList<QPair<int, QString>> anchors; // line number, HASH:COUNT
    int number = 0;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        ++number;
        if (fields.size() < 4 || fields.at(3) != database || fields.at(2).startsWith(u':'))
            continue; // another database's backups in the same folder, or an empty chain
        if (fields.at(1) == QLatin1String("restore"))
            anchors.clear();
        anchors.append({number, fields.at(2)});
    }
    QStringList problems;
    const EventLog events(m_database.connection());
    for (const auto &[line, text] : std::as_const(anchors)) {
        const std::optional<EventLog::Anchor> anchor = EventLog::Anchor::parse(text);
        const QString problem = anchor ? events.checkAnchor(*anchor) : tr("not HASH:COUNT");
        if (!problem.isEmpty())
            problems.append(tr("Chain anchor %1 (%2, line %3): %4")
                                .arg(text, QDir::toNativeSeparators(path))
                                .arg(line)
                                .arg(problem));
    }
    return problems;
}

bool BackupStore::makeBackup(const Actor &by, const QString &file, bool automatic, QString *error,
                             bool *damaged)
{
    // The anchor is the head before the copy: the copy holds at least that much of the chain.
    const EventLog::Anchor head = EventLog(m_database.connection()).head();
    if (!Backup::copy(m_database, file, error, Backup::Verify::Integrity, damaged)
        || !writeAnchor(head, automatic ? QStringLiteral("daily") : QStringLiteral("backup"), file,
                        error))
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
    // A server's backups are its administrator's (pg_dump), not every counter's.
    if (m_database.isServer())
        return Automatic::NotDue;
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
    for (qsizetype i = keep(); i < all.size(); ++i) {
        QFile::remove(all.at(i));
        QFile::remove(all.at(i) + QStringLiteral(".anchor")); // anchors.txt keeps its line
    }
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
    // The restored history starts the anchors again.
    return writeAnchor(EventLog(m_database.connection()).head(), QStringLiteral("restore"), file,
                       error);
}

} // namespace motcua
