#include "store/reportqueries.h"

#include "db/sqldialect.h"
#include "domain/clock.h"
#include "domain/csv.h"
#include "domain/deadline.h"
#include "domain/officesettings.h"
#include "domain/workingtime.h"
#include "store/calendarstore.h"
#include "store/exportlog.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace motcua {

namespace {

constexpr qint64 SecondsPerWorkingDay = 8 * 3600;

qint64 startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Clock::officeZone()).toSecsSinceEpoch();
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

QString fieldCondition(const QString &field)
{
    return field.isEmpty()
        ? QString()
        : QStringLiteral(" AND procedure_id IN (SELECT id FROM procedures WHERE field = ?)");
}

} // namespace

bool ReportRow::balances() const
{
    return carriedOver + received == finished() + inProgressOnTime + inProgressOverdue + withdrawn;
}

bool ReportRow::isEmpty() const
{
    return carriedOver == 0 && received == 0 && finished() == 0 && inProgressOnTime == 0
        && inProgressOverdue == 0 && returned == 0 && withdrawn == 0 && refused == 0;
}

double ReportRow::onTimeRate() const
{
    if (finished() == 0)
        return -1;
    return std::round(1000.0 * double(finishedEarly + finishedOnTime) / double(finished())) / 10.0;
}

double ReportRow::averageWorkingDays() const
{
    if (timedDossiers == 0)
        return -1;
    return std::round(100.0 * double(timedSeconds) / double(timedDossiers) / SecondsPerWorkingDay)
        / 100.0;
}

void ReportRow::add(const ReportRow &o)
{
    carriedOver += o.carriedOver;
    received += o.received;
    receivedDirect += o.receivedDirect;
    receivedPostal += o.receivedPostal;
    receivedOnline += o.receivedOnline;
    finishedEarly += o.finishedEarly;
    finishedOnTime += o.finishedOnTime;
    finishedLate += o.finishedLate;
    inProgressOnTime += o.inProgressOnTime;
    inProgressOverdue += o.inProgressOverdue;
    returned += o.returned;
    withdrawn += o.withdrawn;
    refused += o.refused;
    timedDossiers += o.timedDossiers;
    timedSeconds += o.timedSeconds;
}

QList<ReportRow> PeriodReport::fieldTotals() const
{
    QList<ReportRow> totals;
    for (const ReportRow &row : rows) {
        if (totals.isEmpty() || totals.last().field != row.field) {
            ReportRow subtotal;
            subtotal.field = row.field;
            totals.append(subtotal);
        }
        totals.last().add(row);
    }
    return totals;
}

ReportQueries::ReportQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

QString ReportQueries::aggregateSql(const QDate &from, const QDate &to, const QString &field,
                                    const QDateTime &asOf, QVariantList *values) const
{
    const qint64 start = startOf(from);
    const qint64 end = startOf(to.addDays(1));
    const qint64 at = asOf.toSecsSinceEpoch();
    const qint64 offset = Clock::officeZone().offsetFromUtc(asOf);
    const QString columns = QStringLiteral("SELECT procedure_id, channel, received_at, due_at, "
                                           "finished_at, status, paused_at, result_kind "
                                           "FROM dossiers WHERE ");
    const QString fieldPart = fieldCondition(field);
    // Carried over: found from the instant they were finished (or from being still open), the
    // received ones from the reception index; each dossier in exactly one part.
    const QString sql
        = QStringLiteral(
              "WITH base AS (%1received_at >= ? AND received_at < ?%2 "
              "UNION ALL %1finished_at >= ? AND +received_at < ?%2 "
              "UNION ALL %1finished_at IS NULL AND +received_at < ?%2), "
              "judged AS (SELECT *, (finished_at IS NOT NULL AND finished_at < ?) AS fin, (status "
              "= 'withdrawn') AS wd, "
              "due_at < COALESCE(CASE WHEN paused_at IS NOT NULL AND paused_at <= ? THEN paused_at "
              "END, ?) AS late_now "
              "FROM base) "
              "SELECT procedure_id, count(*) FILTER (WHERE received_at < ?), count(*) FILTER (WHERE received_at >= ?), "
              "count(*) FILTER (WHERE received_at >= ? AND channel = 'direct'), count(*) FILTER (WHERE received_at >= ? AND channel = "
              "'postal'), "
              "count(*) FILTER (WHERE received_at >= ? AND channel = 'online'), "
              "count(*) FILTER (WHERE fin AND NOT wd AND finished_at <= due_at AND (finished_at + ?) / 86400 < "
              "(due_at + ?) / 86400), "
              "count(*) FILTER (WHERE fin AND NOT wd AND finished_at <= due_at AND (finished_at + ?) / 86400 >= "
              "(due_at + ?) / 86400), "
              "count(*) FILTER (WHERE fin AND NOT wd AND finished_at > due_at), "
              "count(*) FILTER (WHERE NOT fin AND NOT late_now), count(*) FILTER (WHERE NOT fin AND late_now), count(*) FILTER (WHERE fin AND wd), "
              "count(*) FILTER (WHERE fin AND result_kind = 'refused') "
              "FROM judged GROUP BY procedure_id")
              .arg(columns, fieldPart);
    values->clear();
    const auto withField = [&](const QVariantList &part) {
        *values += part;
        if (!field.isEmpty())
            values->append(field);
    };
    withField({start, end});
    withField({start, start});
    withField({start});
    *values += QVariantList {end,   at,    at,     start,  start,  start,
                             start, start, offset, offset, offset, offset};
    return sql;
}

