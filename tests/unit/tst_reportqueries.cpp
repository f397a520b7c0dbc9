#include "db/database.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "domain/workingtime.h"
#include "dossierfixture.h"
#include "store/calendarstore.h"
#include "store/reportqueries.h"
#include "storefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace motcua;
using test::officeTime;

// The period report on a data set counted by hand. Office hours 7:30-11:30 and 13:30-17:30;
// 2026: 1 and 2 January off, Tết 16-20 February off. Period: the first quarter of 2026; the
// report is made on 15 April 2026, so in-progress dossiers are counted at 1 April 00:00.
class TestReportQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void quarterByHand();
    void csvByHand();
    void fieldFilter();
    void periodNotYetEnded();
    void refusedWithoutPermission();
    void registerLists();
    void onTimeByMonth();
    void workingTimeTableAgreesWithTheCalculator();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestReportQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setFixed(officeTime(2026, 4, 15, 10, 0));
    QVERIFY(test::openOffice(m_db, m_dir));
    const auto t = officeTime;
    const QString hoTich = QStringLiteral("1.004873"); // Hộ tịch, Ủy ban nhân dân xã
    const QString cuTru = QStringLiteral("1.004194"); // Đăng ký, quản lý cư trú, Công an xã
    const auto add = [this](const test::DossierSpec &spec) {
        return test::insertDossier(m_db, spec);
    };
    using test::dossier;
    // --- 1.004873 ---------------------------------------------------------------------------
    // c1 carried over, finished late (due 25/12, finished Mon 5/1 9:00). Working time:
    //    22/12 6.5 h + 23-26/12 32 h + 29-31/12 24 h + (1-2/1 off) + 5/1 1.5 h = 64 h.
    add(dossier("C1", "Nguyễn Văn An", hoTich, "returned", "direct", t(2025, 12, 22, 9, 0),
                t(2025, 12, 25, 9, 0), t(2026, 1, 5, 9, 0), t(2026, 4, 2, 9, 0), {}, "approved"));
    // c2 carried over, on time (due 5/1 10:00, finished 5/1 9:00), returned 6/1 (returned: 1).
    //    29/12 6.5 h + 30-31/12 16 h + 5/1 1.5 h = 24 h.
    add(dossier("C2", "Trần Thị Bình", hoTich, "returned", "direct", t(2025, 12, 29, 9, 0),
                t(2026, 1, 5, 10, 0), t(2026, 1, 5, 9, 0), t(2026, 1, 6, 9, 0), {}, "approved"));
    // c3 finished before the period: not carried over; its return on 5/1 counts (returned: 2).
    add(dossier("C3", "Lê Văn Cường", hoTich, "returned", "direct", t(2025, 12, 15, 9, 0),
                t(2025, 12, 18, 9, 0), t(2025, 12, 18, 8, 0), t(2026, 1, 5, 10, 0), {},
                "approved"));
    // c4 carried over, still open and late: in progress overdue.
    add(dossier("C4", "Phạm Văn Dũng", hoTich, "processing", "direct", t(2025, 11, 10, 9, 0),
                t(2025, 11, 13, 9, 0)));
    // r1 direct, early (due Thu 8/1 17:30, finished Wed 7/1 16:00), paused all of 6/1.
    //    5/1 8:00: 3.5 h + 4 h; 6/1 8 h; 7/1 4 h + 2.5 h = 22 h, less the 8 h pause = 14 h.
    const qint64 r1
        = add(dossier("R1", "Hoàng Thị Em", hoTich, "result_ready", "direct", t(2026, 1, 5, 8, 0),
                      t(2026, 1, 8, 17, 30), t(2026, 1, 7, 16, 0), {}, {}, "approved"));
    test::insertPause(m_db, r1, t(2026, 1, 6, 7, 30), t(2026, 1, 6, 17, 30));
    // r2 online, on time: finished exactly at the due time. 2/2 10:00: 5.5 h + 3-4/2 16 h + 2.5 h =
    // 24 h.
    add(dossier("R2", "Vũ Văn Phúc", hoTich, "result_ready", "online", t(2026, 2, 2, 10, 0),
                t(2026, 2, 5, 10, 0), t(2026, 2, 5, 10, 0), {}, {}, "approved"));
    // r3 postal, late by an hour, returned 24/2 (returned: 3). 10/2: 5.5 h + 16 h + 3.5 h = 25 h.
    add(dossier("R3", "Đặng Thị Giang", hoTich, "returned", "postal", t(2026, 2, 10, 10, 0),
                t(2026, 2, 13, 10, 0), t(2026, 2, 13, 11, 0), t(2026, 2, 24, 9, 0), {},
                "approved"));
    // r4 direct, withdrawn.
    add(dossier("R4", "Bùi Văn Hải", hoTich, "withdrawn", "direct", t(2026, 3, 2, 9, 0),
                t(2026, 3, 5, 9, 0), t(2026, 3, 3, 9, 0)));
    // r5 direct, open, due after the end of the period: in progress on time.
    add(dossier("R5", "Đỗ Thị Lan", hoTich, "processing", "direct", t(2026, 3, 25, 9, 0),
                t(2026, 4, 2, 10, 0)));
    // r6 direct, due 25/3 but finished only on 3/4: in progress overdue at the end of the period.
    add(dossier("R6", "Ngô Văn Minh", hoTich, "returned", "direct", t(2026, 3, 20, 9, 0),
                t(2026, 3, 25, 9, 0), t(2026, 4, 3, 9, 0), t(2026, 4, 6, 9, 0), {}, "approved"));
    // r7 direct, clock stopped on 12/3 before its due time 13/3: in progress on time.
    const qint64 r7
        = add(dossier("R7", "Dương Thị Ngọc", hoTich, "awaiting_documents", "direct",
                      t(2026, 3, 10, 9, 0), t(2026, 3, 13, 10, 0), {}, {}, t(2026, 3, 12, 9, 0)));
    test::insertPause(m_db, r7, t(2026, 3, 12, 9, 0), {});
    // r8 online, refusal decided early (refused: 1). 16/3: 6.5 h + 8 h + 1.5 h = 16 h.
    add(dossier("R8", "Lý Văn Oanh", hoTich, "refused", "online", t(2026, 3, 16, 9, 0),
                t(2026, 3, 19, 10, 0), t(2026, 3, 18, 9, 0), {}, {}, "refused"));
    // Received after the period: nowhere.
    add(dossier("X1", "Mai Văn Phong", hoTich, "processing", "direct", t(2026, 4, 6, 9, 0),
                t(2026, 4, 9, 9, 0)));
    // Refusals at reception: one in the period (refused: 2), one before it.
    test::insertRefusalSlip(m_db, hoTich, t(2026, 2, 25, 9, 0));
    test::insertRefusalSlip(m_db, hoTich, t(2025, 12, 30, 9, 0));
    // --- 1.004194 ---------------------------------------------------------------------------
    // p1 direct, received on the last afternoon, open: in progress on time.
    add(dossier("P1", "Cao Văn Quân", cuTru, "processing", "direct", t(2026, 3, 31, 16, 0),
                t(2026, 4, 3, 16, 0)));
    // p2 online, early. 12/1 6.5 h + 13/1 8 h + 14/1 1.5 h = 16 h.
    add(dossier("P2", "Tạ Thị Hà", cuTru, "result_ready", "online", t(2026, 1, 12, 9, 0),
                t(2026, 1, 15, 9, 0), t(2026, 1, 14, 9, 0), {}, {}, "approved"));
    test::insertRefusalSlip(m_db, cuTru, t(2026, 3, 2, 9, 0));
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossiers")), 15);
}

