#include "backend.h"
#include "db/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace motcua;

// Settings and imports on the command line, as an administrator scripts them.
class TestReceptionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsSetValidatesAndLists_data();
    void settingsSetValidatesAndLists();
    void settingsSetReachesTheValidatorWithANegativeValue_data();
    void settingsSetReachesTheValidatorWithANegativeValue();
    void importProcedures();
    void importDossiers();
    void importDossiersWithOneBadRowImportsNothing();
    void importDossiersRefusesMalformedCsv_data();
    void importDossiersRefusesMalformedCsv();
    void twoProcessesNeverShareACode();
    void printReceiptThenReprint();

private:
    QString writeFile(const QString &name, const QString &text);
    qint64 dossierCount() const;
    QString m_db;
    QTemporaryDir m_dir;
};

static const QString dossierHeader
    = QStringLiteral("procedure_code,channel,received_at,applicant_name,applicant_id,birth_date,"
                     "phone,address,email,documents\n");

QString TestReceptionCli::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text.toUtf8());
    return path;
}

qint64 TestReceptionCli::dossierCount() const
{
    Database db;
    if (!db.open(m_db))
        return -1;
    QSqlQuery count(db.connection());
    return count.exec(QStringLiteral("SELECT count(*) FROM dossiers")) && count.next()
        ? count.value(0).toLongLong()
        : -1;
}

void TestReceptionCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::newDatabaseLocation(m_dir, QStringLiteral("cli.sqlite"));
    const auto result
        = test::runMotcua({"settings", "set", "office.code", "H47.132", "--database", m_db});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("office.code\tH47.132\n"));
}

void TestReceptionCli::settingsSetValidatesAndLists_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("listed");
    QTest::newRow("office name") << "office.name"
                                 << "Bộ phận Một cửa UBND xã Tân Hòa" << 0
                                 << "office.name\tBộ phận Một cửa UBND xã Tân Hòa\t";
    QTest::newRow("hours normalised")
        << "office.hours"
        << " 07:00-11:30 , 13:00-16:30 " << 0 << "office.hours\t07:00-11:30,13:00-16:30\t";
    QTest::newRow("lower-case code") << "office.code"
                                     << "h47.132" << 2 << "office.code\tH47.132\t";
    QTest::newRow("code too long")
        << "office.code" << QString(36, QLatin1Char('1')) << 2 << "office.code\tH47.132\t";
    QTest::newRow("overlapping sessions")
        << "office.hours"
        << "07:00-12:00,11:00-17:00" << 2 << "office.hours\t07:00-11:30,13:00-16:30\t";
    QTest::newRow("unknown key") << "office.colour"
                                 << "red" << 2 << "office.code\tH47.132\t";
    QTest::newRow("cut-off") << "office.cutoff"
                             << "25:00" << 2 << "office.cutoff\t15:00\t";
    QTest::newRow("first day of use") << "office.first_use_date"
                                      << "2001-05-01" << 0 << "office.first_use_date\t2001-05-01\t";
    QTest::newRow("first day of use before 1900")
        << "office.first_use_date"
        << "1899-12-31" << 2 << "office.first_use_date\t2001-05-01\t";
    QTest::newRow("first day of use not a day")
        << "office.first_use_date"
        << "2001-02-30" << 2 << "office.first_use_date\t2001-05-01\t";
    // README documents backup.folder: settings set used to call it unknown.
    QTest::newRow("backup folder")
        << "backup.folder"
        << "/srv/motcua/backups/" << 0 << "backup.folder\t/srv/motcua/backups\t";
    QTest::newRow("relative backup folder")
        << "backup.folder"
        << "backups" << 2 << "backup.folder\t/srv/motcua/backups\t";
    QTest::newRow("backups kept") << "backup.keep"
                                  << "30" << 0 << "backup.keep\t30\t";
    QTest::newRow("no backup kept") << "backup.keep"
                                    << "0" << 2 << "backup.keep\t30\t";
    QTest::newRow("due soon negative") << "worklist.due_soon_days"
                                       << "-1" << 2 << "worklist.due_soon_days\t2\t";
}

