#include "db/database.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

// `motcua calendar` and `motcua deadline` as a user runs them: the real executable.
class TestCalendarCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarYear2026();
    void calendarYearInEnglish();
    void calendarYearWithoutAnnouncements();
    void calendarRefusesBadArguments_data();
    void calendarRefusesBadArguments();
    void deadline_data();
    void deadline();
    void deadlineExplains();
    void deadlineRefusesBadInput_data();
    void deadlineRefusesBadInput();
    void deadlineUsesTheDefaultDatabase();
    void importExportAndTheCalendarInUse();
    void badImportChangesNothing();

private:
    QStringList withDb(QStringList arguments) const { return arguments << "--database" << m_db; }
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_db;
};

namespace {
const QString header = QStringLiteral("date,kind,name,legal_reference\n");
}

QString TestCalendarCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCalendarCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(MOTCUA_BINARY)));
    m_db = m_dir.filePath(QStringLiteral("calendar.sqlite"));
    Database db; // calendar and deadline only read: the window or a writing command creates it
    QVERIFY(db.open(m_db));
}

void TestCalendarCli::calendarYear2026()
{
    // The official 2026 schedule for civil servants: the statutory days, the seeded swaps.
    const auto result = test::runMotcua(withDb({"calendar", "--year", "2026"}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out,
             QStringLiteral("2026-01-01\toff\tTết Dương lịch\n"
                            "2026-01-02\toff\tNghỉ Tết Dương lịch (hoán đổi)\n"
                            "2026-01-10\twork\tLàm bù cho ngày 02/01/2026\n"
                            "2026-02-16\toff\tTết Âm lịch\n"
                            "2026-02-17\toff\tTết Âm lịch\n"
                            "2026-02-18\toff\tTết Âm lịch\n"
                            "2026-02-19\toff\tTết Âm lịch\n"
                            "2026-02-20\toff\tTết Âm lịch\n"
                            "2026-04-27\toff\tNghỉ bù Giỗ Tổ Hùng Vương\n"
                            "2026-04-30\toff\tNgày Giải phóng miền Nam, thống nhất đất nước\n"
                            "2026-05-01\toff\tNgày Quốc tế Lao động\n"
                            "2026-08-22\twork\tLàm bù cho ngày 31/08/2026\n"
                            "2026-08-31\toff\tNghỉ Quốc khánh (hoán đổi)\n"
                            "2026-09-01\toff\tQuốc khánh\n"
                            "2026-09-02\toff\tQuốc khánh\n"));
}

void TestCalendarCli::calendarYearInEnglish()
{
    const auto result = test::runMotcua(withDb({"calendar", "--year", "2026", "--lang", "en"}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15);
    QCOMPARE(lines.first(), QStringLiteral("2026-01-01\toff\tNew Year's Day"));
    QCOMPARE(lines.at(8),
             QStringLiteral("2026-04-27\toff\tCompensatory day off for Hung Kings' Commemoration"));
    // Announcements are data: their names stay as entered.
    QCOMPARE(lines.at(1), QStringLiteral("2026-01-02\toff\tNghỉ Tết Dương lịch (hoán đổi)"));
}

void TestCalendarCli::calendarYearWithoutAnnouncements()
{
    // 2027 from the statutory rules alone: Tết is Sat 6/2, so Sat/Sun give Wed 10 and Thu 11;
    // 1/5 is a Saturday, so Monday 3/5 is off.
    const auto result = test::runMotcua(withDb({"calendar", "--year", "2027", "--lang", "en"}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QStringLiteral("2027-01-01\toff\tNew Year's Day\n"
                            "2027-02-05\toff\tLunar New Year (Tet)\n"
                            "2027-02-08\toff\tLunar New Year (Tet)\n"
                            "2027-02-09\toff\tLunar New Year (Tet)\n"
                            "2027-02-10\toff\tCompensatory day off for Lunar New Year (Tet)\n"
                            "2027-02-11\toff\tCompensatory day off for Lunar New Year (Tet)\n"
                            "2027-04-16\toff\tHung Kings' Commemoration\n"
                            "2027-04-30\toff\tReunification Day\n"
                            "2027-05-03\toff\tCompensatory day off for International Workers' Day\n"
                            "2027-09-01\toff\tNational Day\n"
                            "2027-09-02\toff\tNational Day\n"));
}

void TestCalendarCli::calendarRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("letters") << QStringList {"calendar", "--year", "20x6"};
    QTest::newRow("too late") << QStringList {"calendar", "--year", "2200"};
    QTest::newRow("too early") << QStringList {"calendar", "--year", "1899"};
    QTest::newRow("no value") << QStringList {"calendar", "--year"};
    QTest::newRow("unknown action") << QStringList {"calendar", "print"};
    QTest::newRow("import without file") << QStringList {"calendar", "import"};
    QTest::newRow("import of a missing file")
        << QStringList {"calendar", "import", "/nonexistent/x.csv"};
    QTest::newRow("two files") << QStringList {"calendar", "import", "a.csv", "b.csv"};
    QTest::newRow("output with the list")
        << QStringList {"calendar", "--year", "2026", "--output", "x.csv"};
    QTest::newRow("export to a folder that is not there")
        << QStringList {"calendar", "export", "--output", "/nonexistent/dir/x.csv"};
}

void TestCalendarCli::calendarRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    const auto result = test::runMotcua(withDb(arguments));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY(!result.err.isEmpty());
}

void TestCalendarCli::deadline_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("due");

    // Sessions 07:30-11:30 and 13:30-17:30 (the defaults), cut-off 15:00; the 2026 seed.
    const auto row = [](const char *tag, const char *received, QStringList rest, const char *due) {
        QTest::newRow(tag) << (QStringList {"deadline", "--received", received} + rest)
                           << QString::fromLatin1(due);
    };
    row("5 days, same clock time", "2026-03-02T09:00", {"--days", "5"}, "2026-03-09T09:00");
    row("1 day over a weekend", "2026-03-06T10:00", {"--days", "1"}, "2026-03-09T10:00");
    row("0 days", "2026-03-02T09:00", {"--days", "0"}, "2026-03-02T09:00");
    row("half a day", "2026-03-02T09:00", {"--days", "0.5"}, "2026-03-02T15:00");
    row("a day and a quarter", "2026-03-02T09:00", {"--days", "1.25"}, "2026-03-03T11:00");
    row("half a day over Tết", "2026-02-13T16:00", {"--days", "0.5"}, "2026-02-23T10:00");
    row("1 day over Tết", "2026-02-13T10:00", {"--days", "1"}, "2026-02-23T10:00");
    row("cut-off over Tết", "2026-02-13T16:00", {"--days", "3", "--cutoff"}, "2026-02-26T07:30");
    row("before the cut-off", "2026-03-02T14:59", {"--days", "1", "--cutoff"}, "2026-03-03T14:59");
    row("at the cut-off", "2026-03-02T15:00", {"--days", "1", "--cutoff"}, "2026-03-04T07:30");
    row("after 15:00 without cut-off", "2026-03-02T15:30", {"--days", "1"}, "2026-03-03T15:30");
    row("received at night", "2026-03-02T20:00", {"--days", "1"}, "2026-03-04T07:30");
    row("received at lunch", "2026-03-02T12:00", {"--days", "1"}, "2026-03-03T13:30");
    row("received at 11:30", "2026-03-02T11:30", {"--days", "1"}, "2026-03-03T13:30");
    row("received on Saturday", "2026-03-07T10:00", {"--days", "1"}, "2026-03-10T07:30");
    row("worked Saturday 10/1", "2026-01-09T10:00", {"--days", "1"}, "2026-01-10T10:00");
    row("received on the worked Saturday", "2026-01-10T08:00", {"--days", "1"}, "2026-01-12T08:00");
    row("New Year 2026", "2025-12-31T10:00", {"--days", "1"}, "2026-01-05T10:00");
    row("Giỗ Tổ Monday 27/4", "2026-04-24T10:00", {"--days", "1"}, "2026-04-28T10:00");
    row("30/4 and 1/5", "2026-04-29T10:00", {"--days", "1"}, "2026-05-04T10:00");
    row("National Day swap", "2026-08-28T10:00", {"--days", "2"}, "2026-09-04T10:00");
    row("worked Saturday 22/8", "2026-08-21T10:00", {"--days", "1"}, "2026-08-22T10:00");
    row("Tết 2027 with compensatory days", "2027-02-04T10:00", {"--days", "1"}, "2027-02-12T10:00");
    // Tết 2025 by the statutory rules: Tue 28/1 - Sat 1/2, Monday 3/2 in compensation.
    row("Tết 2025", "2025-01-27T10:00", {"--days", "1"}, "2025-02-04T10:00");
    row("4 hours to the end of the morning", "2026-03-02T07:30", {"--hours", "4"},
        "2026-03-02T11:30");
    row("4 hours over the night", "2026-03-02T16:00", {"--hours", "4"}, "2026-03-03T10:00");
    row("half an hour after lunch", "2026-03-02T12:00", {"--hours", "0.5"}, "2026-03-02T14:00");
    row("16 hours over Tết", "2026-02-13T09:30", {"--hours", "16"}, "2026-02-24T09:30");
    row("same day", "2026-03-02T09:00", {"--same-day"}, "2026-03-02T17:30");
    row("same day after the cut-off", "2026-03-02T15:30", {"--same-day", "--cutoff"},
        "2026-03-03T17:30");
    row("same day on a holiday", "2026-04-30T09:00", {"--same-day"}, "2026-05-04T17:30");
    row("a pause of one hour", "2026-03-02T09:00",
        {"--days", "1", "--pause", "2026-03-02T10:00/2026-03-02T11:00"}, "2026-03-03T10:00");
    row("two pauses", "2026-03-02T09:00",
        {"--days", "1", "--pause", "2026-03-02T10:00/2026-03-02T11:00", "--pause",
         "2026-03-02T13:30/2026-03-02T15:30"},
        "2026-03-03T14:00"); // 09:00 + 3 h of working time

    // Paused Friday 13:30 to Monday 09:30: 6 working hours, the weekend does not count.
    row("a pause over a weekend", "2026-03-06T09:00",
        {"--days", "1", "--pause", "2026-03-06T13:30/2026-03-09T09:30"}, "2026-03-09T17:00");
}