void TestReportQueries::cleanupTestCase()
{
    Clock::setFixed({});
}

void TestReportQueries::quarterByHand()
{
    QString error;
    const PeriodReport report
        = ReportQueries(m_db.connection())
              .period(test::administrator(), QDate(2026, 1, 1), QDate(2026, 3, 31), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.asOf, officeTime(2026, 4, 1, 0, 0));
    QCOMPARE(report.rows.size(), 2);
    // Ordered by field: "Hộ tịch" after "Đăng ký, quản lý cư trú"? No: by the text's code points,
    // "H" (U+0048) sorts before "Đ" (U+0110).
    const ReportRow &p = report.rows.at(0);
    QCOMPARE(p.procedureCode, QStringLiteral("1.004873"));
    QCOMPARE(p.carriedOver, 3); // C1 C2 C4
    QCOMPARE(p.received, 8); // R1-R8
    QCOMPARE(p.receivedDirect, 5); // R1 R4 R5 R6 R7
    QCOMPARE(p.receivedPostal, 1); // R3
    QCOMPARE(p.receivedOnline, 2); // R2 R8
    QCOMPARE(p.finishedEarly, 2); // R1 R8
    QCOMPARE(p.finishedOnTime, 2); // C2 R2
    QCOMPARE(p.finishedLate, 2); // C1 R3
    QCOMPARE(p.inProgressOnTime, 2); // R5 R7
    QCOMPARE(p.inProgressOverdue, 2); // C4 R6
    QCOMPARE(p.withdrawn, 1); // R4
    QCOMPARE(p.returned, 3); // C2 C3 R3
    QCOMPARE(p.refused, 2); // R8, the slip of 25/2
    QVERIFY(p.balances()); // 3 + 8 = 2 + 2 + 2 + 2 + 2 + 1
    QCOMPARE(p.onTimeRate(), 66.7); // 4 / 6
    // (64 + 24 + 14 + 24 + 25 + 16) h / 6 = 27.83 h = 3.48 days
    QCOMPARE(p.timedDossiers, 6);
    QCOMPARE(p.timedSeconds, 167 * 3600);
    QCOMPARE(p.averageWorkingDays(), 3.48);

    const ReportRow &q = report.rows.at(1);
    QCOMPARE(q.procedureCode, QStringLiteral("1.004194"));
    QCOMPARE(q.carriedOver, 0);
    QCOMPARE(q.received, 2);
    QCOMPARE(q.receivedDirect, 1);
    QCOMPARE(q.receivedOnline, 1);
    QCOMPARE(q.finishedEarly, 1);
    QCOMPARE(q.inProgressOnTime, 1);
    QCOMPARE(q.refused, 1);
    QCOMPARE(q.returned, 0);
    QVERIFY(q.balances());
    QCOMPARE(q.onTimeRate(), 100.0);
    QCOMPARE(q.averageWorkingDays(), 2.0);

    const ReportRow &t = report.total;
    QCOMPARE(t.procedureCode, QStringLiteral("TOTAL"));
    QCOMPARE(t.carriedOver, 3);
    QCOMPARE(t.received, 10);
    QCOMPARE(t.finished(), 7);
    QCOMPARE(t.inProgressOnTime, 3);
    QCOMPARE(t.inProgressOverdue, 2);
    QCOMPARE(t.refused, 3);
    QVERIFY(t.balances());
    QCOMPARE(t.onTimeRate(), 71.4); // 5 / 7
    QCOMPARE(t.averageWorkingDays(), 3.27); // 183 h / 7 / 8
    QCOMPARE(report.fieldTotals().size(), 2);
}

