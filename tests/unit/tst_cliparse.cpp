#include "domain/cliparse.h"

#include <QtTest>

#include <limits>

using namespace motcua;

namespace {
const QTimeZone vietnam("Asia/Ho_Chi_Minh");
}

// The strict parsing behind `motcua deadline` and `motcua calendar`.
class TestCliParse : public QObject
{
    Q_OBJECT

private slots:
    void dateTime_data();
    void dateTime();
    void amount_data();
    void amount();
    void pause_data();
    void pause();
    void year_data();
    void year();
    void formatRoundTrips();
};

void TestCliParse::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // yyyy-MM-dd HH:mm in Vietnam, or part of the error

    QTest::newRow("plain") << "2026-02-13T09:30" << true << "2026-02-13 09:30";
    QTest::newRow("spaces around") << "  2026-02-13T09:30 " << true << "2026-02-13 09:30";
    QTest::newRow("midnight") << "2026-03-01T00:00" << true << "2026-03-01 00:00";
    QTest::newRow("last minute") << "2026-12-31T23:59" << true << "2026-12-31 23:59";
    QTest::newRow("29 Feb leap year") << "2028-02-29T10:00" << true << "2028-02-29 10:00";
    QTest::newRow("first year") << "1900-01-01T08:00" << true << "1900-01-01 08:00";
    QTest::newRow("last year") << "2199-12-31T08:00" << true << "2199-12-31 08:00";

    QTest::newRow("29 Feb common year")
        << "2026-02-29T10:00" << false << "not a day of the calendar";
    QTest::newRow("30 Feb") << "2026-02-30T10:00" << false << "not a day of the calendar";
    QTest::newRow("month 13") << "2026-13-01T10:00" << false << "not a day of the calendar";
    QTest::newRow("day 0") << "2026-03-00T10:00" << false << "not a day of the calendar";
    QTest::newRow("hour 24") << "2026-03-02T24:00" << false << "not a time of day";
    QTest::newRow("minute 60") << "2026-03-02T10:60" << false << "not a time of day";
    QTest::newRow("space separator") << "2026-03-02 10:00" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("seconds") << "2026-03-02T10:00:00" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("offset") << "2026-03-02T10:00+07:00" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("one-digit hour") << "2026-03-02T9:00" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("date only") << "2026-03-02" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("Vietnamese order") << "02/03/2026 10:00" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("empty") << "" << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("Arabic-Indic digits")
        << QString::fromUtf8("٢٠٢٦-03-02T10:00") << false << "YYYY-MM-DDTHH:MM";
    QTest::newRow("before 1900") << "1899-12-31T10:00" << false << "must be in the years";
    QTest::newRow("after 2199") << "2200-01-01T10:00" << false << "must be in the years";
}

void TestCliParse::dateTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QDateTime> parsed = CliParse::dateTime(text, vietnam, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QVERIFY(error.isEmpty());
        QCOMPARE(parsed->timeZone(), vietnam);
        QCOMPARE(parsed->toString(QStringLiteral("yyyy-MM-dd HH:mm")), expected);
    } else {
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestCliParse::amount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // -1: refused

    QTest::newRow("whole") << "3" << 3.0;
    QTest::newRow("zero") << "0" << 0.0;
    QTest::newRow("half") << "0.5" << 0.5;
    QTest::newRow("five and a half") << "5.5" << 5.5;
    QTest::newRow("quarter") << "0.25" << 0.25;
    QTest::newRow("leading zeros") << "007" << 7.0;
    QTest::newRow("maximum") << "10000" << 10000.0;
    QTest::newRow("spaces") << " 2 " << 2.0;

    QTest::newRow("negative") << "-1" << -1.0;
    QTest::newRow("plus sign") << "+1" << -1.0;
    QTest::newRow("comma") << "0,5" << -1.0;
    QTest::newRow("leading dot") << ".5" << -1.0;
    QTest::newRow("trailing dot") << "5." << -1.0;
    QTest::newRow("exponent") << "1e3" << -1.0;
    QTest::newRow("nan") << "nan" << -1.0;
    QTest::newRow("inf") << "inf" << -1.0;
    QTest::newRow("hex") << "0x10" << -1.0;
    QTest::newRow("above maximum") << "10000.5" << -1.0;
    QTest::newRow("huge") << "999999999" << -1.0;
    QTest::newRow("words") << "three" << -1.0;
    QTest::newRow("empty") << "" << -1.0;
    QTest::newRow("two numbers") << "1 2" << -1.0;
}

void TestCliParse::amount()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QString error;
    const std::optional<double> parsed = CliParse::amount(text, &error);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(*parsed, expected);
    else
        QVERIFY(!error.isEmpty());
}

void TestCliParse::pause_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("one hour") << "2026-03-02T10:00/2026-03-02T11:00" << true;
    QTest::newRow("days") << "2026-03-02T10:00/2026-03-09T16:00" << true;
    QTest::newRow("empty pause") << "2026-03-02T10:00/2026-03-02T10:00" << false;
    QTest::newRow("reversed") << "2026-03-02T11:00/2026-03-02T10:00" << false;
    QTest::newRow("one end") << "2026-03-02T10:00" << false;
    QTest::newRow("three ends") << "2026-03-02T10:00/2026-03-02T11:00/2026-03-02T12:00" << false;
    QTest::newRow("bad end") << "2026-03-02T10:00/2026-02-30T11:00" << false;
    // Found by the fuzzer: the ends were trimmed one by one.
    QTest::newRow("line breaks around the slash")
        << "2026-03-02T10:00\n\n/2026-03-02T11:00" << false;
    QTest::newRow("spaces around the slash") << "2026-03-02T10:00 / 2026-03-02T11:00" << false;
    QTest::newRow("spaces around the pause") << " 2026-03-02T10:00/2026-03-02T11:00 " << true;
    QTest::newRow("dash separator") << "2026-03-02T10:00-2026-03-02T11:00" << false;
}

void TestCliParse::pause()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<Pause> parsed = CliParse::pause(text, vietnam, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed) {
        QVERIFY(parsed->from < parsed->to);
        QCOMPARE(CliParse::formatDateTime(parsed->from, vietnam) + QLatin1Char('/')
                     + CliParse::formatDateTime(parsed->to, vietnam),
                 text.trimmed());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestCliParse::year_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: refused

    QTest::newRow("2026") << "2026" << 2026;
    QTest::newRow("first") << "1900" << 1900;
    QTest::newRow("last") << "2199" << 2199;
    QTest::newRow("too early") << "1899" << 0;
    QTest::newRow("too late") << "2200" << 0;
    QTest::newRow("two digits") << "26" << 0;
    QTest::newRow("five digits") << "02026" << 0;
    QTest::newRow("letters") << "20x6" << 0;
    QTest::newRow("negative") << "-2026" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestCliParse::year()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const std::optional<int> parsed = CliParse::year(text, &error);
    QCOMPARE(parsed.value_or(0), expected);
    QCOMPARE(error.isEmpty(), expected != 0);
}

void TestCliParse::formatRoundTrips()
{
    QString error;
    // An instant given in UTC is shown on the office's wall clock.
    const QDateTime utc(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    QCOMPARE(CliParse::formatDateTime(utc, vietnam), QStringLiteral("2026-03-02T09:00"));
    const auto parsed = CliParse::dateTime(QStringLiteral("2026-03-02T09:00"), vietnam, &error);
    QVERIFY(parsed);
    QCOMPARE(*parsed, utc);
}

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cliparse.moc"
