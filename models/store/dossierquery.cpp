#include "store/dossierquery.h"

#include "db/sqldialect.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "domain/officesettings.h"
#include "store/calendarstore.h"
#include "store/settingsstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

const QString openStatuses
    = QStringLiteral("('received', 'processing', 'awaiting_documents', 'awaiting_payment')");
const QString waitingStatuses = QStringLiteral("('result_ready', 'refused')");

// The lifecycle's order, so that sorting by status groups the way a dossier moves.
const QString statusRank = QStringLiteral("(CASE d.status WHEN 'received' THEN 0 WHEN 'processing' "
                                          "THEN 1 WHEN 'awaiting_documents' THEN 2 "
                                          "WHEN 'awaiting_payment' THEN 3 WHEN 'result_ready' THEN "
                                          "4 WHEN 'refused' THEN 5 WHEN 'returned' THEN 6 "
                                          "ELSE 7 END)");

const QString selectColumns
    = QStringLiteral("SELECT d.id, d.code, d.applicant_name, d.applicant_key, d.procedure_id, "
                     "(SELECT code FROM procedures WHERE id = d.procedure_id), "
                     "(SELECT name FROM procedures WHERE id = d.procedure_id), d.status, "
                     "d.receiver_name, d.received_at, d.due_at, d.extended_due_at, d.paused_at, "
                     "d.finished_at, d.returned_at ");

