#include "domain/lunarcalendar.h"

#include <QFile>
#include <QtTest>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::LunarDate)

namespace QTest {
template<>
char *toString(const motcua::LunarDate &date)
{
    return qstrdup(QStringLiteral("%1/%2%3/%4")
                       .arg(date.day)
                       .arg(date.month)
                       .arg(date.leap ? QStringLiteral(" leap") : QString())
                       .arg(date.year)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

#ifndef MOTCUA_SHARED_DATA_DIR
#define MOTCUA_SHARED_DATA_DIR ""
#endif

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void referenceDates_data();
    void referenceDates();
    void roundTripEveryDay();
    void outsideRange();
    void leapMonths_data();
    void leapMonths();
    void monthLengths_data();
    void monthLengths();
    void everyMonthHas29Or30Days();
    void invalidLunarDates_data();
    void invalidLunarDates();
    void knownConversions_data();
    void knownConversions();
};

// The reference table of Tết and Giỗ Tổ dates (shared/data/tet_dates.csv, 1901-2100), or, when
// the shared folder is not beside the checkout, the subset kept in tests/data.
static QString referenceFile()
{
    const QString shared = QStringLiteral(MOTCUA_SHARED_DATA_DIR "/tet_dates.csv");
    if (!QStringLiteral(MOTCUA_SHARED_DATA_DIR).isEmpty() && QFile::exists(shared))
        return shared;
#ifdef MOTCUA_TEST_DATA_DIR
    return QStringLiteral(MOTCUA_TEST_DATA_DIR "/tet_dates_subset.csv");
#else
    return QFINDTESTDATA("../data/tet_dates_subset.csv");
#endif
}

void TestLunarCalendar::referenceDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("newYear");
    QTest::addColumn<QDate>("hungKings");

    const QString path = referenceFile();
    qWarning("Lunar reference dates read from %s", qPrintable(path));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    QVERIFY(file.readLine().startsWith("year,"));
    int rows = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 3)
            continue;
        const int year = fields[0].toInt();
        QTest::addRow("%d", year) << year
                                  << QDate::fromString(QString::fromLatin1(fields[1]), Qt::ISODate)
                                  << QDate::fromString(QString::fromLatin1(fields[2]), Qt::ISODate);
        ++rows;
    }
    QVERIFY(rows >= 25);
}

