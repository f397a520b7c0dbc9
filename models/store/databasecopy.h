#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace motcua {

class Database;

// A whole Một Cửa database copied to another backend (`motcua migrate`): a SQLite file to a
// PostgreSQL database and back, or file to file, server to server. The source is opened
// read-only and read in one snapshot; the target must be empty (a new or empty file, a server
// database without tables). On the target, the schema and every row (ids, password hashes, the
// events with their hashes) are written in one transaction that is committed only once the row
// counts, the event chain and the dossiers against their events have been verified on it; a
// refused or failed copy leaves the target as it was (a file is written beside it under a
// temporary name and renamed at the end).
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // `table` copied so far: `rows` of `total`.
    using Progress = std::function<void(const QString &table, qint64 rows, qint64 total)>;

    DatabaseCopy(QString source, QString target);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // False when refused or failed: errorMessage() says why, and the target is as it was.
    bool run();
    QString errorMessage() const { return m_error; }

    // After run(): the rows copied, per table, in the order copied.
    const QList<QPair<QString, qint64>> &rowCounts() const { return m_counts; }
    qint64 eventsVerified() const { return m_eventsVerified; }

    // The tables copied, parents before children.
    static QStringList tables();

private:
    bool refuse(const QString &message);
    bool copyRows(Database &from, Database &to);
    bool verify(Database &from, Database &to);

    QString m_source;
    QString m_target;
    Progress m_progress;
    QString m_error;
    QList<QPair<QString, qint64>> m_counts;
    qint64 m_eventsVerified = 0;
};

} // namespace motcua
