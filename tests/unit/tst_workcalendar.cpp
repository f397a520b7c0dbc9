#include "domain/workcalendar.h"

#include <QtTest>

using namespace motcua;

using Source = DayInfo::Source;

namespace {

// The 2026 announcements for civil servants (Văn bản 12729/VPCP-KGVX and the provinces' swaps).
QList<CalendarOverride> overrides2026()
{
    using Kind = CalendarOverride::Kind;
    return {
        {QDate(2026, 1, 2), Kind::DayOff, QStringLiteral("New Year swap"),
         QStringLiteral("12729/VPCP-KGVX")},
        {QDate(2026, 1, 10), Kind::WorkingDay, QStringLiteral("Worked for 2 January"),
         QStringLiteral("12729/VPCP-KGVX")},
        {QDate(2026, 8, 31), Kind::DayOff, QStringLiteral("National Day swap"), QString()},
        {QDate(2026, 8, 22), Kind::WorkingDay, QStringLiteral("Worked for 31 August"), QString()},
    };
}

struct Expected
{
    QDate date;
    bool working;
    Source source;
    QString name;
};

// "d/m" dates of one year, each with what the calendar must say about it.
void compareDays(const QList<DayInfo> &actual, const QList<Expected> &expected)
{
    QStringList got;
    for (const DayInfo &day : actual)
        got << day.date.toString(QStringLiteral("d/M"));
    QStringList want;
    for (const Expected &day : expected)
        want << day.date.toString(QStringLiteral("d/M"));
    QCOMPARE(got, want);
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].working, expected[i].working);
        QCOMPARE(int(actual[i].source), int(expected[i].source));
        QCOMPARE(actual[i].name, expected[i].name);
    }
}

const QString newYear = QStringLiteral("New Year's Day");
const QString tet = QStringLiteral("Lunar New Year (Tet)");
const QString hungKings = QStringLiteral("Hung Kings' Commemoration");
const QString reunification = QStringLiteral("Reunification Day");
const QString workers = QStringLiteral("International Workers' Day");
const QString nationalDay = QStringLiteral("National Day");

QString compensatory(const QString &name)
{
    return QStringLiteral("Compensatory day off for %1").arg(name);
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void exceptions2026();
    void statutory2025();
    void statutory2026();
    void statutory2027();
    void compensatorySkipsHolidays();
    void compensatoryOff();
    void nationalDayAfter();
    void overridesWin();
    void overrideWithoutNameKeepsName();
    void restDayNames();
    void sundayOnly();
    void customRulesKept();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void noWorkingDayAtAll();
    void invalidAndFarDates();
    void tetRangeSettings();
};

void TestWorkCalendar::exceptions2026()
{
    // The official 2026 schedule: 1-2/1 off (Sat 10/1 worked), Tết Mon 16/2 - Fri 20/2, Mon 27/4
    // for Giỗ Tổ on Sunday 26/4, 30/4 and 1/5, 31/8 (Sat 22/8 worked), 1/9 and 2/9.
    const WorkCalendar calendar({}, overrides2026());
    compareDays(calendar.exceptions(2026),
                {
                    {QDate(2026, 1, 1), false, Source::Statutory, newYear},
                    {QDate(2026, 1, 2), false, Source::Announcement, "New Year swap"},
                    {QDate(2026, 1, 10), true, Source::Announcement, "Worked for 2 January"},
                    {QDate(2026, 2, 16), false, Source::Statutory, tet},
                    {QDate(2026, 2, 17), false, Source::Statutory, tet},
                    {QDate(2026, 2, 18), false, Source::Statutory, tet},
                    {QDate(2026, 2, 19), false, Source::Statutory, tet},
                    {QDate(2026, 2, 20), false, Source::Statutory, tet},
                    {QDate(2026, 4, 27), false, Source::Compensatory, compensatory(hungKings)},
                    {QDate(2026, 4, 30), false, Source::Statutory, reunification},
                    {QDate(2026, 5, 1), false, Source::Statutory, workers},
                    {QDate(2026, 8, 22), true, Source::Announcement, "Worked for 31 August"},
                    {QDate(2026, 8, 31), false, Source::Announcement, "National Day swap"},
                    {QDate(2026, 9, 1), false, Source::Statutory, nationalDay},
                    {QDate(2026, 9, 2), false, Source::Statutory, nationalDay},
                });
    QCOMPARE(calendar.day(QDate(2026, 1, 2)).legalReference, QStringLiteral("12729/VPCP-KGVX"));
    // Giỗ Tổ itself is on a Sunday: off anyway, so not an exception, but named.
    const DayInfo sunday = calendar.day(QDate(2026, 4, 26));
    QVERIFY(!sunday.working);
    QCOMPARE(int(sunday.source), int(Source::Statutory));
    QCOMPARE(sunday.name, hungKings);
    // The statutory list ignores the announcements.
    QCOMPARE(calendar.statutoryHolidays(2026).size(), 12);
    // Every other day of 2026: Monday-Friday worked, weekends off.
    int working = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
        working += calendar.isWorkingDay(d);
    QCOMPARE(working, 261 - 13 + 2); // 261 weekdays, 13 weekdays off, 2 Saturdays worked
}

