#include "domain/deadline.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace motcua;

using Unit = DeadlineRule::Unit;
using Kind = DeadlineStep::Kind;

namespace {

const QTimeZone vietnam("Asia/Ho_Chi_Minh");

// "yyyy-MM-dd HH:mm" on the office's wall clock.
QDateTime at(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(local.date(), local.time(), vietnam);
}

QString show(const QDateTime &t)
{
    return t.toTimeZone(vietnam).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The 2026 announcements; 2025 and 2027 follow the statutory rules alone.
WorkCalendar officeCalendar()
{
    using Override = CalendarOverride::Kind;
    return WorkCalendar({},
                        {
                            {QDate(2026, 1, 2), Override::DayOff, "New Year swap", {}},
                            {QDate(2026, 1, 10), Override::WorkingDay, "Worked Saturday", {}},
                            {QDate(2026, 8, 31), Override::DayOff, "National Day swap", {}},
                            {QDate(2026, 8, 22), Override::WorkingDay, "Worked Saturday", {}},
                        });
}

// Pauses written "from/to" pairs separated by ";", times as in at().
QList<Pause> parsePauses(const QString &text)
{
    QList<Pause> result;
    const QStringList items = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList ends = item.split(QLatin1Char('/'));
        result.append({at(ends[0].trimmed()), at(ends[1].trimmed()), QStringLiteral("waiting")});
    }
    return result;
}

void row(const char *tag, const char *received, Unit unit, double amount, bool cutoff,
         const char *start, const char *due)
{
    QTest::newRow(tag) << QString::fromLatin1(received) << int(unit) << amount << cutoff
                       << QString::fromLatin1(start) << QString::fromLatin1(due);
}

} // namespace

class TestDeadline : public QObject
{
    Q_OBJECT

public:
    TestDeadline()
        : m_calendar(officeCalendar())
        , m_calculator(m_calendar)
    { }

private slots:
    void compute_data();
    void compute();
    void pauses_data();
    void pauses();
    void steps_data();
    void steps();
    void stepTexts();
    void invalidAmounts_data();
    void invalidAmounts();
    void inputTimeZones();
    void isWithinSession_data();
    void isWithinSession();
    void workingSeconds();
    void customSessions();
    void calendarWithoutWorkingTime();
    void invalidZoneFallsBackToUtc7();

private:
    WorkCalendar m_calendar;
    DeadlineCalculator m_calculator;
};

