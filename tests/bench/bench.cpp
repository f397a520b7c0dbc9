// The benchmark of issue 6 (not a test: no timing is asserted). Generates N demo dossiers into a
// fresh database with the real executable, then times, in this process, what a clerk and a
// supervisor wait for, next to the same SQL run by the sqlite3 shell:
//
//   motcua_bench [--count N] [--database PATH] [--reuse] [--runs R]
//
// --reuse measures an existing database without generating. Peak memory is this process's
// maximum resident set (getrusage), the generation running in its own process.

#include "db/database.h"
#include "db/maintenance.h"
#include "domain/clock.h"
#include "domain/worklist.h"
#include "item/dossierlistmodel.h"
#include "store/dossieraudit.h"
#include "store/dossierquery.h"
#include "store/eventlog.h"
#include "store/reportqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <functional>

using namespace motcua;

namespace {

QTextStream out(stdout);

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The SQL with its values written in, for the sqlite3 shell.
QString inlined(const QString &sql, const QVariantList &values)
{
    QString result;
    qsizetype next = 0;
    for (const QChar ch : sql) {
        if (ch != QLatin1Char('?') || next >= values.size()) {
            result += ch;
            continue;
        }
        const QVariant &value = values.at(next++);
        if (value.typeId() == QMetaType::QString)
            result += QLatin1Char('\'')
                + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
        else
            result += value.toString();
    }
    return result;
}

// Best wall time of `runs` executions in the sqlite3 shell (".timer on"), in milliseconds;
// negative when the shell is missing.
double shellMilliseconds(const QString &database, const QString &sql, int runs)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), database});
    if (!shell.waitForStarted())
        return -1;
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int i = 0; i < runs; ++i)
        script += sql.toUtf8() + ";\n";
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const QString text
        = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    double best = -1;
    auto it = timer.globalMatch(text);
    while (it.hasNext()) {
        const double ms = it.next().captured(1).toDouble() * 1000.0;
        best = best < 0 ? ms : qMin(best, ms);
    }
    return best;
}

double bestOf(int runs, const std::function<void()> &work, double *first = nullptr)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i == 0 && first)
            *first = ms;
        best = best < 0 ? ms : qMin(best, ms);
    }
    return best;
}

