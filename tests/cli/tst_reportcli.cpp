#include "db/database.h"
#include "domain/csv.h"
#include "dossierfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

// generate-demo, report, print register and overdue as a user runs them: the real executable,
// the clock fixed with MOTCUA_FAKE_NOW.
class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generateDemo();
    void generateDemoRefusesRealData();
    void reportCsvBalances();
    void demoProgressOnLinesInAPipe();
    void reportXlsxAndPdf();
    void reportArgumentErrors_data();
    void reportArgumentErrors();
    void printRegister();
    void overdueCsv();
    void exportsWriteNothingWhenLoggingFails_data();
    void exportsWriteNothingWhenLoggingFails();
    void failedWriteFollowsItsLog();

private:
    test::ProcessResult run(QStringList arguments);
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_env.insert(QStringLiteral("MOTCUA_FAKE_NOW"), QStringLiteral("2026-03-11T10:00"));
}

test::ProcessResult TestReportCli::run(QStringList arguments)
{
    arguments << QStringLiteral("--database") << m_db << QStringLiteral("--lang")
              << QStringLiteral("en");
    return test::runMotcua(arguments, {}, m_env);
}

void TestReportCli::generateDemo()
{
    const auto result = run({"generate-demo", "--count", "4000", "--seed", "3", "--quiet"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("4000 demo dossiers and ")),
             qPrintable(result.out));
    const auto check = run({"check"});
    QCOMPARE(check.exitCode, 0); // integrity and the event chain
    Database db;
    QVERIFY(db.open(m_db));
    QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM dossiers")), 4000);
    QCOMPARE(test::count(
                 db,
                 QStringLiteral("SELECT MAX(received_at) <= strftime('%s', '2026-03-11 03:00:00') "
                                "FROM dossiers")),
             1);
    QCOMPARE(
        test::count(db,
                    QStringLiteral("SELECT count(*) FROM settings WHERE key = 'database.training' "
                                   "AND value = '1'")),
        1);
    // The same seed gives the same dossiers.
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    QCOMPARE(test::runMotcua(
                 {"generate-demo", "--count", "300", "--seed", "3", "--quiet", "--database", again},
                 {}, m_env)
                 .exitCode,
             0);
    const QString third = m_dir.filePath(QStringLiteral("third.sqlite"));
    QCOMPARE(test::runMotcua(
                 {"generate-demo", "--count", "300", "--seed", "3", "--quiet", "--database", third},
                 {}, m_env)
                 .exitCode,
             0);
    QSqlQuery a(db.connection());
    QVERIFY(a.exec(QStringLiteral("ATTACH '%1' AS a").arg(again)));
    QVERIFY(a.exec(QStringLiteral("ATTACH '%1' AS b").arg(third)));
    QVERIFY(a.exec(QStringLiteral(
        "SELECT count(*) FROM a.dossiers x JOIN b.dossiers y ON x.id = y.id AND "
        "x.code = y.code AND x.applicant_name = y.applicant_name AND x.due_at = y.due_at")));
    QVERIFY(a.next());
    QCOMPARE(a.value(0).toInt(), 300);
}

void TestReportCli::generateDemoRefusesRealData()
{
    const QString path = m_dir.filePath(QStringLiteral("real.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        test::DossierSpec spec;
        spec.code = QStringLiteral("REAL-1");
        spec.received = test::officeTime(2026, 3, 2, 9, 0);
        spec.due = test::officeTime(2026, 3, 5, 9, 0);
        QVERIFY(test::insertDossier(db, spec) > 0);
    }
    const QByteArray before = test::fileDigest(path);
    const auto result = test::runMotcua(
        {"generate-demo", "--count", "10", "--database", path, "--lang", "en"}, {}, m_env);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("real dossiers")), qPrintable(result.err));
    QCOMPARE(test::fileDigest(path), before);
    QCOMPARE(run({"generate-demo", "--count", "0"}).exitCode, 2);
}

