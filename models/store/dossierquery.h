#pragma once

#include "domain/dossier.h"
#include "domain/worklist.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace motcua {

// One line of a dossier list: only what the list shows and sorts by.
struct DossierListRow
{
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString applicantKey;
    qint64 procedureId = 0;
    QString procedureCode;
    QString procedureName;
    DossierStatus status = DossierStatus::Received;
    QString receiverName;
    // Seconds since the epoch; 0 when not set.
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    qint64 extendedDueAt = 0;
    qint64 pausedAt = 0;
    qint64 finishedAt = 0;
    qint64 returnedAt = 0;
};

// Counts of open dossiers for one group of the supervisor board.
struct BoardCount
{
    QString key; // the group's value (field, office, clerk) or the procedure id as text
    QString label; // what the board shows (procedure: "code name")
    qint64 overdue = 0;
    qint64 dueSoon = 0;
};

// The SQL of the worklists, the search and the supervisor board: filtering and ordering in
// SQL on indexes (see resources/sql/004_worklists.sql), pages by keyset so that page n costs
// the same as page 1.
class DossierQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DossierQuery)

public:
    // Newest: the order of registration, newest first (id); the others sort by one column,
    // ties broken by id in the same direction.
    enum class SortBy { Newest, Code, Applicant, Procedure, Received, Due, Status };

    // Where a page starts or ends: the sort value and the id of a row.
    struct Anchor
    {
        QVariant value;
        qint64 id = 0;
    };

    enum class Dimension { Field, Procedure, DecidingOffice, Clerk };

    explicit DossierQuery(const QSqlDatabase &db);

    // The instants of the worklists as of `now`, with the office's settings and calendar.
    WorklistClock clock(const QDateTime &now) const;

    // upTo > 0: stop counting there (the answer is then at most upTo).
    qint64 count(const DossierFilter &filter, const WorklistClock &clock, qint64 upTo = 0) const;
    // Every worklist's count (the badges), cheap at millions of dossiers.
    QMap<Worklist, qint64> counts(const WorklistClock &clock) const;

    // Up to `limit` rows after `after` (exclusive) and up to `upTo` (inclusive), in order.
    QList<DossierListRow> page(const DossierFilter &filter, const WorklistClock &clock, SortBy sort,
                               Qt::SortOrder order, const std::optional<Anchor> &after,
                               const std::optional<Anchor> &upTo, int limit,
                               QString *error = nullptr) const;
    static Anchor anchorOf(const DossierListRow &row, SortBy sort);
    // Every row of the list, in order, read page by page (an export). Empty with `error` set
    // when a page could not be read.
    QList<DossierListRow> all(const DossierFilter &filter, const WorklistClock &clock, SortBy sort,
                              Qt::SortOrder order, QString *error) const;

    // Open dossiers overdue or due soon, grouped; largest overdue first.
    QList<BoardCount> board(Dimension dimension, const WorklistClock &clock) const;

    // The SQL and values page() runs, for the benchmark's comparison with the sqlite3 shell.
    QString countSql(const DossierFilter &filter, const WorklistClock &clock,
                     QVariantList *values) const;
    QString pageSql(const DossierFilter &filter, const WorklistClock &clock, SortBy sort,
                    Qt::SortOrder order, int limit, QVariantList *values) const;

private:
    struct Sql
    {
        QString from;
        QStringList where;
        QVariantList values;
        QString orderExpression;
        bool ftsDriven = false;
    };
    Sql build(const DossierFilter &filter, const WorklistClock &clock, SortBy sort) const;
    QString composePage(const Sql &sql, const QString &direction) const;

    QSqlDatabase m_db;
};

} // namespace motcua