void TestWorkCalendar::statutory2025()
{
    // Tết 2025 = Wed 29/1: 28/1 (29 Tết) to 1/2 (day 4, a Saturday, given back on Mon 3/2).
    // Giỗ Tổ 10/3 lunar = Mon 7/4. 30/4 Wed, 1/5 Thu, 1/9 Mon, 2/9 Tue.
    const WorkCalendar calendar;
    compareDays(calendar.statutoryHolidays(2025),
                {
                    {QDate(2025, 1, 1), false, Source::Statutory, newYear},
                    {QDate(2025, 1, 28), false, Source::Statutory, tet},
                    {QDate(2025, 1, 29), false, Source::Statutory, tet},
                    {QDate(2025, 1, 30), false, Source::Statutory, tet},
                    {QDate(2025, 1, 31), false, Source::Statutory, tet},
                    {QDate(2025, 2, 1), false, Source::Statutory, tet},
                    {QDate(2025, 2, 3), false, Source::Compensatory, compensatory(tet)},
                    {QDate(2025, 4, 7), false, Source::Statutory, hungKings},
                    {QDate(2025, 4, 30), false, Source::Statutory, reunification},
                    {QDate(2025, 5, 1), false, Source::Statutory, workers},
                    {QDate(2025, 9, 1), false, Source::Statutory, nationalDay},
                    {QDate(2025, 9, 2), false, Source::Statutory, nationalDay},
                });
    QCOMPARE(calendar.day(QDate(2025, 1, 1)).legalReference,
             QStringLiteral("Labour Code 2019, Article 112"));
    QCOMPARE(calendar.day(QDate(2025, 2, 3)).legalReference,
             QStringLiteral("Labour Code 2019, Article 111"));
    QVERIFY(calendar.isWorkingDay(QDate(2025, 2, 4)));
}

void TestWorkCalendar::statutory2026()
{
    // Without announcements 2/1, 31/8 are ordinary working days and Sat 10/1 is a rest day.
    const WorkCalendar calendar;
    QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 2)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 10)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 8, 31)));
    QCOMPARE(calendar.exceptions(2026).size(), 11);
}

void TestWorkCalendar::statutory2027()
{
    // Tết 2027 = Sat 6/2: 5/2 Fri to 9/2 Tue. Sat 6/2 and Sun 7/2 fall on rest days: their
    // compensatory days are the next days that are neither rest days nor holidays, Wed 10/2 and
    // Thu 11/2. Giỗ Tổ = Fri 16/4. 30/4 Fri; 1/5 Sat, given back on Mon 3/5. 1/9 Wed, 2/9 Thu.
    const WorkCalendar calendar;
    compareDays(calendar.statutoryHolidays(2027),
                {
                    {QDate(2027, 1, 1), false, Source::Statutory, newYear},
                    {QDate(2027, 2, 5), false, Source::Statutory, tet},
                    {QDate(2027, 2, 6), false, Source::Statutory, tet},
                    {QDate(2027, 2, 7), false, Source::Statutory, tet},
                    {QDate(2027, 2, 8), false, Source::Statutory, tet},
                    {QDate(2027, 2, 9), false, Source::Statutory, tet},
                    {QDate(2027, 2, 10), false, Source::Compensatory, compensatory(tet)},
                    {QDate(2027, 2, 11), false, Source::Compensatory, compensatory(tet)},
                    {QDate(2027, 4, 16), false, Source::Statutory, hungKings},
                    {QDate(2027, 4, 30), false, Source::Statutory, reunification},
                    {QDate(2027, 5, 1), false, Source::Statutory, workers},
                    {QDate(2027, 5, 3), false, Source::Compensatory, compensatory(workers)},
                    {QDate(2027, 9, 1), false, Source::Statutory, nationalDay},
                    {QDate(2027, 9, 2), false, Source::Statutory, nationalDay},
                });
    QCOMPARE(calendar.exceptions(2027).size(), 11); // the 14 less the 3 on weekends
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 12)));
}