PeriodReport ReportQueries::period(const Actor &actor, const QDate &from, const QDate &to,
                                   const QString &field, QString *error) const
{
    PeriodReport report;
    report.from = from;
    report.to = to;
    report.field = field;
    if (!ExportLog::allowed(actor, error))
        return report;
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error)
            *error = tr("The period is not valid: the first day must not be after the last.");
        return report;
    }
    const qint64 start = startOf(from);
    const qint64 end = startOf(to.addDays(1));
    report.asOf = qMin(QDateTime::fromSecsSinceEpoch(end, Qt::UTC), Clock::now().toUTC());

    QHash<qint64, ReportRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QVariantList values;
    query.prepare(aggregateSql(from, to, field, report.asOf, &values));
    bindAll(query, values);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return report;
    }
    while (query.next()) {
        ReportRow &row = rows[query.value(0).toLongLong()];
        row.carriedOver = query.value(1).toLongLong();
        row.received = query.value(2).toLongLong();
        row.receivedDirect = query.value(3).toLongLong();
        row.receivedPostal = query.value(4).toLongLong();
        row.receivedOnline = query.value(5).toLongLong();
        row.finishedEarly = query.value(6).toLongLong();
        row.finishedOnTime = query.value(7).toLongLong();
        row.finishedLate = query.value(8).toLongLong();
        row.inProgressOnTime = query.value(9).toLongLong();
        row.inProgressOverdue = query.value(10).toLongLong();
        row.withdrawn = query.value(11).toLongLong();
        row.refused = query.value(12).toLongLong();
    }

    const QString fieldPart = fieldCondition(field);
    query.prepare(QStringLiteral("SELECT procedure_id, count(*) FROM dossiers WHERE returned_at >= "
                                 "? AND returned_at < ?")
                  + fieldPart + QStringLiteral(" GROUP BY procedure_id"));
    bindAll(query, field.isEmpty() ? QVariantList {start, end} : QVariantList {start, end, field});
    if (query.exec()) {
        while (query.next())
            rows[query.value(0).toLongLong()].returned = query.value(1).toLongLong();
    }
    query.prepare(
        QStringLiteral("SELECT procedure_id, count(*) FROM intake_slips WHERE kind = 'refusal' AND "
                       "created_at >= ? AND created_at < ? AND procedure_id IS NOT NULL")
        + fieldPart + QStringLiteral(" GROUP BY procedure_id"));
    bindAll(query, field.isEmpty() ? QVariantList {start, end} : QVariantList {start, end, field});
    if (query.exec()) {
        while (query.next())
            rows[query.value(0).toLongLong()].refused += query.value(1).toLongLong();
    }

    // Average processing time: working time from reception to result, less the paused time.
    // Tens of thousands of intervals: a table of working seconds per day answers each in two
    // look-ups, the calculator being the reference where the zone's offset changes.
    const QMap<QString, QString> settings = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    const WorkCalendar calendar = CalendarStore(m_db).calendar();
    const DeadlineCalculator calculator(calendar, OfficeSettings::cutoffTime(settings),
                                        Clock::officeZone());
    const int offset
        = Clock::officeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    const bool fixedOffset
        = offset == Clock::officeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(end, Qt::UTC))
        && offset
            == Clock::officeZone().offsetFromUtc(
                QDateTime::fromSecsSinceEpoch(start - 366 * 86400, Qt::UTC));
    const WorkingTimeTable table(calendar, from.addYears(-1), to, offset);
    const auto working = [&](qint64 a, qint64 b) {
        if (fixedOffset)
            return table.between(a, b);
        return calculator.workingSecondsBetween(QDateTime::fromSecsSinceEpoch(a, Qt::UTC),
                                                QDateTime::fromSecsSinceEpoch(b, Qt::UTC));
    };
    QHash<qint64, qint64> pausedSeconds;
    const SqlDialect dialect = SqlDialect::of(m_db);
    query.prepare(QStringLiteral("SELECT p.dossier_id, %1, %2 FROM dossiers d %3 dossier_pauses p "
                                 "ON p.dossier_id = d.id WHERE d.finished_at >= ? AND "
                                 "d.finished_at < ? AND d.status <> 'withdrawn'")
                      .arg(dialect.greatest(QStringLiteral("p.started_at"),
                                            QStringLiteral("d.received_at")),
                           dialect.least(QStringLiteral("COALESCE(p.ended_at, d.finished_at)"),
                                         QStringLiteral("d.finished_at")),
                           dialect.orderedJoin()));
    bindAll(query, {start, end});
    if (query.exec()) {
        while (query.next()) {
            const qint64 from = query.value(1).toLongLong();
            const qint64 to = query.value(2).toLongLong();
            if (to > from)
                pausedSeconds[query.value(0).toLongLong()] += working(from, to);
        }
    }
    query.prepare(
        QStringLiteral("SELECT id, procedure_id, received_at, finished_at FROM dossiers WHERE "
                       "finished_at >= ? AND finished_at < ? AND status <> 'withdrawn'")
        + fieldPart);
    bindAll(query, field.isEmpty() ? QVariantList {start, end} : QVariantList {start, end, field});
    if (query.exec()) {
        while (query.next()) {
            const auto it = rows.find(query.value(1).toLongLong());
            if (it == rows.end())
                continue;
            const qint64 worked = working(query.value(2).toLongLong(), query.value(3).toLongLong())
                - pausedSeconds.value(query.value(0).toLongLong());
            it->timedSeconds += qMax<qint64>(0, worked);
            ++it->timedDossiers;
        }
    }

    // Names, fields and order from the catalogue.
    query.prepare(
        QStringLiteral("SELECT id, code, name, field FROM procedures ORDER BY field, code"));
    if (query.exec()) {
        while (query.next()) {
            const auto it = rows.constFind(query.value(0).toLongLong());
            if (it == rows.constEnd() || it->isEmpty())
                continue;
            ReportRow row = *it;
            row.procedureId = query.value(0).toLongLong();
            row.procedureCode = query.value(1).toString();
            row.procedureName = query.value(2).toString();
            row.field = query.value(3).toString();
            report.rows.append(row);
            report.total.add(row);
        }
    }
    report.total.procedureCode = QStringLiteral("TOTAL");
    report.total.procedureName = tr("Total");
    return report;
}

