#include "db/sqldialect.h"

#include <QStringList>

namespace motcua {

namespace {
// Any fixed number: every writer of a Một Cửa database takes the same lock.
constexpr qint64 WriterLock = 0x4d6f74437561; // "MotCua"
} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL
                                                                  : Backend::SQLite);
}

QStringList SqlDialect::beginWrite() const
{
    if (isPostgreSQL())
        return {QStringLiteral("BEGIN"),
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLock)};
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqlDialect::jsonText(const QString &column, const QString &key) const
{
    if (isPostgreSQL())
        return QStringLiteral("(%1::jsonb ->> '%2')").arg(column, key);
    return QStringLiteral("CAST(json_extract(%1, '$.%2') AS TEXT)").arg(column, key);
}

QString SqlDialect::yearMonth(const QString &epochSeconds) const
{
    if (isPostgreSQL())
        return QStringLiteral("to_char(to_timestamp(%1) AT TIME ZONE 'UTC', 'YYYY-MM')")
            .arg(epochSeconds);
    return QStringLiteral("strftime('%Y-%m', %1, 'unixepoch')").arg(epochSeconds);
}

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgreSQL() ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString SqlDialect::least(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgreSQL() ? QStringLiteral("least") : QStringLiteral("min"), a, b);
}

QString SqlDialect::resetIdentity(const QString &table) const
{
    if (!isPostgreSQL())
        return {};
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 "
                          "HAVING count(*) > 0")
        .arg(table);
}

QString SqlDialect::switchTrigger(const QString &table, const QString &trigger,
                                 bool enabled) const
{
    if (!isPostgreSQL())
        return {};
    return QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
        .arg(table, enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"), trigger);
}

} // namespace motcua
