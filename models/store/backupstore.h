#pragma once

#include "domain/actor.h"
#include "store/eventlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace motcua {

class Database;

// The backups of a database: the folder and how many to keep (settings backup.folder and
// backup.keep), the daily automatic backup, manual backups and restore. Backup and restore
// need Permission::Backup and are logged as events.
class BackupStore final
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    static constexpr int DefaultKeep = 14;
    static QString defaultFolder(); // AppDataLocation/backups

    explicit BackupStore(Database &database);

    QString folder() const;
    int keep() const;
    // The dated backups in the folder (motcua-YYYYMMDD-HHMMSS.sqlite), newest first.
    QStringList backups() const;
    // The dated name for an instant, in the office's time zone.
    static QString fileNameFor(const QDateTime &instant);

    // A backup into `file` (a new file). Logs "backup-created".
    bool backupTo(const Actor &by, const QString &file, QString *error);
    // A dated backup into the folder; then only the newest keep() dated backups remain.
    bool backupToFolder(const Actor &by, QString *written, QString *error);

    enum class Automatic { NotDue, Done, Failed, Damaged };
    // The first start of each day (office time) leaves a dated backup in the folder. No
    // permission is needed: it is the program's duty whoever signs in; the event names them.
    // Damaged: the copy failed its integrity check, so the database itself is damaged (no
    // backup is kept, and the next start checks again).
    Automatic automaticBackup(const Actor &signedIn, QString *writtenOrError);
    // The newest dated backup that passes Backup::check, or "" when none does.
    QString latestGoodBackup() const;

    // Checks the backup, copies the current database beside the backups
    // (motcua-before-restore-YYYYMMDD-HHMMSS.sqlite, returned in *safetyCopy), then replaces
    // the content and logs "database-restored" into the restored history. The database
    // should then be reopened (the GUI restarts) so that its schema is upgraded.
    bool restore(const Actor &by, const QString &file, QString *safetyCopy, QString *error);

    // Chain anchors outside the file (see EventLog::Anchor): each backup leaves FILE.anchor
    // beside it and a line in the folder's manifest, anchors.txt:
    // time<TAB>backup|daily|restore<TAB>HASH:COUNT<TAB>database<TAB>file. A restore starts
    // the database's history again: only the lines after its last restore line count.
    static QString manifestName() { return QStringLiteral("anchors.txt"); }
    // What the manifest's anchors of this database say against its chain; empty when held.
    QStringList anchorProblems() const;

private:
    bool writeAnchor(const EventLog::Anchor &head, const QString &kind, const QString &file,
                     QString *error) const;
    bool makeBackup(const Actor &by, const QString &file, bool automatic, QString *error,
                    bool *damaged = nullptr);
    void prune() const;

    Database &m_database;
};

} // namespace motcua