void TestDeadline::compute_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("amount");
    QTest::addColumn<bool>("cutoff");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("due");

    // Sessions 7:30-11:30 and 13:30-17:30; cut-off 15:00. March 2025: Mon 3, Fri 7, Mon 10.
    // Whole days: same clock time on the n-th working day after the counting-start day.
    row("3 days Mon", "2025-03-03 10:00", Unit::Days, 3, false, "2025-03-03 10:00",
        "2025-03-06 10:00");
    row("1 day Fri -> Mon", "2025-03-07 10:00", Unit::Days, 1, false, "2025-03-07 10:00",
        "2025-03-10 10:00");
    row("5 days from 7:30", "2025-03-03 07:30", Unit::Days, 5, false, "2025-03-03 07:30",
        "2025-03-10 07:30");
    row("afternoon start", "2025-03-04 13:30", Unit::Days, 2, false, "2025-03-04 13:30",
        "2025-03-06 13:30");
    row("before opening", "2025-03-04 06:00", Unit::Days, 1, false, "2025-03-04 07:30",
        "2025-03-05 07:30");
    row("lunch break", "2025-03-04 12:00", Unit::Days, 1, false, "2025-03-04 13:30",
        "2025-03-05 13:30");
    // 11:30 is the end of the morning session: outside it, the clock starts at 13:30.
    row("at 11:30", "2025-03-04 11:30", Unit::Days, 1, false, "2025-03-04 13:30",
        "2025-03-05 13:30");
    row("evening", "2025-03-04 19:00", Unit::Days, 1, false, "2025-03-05 07:30",
        "2025-03-06 07:30");
    row("at 17:30", "2025-03-04 17:30", Unit::Days, 1, false, "2025-03-05 07:30",
        "2025-03-06 07:30");
    row("Saturday", "2025-03-08 09:00", Unit::Days, 2, false, "2025-03-10 07:30",
        "2025-03-12 07:30");
    row("Sunday night", "2025-03-09 22:00", Unit::Days, 1, false, "2025-03-10 07:30",
        "2025-03-11 07:30");
    row("Friday night", "2025-03-07 20:00", Unit::Days, 1, false, "2025-03-10 07:30",
        "2025-03-11 07:30");
    row("after midnight", "2025-03-05 00:30", Unit::Days, 1, false, "2025-03-05 07:30",
        "2025-03-06 07:30");

    // Cut-off 15:00, on working days only.
    row("cutoff 14:59", "2025-03-04 14:59", Unit::Days, 1, true, "2025-03-04 14:59",
        "2025-03-05 14:59");
    row("cutoff at 15:00", "2025-03-04 15:00", Unit::Days, 1, true, "2025-03-05 07:30",
        "2025-03-06 07:30");
    row("cutoff 16:45", "2025-03-04 16:45", Unit::Days, 1, true, "2025-03-05 07:30",
        "2025-03-06 07:30");
    row("no cutoff 16:45", "2025-03-04 16:45", Unit::Days, 1, false, "2025-03-04 16:45",
        "2025-03-05 16:45");
    row("cutoff Fri 15:30", "2025-03-07 15:30", Unit::Days, 2, true, "2025-03-10 07:30",
        "2025-03-12 07:30");
    row("cutoff morning", "2025-03-04 09:00", Unit::Days, 1, true, "2025-03-04 09:00",
        "2025-03-05 09:00");
    row("cutoff Saturday", "2025-03-08 16:00", Unit::Days, 1, true, "2025-03-10 07:30",
        "2025-03-11 07:30");
    row("cutoff evening", "2025-03-04 21:00", Unit::Days, 1, true, "2025-03-05 07:30",
        "2025-03-06 07:30");
    // Fri 13/2/2026 after 15:00: the next working day is Mon 23/2 (weekend, Tết 16-20, weekend).
    row("cutoff before Tet 2026", "2026-02-13 15:10", Unit::Days, 1, true, "2026-02-23 07:30",
        "2026-02-24 07:30");

    // Tết 2026: Mon 16/2 - Fri 20/2 off.
    // Thu 12/2 + 3: Fri 13 (1), Mon 23 (2), Tue 24 (3).
    row("Tet 2026 3 days", "2026-02-12 10:00", Unit::Days, 3, false, "2026-02-12 10:00",
        "2026-02-24 10:00");
    row("Tet 2026 Fri 16:00", "2026-02-13 16:00", Unit::Days, 1, false, "2026-02-13 16:00",
        "2026-02-23 16:00");
    row("during Tet 2026", "2026-02-18 09:00", Unit::Days, 1, false, "2026-02-23 07:30",
        "2026-02-24 07:30");
    // Mon 9/2 + 5: Tue 10, Wed 11, Thu 12, Fri 13, Mon 23.
    row("Tet 2026 5 days", "2026-02-09 08:00", Unit::Days, 5, false, "2026-02-09 08:00",
        "2026-02-23 08:00");

    // 2026 swaps: 1/1 and 2/1 off, Sat 10/1 worked; Mon 31/8 off, Sat 22/8 worked.
    row("Sat 10/1 worked", "2026-01-09 10:00", Unit::Days, 1, false, "2026-01-09 10:00",
        "2026-01-10 10:00");
    row("received Sat 10/1", "2026-01-10 09:00", Unit::Days, 1, false, "2026-01-10 09:00",
        "2026-01-12 09:00");
    // Wed 31/12/2025 + 2: Thu 1/1 and Fri 2/1 off, weekend, Mon 5 (1), Tue 6 (2).
    row("New Year 2026", "2025-12-31 10:00", Unit::Days, 2, false, "2025-12-31 10:00",
        "2026-01-06 10:00");
    row("through Sat 10/1", "2026-01-08 14:00", Unit::Days, 2, false, "2026-01-08 14:00",
        "2026-01-10 14:00");
    row("Sat 3/1 not worked", "2026-01-03 10:00", Unit::Days, 1, false, "2026-01-05 07:30",
        "2026-01-06 07:30");
    // Fri 28/8 + 1: weekend, Mon 31/8 (swap), 1/9 and 2/9 off: Thu 3/9.
    row("National Day 2026", "2026-08-28 10:00", Unit::Days, 1, false, "2026-08-28 10:00",
        "2026-09-03 10:00");
    row("Sat 22/8 worked", "2026-08-21 10:00", Unit::Days, 1, false, "2026-08-21 10:00",
        "2026-08-22 10:00");
    // A worked Saturday is a working day for the cut-off too.
    row("cutoff Sat 22/8", "2026-08-22 16:00", Unit::Days, 1, true, "2026-08-24 07:30",
        "2026-08-25 07:30");
    // Wed 26/8 + 3: Thu 27 (1), Fri 28 (2), Thu 3/9 (3).
    row("3 days over 2/9", "2026-08-26 09:00", Unit::Days, 3, false, "2026-08-26 09:00",
        "2026-09-03 09:00");

    // Giỗ Tổ 2026 on Sunday 26/4, Mon 27/4 compensatory; 30/4 Thu and 1/5 Fri off.
    row("Gio To 2026", "2026-04-24 10:00", Unit::Days, 1, false, "2026-04-24 10:00",
        "2026-04-28 10:00");
    row("received on 27/4", "2026-04-27 08:00", Unit::Days, 1, false, "2026-04-28 07:30",
        "2026-04-29 07:30");
    row("30/4 and 1/5 2026", "2026-04-29 10:00", Unit::Days, 1, false, "2026-04-29 10:00",
        "2026-05-04 10:00");
    // Fri 24/4 + 5: Tue 28 (1), Wed 29 (2), Mon 4/5 (3), Tue 5/5 (4), Wed 6/5 (5).
    row("April-May 2026 5 days", "2026-04-24 10:00", Unit::Days, 5, false, "2026-04-24 10:00",
        "2026-05-06 10:00");

    // 2025 and 2027 by the statutory rules.
    // Fri 24/1/2025 + 3: Mon 27 (1); Tết 28/1-1/2, Sun 2/2, Mon 3/2 compensatory;
    // Tue 4/2 (2), Wed 5/2 (3).
    row("Tet 2025", "2025-01-24 10:00", Unit::Days, 3, false, "2025-01-24 10:00",
        "2025-02-05 10:00");
    row("Gio To 2025 Mon 7/4", "2025-04-04 10:00", Unit::Days, 1, false, "2025-04-04 10:00",
        "2025-04-08 10:00");
    row("National Day 2025", "2025-08-29 10:00", Unit::Days, 1, false, "2025-08-29 10:00",
        "2025-09-03 10:00");
    // Thu 4/2/2027 + 1: Tết 5-9/2, compensatory Wed 10 and Thu 11 for the weekend: Fri 12.
    row("Tet 2027", "2027-02-04 10:00", Unit::Days, 1, false, "2027-02-04 10:00",
        "2027-02-12 10:00");
    // Thu 29/4/2027 + 2: Fri 30/4, Sat 1/5 (compensatory Mon 3/5): Tue 4 (1), Wed 5 (2).
    row("30/4 and 1/5 2027", "2027-04-29 10:00", Unit::Days, 2, false, "2027-04-29 10:00",
        "2027-05-05 10:00");
    row("New Year 2027", "2026-12-31 10:00", Unit::Days, 1, false, "2026-12-31 10:00",
        "2027-01-04 10:00");

    // Fractions: fraction x 8 working hours after the whole days.
    // 0.5 day = 4 h: 10:00-11:30 (1.5 h) + 13:30-16:00 (2.5 h).
    row("0.5 day 10:00", "2025-03-03 10:00", Unit::Days, 0.5, false, "2025-03-03 10:00",
        "2025-03-03 16:00");
    row("0.5 day 7:30", "2025-03-03 07:30", Unit::Days, 0.5, false, "2025-03-03 07:30",
        "2025-03-03 11:30");
    row("0.5 day 13:30", "2025-03-03 13:30", Unit::Days, 0.5, false, "2025-03-03 13:30",
        "2025-03-03 17:30");
    // 14:00-17:30 is 3.5 h; the last 0.5 h is on Tuesday morning.
    row("0.5 day 14:00", "2025-03-03 14:00", Unit::Days, 0.5, false, "2025-03-03 14:00",
        "2025-03-04 08:00");
    row("1.5 days", "2025-03-03 10:00", Unit::Days, 1.5, false, "2025-03-03 10:00",
        "2025-03-04 16:00");
    // Wed 5/3 15:00 + 5 days = Wed 12/3 15:00; + 4 h: 2.5 h to 17:30, 1.5 h on Thursday.
    row("5.5 days", "2025-03-05 15:00", Unit::Days, 5.5, false, "2025-03-05 15:00",
        "2025-03-13 09:00");
    row("0.25 day", "2025-03-04 10:30", Unit::Days, 0.25, false, "2025-03-04 10:30",
        "2025-03-04 14:30");
    // Fri 13/2/2026 15:00 (no cut-off): 2.5 h, then 1.5 h on Mon 23/2 after Tết.
    row("0.5 day over Tet", "2026-02-13 15:00", Unit::Days, 0.5, false, "2026-02-13 15:00",
        "2026-02-23 09:00");
    // Fri 9/1/2026 14:00 + 1 day = Sat 10/1 14:00 (worked); + 4 h: 3.5 h, then Mon 12/1 8:00.
    row("1.5 days over Sat 10/1", "2026-01-09 14:00", Unit::Days, 1.5, false, "2026-01-09 14:00",
        "2026-01-12 08:00");

    // Hours through the sessions; time that runs out at a session end stays there.
    row("4 h to 11:30", "2025-03-03 07:30", Unit::Hours, 4, false, "2025-03-03 07:30",
        "2025-03-03 11:30");
    row("8 h to 17:30", "2025-03-03 07:30", Unit::Hours, 8, false, "2025-03-03 07:30",
        "2025-03-03 17:30");
    row("2 h over lunch", "2025-03-03 10:00", Unit::Hours, 2, false, "2025-03-03 10:00",
        "2025-03-03 14:00");
    // Fri 13:30: 4 h Friday, 8 h Monday, 4 h Tuesday morning, ending at 11:30.
    row("16 h over weekend", "2025-03-07 13:30", Unit::Hours, 16, false, "2025-03-07 13:30",
        "2025-03-11 11:30");
    row("1.5 h from lunch", "2025-03-04 12:15", Unit::Hours, 1.5, false, "2025-03-04 13:30",
        "2025-03-04 15:00");
    row("3 h over Tet", "2026-02-13 16:00", Unit::Hours, 3, false, "2026-02-13 16:00",
        "2026-02-23 09:00");
    row("0.5 h over lunch", "2025-03-04 11:15", Unit::Hours, 0.5, false, "2025-03-04 11:15",
        "2025-03-04 13:45");
    // Fri 21/8/2026 9:00: 6.5 h Friday, 8 h Sat 22/8 (worked), 8 h Monday, 1.5 h Tuesday.
    row("24 h over Sat 22/8", "2026-08-21 09:00", Unit::Hours, 24, false, "2026-08-21 09:00",
        "2026-08-25 09:00");
    row("2 h with cutoff", "2025-03-04 15:30", Unit::Hours, 2, true, "2025-03-05 07:30",
        "2025-03-05 09:30");
    row("1 min", "2025-03-04 11:29", Unit::Hours, 1.0 / 60, false, "2025-03-04 11:29",
        "2025-03-04 11:30");

    // Same day: the end of the last session of the counting-start day.
    row("same day", "2025-03-04 09:00", Unit::SameDay, 0, false, "2025-03-04 09:00",
        "2025-03-04 17:30");
    row("same day cutoff", "2025-03-04 16:00", Unit::SameDay, 0, true, "2025-03-05 07:30",
        "2025-03-05 17:30");
    row("same day no cutoff", "2025-03-04 16:00", Unit::SameDay, 0, false, "2025-03-04 16:00",
        "2025-03-04 17:30");
    row("same day Saturday", "2025-03-08 10:00", Unit::SameDay, 0, false, "2025-03-10 07:30",
        "2025-03-10 17:30");
    row("same day evening", "2025-03-04 19:00", Unit::SameDay, 0, false, "2025-03-05 07:30",
        "2025-03-05 17:30");
    row("same day Sat 10/1", "2026-01-10 08:00", Unit::SameDay, 0, false, "2026-01-10 08:00",
        "2026-01-10 17:30");

    // Amount 0: due = counting start.
    row("0 days", "2025-03-04 10:00", Unit::Days, 0, false, "2025-03-04 10:00", "2025-03-04 10:00");
    row("0 days Saturday", "2025-03-08 10:00", Unit::Days, 0, false, "2025-03-10 07:30",
        "2025-03-10 07:30");
    row("0 hours lunch", "2025-03-04 12:00", Unit::Hours, 0, false, "2025-03-04 13:30",
        "2025-03-04 13:30");
}