void TestCalendarCli::deadline()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, due);
    const auto result = test::runMotcua(withDb(arguments));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, due + QLatin1Char('\n'));
}

void TestCalendarCli::deadlineExplains()
{
    const auto result = test::runMotcua(withDb({"deadline", "--received", "2026-02-13T16:00",
                                                "--days", "0.5", "--explain", "--lang", "en"}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.at(0), QStringLiteral("2026-02-23T10:00"));
    QCOMPARE(
        lines.at(1),
        QStringLiteral("2026-02-14\tnon-working-day\t14/02/2026 is not a working day: Saturday"));
    QCOMPARE(
        lines.at(3),
        QStringLiteral(
            "2026-02-16\tnon-working-day\t16/02/2026 is not a working day: Lunar New Year (Tet)"));
    QCOMPARE(
        lines.at(9),
        QStringLiteral("2026-02-22\tnon-working-day\t22/02/2026 is not a working day: Sunday"));

    const auto cutoff = test::runMotcua(
        withDb({"deadline", "--received", "2026-03-02T15:10", "--days", "1", "--cutoff",
                "--explain", "--pause", "2026-03-03T08:00/2026-03-03T09:00"}));
    QCOMPARE(cutoff.exitCode, 0);
    QCOMPARE(cutoff.out,
             QStringLiteral("2026-03-04T08:30\n"
                            "2026-03-02\tcutoff\tTiếp nhận lúc 15:10 02/03/2026, từ giờ chốt "
                            "trở đi: bắt đầu tính từ 07:30 03/03/2026, ngày làm việc tiếp theo\n"
                            "2026-03-03\tpause\tTạm dừng từ 08:00 03/03/2026 đến 09:00 "
                            "03/03/2026: hạn giải quyết lùi thêm 1 giờ 00 phút thời gian làm "
                            "việc\n"));
}

void TestCalendarCli::deadlineRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString received = QStringLiteral("2026-03-02T09:00");
    QTest::newRow("no receipt") << QStringList {"deadline", "--days", "1"};
    QTest::newRow("no duration") << QStringList {"deadline", "--received", received};
    QTest::newRow("days and hours")
        << QStringList {"deadline", "--received", received, "--days", "1", "--hours", "2"};
    QTest::newRow("days and same day")
        << QStringList {"deadline", "--received", received, "--days", "1", "--same-day"};
    QTest::newRow("days twice") << QStringList {"deadline", "--received", received, "--days",
                                                "1",        "--days",     "2"};
    QTest::newRow("negative") << QStringList {"deadline", "--received", received, "--days", "-1"};
    QTest::newRow("comma") << QStringList {"deadline", "--received", received, "--days", "0,5"};
    QTest::newRow("letters") << QStringList {"deadline", "--received", received, "--hours", "two"};
    QTest::newRow("nan") << QStringList {"deadline", "--received", received, "--hours", "nan"};
    QTest::newRow("inf") << QStringList {"deadline", "--received", received, "--days", "inf"};
    QTest::newRow("exponent") << QStringList {"deadline", "--received", received, "--days", "1e2"};
    QTest::newRow("too long") << QStringList {"deadline", "--received", received, "--days",
                                              "10001"};
    QTest::newRow("30 February") << QStringList {"deadline", "--received", "2026-02-30T09:00",
                                                 "--days", "1"};
    QTest::newRow("hour 24") << QStringList {"deadline", "--received", "2026-03-02T24:00", "--days",
                                             "1"};
    QTest::newRow("space") << QStringList {"deadline", "--received", "2026-03-02 09:00", "--days",
                                           "1"};
    QTest::newRow("date only") << QStringList {"deadline", "--received", "2026-03-02", "--days",
                                               "1"};
    QTest::newRow("year 2300") << QStringList {"deadline", "--received", "2300-03-02T09:00",
                                               "--days", "1"};
    QTest::newRow("reversed pause") << QStringList {"deadline",
                                                    "--received",
                                                    received,
                                                    "--days",
                                                    "1",
                                                    "--pause",
                                                    "2026-03-02T11:00/2026-03-02T10:00"};
    QTest::newRow("half a pause") << QStringList {
        "deadline", "--received", received, "--days", "1", "--pause", "2026-03-02T11:00"};
    QTest::newRow("extra argument")
        << QStringList {"deadline", "--received", received, "--days", "1", "soon"};
    QTest::newRow("unknown option")
        << QStringList {"deadline", "--received", received, "--weeks", "1"};
}