qint64 secs(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

// Worklists whose rows are few (open or waiting dossiers, today's): a name is matched row by
// row there; over the big ones the full-text index drives.
bool isSmall(Worklist worklist)
{
    return worklist != Worklist::All && worklist != Worklist::Returned;
}

QString upperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace

DossierQuery::DossierQuery(const QSqlDatabase &db)
    : m_db(db)
{ }

WorklistClock DossierQuery::clock(const QDateTime &now) const
{
    const QMap<QString, QString> settings = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    WorklistClock clock;
    clock.now = now.toTimeZone(Clock::officeZone());
    clock.now.setTime(
        QTime(clock.now.time().hour(), clock.now.time().minute(), clock.now.time().second()));
    const QDate today = clock.now.date();
    clock.startOfToday = QDateTime(today, QTime(0, 0), Clock::officeZone());
    clock.endOfToday = QDateTime(today.addDays(1), QTime(0, 0), Clock::officeZone());
    clock.dueSoonDays = qMax(0, settings.value(QStringLiteral("worklist.due_soon_days")).toInt());
    clock.uncollectedDays
        = qMax(0, settings.value(QStringLiteral("worklist.uncollected_days")).toInt());
    const WorkCalendar calendar = CalendarStore(m_db).calendar();
    const DeadlineCalculator calculator(calendar, OfficeSettings::cutoffTime(settings),
                                        Clock::officeZone());
    clock.dueSoonUntil
        = calculator.addWorkingSeconds(clock.now, qint64(clock.dueSoonDays) * 8 * 3600);
    if (!clock.dueSoonUntil.isValid())
        clock.dueSoonUntil = clock.now;
    clock.uncollectedBefore = clock.now.addDays(-clock.uncollectedDays);
    return clock;
}

DossierQuery::Sql DossierQuery::build(const DossierFilter &filter, const WorklistClock &clock,
                                      SortBy sort) const
{
    Sql sql;
    // No join with procedures here: the planner would drive from the small table and sort
    // millions of rows; procedure columns and filters are subqueries on its primary key. The one
    // join is the name search sorted newest first, where the full-text index drives (below).
    sql.from = QStringLiteral("FROM dossiers d ");
    const qint64 now = secs(clock.now);
    switch (filter.worklist) {
    case Worklist::ReceivedToday:
        sql.where << QStringLiteral("d.received_at >= ? AND d.received_at < ?");
        sql.values << secs(clock.startOfToday) << secs(clock.endOfToday);
        break;
    case Worklist::InProcessing:
        sql.where << QStringLiteral("d.status IN %1").arg(openStatuses);
        break;
    case Worklist::DueToday:
        sql.where
            << QStringLiteral(
                   "d.status IN %1 AND d.due_at >= ? AND d.due_at < ? AND d.paused_at IS NULL")
                   .arg(openStatuses);
        sql.values << now << secs(clock.endOfToday);
        break;
    case Worklist::DueSoon:
        sql.where
            << QStringLiteral(
                   "d.status IN %1 AND d.due_at >= ? AND d.due_at <= ? AND d.paused_at IS NULL")
                   .arg(openStatuses);
        sql.values << now << secs(clock.dueSoonUntil);
        break;
    case Worklist::Overdue:
        // Late when the deadline passed while the clock ran: a stopped clock stops at paused_at.
        sql.where << QStringLiteral(
                         "d.status IN %1 AND d.due_at < ? AND COALESCE(d.paused_at, ?) > d.due_at")
                         .arg(openStatuses);
        sql.values << now << now;
        break;
    case Worklist::AwaitingDocuments:
        sql.where << QStringLiteral("d.status = 'awaiting_documents'");
        break;
    case Worklist::AwaitingCollection:
        sql.where << QStringLiteral("d.status IN %1").arg(waitingStatuses);
        break;
    case Worklist::Uncollected:
        sql.where << QStringLiteral("d.status IN %1 AND d.finished_at < ?").arg(waitingStatuses);
        sql.values << secs(clock.uncollectedBefore);
        break;
    case Worklist::Returned:
        sql.where << QStringLiteral("d.status = 'returned'");
        break;
    case Worklist::All:
        break;
    }

    const SearchTerm term = Worklists::parseSearch(filter.search);
    switch (term.kind) {
    case SearchTerm::Kind::None:
        break;
    case SearchTerm::Kind::Code:
        sql.where << QStringLiteral("d.code >= ? AND d.code < ?");
        sql.values << term.text << upperBound(term.text);
        break;
    case SearchTerm::Kind::Digits:
        sql.where << QStringLiteral("((d.applicant_id >= ? AND d.applicant_id < ?) "
                                    "OR (d.applicant_phone >= ? AND d.applicant_phone < ?))");
        sql.values << term.text << upperBound(term.text) << term.text << upperBound(term.text);
        break;
    case SearchTerm::Kind::Name:
        // Without the syllable index (PostgreSQL: a trigram index on the same expression).
        if (isSmall(filter.worklist) || !SqlDialect::of(m_db).hasNameIndex()) {
            // Each syllable a whole syllable of the key, the last one a beginning of one.
            QStringList likes;
            for (qsizetype i = 0; i < term.syllables.size(); ++i) {
                likes << QStringLiteral("(' ' || d.applicant_key || ' ') LIKE ?");
                const bool last = i == term.syllables.size() - 1;
                sql.values << QStringLiteral("% ") + term.syllables.at(i)
                        + (last ? QStringLiteral("%") : QStringLiteral(" %"));
            }
            sql.where << likes.join(QStringLiteral(" AND "));
        } else {
            QStringList phrases;
            for (const QString &syllable : term.syllables)
                phrases << QLatin1Char('"') + syllable + QLatin1Char('"');
            phrases.last().append(QLatin1Char('*'));
            const QString match = phrases.join(QLatin1Char(' '));
            if (sort == SortBy::Newest) {
                // The index yields rowids newest first and the page stops after `limit` rows.
                sql.from
                    = QStringLiteral("FROM dossier_names f CROSS JOIN dossiers d ON d.id = f.rowid "
                                     "JOIN procedures p ON p.id = d.procedure_id ");
                sql.where.prepend(QStringLiteral("dossier_names MATCH ?"));
                sql.values.prepend(match);
                sql.ftsDriven = true;
            } else {
                sql.where << QStringLiteral(
                    "d.id IN (SELECT rowid FROM dossier_names WHERE dossier_names MATCH ?)");
                sql.values << match;
            }
        }
        break;
    }

    if (filter.receivedFrom.isValid()) {
        sql.where << QStringLiteral("d.received_at >= ?");
        sql.values << secs(QDateTime(filter.receivedFrom, QTime(0, 0), Clock::officeZone()));
    }
    if (filter.receivedTo.isValid()) {
        sql.where << QStringLiteral("d.received_at < ?");
        sql.values << secs(
            QDateTime(filter.receivedTo.addDays(1), QTime(0, 0), Clock::officeZone()));
    }
    if (!filter.field.isEmpty()) {
        sql.where << QStringLiteral(
            "d.procedure_id IN (SELECT id FROM procedures WHERE field = ?)");
        sql.values << filter.field;
    }
    if (filter.procedureId > 0) {
        sql.where << QStringLiteral("d.procedure_id = ?");
        sql.values << filter.procedureId;
    }
    if (!filter.decidingOffice.isEmpty()) {
        sql.where << QStringLiteral(
            "d.procedure_id IN (SELECT id FROM procedures WHERE deciding_office = ?)");
        sql.values << filter.decidingOffice;
    }
    if (!filter.receiver.isEmpty()) {
        sql.where << QStringLiteral("d.receiver_name = ?");
        sql.values << filter.receiver;
    }

    switch (sort) {
    case SortBy::Newest:
        sql.orderExpression.clear();
        break;
    case SortBy::Code:
        sql.orderExpression = QStringLiteral("d.code");
        break;
    case SortBy::Applicant:
        sql.orderExpression = QStringLiteral("d.applicant_key");
        break;
    case SortBy::Procedure:
        sql.orderExpression
            = QStringLiteral("(SELECT name FROM procedures WHERE id = d.procedure_id)");
        break;
    case SortBy::Received:
        sql.orderExpression = QStringLiteral("d.received_at");
        break;
    case SortBy::Due:
        sql.orderExpression = QStringLiteral("d.due_at");
        break;
    case SortBy::Status:
        sql.orderExpression = statusRank;
        break;
    }
    return sql;
}

qint64 DossierQuery::count(const DossierFilter &filter, const WorklistClock &clock,
                           qint64 upTo) const
{
    const bool plain = filter.search.trimmed().isEmpty() && !filter.receivedFrom.isValid()
        && !filter.receivedTo.isValid() && filter.field.isEmpty() && filter.procedureId == 0
        && filter.decidingOffice.isEmpty() && filter.receiver.isEmpty();
    if (plain && (filter.worklist == Worklist::All || filter.worklist == Worklist::Returned))
        return counts(clock).value(filter.worklist);

    const Sql sql = build(filter, clock, SortBy::Newest);
    QSqlQuery query(m_db);
    const QString where = sql.where.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + sql.where.join(QStringLiteral(" AND "));
    // A bound keeps a broad filter over millions of rows from counting them all.
    if (upTo > 0)
        query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 ") + sql.from + where
                      + QStringLiteral(" LIMIT ?)"));
    else
        query.prepare(QStringLiteral("SELECT count(*) ") + sql.from + where);
    for (const QVariant &value : sql.values)
        query.addBindValue(value);
    if (upTo > 0)
        query.addBindValue(upTo);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QMap<Worklist, qint64> DossierQuery::counts(const WorklistClock &clock) const
{
    QMap<Worklist, qint64> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    qint64 all = 0;
    if (query.exec(QStringLiteral("SELECT status, n FROM dossier_status_counts"))) {
        while (query.next()) {
            all += query.value(1).toLongLong();
            if (query.value(0).toString() == QLatin1String("returned"))
                result.insert(Worklist::Returned, query.value(1).toLongLong());
        }
    }
    result.insert(Worklist::All, all);
    if (!result.contains(Worklist::Returned))
        result.insert(Worklist::Returned, 0);

    // One pass over the open dossiers (the status index) gives five of the counts.
    const qint64 now = secs(clock.now);
    query.prepare(
        QStringLiteral("SELECT count(*), "
                       "count(*) FILTER (WHERE d.due_at >= ? AND d.due_at < ? AND d.paused_at IS NULL), "
                       "count(*) FILTER (WHERE d.due_at >= ? AND d.due_at <= ? AND d.paused_at IS NULL), "
                       "count(*) FILTER (WHERE d.due_at < ? AND COALESCE(d.paused_at, ?) > d.due_at), "
                       "count(*) FILTER (WHERE d.status = 'awaiting_documents') "
                       "FROM dossiers d WHERE d.status IN %1")
            .arg(openStatuses));
    for (const QVariant &value :
         QVariantList {now, secs(clock.endOfToday), now, secs(clock.dueSoonUntil), now, now})
        query.addBindValue(value);
    if (query.exec() && query.next()) {
        result.insert(Worklist::InProcessing, query.value(0).toLongLong());
        result.insert(Worklist::DueToday, query.value(1).toLongLong());
        result.insert(Worklist::DueSoon, query.value(2).toLongLong());
        result.insert(Worklist::Overdue, query.value(3).toLongLong());
        result.insert(Worklist::AwaitingDocuments, query.value(4).toLongLong());
    }
    query.prepare(
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE d.finished_at < ?) FROM dossiers d "
                       "WHERE d.status IN %1")
            .arg(waitingStatuses));
    query.addBindValue(secs(clock.uncollectedBefore));
    if (query.exec() && query.next()) {
        result.insert(Worklist::AwaitingCollection, query.value(0).toLongLong());
        result.insert(Worklist::Uncollected, query.value(1).toLongLong());
    }
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?"));
    query.addBindValue(secs(clock.startOfToday));
    query.addBindValue(secs(clock.endOfToday));
    if (query.exec() && query.next())
        result.insert(Worklist::ReceivedToday, query.value(0).toLongLong());
    return result;
}