void TestDeadline::compute()
{
    QFETCH(QString, received);
    QFETCH(int, unit);
    QFETCH(double, amount);
    QFETCH(bool, cutoff);
    QFETCH(QString, start);
    QFETCH(QString, due);

    const DeadlineRule rule {Unit(unit), amount, cutoff};
    const DeadlineResult result = m_calculator.compute(at(received), rule);
    QVERIFY(result.isValid());
    QCOMPARE(show(result.countingStart), start);
    QCOMPARE(show(result.due), due);
    QCOMPARE(m_calculator.countingStart(at(received), cutoff), at(start));
    QVERIFY(m_calculator.isWithinSession(result.due));
    QCOMPARE(result.due.timeZone(), vietnam);
}

void TestDeadline::pauses_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("amount");
    QTest::addColumn<bool>("cutoff");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QString>("due");
    QTest::addColumn<qint64>("paused");

    const auto add = [](const char *tag, const char *received, Unit unit, double amount,
                        bool cutoff, const char *pauseText, const char *due, qint64 paused) {
        QTest::newRow(tag) << QString::fromLatin1(received) << int(unit) << amount << cutoff
                           << QString::fromLatin1(pauseText) << QString::fromLatin1(due) << paused;
    };
    // Mon 3/3/2025 10:00 + 3 days = Thu 6/3 10:00 without pauses.
    add("1 h inside", "2025-03-03 10:00", Unit::Days, 3, false, "2025-03-04 09:00/2025-03-04 10:00",
        "2025-03-06 11:00", 3600);
    // Mon 3/3 + 5 days = Mon 10/3 10:00. Fri 17:00-17:30 and Mon 7:30-8:00: 1 h.
    add("over a weekend", "2025-03-03 10:00", Unit::Days, 5, false,
        "2025-03-07 17:00/2025-03-10 08:00", "2025-03-10 11:00", 3600);
    // Thu 16:00-17:30 (1.5 h), Fri (8 h), Mon 7:30-9:00 (1.5 h): 11 h after Mon 10:00 =
    // 1.5 + 4 (Monday) + 4 (Tuesday morning) + 1.5: Tue 15:00.
    add("across the due", "2025-03-03 10:00", Unit::Days, 5, false,
        "2025-03-06 16:00/2025-03-10 09:00", "2025-03-11 15:00", 11 * 3600);
    // 8:00-10:00 and 9:00-11:00 merge into 8:00-11:00: 3 h, not 4.
    add("overlapping", "2025-03-03 10:00", Unit::Days, 3, false,
        "2025-03-04 08:00/2025-03-04 10:00;2025-03-04 09:00/2025-03-04 11:00", "2025-03-06 15:00",
        3 * 3600);
    // 9:00-10:00 lies inside 8:00-14:00: 3.5 h + 0.5 h = 4 h.
    add("nested", "2025-03-03 10:00", Unit::Days, 3, false,
        "2025-03-04 09:00/2025-03-04 10:00;2025-03-04 08:00/2025-03-04 14:00", "2025-03-06 16:00",
        4 * 3600);
    add("weekend only", "2025-03-03 10:00", Unit::Days, 5, false,
        "2025-03-08 08:00/2025-03-09 18:00", "2025-03-10 10:00", 0);
    // Mon 9/2/2026 + 5 days = Mon 23/2 8:00. Pause Fri 13/2 10:00 - Tue 24/2 10:00:
    // 5.5 h + 8 h + 2.5 h = 16 h; from Mon 23/2 8:00: 7.5 h Monday, 8 h Tuesday, 0.5 h Wednesday.
    add("over Tet 2026", "2026-02-09 08:00", Unit::Days, 5, false,
        "2026-02-13 10:00/2026-02-24 10:00", "2026-02-25 08:00", 16 * 3600);
    // The part before the counting start (10:00) does not count: 1 h.
    add("begins before receipt", "2025-03-04 10:00", Unit::Days, 1, false,
        "2025-03-04 08:00/2025-03-04 11:00", "2025-03-05 11:00", 3600);
    // Mon 14:00-15:00 (1 h) and Wed 7:00-8:30 (1 h): Thu 10:00 + 2 h = 14:00.
    add("two pauses", "2025-03-03 10:00", Unit::Days, 3, false,
        "2025-03-03 14:00/2025-03-03 15:00;2025-03-05 07:00/2025-03-05 08:30", "2025-03-06 14:00",
        2 * 3600);
    // Received after the cut-off: the clock starts Wednesday 7:30; a pause on Tuesday evening
    // is before it.
    add("before a cut-off start", "2025-03-04 15:30", Unit::Days, 1, true,
        "2025-03-04 15:45/2025-03-04 16:45", "2025-03-06 07:30", 0);
    add("hours", "2025-03-03 07:30", Unit::Hours, 4, false, "2025-03-03 08:00/2025-03-03 09:00",
        "2025-03-03 14:30", 3600);
    // A pause ending exactly at the due time, 3 days from Mon 10:00: Thu 9:00-10:00.
    add("ends at the due", "2025-03-03 10:00", Unit::Days, 3, false,
        "2025-03-06 09:00/2025-03-06 10:00", "2025-03-06 11:00", 3600);
    // Same day 17:30 + 2 h of pause: Tuesday 9:30.
    add("same day", "2025-03-03 09:00", Unit::SameDay, 0, false,
        "2025-03-03 10:00/2025-03-03 11:00;2025-03-03 15:00/2025-03-03 16:00", "2025-03-04 09:30",
        2 * 3600);
    add("empty and reversed ignored", "2025-03-03 10:00", Unit::Days, 3, false,
        "2025-03-04 09:00/2025-03-04 09:00;2025-03-04 11:00/2025-03-04 10:00", "2025-03-06 10:00",
        0);
}

