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
    query.exec(m_database.isServer()
                   ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                    "current_schema() ORDER BY tablename")
                   : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        tables.append(query.value(0).toString());

    QList<QPair<QString, qint64>> counts;
    for (const QString &table : tables) {
        // Table names come from the catalogue, not from a user: quoting them is enough.
        QSqlQuery count(m_database.connection());
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        counts.append({table, count.next() ? count.value(0).toLongLong() : -1});
    }
    return counts;
}

qint64 Maintenance::fileSize() const
{
    if (m_database.isServer()) {
        QSqlQuery query(m_database.connection());
        return query.exec(QStringLiteral("SELECT pg_database_size(current_database())"))
                && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }
    return QFileInfo(m_database.path()).size()
        + QFileInfo(m_database.path() + QStringLiteral("-wal")).size();
}

QStringList Maintenance::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(m_database.connection());
    if (m_database.isServer()) {
        // Pages are the server's to keep (checksums, WAL); what a person could still do is
        // leave a foreign key unchecked (NOT VALID), which the server then no longer enforces
        // for the rows already there.
        if (!query.exec(QStringLiteral(
                "SELECT conname, conrelid::regclass::text FROM pg_constraint WHERE contype = 'f' "
                "AND NOT convalidated AND connamespace = current_schema()::regnamespace "
                "ORDER BY 1"))) {
            problems.append(
                tr("The foreign-key check could not run: %1").arg(query.lastError().text()));
            return problems;
        }
        while (query.next())
            problems.append(tr("Foreign key %1 of table %2 is not validated: rows may refer to "
                               "missing ones.")
                                .arg(query.value(0).toString(), query.value(1).toString()));
        return problems;
    }
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
    if (m_database.isServer())
        return {}; // the server refuses a damaged page itself, statement by statement
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
