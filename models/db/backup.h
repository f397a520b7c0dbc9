#pragma once

#include <QCoreApplication>
#include <QString>

namespace motcua {

class Database;

// Whole-file copies of a database with SQLite's online backup API: consistent while other
// connections (other counters) keep writing, because the copy is read in one transaction.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    enum class Verify {
        Integrity, // PRAGMA integrity_check on the copy: a damaged source gives no backup
        AsIs, // the safety copy before a restore, which must be taken even of a damaged file
    };
    // Copies the open database into `target`, a new file (an existing file is refused, so
    // that nothing is overwritten by mistake). The copy is a single file (no -wal beside it).
    // With Verify::Integrity a copy that fails the integrity check is removed, the error says
    // the database is damaged and *damaged (when given) is set.
    static bool copy(const Database &source, const QString &target, QString *error,
                     Verify verify = Verify::Integrity, bool *damaged = nullptr);

    struct Check
    {
        bool ok = false;
        QString problem; // translated, when not ok
        int schemaVersion = 0;
    };
    // Is `file` a sound Một Cửa database this program can use: readable, PRAGMA
    // integrity_check "ok", the application's tables present, schema version not newer?
    // Reads a private copy; `file` is left untouched.
    static Check check(const QString &file);

    // Replaces the content of the open database `target` with the backup `file`:
    //  1. a private copy of `file` is checked (on failure nothing else happens);
    //  2. `target` is copied to `safetyCopy` (on failure nothing is replaced);
    //  3. the checked copy is written into `target` in one transaction.
    // The schema may then be older than the program's: reopen the database to upgrade it.
    static bool restore(Database &target, const QString &file, const QString &safetyCopy,
                        QString *error);

    // Why copy() and restore() refuse a database on a server (pg_dump and pg_restore do it).
    static QString serverMessage();
};

} // namespace motcua