void TestDeadline::pauses()
{
    QFETCH(QString, received);
    QFETCH(int, unit);
    QFETCH(double, amount);
    QFETCH(bool, cutoff);
    QFETCH(QString, pauses);
    QFETCH(QString, due);
    QFETCH(qint64, paused);

    const DeadlineRule rule {Unit(unit), amount, cutoff};
    const DeadlineResult without = m_calculator.compute(at(received), rule);
    const DeadlineResult result = m_calculator.compute(at(received), rule, parsePauses(pauses));
    QVERIFY(result.isValid());
    QCOMPARE(show(result.due), due);
    QCOMPARE(m_calculator.workingSecondsBetween(without.due, result.due), paused);
    qint64 stepSeconds = 0;
    for (const DeadlineStep &step : result.steps) {
        if (step.kind == Kind::Pause)
            stepSeconds += step.workingSeconds;
    }
    QCOMPARE(stepSeconds, paused);
}

void TestDeadline::steps_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<double>("amount");
    QTest::addColumn<bool>("cutoff");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QStringList>("expected"); // "kind date name"

    QTest::newRow("inside a session")
        << "2025-03-03 10:00" << 3.0 << false << QString() << QStringList();
    QTest::newRow("Tet 2026") << "2026-02-12 10:00" << 3.0 << false << QString()
                              << QStringList {"day 14/02 Saturday",
                                              "day 15/02 Sunday",
                                              "day 16/02 Lunar New Year (Tet)",
                                              "day 17/02 Lunar New Year (Tet)",
                                              "day 18/02 Lunar New Year (Tet)",
                                              "day 19/02 Lunar New Year (Tet)",
                                              "day 20/02 Lunar New Year (Tet)",
                                              "day 21/02 Saturday",
                                              "day 22/02 Sunday"};
    // The days skipped before the counting start are told by the adjustment step.
    QTest::newRow("Saturday before Gio To")
        << "2026-04-25 10:00" << 1.0 << false << QString() << QStringList {"outside 25/04 "};
    // Fri 24/4 16:00 after the cut-off: starts Tue 28/4; 2 days: Wed 29, Mon 4/5.
    QTest::newRow("cutoff then 30/4")
        << "2026-04-24 16:00" << 2.0 << true << QString()
        << QStringList {"cutoff 24/04 ", "day 30/04 Reunification Day",
                        "day 01/05 International Workers' Day", "day 02/05 Saturday",
                        "day 03/05 Sunday"};
    QTest::newRow("Gio To 2026") << "2026-04-24 10:00" << 1.0 << false << QString()
                                 << QStringList {"day 25/04 Saturday",
                                                 "day 26/04 Hung Kings' Commemoration",
                                                 "day 27/04 Compensatory day off for Hung Kings' "
                                                 "Commemoration"};
    QTest::newRow("pause before weekend")
        << "2025-03-03 10:00" << 5.0 << false << "2025-03-07 17:00/2025-03-10 08:00"
        << QStringList {"pause 07/03 waiting", "day 08/03 Saturday", "day 09/03 Sunday"};
    QTest::newRow("swaps 2026") << "2026-08-28 10:00" << 1.0 << false << QString()
                                << QStringList {"day 29/08 Saturday", "day 30/08 Sunday",
                                                "day 31/08 National Day swap",
                                                "day 01/09 National Day", "day 02/09 National Day"};
}