void TestWorkCalendar::compensatorySkipsHolidays()
{
    // 2029: 2/9 is a Sunday; 3/9 (Monday) is a holiday when the extra day is after, so the
    // compensatory day is Tuesday 4/9.
    CalendarRules rules;
    rules.nationalDayExtraBefore = false;
    const WorkCalendar calendar(rules);
    const DayInfo day = calendar.day(QDate(2029, 9, 4));
    QCOMPARE(int(day.source), int(Source::Compensatory));
    QCOMPARE(day.name, compensatory(nationalDay));
    QCOMPARE(int(calendar.day(QDate(2029, 9, 3)).source), int(Source::Statutory));
    QVERIFY(calendar.isWorkingDay(QDate(2029, 9, 5)));
    QVERIFY(calendar.isWorkingDay(QDate(2029, 8, 31)));
}

void TestWorkCalendar::compensatoryOff()
{
    CalendarRules rules;
    rules.compensatoryDays = false;
    const WorkCalendar calendar(rules);
    const QList<DayInfo> days = calendar.statutoryHolidays(2027);
    QCOMPARE(days.size(), 11);
    QVERIFY(std::none_of(days.begin(), days.end(),
                         [](const DayInfo &d) { return d.source == Source::Compensatory; }));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 10)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 5, 3)));
}

void TestWorkCalendar::nationalDayAfter()
{
    CalendarRules rules;
    rules.nationalDayExtraBefore = false;
    const WorkCalendar calendar(rules);
    // 2025: 2/9 Tue and 3/9 Wed; 1/9 Mon is worked.
    QVERIFY(calendar.isWorkingDay(QDate(2025, 9, 1)));
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 9, 2)));
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 9, 3)));
    QCOMPARE(calendar.day(QDate(2025, 9, 3)).name, nationalDay);
}

void TestWorkCalendar::overridesWin()
{
    using Kind = CalendarOverride::Kind;
    const QList<CalendarOverride> overrides {
        {QDate(2027, 2, 9), Kind::WorkingDay, "Tet day worked", "Decision 1"},
        {QDate(2027, 2, 10), Kind::WorkingDay, "Compensatory day worked", QString()},
        {QDate(2027, 2, 13), Kind::WorkingDay, "Saturday worked", QString()},
        {QDate(2027, 3, 3), Kind::DayOff, "Local festival", "Decision 2"},
        {QDate(2027, 3, 3), Kind::DayOff, "Local festival (corrected)", "Decision 3"},
        {QDate(2027, 3, 6), Kind::DayOff, "Off on a Saturday", QString()},
    };
    const WorkCalendar calendar({}, overrides);
    DayInfo day = calendar.day(QDate(2027, 2, 9));
    QVERIFY(day.working);
    QCOMPARE(int(day.source), int(Source::Announcement));
    QCOMPARE(day.name, QStringLiteral("Tet day worked"));
    QCOMPARE(day.legalReference, QStringLiteral("Decision 1"));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 10)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 13)));
    // The last announcement for a date counts.
    day = calendar.day(QDate(2027, 3, 3));
    QVERIFY(!day.working);
    QCOMPARE(day.name, QStringLiteral("Local festival (corrected)"));
    QCOMPARE(day.legalReference, QStringLiteral("Decision 3"));

    compareDays(calendar.exceptions(2027),
                {
                    {QDate(2027, 1, 1), false, Source::Statutory, newYear},
                    {QDate(2027, 2, 5), false, Source::Statutory, tet},
                    {QDate(2027, 2, 8), false, Source::Statutory, tet},
                    {QDate(2027, 2, 11), false, Source::Compensatory, compensatory(tet)},
                    {QDate(2027, 2, 13), true, Source::Announcement, "Saturday worked"},
                    {QDate(2027, 3, 3), false, Source::Announcement, "Local festival (corrected)"},
                    {QDate(2027, 4, 16), false, Source::Statutory, hungKings},
                    {QDate(2027, 4, 30), false, Source::Statutory, reunification},
                    {QDate(2027, 5, 3), false, Source::Compensatory, compensatory(workers)},
                    {QDate(2027, 9, 1), false, Source::Statutory, nationalDay},
                    {QDate(2027, 9, 2), false, Source::Statutory, nationalDay},
                });
    // A day off announced on a rest day is off anyway: not an exception, but it carries the name.
    QCOMPARE(calendar.day(QDate(2027, 3, 6)).name, QStringLiteral("Off on a Saturday"));
}