void TestReportCli::reportCsvBalances()
{
    const QString csv = m_dir.filePath(QStringLiteral("q4.csv"));
    const auto result = run({"report", "--from", "2025-10-01", "--to", "2025-12-31", "--format",
                             "csv", "--output", csv});
    QCOMPARE(result.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvTable table;
    QString error;
    QVERIFY(table.parse(QString::fromUtf8(file.readAll()), &error));
    QCOMPARE(
        table.header().join(QLatin1Char(',')),
        QStringLiteral(
            "procedure_code,procedure_name,carried_over,received,received_direct,received_postal,"
            "received_online,finished_early,finished_on_time,finished_late,in_progress_on_time,"
            "in_progress_overdue,returned,withdrawn,refused,on_time_rate,avg_working_days"));
    QVERIFY(table.rows().size() >= 5);
    QCOMPARE(table.value(table.rows().last(), QStringLiteral("procedure_code")),
             QStringLiteral("TOTAL"));
    QHash<QString, qint64> sums;
    const QStringList counts = {"carried_over",
                                "received",
                                "received_direct",
                                "received_postal",
                                "received_online",
                                "finished_early",
                                "finished_on_time",
                                "finished_late",
                                "in_progress_on_time",
                                "in_progress_overdue",
                                "returned",
                                "withdrawn",
                                "refused"};
    for (const CsvTable::Row &row : table.rows()) {
        const auto v = [&](const char *column) {
            return table.value(row, QLatin1String(column)).toLongLong();
        };
        QCOMPARE(v("carried_over") + v("received"),
                 v("finished_early") + v("finished_on_time") + v("finished_late")
                     + v("in_progress_on_time") + v("in_progress_overdue") + v("withdrawn"));
        QCOMPARE(v("received"), v("received_direct") + v("received_postal") + v("received_online"));
        if (&row != &table.rows().last()) {
            for (const QString &column : counts)
                sums[column] += table.value(row, column).toLongLong();
        }
    }
    for (const QString &column : counts)
        QCOMPARE(sums.value(column), table.value(table.rows().last(), column).toLongLong());
    QVERIFY(table.value(table.rows().last(), QStringLiteral("received")).toLongLong() > 50);
    const double rate = table.value(table.rows().last(), QStringLiteral("on_time_rate")).toDouble();
    QVERIFY(rate > 80 && rate < 100);
}

void TestReportCli::demoProgressOnLinesInAPipe()
{
    // Not a terminal: no carriage returns, one count a line.
    const auto result
        = test::runMotcua({"generate-demo", "--count", "300", "--seed", "4", "--database",
                           m_dir.filePath(QStringLiteral("progress.sqlite"))},
                          {}, m_env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains(QLatin1Char('\r')), qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QStringLiteral("300 / 300\n")), qPrintable(result.err));
}

