#include "db/maintenance.h"

#include "db/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

Maintenance::Maintenance(const Database &database)
    : m_database(database)
{ }

QList<QPair<QString, qint64>> Maintenance::rowCounts() const
{
    QStringList tables;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());

    QList<QPair<QString, qint64>> counts;
    for (const QString &table : tables) {
        // Table names come from sqlite_schema, not from a user: quoting them is enough.
        QSqlQuery count(m_database.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        counts.append({table, count.next() ? count.value(0).toLongLong() : -1});
    }
    return counts;
}

qint64 Maintenance::fileSize() const
{
    return QFileInfo(m_database.path()).size()
        + QFileInfo(m_database.path() + QStringLiteral("-wal")).size();
}

QStringList Maintenance::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(tr("The integrity check could not run: %1").arg(query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("Integrity: %1").arg(line));
    }

    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(
            tr("The foreign-key check could not run: %1").arg(query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        problems.append(tr("Foreign key: row %1 of table %2 refers to a missing row of %3.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

QString Maintenance::damage() const
{
    QSqlQuery query(m_database.connection());
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(20)")))
        problems.append(query.lastError().text());
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return Database::damagedMessage(m_database.path(),
                                    problems.join(QStringLiteral("; ")).left(500));
}

} // namespace motcua