void TestDeadline::steps()
{
    QFETCH(QString, received);
    QFETCH(double, amount);
    QFETCH(bool, cutoff);
    QFETCH(QString, pauses);
    QFETCH(QStringList, expected);

    const DeadlineResult result
        = m_calculator.compute(at(received), {Unit::Days, amount, cutoff}, parsePauses(pauses));
    QStringList actual;
    for (const DeadlineStep &step : result.steps) {
        const char *kind = step.kind == Kind::OutsideHours ? "outside"
            : step.kind == Kind::Cutoff                    ? "cutoff"
            : step.kind == Kind::Pause                     ? "pause"
            : step.kind == Kind::NonWorkingDay             ? "day"
                                                           : "extension";
        actual << QStringLiteral("%1 %2 %3")
                      .arg(QLatin1String(kind), step.date.toString(QStringLiteral("dd/MM")),
                           step.name);
    }
    QCOMPARE(actual, expected);
}

void TestDeadline::stepTexts()
{
    DeadlineResult result = m_calculator.compute(at("2026-04-25 10:00"), {Unit::Days, 1, false});
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps[0].from, at("2026-04-25 10:00"));
    QCOMPARE(result.steps[0].to, at("2026-04-28 07:30"));
    QCOMPARE(result.steps[0].text(),
             QStringLiteral("Received at 10:00 25/04/2026, outside working "
                            "hours: counting starts at 07:30 28/04/2026"));

    result = m_calculator.compute(at("2026-04-24 16:00"), {Unit::Days, 1, true});
    QCOMPARE(result.steps[0].text(),
             QStringLiteral("Received at 16:00 24/04/2026, at or after the cut-off time: counting "
                            "starts at 07:30 28/04/2026, on the next working day"));

    result = m_calculator.compute(at("2026-04-24 10:00"), {Unit::Days, 1, false},
                                  parsePauses("2026-04-24 10:30/2026-04-24 14:15"));
    QCOMPARE(result.steps.size(), 4);
    QCOMPARE(result.steps[0].kind, Kind::Pause);
    QCOMPARE(result.steps[0].workingSeconds, qint64(3600 + 45 * 60)); // 10:30-11:30, 13:30-14:15
    QCOMPARE(result.steps[0].text(),
             QStringLiteral("Paused from 10:30 24/04/2026 to 14:15 24/04/2026 (waiting): the "
                            "deadline moves by 1 h 45 min of working time"));
    QCOMPARE(result.steps[2].text(),
             QStringLiteral("26/04/2026 is not a working day: Hung Kings' Commemoration"));
    // A pause still running, begun this minute: no end, no amount yet.
    const Pause running {at("2026-04-24 10:30"), at("2026-04-24 10:30"), QStringLiteral("waiting"),
                         true};
    result = m_calculator.compute(at("2026-04-24 10:00"), {Unit::Days, 1, false}, {running});
    QVERIFY(!result.steps.isEmpty());
    QCOMPARE(result.steps[0].kind, Kind::Pause);
    QCOMPARE(result.steps[0].text(),
             QStringLiteral("Paused since 10:30 24/04/2026 (waiting): the deadline will move by "
                            "the working time of the pause"));

    DeadlineStep extension;
    extension.kind = Kind::Extension;
    extension.to = at("2026-05-12 17:30");
    extension.name = QStringLiteral("awaiting a land survey");
    QCOMPARE(extension.text(),
             QStringLiteral("Extended to 17:30 12/05/2026: awaiting a land survey"));
}