void TestLunarCalendar::referenceDates()
{
    QFETCH(int, year);
    QFETCH(QDate, newYear);
    QFETCH(QDate, hungKings);
    QVERIFY(newYear.isValid() && hungKings.isValid());

    QCOMPARE(LunarCalendar::newYear(year), newYear);
    QCOMPARE(LunarCalendar::toSolar({year, 3, 10, false}), hungKings);
    QCOMPARE(LunarCalendar::fromSolar(newYear), (LunarDate {year, 1, 1, false}));
    QCOMPARE(LunarCalendar::fromSolar(hungKings), (LunarDate {year, 3, 10, false}));
    // The eve of Tết is the last day (29 or 30) of month 12 of the year before.
    const LunarDate eve = LunarCalendar::fromSolar(newYear.addDays(-1));
    QCOMPARE(eve.year, year - 1);
    QCOMPARE(eve.month, 12);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::roundTripEveryDay()
{
    // Every solar day of 1900-2199: solar -> lunar -> solar, and the lunar days follow one another
    // (next day, or day 1 of the next month after day 29/30).
    LunarDate previous;
    int leapMonthsSeen = 0;
    const QDate first = LunarCalendar::newYear(LunarCalendar::firstYear);
    QCOMPARE(first, QDate(1900, 1, 31));
    for (QDate date = first; date <= QDate(2199, 12, 31); date = date.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(date);
        if (!lunar.isValid())
            QFAIL(
                qPrintable(QStringLiteral("no lunar date for %1").arg(date.toString(Qt::ISODate))));
        if (LunarCalendar::toSolar(lunar) != date)
            QFAIL(qPrintable(
                QStringLiteral("round trip fails at %1").arg(date.toString(Qt::ISODate))));
        if (previous.isValid()) {
            const bool nextDay = lunar.year == previous.year && lunar.month == previous.month
                && lunar.leap == previous.leap && lunar.day == previous.day + 1;
            const bool nextMonth = lunar.day == 1 && (previous.day == 29 || previous.day == 30);
            if (!nextDay && !nextMonth)
                QFAIL(qPrintable(QStringLiteral("lunar days not consecutive at %1")
                                     .arg(date.toString(Qt::ISODate))));
            if (nextMonth && lunar.leap)
                ++leapMonthsSeen;
        }
        previous = lunar;
    }
    // About 7 leap months every 19 years: 300 years hold about 110.
    QVERIFY2(leapMonthsSeen > 105 && leapMonthsSeen < 115,
             qPrintable(QString::number(leapMonthsSeen)));
}

void TestLunarCalendar::outsideRange()
{
    QVERIFY(!LunarCalendar::fromSolar(QDate(1900, 1, 30)).isValid());
    QVERIFY(!LunarCalendar::fromSolar(QDate(1850, 6, 1)).isValid());
    QVERIFY(!LunarCalendar::fromSolar(QDate(2300, 6, 1)).isValid());
    QVERIFY(!LunarCalendar::fromSolar(QDate()).isValid());
    // Lunar 2199 ends in February 2200 (its last day is the last one supported).
    const QDate lastDay = LunarCalendar::toSolar({2199, 12, LunarCalendar::monthLength(2199, 12)});
    QCOMPARE(lastDay.year(), 2200);
    QCOMPARE(LunarCalendar::fromSolar(lastDay).year, 2199);
    QVERIFY(!LunarCalendar::fromSolar(lastDay.addDays(1)).isValid());
    QVERIFY(!LunarCalendar::newYear(1899).isValid());
    QVERIFY(!LunarCalendar::newYear(2200).isValid());
    QCOMPARE(LunarCalendar::leapMonth(1899), 0);
    QVERIFY(!LunarCalendar::toSolar({2200, 1, 1, false}).isValid());
}

void TestLunarCalendar::leapMonths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("leap");
    QTest::newRow("2001") << 2001 << 4;
    QTest::newRow("2004") << 2004 << 2;
    QTest::newRow("2006") << 2006 << 7;
    QTest::newRow("2009") << 2009 << 5;
    QTest::newRow("2012") << 2012 << 4;
    QTest::newRow("2014") << 2014 << 9;
    QTest::newRow("2017") << 2017 << 6;
    QTest::newRow("2020") << 2020 << 4;
    QTest::newRow("2021 none") << 2021 << 0;
    QTest::newRow("2022 none") << 2022 << 0;
    QTest::newRow("2023") << 2023 << 2;
    QTest::newRow("2024 none") << 2024 << 0;
    QTest::newRow("2025") << 2025 << 6;
    QTest::newRow("2026 none") << 2026 << 0;
    QTest::newRow("2027 none") << 2027 << 0;
    QTest::newRow("2028") << 2028 << 5;
}

void TestLunarCalendar::leapMonths()
{
    QFETCH(int, year);
    QFETCH(int, leap);
    QCOMPARE(LunarCalendar::leapMonth(year), leap);
    // A leap year has 13 months (383-385 days), a common one 12 (353-355 days).
    const qint64 length = LunarCalendar::newYear(year).daysTo(LunarCalendar::newYear(year + 1));
    if (leap) {
        QVERIFY2(length >= 383 && length <= 385, qPrintable(QString::number(length)));
        QVERIFY(LunarCalendar::toSolar({year, leap, 1, true}).isValid());
        QCOMPARE(LunarCalendar::toSolar({year, leap, 1, true}),
                 LunarCalendar::toSolar({year, leap, 1, false})
                     .addDays(LunarCalendar::monthLength(year, leap)));
    } else {
        QVERIFY2(length >= 353 && length <= 355, qPrintable(QString::number(length)));
    }
    for (int month = 1; month <= 12; ++month) {
        if (month != leap)
            QVERIFY(!LunarCalendar::toSolar({year, month, 1, true}).isValid());
    }
}

void TestLunarCalendar::monthLengths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<int>("length");
    // Tết 2024 fell on 10/2/2024 after a "30 Tết"; Tết 2025 and 2026 had none (29 Tết).
    QTest::newRow("12/2023") << 2023 << 12 << false << 30;
    QTest::newRow("12/2024") << 2024 << 12 << false << 29;
    QTest::newRow("12/2025") << 2025 << 12 << false << 29;
    // Leap 6/2025 began on 25/7/2025 and month 7 on 23/8/2025.
    QTest::newRow("6 leap/2025") << 2025 << 6 << true << 29;
    QTest::newRow("no 13th month") << 2025 << 13 << false << 0;
    QTest::newRow("no leap 5/2025") << 2025 << 5 << true << 0;
}