void line(const QString &what, double ms, double shell, const QString &target,
          const QString &note = {})
{
    out << QStringLiteral("%1 %2 ms").arg(what.leftJustified(46), 10).arg(ms, 0, 'f', 1);
    // The shell's timer counts whole milliseconds.
    if (shell >= 1)
        out << QStringLiteral("   sqlite3 %1 ms (x%2)")
                   .arg(shell, 8, 'f', 1)
                   .arg(ms / shell, 0, 'f', 2);
    else if (shell >= 0)
        out << QStringLiteral("   sqlite3 %1").arg(QStringLiteral("< 1 ms"), 17);
    else
        out << QStringLiteral("   %1").arg(QString(), 26);
    out << QStringLiteral("   target %1").arg(target);
    if (!note.isEmpty())
        out << "   " << note;
    out << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Dossiers to generate."),
                      QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Database file (default: a temporary one)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("Measure the existing database, generate nothing.")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Runs of each query (the best counts)."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir dir(QStringLiteral("/var/tmp/motcua-bench-XXXXXX"));
    const QString path = parser.isSet(QStringLiteral("database"))
        ? parser.value(QStringLiteral("database"))
        : dir.filePath(QStringLiteral("bench.sqlite"));

    out << "Một Cửa benchmark: " << path << Qt::endl;
    if (!parser.isSet(QStringLiteral("reuse"))) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QElapsedTimer timer;
        timer.start();
        QProcess generate;
        generate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generate.start(QStringLiteral(MOTCUA_BINARY),
                       {QStringLiteral("generate-demo"), QStringLiteral("--count"),
                        QString::number(count), QStringLiteral("--quiet"),
                        QStringLiteral("--database"), path, QStringLiteral("--lang"),
                        QStringLiteral("en")});
        if (!generate.waitForFinished(-1) || generate.exitCode() != 0) {
            out << "generation failed" << Qt::endl;
            return 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << QString::fromUtf8(generate.readAllStandardOutput()).trimmed() << Qt::endl;
        out << QStringLiteral("%1 %2 dossiers/s (%3 s, file %4 MB)   target >= 50000/s")
                   .arg(QStringLiteral("generation").leftJustified(46))
                   .arg(qint64(double(count) / seconds))
                   .arg(seconds, 0, 'f', 1)
                   .arg(QFileInfo(path).size() / 1048576)
            << Qt::endl;
    }

    // Start-up: open (schema check), the badges, and the first page of a worklist.
    Database database;
    DossierListModel *model = nullptr;
    QElapsedTimer startup;
    startup.start();
    if (!database.open(path)) {
        out << database.errorMessage() << Qt::endl;
        return 1;
    }
    const double openMs = double(startup.nsecsElapsed()) / 1e6;
    const DossierQuery query(database.connection());
    WorklistClock clock = query.clock(Clock::now());
    const QMap<Worklist, qint64> counts = query.counts(clock);
    const double badgesMs = double(startup.nsecsElapsed()) / 1e6 - openMs;
    model = new DossierListModel(database.connection());
    DossierFilter processing;
    processing.worklist = Worklist::InProcessing;
    model->setQuery(processing, DossierListModel::Due, Qt::AscendingOrder);
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;
    out << QStringLiteral("dossiers %1, open %2, overdue %3, returned %4")
               .arg(counts.value(Worklist::All))
               .arg(counts.value(Worklist::InProcessing))
               .arg(counts.value(Worklist::Overdue))
               .arg(counts.value(Worklist::Returned))
        << Qt::endl;
    line(QStringLiteral("start-up to first page (open+badges+page)"), startupMs, -1,
         QStringLiteral("<= 300 ms"),
         QStringLiteral("(%1 rows; open %2 ms, badges %3 ms)")
             .arg(model->rowCount())
             .arg(openMs, 0, 'f', 1)
             .arg(badgesMs, 0, 'f', 1));
    double first = 0;
    const double badges = bestOf(
        runs, [&] { query.counts(clock); }, &first);
    line(QStringLiteral("all ten badge counts"), badges, -1, QStringLiteral("-"));

    const auto measureList = [&](const QString &what, const DossierFilter &filter, int column,
                                 Qt::SortOrder order, bool withCount, const QString &target) {
        const bool byCode
            = column < 0 && Worklists::parseSearch(filter.search).kind == SearchTerm::Kind::Code;
        const DossierQuery::SortBy sort = column == DossierListModel::Due
            ? DossierQuery::SortBy::Due
            : byCode ? DossierQuery::SortBy::Code
                     : DossierQuery::SortBy::Newest;
        if (byCode)
            order = Qt::DescendingOrder;
        const double ms = bestOf(runs, [&] {
            if (withCount)
                query.count(filter, clock);
            model->setQuery(filter, column, order);
        });
        QVariantList values;
        const QString page = inlined(
            query.pageSql(filter, clock, sort, order, DossierListModel::PageSize, &values), values);
        QString shellSql = page;
        if (withCount) {
            QVariantList countValues;
            const QString countSql = query.countSql(filter, clock, &countValues);
            shellSql = inlined(countSql, countValues) + QStringLiteral(";\n") + page;
        }
        double shell = shellMilliseconds(path, page, runs);
        if (withCount) {
            QVariantList countValues;
            shell += qMax(
                0.0,
                shellMilliseconds(
                    path, inlined(query.countSql(filter, clock, &countValues), countValues), runs));
        }
        line(what, ms, shell, target, QStringLiteral("(%1 rows)").arg(model->rowCount()));
    };

    DossierFilter overdue;
    overdue.worklist = Worklist::Overdue;
    measureList(QStringLiteral("overdue count + first page"), overdue, DossierListModel::Due,
                Qt::AscendingOrder, true, QStringLiteral("<= 30 ms"));
    DossierFilter all;
    measureList(QStringLiteral("all dossiers, first page (newest)"), all, -1, Qt::AscendingOrder,
                false, QStringLiteral("-"));
    for (const QString &name : {QStringLiteral("nguyen van d"), QStringLiteral("tran thi hoa"),
                                QStringLiteral("dang"), QStringLiteral("Đặng Thị Thu Hà")}) {
        DossierFilter search;
        search.search = name;
        measureList(QStringLiteral("name search \"%1\", first page").arg(name), search, -1,
                    Qt::AscendingOrder, false, QStringLiteral("<= 30 ms"));
    }
    DossierFilter code;
    code.search = QStringLiteral("000.00.19.H99-2503");
    measureList(QStringLiteral("code prefix search, first page"), code, -1, Qt::AscendingOrder,
                false, QStringLiteral("-"));
    DossierFilter phone;
    phone.search = QStringLiteral("0912");
    measureList(QStringLiteral("phone prefix search, first page"), phone, -1, Qt::AscendingOrder,
                false, QStringLiteral("-"));
    DossierFilter overdueName;
    overdueName.worklist = Worklist::InProcessing;
    overdueName.search = QStringLiteral("nguyen");
    measureList(QStringLiteral("name search within open dossiers"), overdueName,
                DossierListModel::Due, Qt::AscendingOrder, false, QStringLiteral("-"));

    // The last complete quarter.
    const QDate today = Clock::local(Clock::now()).date();
    const QDate quarterStart
        = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(-3);
    const QDate quarterEnd = quarterStart.addMonths(3).addDays(-1);
    Actor supervisor;
    supervisor.username = QStringLiteral("bench");
    supervisor.role = Role::Supervisor;
    const ReportQueries reports(database.connection());
    PeriodReport report;
    const double reportMs
        = bestOf(runs, [&] { report = reports.period(supervisor, quarterStart, quarterEnd); });
    QVariantList reportValues;
    const QString reportSql
        = reports.aggregateSql(quarterStart, quarterEnd, {}, report.asOf, &reportValues);
    line(QStringLiteral("quarter report %1..%2")
             .arg(quarterStart.toString(Qt::ISODate), quarterEnd.toString(Qt::ISODate)),
         reportMs, -1, QStringLiteral("<= 500 ms"),
         QStringLiteral("(received %1, balanced %2; with the averages in working days)")
             .arg(report.total.received)
             .arg(report.total.balances()));
    // Its main aggregate alone, the part the shell can run (the averages need the calendar).
    const double aggregateMs = bestOf(runs, [&] {
        QSqlQuery sql(database.connection());
        sql.setForwardOnly(true);
        sql.prepare(reportSql);
        for (const QVariant &value : std::as_const(reportValues))
            sql.addBindValue(value);
        sql.exec();
        while (sql.next()) { }
    });
    line(QStringLiteral("  its aggregate query alone"), aggregateMs,
         shellMilliseconds(path, inlined(reportSql, reportValues), runs), QStringLiteral("-"));

    // Scrolling the whole of "all dossiers" as a view would: fetch each page, read its rows.
    model->setQuery(all, -1, Qt::AscendingOrder);
    QElapsedTimer scrolling;
    scrolling.start();
    qint64 touched = 0;
    while (true) {
        const int rows = model->rowCount();
        for (int r = qMax(0, rows - DossierListModel::PageSize); r < rows; r += 5) {
            for (int c = 0; c < DossierListModel::ColumnCount; ++c)
                touched += model->index(r, c).data().toString().size();
        }
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
    }
    // And back to the top, through pages that left the cache.
    for (int r = model->rowCount() - 1; r >= 0; r -= 997)
        touched += model->index(r, DossierListModel::Code).data().toString().size();
    const double scrollSeconds = double(scrolling.nsecsElapsed()) / 1e9;
    out << QStringLiteral("%1 %2 rows in %3 s, peak memory %4 MB   target <= 150 MB")
               .arg(QStringLiteral("scrolling all dossiers to the end and back").leftJustified(46))
               .arg(model->rowCount())
               .arg(scrollSeconds, 0, 'f', 1)
               .arg(peakMegabytes(), 0, 'f', 0)
        << Qt::endl;
    delete model;
    Q_UNUSED(touched)

    // `motcua check`, part by part, once each (seconds at this size; after the scrolling, so
    // that the peak memory above is the list's).
    const auto seconds = [](const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return double(timer.nsecsElapsed()) / 1e9;
    };
    const auto checkLine = [](const QString &what, double s, const QString &note) {
        out << QStringLiteral("%1 %2 s   %3")
                   .arg(what.leftJustified(46), 10)
                   .arg(s, 0, 'f', 2)
                   .arg(note)
            << Qt::endl;
    };
    DossierAudit::Result audit;
    const double replaySeconds
        = seconds([&] { audit = DossierAudit(database.connection()).replay(); });
    checkLine(QStringLiteral("check: replay of the dossiers' events"), replaySeconds,
              QStringLiteral("target well under 60 s   (%1 dossiers, %2 events, %3 differences)")
                  .arg(audit.dossiers)
                  .arg(audit.events)
                  .arg(audit.problemCount));
    // Each timed first: the note reads its result.
    EventLog::ChainCheck chain;
    const double chainSeconds
        = seconds([&] { chain = EventLog(database.connection()).verifyChain(); });
    checkLine(QStringLiteral("check: hash chain"), chainSeconds,
              QStringLiteral("(%1 events, %2)")
                  .arg(chain.checked)
                  .arg(chain.isIntact() ? QStringLiteral("intact") : chain.reason));
    QStringList integrity;
    const double integritySeconds
        = seconds([&] { integrity = Maintenance(database).integrityProblems(); });
    checkLine(QStringLiteral("check: integrity and foreign keys"), integritySeconds,
              QStringLiteral("(%1 problems)").arg(integrity.size()));
    return 0;
}