void TestReportCli::reportXlsxAndPdf()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("q4.xlsx"));
    auto result = run({"report", "--from", "2025-10-01", "--to", "2025-12-31", "--format", "xlsx",
                       "--output", xlsx});
    QCOMPARE(result.exitCode, 0);
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip container
    // The total row is named in words, without the CSV's TOTAL code.
    QByteArray strings;
    QString unzipped;
    QVERIFY2(test::runTool(QStringLiteral("unzip"),
                           {QStringLiteral("-p"), xlsx, "xl/sharedStrings.xml"}, &strings,
                           &unzipped),
             qPrintable(unzipped));
    QVERIFY2(strings.contains("<t>Total</t>"), strings.constData());
    QVERIFY(!strings.contains("TOTAL"));
    const QString pdf = m_dir.filePath(QStringLiteral("q4.pdf"));
    result = run({"report", "--from", "2025-10-01", "--to", "2025-12-31", "--format", "pdf",
                  "--output", pdf});
    QCOMPARE(result.exitCode, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    // In Vietnamese: headings not broken inside a word, a date and the two signatures.
    const QString vietnamese = m_dir.filePath(QStringLiteral("q4-vi.pdf"));
    QCOMPARE(test::runMotcua({"report", "--from", "2025-10-01", "--to", "2025-12-31", "--format",
                              "pdf", "--output", vietnamese, "--database", m_db, "--lang", "vi"},
                             {}, m_env)
                 .exitCode,
             0);
    QString text;
    QString error;
    QVERIFY2(test::pdfText(vietnamese, &text, &error), qPrintable(error));
    for (const char *part :
         {"chuyển", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN", "ngày 11 tháng 03 năm 2026"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(text.left(3000)));
}

void TestReportCli::reportArgumentErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no period") << QStringList {"report", "--format", "csv", "--output", "x.csv"};
    QTest::newRow("reversed") << QStringList {"report",     "--from",   "2026-02-01", "--to",
                                              "2026-01-01", "--output", "x.csv"};
    QTest::newRow("format") << QStringList {"report", "--from",     "2026-01-01",
                                            "--to",   "2026-01-31", "--format",
                                            "doc",    "--output",   "x.doc"};
    QTest::newRow("no output") << QStringList {"report", "--from", "2026-01-01", "--to",
                                               "2026-01-31"};
    QTest::newRow("print what") << QStringList {"print",      "receipt", "--from",
                                                "2026-01-01", "--to",    "2026-01-31"};
    QTest::newRow("overdue format") << QStringList {"overdue", "--format", "xml"};
}

void TestReportCli::reportArgumentErrors()
{
    QFETCH(QStringList, arguments);
    const auto result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestReportCli::printRegister()
{
    const QString pdf = m_dir.filePath(QStringLiteral("register.pdf"));
    auto result = run({"print", "register", "--from", "2026-02-01", "--to", "2026-02-28", "--field",
                       "Chứng thực", "--output", pdf});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(pdf));
    const QString csv = m_dir.filePath(QStringLiteral("register.csv"));
    result = run({"print", "register", "--from", "2026-02-01", "--to", "2026-02-28", "--field",
                  "Chứng thực", "--output", csv});
    QCOMPARE(result.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvTable table;
    QString error;
    QVERIFY(table.parse(QString::fromUtf8(file.readAll()), &error));
    QVERIFY(table.rows().size() > 5);
    for (const CsvTable::Row &row : table.rows())
        QVERIFY(
            table.value(row, QStringLiteral("received_at")).startsWith(QStringLiteral("2026-02-")));
    // Both exports of personal data are in the event log, with how many dossiers.
    Database db;
    QVERIFY(db.open(m_db));
    QCOMPARE(
        test::count(
            db,
            QStringLiteral("SELECT count(*) FROM events WHERE kind = 'personal-data-exported' AND "
                           "json_extract(details, '$.subject') = 'register'")),
        2);
    QCOMPARE(test::count(
                 db,
                 QStringLiteral("SELECT json_extract(details, '$.rows') FROM events WHERE kind = "
                                "'personal-data-exported' ORDER BY id DESC LIMIT 1")),
             qint64(table.rows().size()));
}

void TestReportCli::overdueCsv()
{
    const auto result = run({"overdue", "--format", "csv"});
    QCOMPARE(result.exitCode, 0);
    CsvTable table;
    QString error;
    QVERIFY(table.parse(result.out, &error));
    QCOMPARE(table.header().first(), QStringLiteral("code"));
    Database db;
    QVERIFY(db.open(m_db));
    const qint64 now = test::officeTime(2026, 3, 11, 10, 0).toSecsSinceEpoch();
    QCOMPARE(
        qint64(table.rows().size()),
        test::count(db,
                    QStringLiteral(
                        "SELECT count(*) FROM dossiers WHERE status IN ('received', 'processing', "
                        "'awaiting_documents', 'awaiting_payment') AND due_at < %1 AND "
                        "COALESCE(paused_at, %1) > due_at")
                        .arg(now)));
    QString previous;
    for (const CsvTable::Row &row : table.rows()) {
        const QString due = table.value(row, QStringLiteral("due_at"));
        QVERIFY(due < QStringLiteral("2026-03-11 10:00"));
        QVERIFY(previous <= due); // earliest deadline first
        previous = due;
    }
    const auto text = run({"overdue"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("overdue dossier")), qPrintable(text.out));
}

void TestReportCli::exportsWriteNothingWhenLoggingFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    QTest::newRow("register csv") << QStringList {"print", "register",   "--from",   "2026-02-01",
                                                  "--to",  "2026-02-28", "--output", csv}
                                  << csv;
    QTest::newRow("register pdf") << QStringList {"print", "register",   "--from",   "2026-02-01",
                                                  "--to",  "2026-02-28", "--output", pdf}
                                  << pdf;
    QTest::newRow("overdue csv") << QStringList {"overdue", "--format", "csv"} << QString();
    QTest::newRow("overdue text") << QStringList {"overdue"} << QString();
}

// The export is logged before the data leaves: when the log refuses it (a trigger here),
// nothing is written, neither a file nor standard output, and the reason is given.
void TestReportCli::exportsWriteNothingWhenLoggingFails()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    Database db;
    QVERIFY(db.open(m_db));
    QSqlQuery refuse(db.connection());
    QVERIFY(refuse.exec(QStringLiteral(
        "CREATE TRIGGER test_refuse_exports BEFORE INSERT ON events WHEN NEW.kind = "
        "'personal-data-exported' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const auto result = run(arguments);
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER test_refuse_exports")));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    if (!file.isEmpty())
        QVERIFY2(!QFile::exists(file), qPrintable(file));
    QVERIFY2(result.err.contains(QLatin1String("Nothing was exported")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("refused by the test")), qPrintable(result.err));
}

// A write that fails after its export was logged: the log says so in the next event, and the
// user is told both.
void TestReportCli::failedWriteFollowsItsLog()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/register.csv"));
    const auto result = run(
        {"print", "register", "--from", "2026-02-01", "--to", "2026-02-28", "--output", path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(result.err.contains(QLatin1String("recorded as failed")), qPrintable(result.err));
    Database db;
    QVERIFY(db.open(m_db));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT kind, json_extract(details, '$.subject'), json_extract(details, '$.export_event'), "
        "json_extract(details, '$.reason') FROM events ORDER BY id DESC LIMIT 2")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("personal-data-export-failed"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("register"));
    const qint64 exportEvent = query.value(2).toLongLong();
    QVERIFY(!query.value(3).toString().isEmpty());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("personal-data-exported"));
    QCOMPARE(test::count(db,
                         QStringLiteral("SELECT max(id) FROM events WHERE kind = "
                                        "'personal-data-exported'")),
             exportEvent);
    QCOMPARE(run({"check"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