void TestLunarCalendar::monthLengths()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(bool, leap);
    QFETCH(int, length);
    QCOMPARE(LunarCalendar::monthLength(year, month, leap), length);
}

void TestLunarCalendar::everyMonthHas29Or30Days()
{
    // ... and the months of each year add up to the days from one Tết to the next.
    for (int y = LunarCalendar::firstYear; y < LunarCalendar::lastYear; ++y) {
        qint64 days = 0;
        for (int m = 1; m <= 12; ++m) {
            const int n = LunarCalendar::monthLength(y, m);
            QVERIFY2(n == 29 || n == 30, qPrintable(QStringLiteral("%1/%2").arg(m).arg(y)));
            days += n;
        }
        if (const int leapMonth = LunarCalendar::leapMonth(y))
            days += LunarCalendar::monthLength(y, leapMonth, true);
        QCOMPARE(days, LunarCalendar::newYear(y).daysTo(LunarCalendar::newYear(y + 1)));
    }
}

void TestLunarCalendar::invalidLunarDates_data()
{
    QTest::addColumn<LunarDate>("date");
    QTest::newRow("day 30 of a 29-day month") << LunarDate {2025, 12, 30, false};
    QTest::newRow("leap flag on a common month") << LunarDate {2025, 5, 1, true};
    QTest::newRow("leap flag in a year without leap") << LunarDate {2026, 6, 1, true};
    QTest::newRow("month 0") << LunarDate {2025, 0, 1, false};
    QTest::newRow("month 13") << LunarDate {2025, 13, 1, false};
    QTest::newRow("day 0") << LunarDate {2025, 1, 0, false};
    QTest::newRow("day 31") << LunarDate {2025, 1, 31, false};
    QTest::newRow("default") << LunarDate {};
    QTest::newRow("year before range") << LunarDate {1899, 6, 1, false};
    QTest::newRow("year after range") << LunarDate {2200, 6, 1, false};
}

void TestLunarCalendar::invalidLunarDates()
{
    QFETCH(LunarDate, date);
    QVERIFY(!LunarCalendar::toSolar(date).isValid());
}

void TestLunarCalendar::knownConversions_data()
{
    QTest::addColumn<QDate>("solar");
    QTest::addColumn<LunarDate>("lunar");
    // Dates printed on Vietnamese calendars.
    QTest::newRow("Tet 2026") << QDate(2026, 2, 17) << LunarDate {2026, 1, 1, false};
    QTest::newRow("29 Tet 2026") << QDate(2026, 2, 16) << LunarDate {2025, 12, 29, false};
    QTest::newRow("30 Tet 2024") << QDate(2024, 2, 9) << LunarDate {2023, 12, 30, false};
    QTest::newRow("leap 6/2025") << QDate(2025, 7, 25) << LunarDate {2025, 6, 1, true};
    QTest::newRow("7/2025") << QDate(2025, 8, 23) << LunarDate {2025, 7, 1, false};
    QTest::newRow("leap 2/2023") << QDate(2023, 3, 22) << LunarDate {2023, 2, 1, true};
    QTest::newRow("Mid-Autumn 2025") << QDate(2025, 10, 6) << LunarDate {2025, 8, 15, false};
    QTest::newRow("1985 (China: 20/2)") << QDate(1985, 1, 21) << LunarDate {1985, 1, 1, false};
    QTest::newRow("first day") << QDate(1900, 1, 31) << LunarDate {1900, 1, 1, false};
    QTest::newRow("1/1/2026") << QDate(2026, 1, 1) << LunarDate {2025, 11, 13, false};
}

void TestLunarCalendar::knownConversions()
{
    QFETCH(QDate, solar);
    QFETCH(LunarDate, lunar);
    QCOMPARE(LunarCalendar::fromSolar(solar), lunar);
    QCOMPARE(LunarCalendar::toSolar(lunar), solar);
}

QTEST_APPLESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