QString DossierQuery::countSql(const DossierFilter &filter, const WorklistClock &clock,
                               QVariantList *values) const
{
    const Sql sql = build(filter, clock, SortBy::Newest);
    *values = sql.values;
    return QStringLiteral("SELECT count(*) ") + sql.from
        + (sql.where.isEmpty()
               ? QString()
               : QStringLiteral("WHERE ") + sql.where.join(QStringLiteral(" AND ")));
}

QString DossierQuery::composePage(const Sql &sql, const QString &direction) const
{
    const QString idColumn = sql.ftsDriven ? QStringLiteral("f.rowid") : QStringLiteral("d.id");
    const QString where = sql.where.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + sql.where.join(QStringLiteral(" AND "));
    const QString order = sql.orderExpression.isEmpty()
        ? QString()
        : sql.orderExpression + QLatin1Char(' ') + direction + QStringLiteral(", ");
    // Only the ids go through the sort (thousands of candidates for a broad search); the
    // columns, with their subqueries, are read for the page's rows alone.
    return selectColumns + QStringLiteral("FROM (SELECT ") + idColumn + QStringLiteral(" AS id ")
        + sql.from + where + QStringLiteral(" ORDER BY ") + order + idColumn + QLatin1Char(' ')
        + direction
        + QStringLiteral(" LIMIT ?) AS page %1 dossiers d ON d.id = page.id ORDER BY ")
              .arg(SqlDialect::of(m_db).orderedJoin())
        + order + QStringLiteral("d.id ") + direction;
}