void TestCalendarCli::deadlineRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    const auto result = test::runMotcua(withDb(arguments));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY(!result.err.trimmed().isEmpty());
}

void TestCalendarCli::deadlineUsesTheDefaultDatabase()
{
    // A writing command creates the default database, which deadline then only reads.
    QCOMPARE(test::runMotcua({"settings", "set", "office.cutoff", "15:00"}).exitCode, 0);
    const auto result
        = test::runMotcua({"deadline", "--received", "2026-01-09T10:00", "--days", "1"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("2026-01-10T10:00\n")); // the seeded worked Saturday
}

void TestCalendarCli::importExportAndTheCalendarInUse()
{
    const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
    const QString csv
        = writeFile(QStringLiteral("2026.csv"),
                    (header
                     + QStringLiteral("2026-03-04,off,Nghỉ đột xuất,Quyết định 1/QĐ-UBND\n"
                                      "2026-03-07,work,Làm bù cho ngày 04/03/2026,\n"))
                        .toUtf8());
    const auto imported
        = test::runMotcua({"calendar", "import", csv, "--database", db, "--lang", "en"});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out,
             QStringLiteral("Announcements: 2 added, 0 changed, 0 unchanged.\n"
                            "Open dossiers whose deadline was recomputed: 0\n"));

    const auto listed = test::runMotcua({"calendar", "--year", "2026", "--database", db});
    QVERIFY(listed.out.contains(
        QStringLiteral("\n2026-03-04\toff\tNghỉ đột xuất\n2026-03-07\twork\tLàm bù cho ngày "
                       "04/03/2026\n")));
    // The deadline command counts with the edited calendar.
    const auto due = test::runMotcua(
        {"deadline", "--received", "2026-03-02T09:00", "--days", "5", "--database", db});
    QCOMPARE(due.out, QStringLiteral("2026-03-09T09:00\n")); // Wed 4 off, Sat 7 worked

    const auto exported = test::runMotcua({"calendar", "export", "--database", db});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.startsWith(header + QStringLiteral("2026-01-02,off,")));
    QVERIFY(exported.out.contains(
        QStringLiteral("2026-03-04,off,Nghỉ đột xuất,Quyết định 1/QĐ-UBND\n")));
    QCOMPARE(exported.out.count(QLatin1Char('\n')), 7);
    const auto yearOnly
        = test::runMotcua({"calendar", "export", "--year", "2025", "--database", db});
    QCOMPARE(yearOnly.out, header);

    const QString output = m_dir.filePath(QStringLiteral("out.csv"));
    const auto toFile
        = test::runMotcua({"calendar", "export", "--output", output, "--database", db});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), exported.out);

    // Importing the export again changes nothing; standard input works too.
    const auto again = test::runMotcua(
        {"calendar", "import", "-", "--database", db, "--lang", "en"}, exported.out.toUtf8());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(
        again.out.startsWith(QStringLiteral("Announcements: 0 added, 0 changed, 6 unchanged.\n")));
}

