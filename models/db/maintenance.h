#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace motcua {

class Database;

// Whole-database checks and figures: what `motcua db-info` and `motcua check` report, for a
// file (SQLite's own checks) or a server database (its catalogue).
class Maintenance final
{
    Q_DECLARE_TR_FUNCTIONS(Maintenance)

public:
    explicit Maintenance(const Database &database);

    QList<QPair<QString, qint64>> rowCounts() const; // every table, by name
    qint64 fileSize() const; // main file plus write-ahead log; a server database's size

    // Problems found by SQLite's integrity and foreign-key checks (on a server: foreign keys
    // left unvalidated); empty when clean.
    QStringList integrityProblems() const;
    // PRAGMA quick_check before bulk writes: "" when sound, else Database::damagedMessage().
    QString damage() const;

private:
    const Database &m_database;
};

} // namespace motcua