QList<Dossier> ReportQueries::registerDossiers(const Actor &actor, const QDate &from,
                                               const QDate &to, const QString &field,
                                               QString *error) const
{
    QList<Dossier> dossiers;
    if (!ExportLog::allowed(actor, error))
        return dossiers;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT d.id, d.code, p.code, p.name, p.field, p.deciding_office, d.applicant_name, "
            "d.applicant_address, "
            "d.applicant_phone, d.received_at, d.due_at, d.extended_due_at, d.finished_at, "
            "d.returned_at, "
            "d.return_method, d.status, d.channel, d.book_number, d.book_seq, d.applicant_id "
            "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
            "WHERE d.received_at >= ? AND d.received_at < ?")
        + (field.isEmpty() ? QString() : QStringLiteral(" AND p.field = ?"))
        + QStringLiteral(" ORDER BY d.received_at, d.id"));
    query.addBindValue(startOf(from));
    query.addBindValue(startOf(to.addDays(1)));
    if (!field.isEmpty())
        query.addBindValue(field);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return dossiers;
    }
    const auto instant = [](const QVariant &value) {
        return value.isNull()
            ? QDateTime()
            : Clock::local(QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC));
    };
    while (query.next()) {
        Dossier d;
        d.id = query.value(0).toLongLong();
        d.code = query.value(1).toString();
        d.procedureCode = query.value(2).toString();
        d.procedureName = query.value(3).toString();
        d.field = query.value(4).toString();
        d.decidingOffice = query.value(5).toString();
        d.applicant.name = query.value(6).toString();
        d.applicant.address = query.value(7).toString();
        d.applicant.phone = query.value(8).toString();
        d.receivedAt = instant(query.value(9));
        d.dueAt = instant(query.value(10));
        d.extendedDueAt = instant(query.value(11));
        d.finishedAt = instant(query.value(12));
        d.returnedAt = instant(query.value(13));
        Dossiers::returnMethodFromKey(query.value(14).toString(), &d.returnMethod);
        Dossiers::statusFromKey(query.value(15).toString(), &d.status);
        Dossiers::channelFromKey(query.value(16).toString(), &d.channel);
        d.bookNumber = query.value(17).toString();
        d.bookSequence = query.value(18).toInt();
        d.applicant.idNumber = query.value(19).toString();
        dossiers.append(d);
    }
    return dossiers;
}