void TestCalendarCli::badImportChangesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    {
        Database database;
        QVERIFY(database.open(db));
    }
    const auto before = test::runMotcua({"calendar", "export", "--database", db});
    QCOMPARE(before.exitCode, 0);
    const QString csv = writeFile(QStringLiteral("bad.csv"),
                                  (header
                                   + QStringLiteral("2026-03-04,off,Nghỉ đột xuất,\n"
                                                    "2026-02-30,off,Nghỉ,\n"
                                                    "2026-03-09,holiday,,\n"))
                                      .toUtf8());
    const auto result
        = test::runMotcua({"calendar", "import", csv, "--database", db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(
        result.err,
        QStringLiteral(
            "Line 3: date \"2026-02-30\" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY).\n"
            "Line 4: kind \"holiday\" is not one of off, work.\n"
            "Line 4: The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi)).\n"
            "Nothing was imported: correct the file and import it again.\n"));
    QCOMPARE(test::runMotcua({"calendar", "export", "--database", db}).out, before.out);

    // Not UTF-8 (Windows-1258 bytes from an old spreadsheet).
    const QString legacy = writeFile(QStringLiteral("legacy.csv"),
                                     header.toUtf8() + QByteArray("2026-03-04,off,Ngh\xf2,\n"));
    const auto refused
        = test::runMotcua({"calendar", "import", legacy, "--database", db, "--lang", "en"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("is not UTF-8 text")), qPrintable(refused.err));
    QCOMPARE(test::runMotcua({"calendar", "export", "--database", db}).out, before.out);
}

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"