void TestReportQueries::csvByHand()
{
    const PeriodReport report
        = ReportQueries(m_db.connection())
              .period(test::administrator(), QDate(2026, 1, 1), QDate(2026, 3, 31));
    const QStringList lines
        = ReportQueries::csv(report).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(
        lines.at(0),
        QStringLiteral("procedure_code,procedure_name,carried_over,received,received_direct,"
                       "received_postal,received_online,finished_early,finished_on_time,"
                       "finished_late,in_progress_on_time,in_progress_overdue,returned,withdrawn,"
                       "refused,on_time_rate,avg_working_days"));
    QCOMPARE(
        lines.at(1),
        QStringLiteral("1.004873,Thủ tục cấp Giấy xác nhận tình trạng hôn nhân,3,8,5,1,2,2,2,2,2,2,"
                       "3,1,2,66.7,3.48"));
    QCOMPARE(lines.at(2),
             QStringLiteral("1.004194,Đăng ký tạm trú,0,2,1,0,1,1,0,0,1,0,0,0,1,100.0,2.00"));
    QCOMPARE(lines.at(3), QStringLiteral("TOTAL,Total,3,10,6,1,3,3,2,2,3,2,3,1,3,71.4,3.27"));
}

void TestReportQueries::fieldFilter()
{
    const PeriodReport report = ReportQueries(m_db.connection())
                                    .period(test::administrator(), QDate(2026, 1, 1),
                                            QDate(2026, 3, 31), QStringLiteral("Hộ tịch"));
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.total.received, 8);
    QCOMPARE(report.total.refused, 2);
    QCOMPARE(report.total.returned, 3);
    QCOMPARE(report.total.averageWorkingDays(), 3.48);
}