void TestWorkCalendar::overrideWithoutNameKeepsName()
{
    const WorkCalendar calendar({}, {{QDate(2026, 1, 1), CalendarOverride::Kind::DayOff, {}, {}}});
    const DayInfo day = calendar.day(QDate(2026, 1, 1));
    QCOMPARE(int(day.source), int(Source::Announcement));
    QCOMPARE(day.name, newYear);
}

void TestWorkCalendar::restDayNames()
{
    const WorkCalendar calendar;
    DayInfo day = calendar.day(QDate(2026, 3, 7));
    QVERIFY(!day.working);
    QCOMPARE(int(day.source), int(Source::RestDay));
    QCOMPARE(day.name, QStringLiteral("Saturday"));
    QCOMPARE(day.date, QDate(2026, 3, 7));
    day = calendar.day(QDate(2026, 3, 8));
    QCOMPARE(day.name, QStringLiteral("Sunday"));
    day = calendar.day(QDate(2026, 3, 9));
    QVERIFY(day.working);
    QCOMPARE(int(day.source), int(Source::Ordinary));
    QVERIFY(day.name.isEmpty());
}

void TestWorkCalendar::sundayOnly()
{
    CalendarRules rules;
    rules.restDays = {Qt::Sunday};
    const WorkCalendar calendar(rules);
    QVERIFY(calendar.isWorkingDay(QDate(2027, 3, 6))); // a Saturday
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 7)));
    // Tết 2027, Fri 5/2 - Tue 9/2: only Sunday 7/2 is a rest day; Mon 8/2 and Tue 9/2 are
    // holidays, so its compensatory day is Wed 10/2. Sat 1/5 is no rest day: nothing given back.
    QCOMPARE(int(calendar.day(QDate(2027, 2, 10)).source), int(Source::Compensatory));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 11)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 5, 3)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 5, 1)));
    compareDays(calendar.exceptions(2027),
                {
                    {QDate(2027, 1, 1), false, Source::Statutory, newYear},
                    {QDate(2027, 2, 5), false, Source::Statutory, tet},
                    {QDate(2027, 2, 6), false, Source::Statutory, tet},
                    {QDate(2027, 2, 8), false, Source::Statutory, tet},
                    {QDate(2027, 2, 9), false, Source::Statutory, tet},
                    {QDate(2027, 2, 10), false, Source::Compensatory, compensatory(tet)},
                    {QDate(2027, 4, 16), false, Source::Statutory, hungKings},
                    {QDate(2027, 4, 30), false, Source::Statutory, reunification},
                    {QDate(2027, 5, 1), false, Source::Statutory, workers},
                    {QDate(2027, 9, 1), false, Source::Statutory, nationalDay},
                    {QDate(2027, 9, 2), false, Source::Statutory, nationalDay},
                });
    QCOMPARE(calendar.nextWorkingDay(QDate(2027, 3, 5)), QDate(2027, 3, 6));
}

void TestWorkCalendar::customRulesKept()
{
    CalendarRules rules;
    rules.restDays = {Qt::Friday};
    rules.sessions = {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(16, 30)}};
    const WorkCalendar calendar(rules, overrides2026());
    QCOMPARE(calendar.rules().restDays, QList<Qt::DayOfWeek> {Qt::Friday});
    QCOMPARE(calendar.rules().sessions.size(), 2);
    QCOMPARE(calendar.rules().sessions[1].end, QTime(16, 30));
    QCOMPARE(calendar.overrides().size(), 4);
    QCOMPARE(calendar.day(QDate(2026, 3, 6)).name, QStringLiteral("Friday"));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 7)));
}

void TestWorkCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Mon -> Tue") << QDate(2026, 3, 2) << QDate(2026, 3, 3);
    QTest::newRow("Fri -> Mon") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("Sat -> Mon") << QDate(2026, 3, 7) << QDate(2026, 3, 9);
    QTest::newRow("before Tet 2026") << QDate(2026, 2, 13) << QDate(2026, 2, 23);
    QTest::newRow("Sat 10/1/2026 worked") << QDate(2026, 1, 9) << QDate(2026, 1, 10);
    QTest::newRow("Dec 2025 -> 2026") << QDate(2025, 12, 31) << QDate(2026, 1, 5);
    QTest::newRow("Dec 2026 -> 2027") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
    QTest::newRow("Giỗ Tổ 2026") << QDate(2026, 4, 24) << QDate(2026, 4, 28);
    QTest::newRow("30/4 2026") << QDate(2026, 4, 29) << QDate(2026, 5, 4);
    QTest::newRow("National Day 2026") << QDate(2026, 8, 28) << QDate(2026, 9, 3);
    QTest::newRow("Tet 2027") << QDate(2027, 2, 4) << QDate(2027, 2, 12);
}

void TestWorkCalendar::nextWorkingDay()
{
    QFETCH(QDate, after);
    QFETCH(QDate, expected);
    const WorkCalendar calendar({}, overrides2026());
    QCOMPARE(calendar.nextWorkingDay(after), expected);
}

void TestWorkCalendar::noWorkingDayAtAll()
{
    CalendarRules rules;
    rules.restDays.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        rules.restDays.append(Qt::DayOfWeek(day));
    const WorkCalendar calendar(rules);
    QVERIFY(!calendar.nextWorkingDay(QDate(2026, 1, 1)).isValid());
    QVERIFY(calendar.exceptions(2026).isEmpty());
    // No compensatory day can be found, and none is invented.
    const QList<DayInfo> days = calendar.statutoryHolidays(2026);
    QCOMPARE(days.size(), 11);
}

void TestWorkCalendar::invalidAndFarDates()
{
    const WorkCalendar calendar;
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(!calendar.day(QDate()).working);
    QVERIFY(!calendar.day(QDate()).date.isValid());
    // Outside the lunar range: the solar holidays only.
    const QList<DayInfo> days = calendar.statutoryHolidays(2300);
    QVERIFY(std::none_of(days.begin(), days.end(),
                         [](const DayInfo &d) { return d.name == tet || d.name == hungKings; }));
    QVERIFY(!calendar.isWorkingDay(QDate(2300, 5, 1)));
    QVERIFY(calendar.isWorkingDay(QDate(1800, 1, 2))); // a Thursday
    // 1947: Giỗ Tổ (10/3 lunar) fell on 30/4: one day off with both names.
    const DayInfo shared = calendar.day(QDate(1947, 4, 30));
    QCOMPARE(shared.name, hungKings + QStringLiteral(" / ") + reunification);
    QVERIFY(calendar.isWorkingDay(QDate(1947, 4, 29)));
}

void TestWorkCalendar::tetRangeSettings()
{
    // Tết 2026 with no day before and five from the new year: Tue 17/2 - Sat 21/2, and the
    // Saturday given back on Monday 23/2.
    CalendarRules rules;
    rules.tetDaysBeforeNewYear = 0;
    rules.tetDaysFromNewYear = 5;
    const WorkCalendar calendar(rules);
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 16)));
    for (int day = 17; day <= 21; ++day)
        QCOMPARE(calendar.day(QDate(2026, 2, day)).name, tet);
    QCOMPARE(int(calendar.day(QDate(2026, 2, 23)).source), int(Source::Compensatory));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 24)));

    // Two days before: 15/2 (Sunday, 28 Tết) and 16/2; the Sunday is given back on Mon 23/2.
    rules.tetDaysBeforeNewYear = 2;
    rules.tetDaysFromNewYear = 4;
    const WorkCalendar longer(rules);
    QCOMPARE(longer.day(QDate(2026, 2, 15)).name, tet);
    QCOMPARE(int(longer.day(QDate(2026, 2, 23)).source), int(Source::Compensatory));
}

QTEST_APPLESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