void TestDeadline::invalidAmounts_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("amount");
    QTest::newRow("negative days") << int(Unit::Days) << -1.0;
    QTest::newRow("negative hours") << int(Unit::Hours) << -0.5;
    QTest::newRow("negative same day") << int(Unit::SameDay) << -1.0;
    QTest::newRow("NaN") << int(Unit::Days) << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << int(Unit::Hours) << std::numeric_limits<double>::infinity();
    QTest::newRow("too large") << int(Unit::Days) << DeadlineCalculator::maxAmount + 1;
}

void TestDeadline::invalidAmounts()
{
    QFETCH(int, unit);
    QFETCH(double, amount);
    const DeadlineResult result
        = m_calculator.compute(at("2025-03-04 10:00"), {Unit(unit), amount, false});
    QVERIFY(!result.isValid());
    QVERIFY(!result.due.isValid());
    // And an invalid receipt time.
    QVERIFY(!m_calculator.compute(QDateTime(), {Unit::Days, 1, false}).isValid());
}

void TestDeadline::inputTimeZones()
{
    // 03:00 UTC is 10:00 in Vietnam; the result is in the office zone whatever came in.
    const QDateTime utc(QDate(2025, 3, 4), QTime(3, 0), Qt::UTC);
    DeadlineResult result = m_calculator.compute(utc, {Unit::Days, 1, false});
    QCOMPARE(show(result.due), QStringLiteral("2025-03-05 10:00"));
    QCOMPARE(result.due.timeZone(), vietnam);
    QCOMPARE(result.due.time(), QTime(10, 0));

    // 09:30 in Paris (UTC+1 in March) is 15:30 in Vietnam: after the cut-off.
    const QDateTime paris(QDate(2025, 3, 4), QTime(9, 30), QTimeZone("Europe/Paris"));
    result = m_calculator.compute(paris, {Unit::Days, 1, true});
    QCOMPARE(show(result.countingStart), QStringLiteral("2025-03-05 07:30"));
    QCOMPARE(show(result.due), QStringLiteral("2025-03-06 07:30"));

    // 23:00 UTC on Friday is Saturday 6:00 in Vietnam.
    const QDateTime lateUtc(QDate(2025, 3, 7), QTime(23, 0), Qt::UTC);
    QCOMPARE(show(m_calculator.countingStart(lateUtc, false)), QStringLiteral("2025-03-10 07:30"));

    // Seconds are kept, milliseconds dropped.
    const QDateTime precise(QDate(2025, 3, 4), QTime(10, 0, 15, 900), vietnam);
    result = m_calculator.compute(precise, {Unit::Hours, 1, false});
    QCOMPARE(result.due.time(), QTime(11, 0, 15));
}

