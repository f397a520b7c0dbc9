#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace motcua {

// One line of the period report (one procedure, a field's subtotal, or the total).
//
// Definitions, for a period [from 00:00, the day after `to` 00:00) in office time:
// - carried_over: received before the period and not finished before it (finished: result
//   recorded, refusal decided, or withdrawn; finished_at).
// - received: received in the period, and by channel. Refusals at reception (intake slips)
//   create no dossier and are not received.
// - finished_early / on_time / late: dossiers carried over or received whose result or refusal
//   decision was recorded in the period, judged against due_at (the deadline; pauses push it,
//   the apology's new date does not): late when finished after due_at; early when finished on an
//   office day before the day of due_at; on time otherwise (on the due day, not after due_at).
// - in_progress_on_time / overdue: not finished at the end of the period, counted as of the end
//   of the period (or now, for a period that has not ended): overdue when due_at has passed;
//   a dossier whose clock is stopped then is overdue only if it was late when it stopped.
// - withdrawn: stopped at the applicant's request in the period.
// - Identity, per line: carried_over + received = finished_early + finished_on_time +
//   finished_late + in_progress_on_time + in_progress_overdue + withdrawn.
// - returned: results (and refusal decisions) handed back in the period, whenever decided.
// - refused: refusals at reception in the period plus refusal decisions recorded in the period
//   (the latter are also counted in finished_*).
// - on_time_rate: (early + on time) / finished, in per cent; undefined without finished dossiers.
// - avg_working_days: mean working time from reception to the result of the dossiers finished
//   in the period (withdrawals excluded), paused time excluded, in working days of 8 hours.
struct ReportRow
{
    qint64 procedureId = 0; // 0 for subtotal and total lines
    QString procedureCode; // "TOTAL" for the total line
    QString procedureName;
    QString field;
    qint64 carriedOver = 0;
    qint64 received = 0;
    qint64 receivedDirect = 0;
    qint64 receivedPostal = 0;
    qint64 receivedOnline = 0;
    qint64 finishedEarly = 0;
    qint64 finishedOnTime = 0;
    qint64 finishedLate = 0;
    qint64 inProgressOnTime = 0;
    qint64 inProgressOverdue = 0;
    qint64 returned = 0;
    qint64 withdrawn = 0;
    qint64 refused = 0;
    qint64 timedDossiers = 0; // finished dossiers whose working time is in timedSeconds
    qint64 timedSeconds = 0;

    qint64 finished() const { return finishedEarly + finishedOnTime + finishedLate; }
    bool balances() const;
    bool isEmpty() const;
    // Per cent with one decimal; negative when no dossier was finished.
    double onTimeRate() const;
    // Working days with two decimals; negative when no dossier was finished.
    double averageWorkingDays() const;
    void add(const ReportRow &other);
};

struct PeriodReport
{
    QDate from;
    QDate to;
    QString field; // empty: every field
    QDateTime asOf; // the instant in-progress dossiers are counted at
    QList<ReportRow> rows; // one per procedure with any figure, by field then code
    ReportRow total;

    // Subtotal lines per field, in the order of `rows`.
    QList<ReportRow> fieldTotals() const;
};

// On-time rate of one month (supervisor board).
struct MonthRate
{
    QDate month; // the first day
    qint64 finished = 0;
    qint64 onTime = 0; // early or on time
};

// The SQL of the period report, the register and the board's charts.
class ReportQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ReportQueries)

public:
    explicit ReportQueries(const QSqlDatabase &db);

    // Refused (empty report, `error` set) without Permission::ViewReports.
    PeriodReport period(const Actor &actor, const QDate &from, const QDate &to,
                        const QString &field = {}, QString *error = nullptr) const;

    // The register (Sổ theo dõi hồ sơ): dossiers received in the period, by reception, with the
    // procedure, the applicant's address and phone, the deciding office, the due time, the
    // return time and method. Logs the export of personal data when `logAs` is given.
    QList<Dossier> registerDossiers(const Actor &actor, const QDate &from, const QDate &to,
                                    const QString &field, QString *error) const;

    // On-time rate per month, the last `months` months up to now.
    QList<MonthRate> onTimeByMonth(int months, const QDateTime &now) const;

    QStringList fields() const;
    QStringList decidingOffices() const;

    static QStringList csvHeader();
    static QStringList csvFields(const ReportRow &row);
    static QString csv(const PeriodReport &report);

    // The SQL of the main aggregate with its values (benchmark: compared with the sqlite3 shell).
    QString aggregateSql(const QDate &from, const QDate &to, const QString &field,
                         const QDateTime &asOf, QVariantList *values) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