QString DossierQuery::pageSql(const DossierFilter &filter, const WorklistClock &clock, SortBy sort,
                              Qt::SortOrder order, int limit, QVariantList *values) const
{
    if (sort == SortBy::Newest)
        order = Qt::DescendingOrder; // as page() does
    const Sql sql = build(filter, clock, sort);
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    *values = sql.values;
    values->append(limit);
    return composePage(sql, direction);
}

QList<DossierListRow> DossierQuery::page(const DossierFilter &filter, const WorklistClock &clock,
                                         SortBy sort, Qt::SortOrder order,
                                         const std::optional<Anchor> &after,
                                         const std::optional<Anchor> &upTo, int limit,
                                         QString *error) const
{
    // Newest first is the natural order of that sort: "ascending" there means newest first too.
    if (sort == SortBy::Newest)
        order = Qt::DescendingOrder;
    Sql sql = build(filter, clock, sort);
    const bool ascending = order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString idColumn = sql.ftsDriven ? QStringLiteral("f.rowid") : QStringLiteral("d.id");
    const auto bound = [&](const Anchor &anchor, bool isStart) {
        const QString op = isStart ? (ascending ? QStringLiteral(">") : QStringLiteral("<"))
                                   : (ascending ? QStringLiteral("<=") : QStringLiteral(">="));
        if (sql.orderExpression.isEmpty()) {
            sql.where << QStringLiteral("%1 %2 ?").arg(idColumn, op);
            sql.values << anchor.id;
        } else {
            sql.where << QStringLiteral("(%1, d.id) %2 (?, ?)").arg(sql.orderExpression, op);
            sql.values << anchor.value << anchor.id;
        }
    };
    if (after)
        bound(*after, true);
    if (upTo)
        bound(*upTo, false);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(composePage(sql, direction));
    for (const QVariant &value : std::as_const(sql.values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<DossierListRow> rows;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        DossierListRow row;
        row.id = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.applicantName = query.value(2).toString();
        row.applicantKey = query.value(3).toString();
        row.procedureId = query.value(4).toLongLong();
        row.procedureCode = query.value(5).toString();
        row.procedureName = query.value(6).toString();
        Dossiers::statusFromKey(query.value(7).toString(), &row.status);
        row.receiverName = query.value(8).toString();
        row.receivedAt = query.value(9).toLongLong();
        row.dueAt = query.value(10).toLongLong();
        row.extendedDueAt = query.value(11).toLongLong();
        row.pausedAt = query.value(12).toLongLong();
        row.finishedAt = query.value(13).toLongLong();
        row.returnedAt = query.value(14).toLongLong();
        rows.append(row);
    }
    return rows;
}

DossierQuery::Anchor DossierQuery::anchorOf(const DossierListRow &row, SortBy sort)
{
    Anchor anchor;
    anchor.id = row.id;
    switch (sort) {
    case SortBy::Newest:
        break;
    case SortBy::Code:
        anchor.value = row.code;
        break;
    case SortBy::Applicant:
        anchor.value = row.applicantKey;
        break;
    case SortBy::Procedure:
        anchor.value = row.procedureName;
        break;
    case SortBy::Received:
        anchor.value = row.receivedAt;
        break;
    case SortBy::Due:
        anchor.value = row.dueAt;
        break;
    case SortBy::Status:
        anchor.value = int(row.status);
        break; // the enum follows statusRank
    }
    return anchor;
}

QList<DossierListRow> DossierQuery::all(const DossierFilter &filter, const WorklistClock &clock,
                                        SortBy sort, Qt::SortOrder order, QString *error) const
{
    constexpr int PageSize = 5000;
    QList<DossierListRow> rows;
    std::optional<Anchor> after;
    while (true) {
        const QList<DossierListRow> page
            = this->page(filter, clock, sort, order, after, std::nullopt, PageSize, error);
        if (error && !error->isEmpty())
            return {};
        rows += page;
        if (page.size() < PageSize)
            return rows;
        after = anchorOf(page.last(), sort);
    }
}

QList<BoardCount> DossierQuery::board(Dimension dimension, const WorklistClock &clock) const
{
    QString keyExpression;
    QString labelExpression;
    switch (dimension) {
    case Dimension::Field:
        keyExpression = labelExpression = QStringLiteral("p.field");
        break;
    case Dimension::Procedure:
        keyExpression = QStringLiteral("p.id");
        labelExpression = QStringLiteral("p.code || ' ' || p.name");
        break;
    case Dimension::DecidingOffice:
        keyExpression = labelExpression = QStringLiteral("p.deciding_office");
        break;
    case Dimension::Clerk:
        keyExpression = labelExpression = QStringLiteral("d.receiver_name");
        break;
    }
    const qint64 now = secs(clock.now);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The candidates are the open dossiers due before the due-soon horizon (the status index).
    query.prepare(
        QStringLiteral("SELECT %1, %2, count(*) FILTER (WHERE d.due_at < ? AND COALESCE(d.paused_at, ?) > d.due_at), "
                       "count(*) FILTER (WHERE d.due_at >= ? AND d.paused_at IS NULL) "
                       "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                       "WHERE d.status IN %3 AND d.due_at <= ? GROUP BY %1")
            .arg(keyExpression, labelExpression, openStatuses));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(secs(clock.dueSoonUntil));
    QList<BoardCount> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        BoardCount count {query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toLongLong(), query.value(3).toLongLong()};
        if (count.overdue > 0 || count.dueSoon > 0)
            result.append(count);
    }
    std::sort(result.begin(), result.end(), [](const BoardCount &a, const BoardCount &b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        if (a.dueSoon != b.dueSoon)
            return a.dueSoon > b.dueSoon;
        return a.label < b.label;
    });
    return result;
}

} // namespace motcua