void TestReceptionCli::settingsSetValidatesAndLists()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(QString, listed);
    const auto set = test::runMotcua({"settings", "set", key, value, "--database", m_db});
    QCOMPARE(set.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY2(set.err.startsWith(key + QLatin1Char(':')), qPrintable(set.err));
    const auto list = test::runMotcua({"settings", "list", "--database", m_db});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(listed), qPrintable(list.out));
}

// A negative value after a key used to be taken for an option ("Unknown option '1'"): it must
// reach the validator, whose message says the range; "--" is accepted before it too.
void TestReceptionCli::settingsSetReachesTheValidatorWithANegativeValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("after the key")
        << QStringList {"settings", "set", "worklist.due_soon_days", "-1"};
    QTest::newRow("after --") << QStringList {"settings", "set", "worklist.due_soon_days", "--",
                                              "-1"};
    QTest::newRow("options first")
        << QStringList {"--lang", "en", "settings", "set", "worklist.due_soon_days", "-1"};
}

void TestReceptionCli::settingsSetReachesTheValidatorWithANegativeValue()
{
    QFETCH(QStringList, arguments);
    const auto result
        = test::runMotcua(QStringList {"--database", m_db, "--lang", "en"} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(
        result.err,
        QStringLiteral("worklist.due_soon_days: Enter a whole number of days from 0 to 365.\n"));
}

void TestReceptionCli::importProcedures()
{
    const QString header
        = QStringLiteral("code,name,field,level,duration,unit,cutoff,fee,office,documents\n");
    const QString bad = writeFile(QStringLiteral("bad-procedures.csv"),
                                  header
                                      + "9.1,Thủ tục A,Thử nghiệm,Cấp xã,2,days,0,,UBND,Đơn\n"
                                        "9.2,Thủ tục B,Thử nghiệm,Cấp xã,2,months,0,,UBND,Đơn\n");
    auto result = test::runMotcua({"import-procedures", bad, "--database", m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("Line 3: unit \"months\"")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Nothing was imported.")));

    // A spreadsheet's legacy code page is refused, not imported as garbled text.
    const QString legacy = m_dir.filePath(QStringLiteral("legacy.csv"));
    {
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // "Thủ tục A" in Windows-1258 bytes: not valid UTF-8.
        file.write(header.toUtf8()
                   + QByteArray("9.1,Th\xf9"
                                " t\xf5"
                                "c A,Nghi\xe9"
                                "m,x,2,days,0,,UBND,\xd0"
                                "on\n"));
    }
    result = test::runMotcua({"import-procedures", legacy, "--database", m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is not UTF-8 text")), qPrintable(result.err));

    const QString good = writeFile(QStringLiteral("procedures.csv"),
                                   header + "9.1,Thủ tục A,Thử nghiệm,Cấp xã,2,days,0,,UBND,Đơn\n");
    result = test::runMotcua({"import-procedures", good, "--database", m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Procedures imported: 1 new, 0 updated.\n"));
}

void TestReceptionCli::importDossiers()
{
    const QString path
        = writeFile(QStringLiteral("dossiers.csv"),
                    dossierHeader
                        + "1.004873,online,2026-03-06T21:15,Nguyễn Văn "
                          "Đặng,001090012345,1990-05-12,0912345678,\"Số 5, thôn Đông\","
                          "dang@example.vn,Tờ khai (1 bản chính)\n"
                          "1.004222,postal,2026-03-09T09:05,Trần Thị Hoa,036305001122,,,Thôn 3,,Tờ "
                          "khai CT01 | Giấy tờ chỗ ở (1 bản sao)\n");
    const auto result = test::runMotcua({"import-dossiers", path, "--database", m_db});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("H47.132-260306-0001\nH47.132-260309-0001\n"));

    Database db;
    QVERIFY(db.open(m_db));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT channel, due_at - received_at, applicant_name FROM dossiers ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("online"));
    // Friday 21:15 → counting from Monday 07:00 (office hours set above) → Thursday 07:00.
    QVERIFY(query.exec(QStringLiteral("SELECT due_at FROM dossiers ORDER BY id")));
    const auto officeTime = [&query] {
        return QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone(7 * 3600))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    QVERIFY(query.next());
    QCOMPARE(officeTime(), QStringLiteral("2026-03-12 07:00:00"));
    QVERIFY(query.next());
    QCOMPARE(officeTime(), QStringLiteral("2026-03-18 09:05:00")); // + 7 working days
}

void TestReceptionCli::importDossiersWithOneBadRowImportsNothing()
{
    const QString path = writeFile(
        QStringLiteral("bad-dossiers.csv"),
        dossierHeader
            + "1.004873,online,2026-03-06T21:15,Nguyễn Văn An,001090012345,,,Thôn Đông,,Tờ khai\n"
              "1.004873,fax,2026-03-06T21:15,Nguyễn Văn Bình,00109001234,,,Thôn Đông,,Tờ khai\n"
              "1.004873,online,2099-01-01T08:00,Nguyễn Văn Chính,001090012345,,,Thôn Đông,,Tờ "
              "khai\n");
    const qint64 before = dossierCount();

    const auto result
        = test::runMotcua({"import-dossiers", path, "--database", m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QStringLiteral("Line 3: channel \"fax\"")),
             qPrintable(result.err));
    QVERIFY(
        result.err.contains(QStringLiteral("Line 3: A personal ID number has exactly 12 digits")));
    QVERIFY(result.err.contains(QStringLiteral("Line 4: The time of receipt")));
    QVERIFY(!result.err.contains(QStringLiteral("Line 2:")));

    QCOMPARE(dossierCount(), before);
}

void TestReceptionCli::importDossiersRefusesMalformedCsv_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    // An unquoted list of documents used to keep only the first one, exit 0.
    QTest::newRow("unquoted commas in documents")
        << "1.004873,direct,2026-03-06T09:15,Nguyễn Văn An,001090012345,,,Thôn Đông,,Đơn đề "
           "nghị, Bản vẽ thiết kế, Giấy tờ về quyền sử dụng đất"
        << "Line 3: 12 field(s), but the header has 10";
    QTest::newRow("a field short")
        << "1.004873,direct,2026-03-06T09:15,Nguyễn Văn An,001090012345,,,Thôn Đông,"
        << "Line 3: 9 field(s), but the header has 10";
    // Used to be stored as "Xã XuânLập".
    QTest::newRow("text after the closing quote")
        << "1.004873,direct,2026-03-06T09:15,Nguyễn Văn An,001090012345,,,\"Xã Xuân\"Lập,,Đơn"
        << "Line 3: text follows the closing quote of a field";
    QTest::newRow("quote inside an unquoted field")
        << "1.004873,direct,2026-03-06T09:15,Nguyễn Văn \"An\",001090012345,,,Thôn Đông,,Đơn"
        << "Line 3: a double quote inside a field that does not start with one";
    // Used to be accepted, code …-010302-0001.
    QTest::newRow("received in year 1")
        << "1.004873,direct,0001-03-02T10:00,Nguyễn Văn An,001090012345,,,Thôn Đông,,Đơn"
        << "Line 3: The date must be in the years 1900 to 2199.";
    QTest::newRow("received before the first day of use")
        << "1.004873,direct,1999-03-02T10:00,Nguyễn Văn An,001090012345,,,Thôn Đông,,Đơn"
        << "Line 3: The time of receipt 02/03/1999 10:00 is before the office's first day of use";
}

void TestReceptionCli::importDossiersRefusesMalformedCsv()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    const QString good
        = QStringLiteral("1.004873,direct,2026-03-06T09:00,Lê Văn Bình,001090012345,,,Thôn "
                         "Đông,,Tờ khai\n");
    const QString path = writeFile(QStringLiteral("malformed.csv"),
                                   dossierHeader + good + row + QLatin1Char('\n'));
    const qint64 before = dossierCount();

    const auto result
        = test::runMotcua({"import-dossiers", path, "--database", m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(dossierCount(), before);
}

// Two counters importing into the same database at the same moment: every code is distinct and
// the daily sequence has no gap.
void TestReceptionCli::twoProcessesNeverShareACode()
{
    const QString shared = test::newDatabaseLocation(m_dir, QStringLiteral("shared.sqlite"));
    QCOMPARE(test::runMotcua({"settings", "set", "office.code", "H57.132", "--database", shared})
                 .exitCode,
             0);
    QStringList files;
    for (int process = 0; process < 2; ++process) {
        QString csv = dossierHeader;
        for (int i = 0; i < 60; ++i)
            csv += QStringLiteral("1.004873,online,2026-03-10T%1:%2,Người Số "
                                  "%3,001090012345,,,Thôn %3,,Tờ khai\n")
                       .arg(8 + i / 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(QString(QChar(u'A' + process)) + QChar(u'a' + i % 26));
        files.append(writeFile(QStringLiteral("batch-%1.csv").arg(process), csv));
    }
    // Many small imports from both processes, interleaved.
    QList<QProcess *> processes;
    for (int process = 0; process < 2; ++process) {
        auto *runner = new QProcess(this);
        QString script;
        for (int round = 0; round < 5; ++round)
            script += QStringLiteral("\"%1\" import-dossiers \"%2\" --database \"%3\" || exit 1\n")
                          .arg(QStringLiteral(MOTCUA_BINARY), files.at(process), shared);
        runner->start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        processes.append(runner);
    }
    QStringList codes;
    for (QProcess *runner : processes) {
        QVERIFY(runner->waitForFinished(240000));
        QCOMPARE(runner->exitCode(), 0);
        codes += QString::fromUtf8(runner->readAllStandardOutput())
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QCOMPARE(codes.size(), 600);
    const QSet<QString> unique(codes.begin(), codes.end());
    QCOMPARE(unique.size(), 600);
    QSet<int> sequences;
    static const QRegularExpression pattern(QStringLiteral("^H57\\.132-260310-(\\d{4})$"));
    for (const QString &code : codes) {
        const auto match = pattern.match(code);
        QVERIFY2(match.hasMatch(), qPrintable(code));
        sequences.insert(match.captured(1).toInt());
    }
    QCOMPARE(*std::min_element(sequences.begin(), sequences.end()), 1);
    QCOMPARE(*std::max_element(sequences.begin(), sequences.end()), 600);
}

void TestReceptionCli::printReceiptThenReprint()
{
    const QString first = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const QString second = m_dir.filePath(QStringLiteral("reprint.pdf"));
    auto result = test::runMotcua(
        {"print", "receipt", "H47.132-260306-0001", "--output", first, "--database", m_db});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    result = test::runMotcua(
        {"print", "receipt", "h47.132-260306-0001", "-o", second, "--database", m_db});
    QCOMPARE(result.exitCode, 0);

    QString original;
    QString error;
    QVERIFY2(test::pdfText(first, &original, &error), qPrintable(error));
    original = original.simplified();
    for (const char *expected : {"GIẤY TIẾP NHẬN HỒ SƠ", "H47.132-260306-0001", "Nguyễn Văn Đặng",
                                 "001090012345", "21 giờ 15 phút, ngày 06 tháng 03 năm 2026"})
        QVERIFY2(original.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!original.contains(QStringLiteral("BẢN IN LẠI")));
    QString again;
    QVERIFY2(test::pdfText(second, &again, &error), qPrintable(error));
    QVERIFY(again.contains(QStringLiteral("BẢN IN LẠI")));

    Database db;
    QVERIFY(db.open(m_db));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT kind FROM events WHERE kind LIKE 'slip-%' ORDER BY id")));
    QStringList kinds;
    while (query.next())
        kinds << query.value(0).toString();
    QCOMPARE(kinds, QStringList({"slip-printed", "slip-reprinted"}));

    result = test::runMotcua({"print", "receipt", "H47.132-999999-0001", "-o", second, "--database",
                              m_db, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("No dossier has the code")));
}

QTEST_GUILESS_MAIN(TestReceptionCli)
#include "tst_receptioncli.moc"