void TestDeadline::isWithinSession_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<bool>("within");
    QTest::newRow("7:30") << "2025-03-04 07:30" << true;
    QTest::newRow("7:29") << "2025-03-04 07:29" << false;
    QTest::newRow("11:30 end included") << "2025-03-04 11:30" << true;
    QTest::newRow("12:00 lunch") << "2025-03-04 12:00" << false;
    QTest::newRow("17:30 end included") << "2025-03-04 17:30" << true;
    QTest::newRow("17:31") << "2025-03-04 17:31" << false;
    QTest::newRow("Saturday") << "2025-03-08 09:00" << false;
    QTest::newRow("Sat 10/1/2026 worked") << "2026-01-10 09:00" << true;
    QTest::newRow("Tet") << "2026-02-18 09:00" << false;
    QTest::newRow("Mon 31/8/2026 off") << "2026-08-31 09:00" << false;
}

void TestDeadline::isWithinSession()
{
    QFETCH(QString, time);
    QFETCH(bool, within);
    QCOMPARE(m_calculator.isWithinSession(at(time)), within);
}

void TestDeadline::workingSeconds()
{
    const DeadlineCalculator &c = m_calculator;
    QCOMPARE(c.workingSecondsBetween(at("2025-03-03 07:30"), at("2025-03-04 07:30")), 8 * 3600);
    QCOMPARE(c.workingSecondsBetween(at("2025-03-04 07:30"), at("2025-03-03 07:30")), -8 * 3600);
    QCOMPARE(c.workingSecondsBetween(at("2025-03-07 17:00"), at("2025-03-10 08:00")), 3600);
    QCOMPARE(c.workingSecondsBetween(at("2025-03-04 11:00"), at("2025-03-04 14:00")), 3600);
    QCOMPARE(c.workingSecondsBetween(at("2025-03-04 12:00"), at("2025-03-04 13:00")), 0);
    QCOMPARE(c.workingSecondsBetween(at("2026-02-13 17:00"), at("2026-02-23 08:00")), 3600);
    QCOMPARE(c.workingSecondsBetween(at("2026-01-09 17:00"), at("2026-01-10 08:00")), 3600);
    // A whole working week.
    QCOMPARE(c.workingSecondsBetween(at("2025-03-03 00:00"), at("2025-03-10 00:00")), 5 * 8 * 3600);

    // addWorkingSeconds from outside the sessions starts at the next session.
    QCOMPARE(c.addWorkingSeconds(at("2025-03-08 10:00"), 3600), at("2025-03-10 08:30"));
    QCOMPARE(c.addWorkingSeconds(at("2025-03-04 12:00"), 3600), at("2025-03-04 14:30"));
    QCOMPARE(c.addWorkingSeconds(at("2025-03-04 07:30"), 4 * 3600), at("2025-03-04 11:30"));
    QCOMPARE(c.addWorkingSeconds(at("2025-03-04 07:30"), 4 * 3600 + 1),
             at("2025-03-04 13:30").addSecs(1));
    QCOMPARE(c.addWorkingSeconds(at("2025-03-04 19:00"), 0), at("2025-03-04 19:00"));
    QVERIFY(!c.addWorkingSeconds(at("2025-03-04 10:00"), -1).isValid());
    QVERIFY(!c.addWorkingSeconds(QDateTime(), 60).isValid());
}

