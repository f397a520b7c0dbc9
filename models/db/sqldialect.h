#pragma once

#include <QSqlDatabase>
#include <QString>

namespace motcua {

// The few SQL fragments in which SQLite and PostgreSQL differ. Stores keep one SQL text where
// the two agree (standard SQL: RETURNING, FILTER, CASE, coalesce) and ask here for the rest, so
// that no store tests which database it runs on.
class SqlDialect final
{
public:
    enum class Backend { SQLite, PostgreSQL };

    static SqlDialect of(const QSqlDatabase &db);
    Backend backend() const { return m_backend; }
    bool isPostgreSQL() const { return m_backend == Backend::PostgreSQL; }

    // Starts a write transaction that serialises writers at once: BEGIN IMMEDIATE on SQLite;
    // on PostgreSQL BEGIN and one transaction-scoped advisory lock, so that the code sequence
    // and the event chain's head are read and advanced by one counter at a time.
    QStringList beginWrite() const;
    // The value at `key` of the JSON object in the text column `column`, as text on both (a
    // number too, so that one bound text compares alike).
    QString jsonText(const QString &column, const QString &key) const;
    // "YYYY-MM" of the instant `epochSeconds` (an SQL expression of seconds, UTC).
    QString yearMonth(const QString &epochSeconds) const;
    // The larger and the smaller of two values: max(a, b) and min(a, b) on SQLite.
    QString greatest(const QString &a, const QString &b) const;
    QString least(const QString &a, const QString &b) const;
    // A join taken in the order written: SQLite's CROSS JOIN … ON (its planner keeps the
    // order); PostgreSQL allows no ON after CROSS JOIN and plans the order itself.
    QString orderedJoin() const
    {
        return isPostgreSQL() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
    }
    // After rows were written with explicit ids: the statement that makes the next generated id
    // of `table` follow its largest (PostgreSQL's identity sequence); empty on SQLite, whose
    // rowid already does.
    QString resetIdentity(const QString &table) const;
    // The statement that stops (`enabled` false) or restarts a row trigger of `table` within
    // the caller's transaction, for a bulk copy into a table made in that same transaction:
    // PostgreSQL's ALTER TABLE … DISABLE TRIGGER (each row's update of one counter row there
    // leaves a version the next must step over); empty on SQLite, where it costs little.
    QString switchTrigger(const QString &table, const QString &trigger, bool enabled) const;
    // The syllable index (SQLite FTS5 dossier_names) exists; PostgreSQL searches the folded
    // key through a trigram index with LIKE.
    bool hasNameIndex() const { return m_backend == Backend::SQLite; }

private:
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {
    }
    Backend m_backend;
};

} // namespace motcua