void TestReportQueries::periodNotYetEnded()
{
    // April, reported on 15 April 10:00: in progress counted now.
    const PeriodReport report
        = ReportQueries(m_db.connection())
              .period(test::administrator(), QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(report.asOf, Clock::now());
    const ReportRow &p = report.rows.at(0);
    QCOMPARE(p.carriedOver, 4); // C4 R5 R6 R7 (open at 1/4)
    QCOMPARE(p.received, 1); // X1
    QCOMPARE(p.finishedLate, 1); // R6
    QCOMPARE(p.inProgressOverdue, 3); // C4, R5 (due 2/4), X1 (due 9/4)
    QCOMPARE(p.inProgressOnTime, 1); // R7, stopped before its due time
    QCOMPARE(p.returned, 2); // C1 R6
    QVERIFY(p.balances());
    QVERIFY(report.total.balances());
}

void TestReportQueries::refusedWithoutPermission()
{
    QString error;
    const PeriodReport report
        = ReportQueries(m_db.connection())
              .period(test::clerk(), QDate(2026, 1, 1), QDate(2026, 3, 31), {}, &error);
    QVERIFY(report.rows.isEmpty());
    QCOMPARE(error, Roles::deniedMessage(Permission::ViewReports));
    QVERIFY(ReportQueries(m_db.connection())
                .registerDossiers(test::clerk(), QDate(2026, 1, 1), QDate(2026, 3, 31), {}, &error)
                .isEmpty());
}

void TestReportQueries::registerLists()
{
    QString error;
    const QList<Dossier> dossiers
        = ReportQueries(m_db.connection())
              .registerDossiers(test::administrator(), QDate(2026, 3, 1), QDate(2026, 3, 31),
                                QStringLiteral("Hộ tịch"), &error);
    QStringList codes;
    for (const Dossier &d : dossiers)
        codes << d.code;
    QCOMPARE(codes, (QStringList {"R4", "R7", "R8", "R6", "R5"}));
    QCOMPARE(dossiers.at(0).decidingOffice, QStringLiteral("Ủy ban nhân dân xã"));
    QCOMPARE(dossiers.at(3).returnedAt, officeTime(2026, 4, 6, 9, 0));
    QCOMPARE(dossiers.at(0).applicant.address, QStringLiteral("Thôn Đông, xã Tân Hòa"));
}

void TestReportQueries::onTimeByMonth()
{
    const QList<MonthRate> months = ReportQueries(m_db.connection()).onTimeByMonth(4, Clock::now());
    QCOMPARE(months.size(), 4);
    QCOMPARE(months.at(0).month, QDate(2026, 1, 1));
    QCOMPARE(months.at(0).finished, 4); // C1 C2 R1 P2
    QCOMPARE(months.at(0).onTime, 3);
    QCOMPARE(months.at(1).finished, 2); // R2 R3
    QCOMPARE(months.at(1).onTime, 1);
    QCOMPARE(months.at(3).finished, 1); // R6
    QCOMPARE(months.at(3).onTime, 0);
}

void TestReportQueries::workingTimeTableAgreesWithTheCalculator()
{
    const WorkCalendar calendar = CalendarStore(m_db.connection()).calendar();
    const DeadlineCalculator calculator(calendar, QTime(15, 0), Clock::officeZone());
    // The table covers 2025-2026; instants fall inside, before and after it.
    const WorkingTimeTable table(calendar, QDate(2025, 1, 1), QDate(2026, 12, 31), 7 * 3600);
    std::mt19937 random(6);
    const qint64 first = officeTime(2024, 6, 1, 0, 0).toSecsSinceEpoch();
    const qint64 span = officeTime(2027, 3, 1, 0, 0).toSecsSinceEpoch() - first;
    for (int i = 0; i < 3000; ++i) {
        const qint64 a = first + qint64(random() % quint32(span));
        const qint64 b = a + qint64(random() % (40 * 86400)) * (i % 7 == 0 ? -1 : 1);
        const auto at = [](qint64 s) {
            return QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
        };
        QCOMPARE(table.between(a, b), calculator.workingSecondsBetween(at(a), at(b)));
        // after() is the inverse of between() inside the table.
        const qint64 seconds = qint64(random() % (20 * 8 * 3600));
        const qint64 later = table.after(a, seconds);
        if (later >= 0)
            QCOMPARE(table.between(a, later), seconds);
    }
}

QTEST_GUILESS_MAIN(TestReportQueries)
#include "tst_reportqueries.moc"