void TestDeadline::customSessions()
{
    // 7:00-11:00 and 13:00-16:30, 7.5 h a day; one day still counts 8 h. The sessions are given
    // out of order and the morning in two overlapping pieces: the calculator tidies them.
    CalendarRules rules;
    rules.sessions = {{QTime(13, 0), QTime(16, 30)},
                      {QTime(7, 0), QTime(9, 0)},
                      {QTime(8, 30), QTime(11, 0)},
                      {QTime(12, 0), QTime(11, 0)}}; // empty: ignored
    const WorkCalendar calendar(rules);
    const DeadlineCalculator c(calendar, QTime(14, 0));

    const auto due = [&](const char *received, Unit unit, double amount, bool cutoff = false) {
        return show(c.compute(at(received), {unit, amount, cutoff}).due);
    };
    QCOMPARE(due("2025-03-03 10:00", Unit::Days, 1), QStringLiteral("2025-03-04 10:00"));
    // 4 h: 10:00-11:00, then 13:00-16:00.
    QCOMPARE(due("2025-03-03 10:00", Unit::Days, 0.5), QStringLiteral("2025-03-03 16:00"));
    // Mon 15:00 + 1 day = Tue 15:00; + 4 h: 1.5 h to 16:30, 2.5 h from Wednesday 7:00.
    QCOMPARE(due("2025-03-03 15:00", Unit::Days, 1.5), QStringLiteral("2025-03-05 09:30"));
    // 8 h from 7:00: 4 h + 3.5 h on Monday, 0.5 h on Tuesday.
    QCOMPARE(due("2025-03-03 07:00", Unit::Hours, 8), QStringLiteral("2025-03-04 07:30"));
    QCOMPARE(due("2025-03-03 07:00", Unit::Hours, 7.5), QStringLiteral("2025-03-03 16:30"));
    QCOMPARE(due("2025-03-03 09:00", Unit::SameDay, 0), QStringLiteral("2025-03-03 16:30"));
    QCOMPARE(due("2025-03-03 12:30", Unit::Hours, 1), QStringLiteral("2025-03-03 14:00"));
    // Cut-off at 14:00 here.
    QCOMPARE(due("2025-03-03 14:00", Unit::Days, 1, true), QStringLiteral("2025-03-05 07:00"));
    QVERIFY(c.isWithinSession(at("2025-03-03 08:45")));
    QVERIFY(!c.isWithinSession(at("2025-03-03 12:30")));
}

void TestDeadline::calendarWithoutWorkingTime()
{
    CalendarRules noSessions;
    noSessions.sessions.clear();
    const WorkCalendar calendar(noSessions);
    const DeadlineCalculator c(calendar);
    QVERIFY(!c.compute(at("2025-03-04 10:00"), {Unit::Days, 1, false}).isValid());
    QVERIFY(!c.countingStart(at("2025-03-04 10:00"), false).isValid());
    QVERIFY(!c.addWorkingSeconds(at("2025-03-04 10:00"), 60).isValid());

    CalendarRules everyDayOff;
    everyDayOff.restDays.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        everyDayOff.restDays.append(Qt::DayOfWeek(day));
    const WorkCalendar closed(everyDayOff);
    const DeadlineCalculator d(closed);
    QVERIFY(!d.compute(at("2025-03-04 10:00"), {Unit::Hours, 1, false}).isValid());
    QVERIFY(!d.isWithinSession(at("2025-03-04 10:00")));
}

void TestDeadline::invalidZoneFallsBackToUtc7()
{
    const DeadlineCalculator c(m_calendar, QTime(15, 0), QTimeZone("Nowhere/Nothing"));
    QVERIFY(c.timeZone().isValid());
    QCOMPARE(c.timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 7 * 3600);
    const DeadlineResult result = c.compute(at("2025-03-03 10:00"), {Unit::Days, 3, false});
    QCOMPARE(show(result.due), QStringLiteral("2025-03-06 10:00"));
}

QTEST_APPLESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