QList<MonthRate> ReportQueries::onTimeByMonth(int months, const QDateTime &now) const
{
    const QDate today = Clock::local(now).date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    QList<MonthRate> result;
    for (int i = 0; i < months; ++i)
        result.append({first.addMonths(i), 0, 0});
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, count(*), count(*) FILTER (WHERE finished_at <= due_at) "
                       "FROM dossiers WHERE finished_at >= ? AND status <> 'withdrawn' GROUP BY 1")
            .arg(SqlDialect::of(m_db).yearMonth(QStringLiteral("finished_at + ?"))));
    query.addBindValue(Clock::officeZone().offsetFromUtc(now));
    query.addBindValue(startOf(first));
    if (!query.exec())
        return result;
    while (query.next()) {
        const QDate month
            = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const int index = int((month.year() - first.year()) * 12 + month.month() - first.month());
        if (index >= 0 && index < result.size()) {
            result[index].finished = query.value(1).toLongLong();
            result[index].onTime = query.value(2).toLongLong();
        }
    }
    return result;
}

QStringList ReportQueries::decidingOffices() const
{
    QStringList offices;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral(
            "SELECT DISTINCT deciding_office FROM procedures WHERE deciding_office <> '' "
            "ORDER BY deciding_office"))) {
        while (query.next())
            offices << query.value(0).toString();
    }
    return offices;
}

QStringList ReportQueries::fields() const
{
    QStringList fields;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT field FROM procedures ORDER BY field"))) {
        while (query.next())
            fields << query.value(0).toString();
    }
    return fields;
}

QStringList ReportQueries::csvHeader()
{
    return {QStringLiteral("procedure_code"),
            QStringLiteral("procedure_name"),
            QStringLiteral("carried_over"),
            QStringLiteral("received"),
            QStringLiteral("received_direct"),
            QStringLiteral("received_postal"),
            QStringLiteral("received_online"),
            QStringLiteral("finished_early"),
            QStringLiteral("finished_on_time"),
            QStringLiteral("finished_late"),
            QStringLiteral("in_progress_on_time"),
            QStringLiteral("in_progress_overdue"),
            QStringLiteral("returned"),
            QStringLiteral("withdrawn"),
            QStringLiteral("refused"),
            QStringLiteral("on_time_rate"),
            QStringLiteral("avg_working_days")};
}

QStringList ReportQueries::csvFields(const ReportRow &row)
{
    const auto number = [](qint64 value) {
        return QString::number(value);
    };
    // Machine-readable: a dot for decimals whatever the language; empty when undefined.
    const double rate = row.onTimeRate();
    const double days = row.averageWorkingDays();
    return {row.procedureCode,
            row.procedureName,
            number(row.carriedOver),
            number(row.received),
            number(row.receivedDirect),
            number(row.receivedPostal),
            number(row.receivedOnline),
            number(row.finishedEarly),
            number(row.finishedOnTime),
            number(row.finishedLate),
            number(row.inProgressOnTime),
            number(row.inProgressOverdue),
            number(row.returned),
            number(row.withdrawn),
            number(row.refused),
            rate < 0 ? QString() : QString::number(rate, 'f', 1),
            days < 0 ? QString() : QString::number(days, 'f', 2)};
}

QString ReportQueries::csv(const PeriodReport &report)
{
    QString text = CsvTable::line(csvHeader());
    for (const ReportRow &row : report.rows)
        text += CsvTable::line(csvFields(row));
    text += CsvTable::line(csvFields(report.total));
    return text;
}

} // namespace motcua
