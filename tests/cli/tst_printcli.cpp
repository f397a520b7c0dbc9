#include "lifecyclefixture.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace motcua;

// `motcua print … --printer NAME` on real CUPS queues: a private cupsd (its own configuration,
// spool and unix socket in a temporary folder) with two queues on the cups-pdf driver's PPD,
// whose PDFs are checked as a user would check the paper:
// - a cups-pdf queue: CUPS turns the job into PostScript and cups-pdf back into PDF through
//   ghostscript; its pages keep the size (pdfinfo) and the QR (zbarimg), and CUPS repeats them
//   for the copies asked for; the round trip through PostScript loses which glyph is which letter,
//   so pdftotext cannot read its text;
// - a queue whose PPD takes PDF (CUPS's pdftopdf fits the pages to the PPD's paper) and writes
//   it to a file: its text is read with pdftotext.
//
// Needs root (the cups-pdf backend runs only as root) and the Debian packages cups,
// printer-driver-cups-pdf, cups-client, poppler-utils and zbar-tools; it installs nothing and
// fails, saying what is missing, when they are absent.
class TestPrintCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receiptOnA5_data();
    void receiptOnA5();
    void receiptText_data();
    void receiptText();
    void registerOnA4Landscape();
    void unknownPrinterPrintsAndLogsNothing();
    void destinationsAreChecked_data();
    void destinationsAreChecked();

private:
    // Runs a program to its end; false, with `m_lastError`, when it failed.
    bool run(const QString &program, const QStringList &arguments, QString *out = nullptr);
    test::ProcessResult motcua(QStringList arguments);
    // The PDF cups-pdf writes for the next job: waits (bounded) for a new complete file.
    QString nextPdf();
    // Prints on the file queue and gives the PDF it wrote (bounded wait), empty on failure.
    QString printToFile(const QStringList &arguments);
    bool waitForPdf(const QString &path);
    // pdfinfo's page size, rounded to points, and the page count.
    QSize pageSize(const QString &pdf, int *pages);
    int printEvents(const QString &code);
    bool setReceiptCopies(const QString &value);

    QTemporaryDir m_dir;
    QString m_socket;
    QString m_queue;
    QString m_fileQueue;
    QString m_filePdf;
    QString m_cupsPdfConf;
    QProcess m_cupsd;
    QString m_path;
    QString m_code;
    QString m_lastError;
    QStringList m_seenPdfs;
};

bool TestPrintCli::run(const QString &program, const QStringList &arguments, QString *out)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CUPS_SERVER"), m_socket);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_lastError = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))
            + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

test::ProcessResult TestPrintCli::motcua(QStringList arguments)
{
    arguments << QStringLiteral("--database") << m_path << QStringLiteral("--lang")
              << QStringLiteral("en");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CUPS_SERVER"), m_socket);
    return test::runMotcua(arguments, {}, environment);
}

void TestPrintCli::initTestCase()
{
    // What the test needs, found or named.
    const QStringList sbin = {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};
    QStringList missing;
    QMap<QString, QString> tools;
    for (const char *name : {"cupsd", "lpadmin"}) {
        tools[QLatin1String(name)] = QStandardPaths::findExecutable(QLatin1String(name), sbin);
        if (tools[QLatin1String(name)].isEmpty())
            tools[QLatin1String(name)] = QStandardPaths::findExecutable(QLatin1String(name));
    }
    for (const char *name : {"lpstat", "pdfinfo", "pdftotext", "pdftoppm", "zbarimg"})
        tools[QLatin1String(name)] = QStandardPaths::findExecutable(QLatin1String(name));
    for (auto it = tools.cbegin(); it != tools.cend(); ++it) {
        if (it.value().isEmpty())
            missing << it.key();
    }
    const QString backend = QStringLiteral("/usr/lib/cups/backend/cups-pdf");
    if (!QFileInfo::exists(backend))
        missing << backend;
    QString ppd;
    for (const QString &candidate : {QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
                                     QStringLiteral("/usr/share/cups/model/CUPS-PDF_opt.ppd")}) {
        if (QFileInfo::exists(candidate))
            ppd = candidate;
    }
    if (ppd.isEmpty())
        missing << QStringLiteral("CUPS-PDF_opt.ppd");
    if (!missing.isEmpty())
        QFAIL(qPrintable(QStringLiteral("Missing %1: install the Debian packages cups "
                                        "printer-driver-cups-pdf cups-client poppler-utils "
                                        "zbar-tools (scripts/setup.sh).")
                             .arg(missing.join(QStringLiteral(", ")))));
    if (::geteuid() != 0)
        QFAIL("This test runs a private cupsd with the cups-pdf backend, which CUPS runs only as "
              "root: run it as root (CI does).");

    // A private cupsd: configuration, spool, logs and socket in the temporary folder. Its filters
    // run as the "lp" user: the folders must be readable by others.
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    for (const char *sub : {"etc", "spool/tmp", "cache", "state", "log", "run", "out", "pdfspool"})
        QVERIFY(dir.mkpath(QLatin1String(sub)));
    QFile::setPermissions(m_dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                              | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    m_socket = dir.filePath(QStringLiteral("run/cups.sock"));
    const auto write = [](const QString &path, const QString &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    };
    const QString etc = dir.filePath(QStringLiteral("etc"));
    QVERIFY(write(etc + QStringLiteral("/cupsd.conf"),
                  QStringLiteral("Listen %1\nLogLevel info\n"
                                 "Browsing No\n<Location />\n  Order allow,deny\n  Allow all\n"
                                 "</Location>\n")
                      .arg(m_socket)));
    QVERIFY(write(etc + QStringLiteral("/cups-files.conf"),
                  QStringLiteral("ServerRoot %1\nRequestRoot %2/spool\nTempDir %2/spool/tmp\n"
                                 "CacheDir %2/cache\nStateDir %2/state\nErrorLog %2/log/error_log\n"
                                 "AccessLog %2/log/access_log\nPageLog %2/log/page_log\n"
                                 "FileDevice Yes\n")
                      .arg(etc, m_dir.path())));
    // cups-pdf reads /etc/cups/cups-pdf-<name>.conf for a queue whose device is cups-pdf:/<name>:
    // the only file outside the temporary folder, removed at the end.
    m_queue = QStringLiteral("motcua-test-%1").arg(QCoreApplication::applicationPid());
    m_cupsPdfConf = QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(m_queue);
    QVERIFY2(write(m_cupsPdfConf,
                   QStringLiteral("Out %1/out\nAnonDirName %1/out\nSpool %1/pdfspool\n"
                                  "Log %1/log\nGrp root\n")
                       .arg(m_dir.path())),
             qPrintable(QStringLiteral("Cannot write %1").arg(m_cupsPdfConf)));
    QFile::setPermissions(dir.filePath(QStringLiteral("out")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(tools.value(QStringLiteral("cupsd")),
                  {QStringLiteral("-f"), QStringLiteral("-c"), etc + QStringLiteral("/cupsd.conf"),
                   QStringLiteral("-s"), etc + QStringLiteral("/cups-files.conf")});
    QVERIFY2(m_cupsd.waitForStarted(), qPrintable(m_cupsd.errorString()));
    // Bounded wait for the scheduler to answer on its socket.
    bool answering = false;
    for (int attempt = 0; attempt < 100 && !answering; ++attempt) {
        if (m_cupsd.state() != QProcess::Running)
            break;
        QString status;
        answering = run(tools.value(QStringLiteral("lpstat")), {QStringLiteral("-r")}, &status)
            && status.contains(QStringLiteral("is running"));
        if (!answering)
            QThread::msleep(100);
    }
    if (!answering)
        QFAIL(qPrintable(QStringLiteral("The private cupsd did not start: %1 %2")
                             .arg(QString::fromLocal8Bit(m_cupsd.readAll()), m_lastError)));
    if (!run(tools.value(QStringLiteral("lpadmin")),
             {QStringLiteral("-p"), m_queue, QStringLiteral("-E"), QStringLiteral("-v"),
              QStringLiteral("cups-pdf:/") + m_queue, QStringLiteral("-P"), ppd}))
        QFAIL(qPrintable(QStringLiteral("lpadmin could not add the queue: ") + m_lastError));
    // The same PPD, taking PDF instead of PostScript, printing to a file.
    QFile original(ppd);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString pdfPpd = QString::fromLatin1(original.readAll());
    pdfPpd.replace(QStringLiteral("*OpenUI *PageSize"),
                   QStringLiteral("*cupsFilter2: \"application/vnd.cups-pdf application/pdf 0 -\"\n"
                                  "*OpenUI *PageSize"));
    QVERIFY(write(etc + QStringLiteral("/pdf.ppd"), pdfPpd));
    m_fileQueue = m_queue + QStringLiteral("-file");
    m_filePdf = dir.filePath(QStringLiteral("file/printed.pdf"));
    QVERIFY(dir.mkpath(QStringLiteral("file")));
    if (!run(tools.value(QStringLiteral("lpadmin")),
             {QStringLiteral("-p"), m_fileQueue, QStringLiteral("-E"), QStringLiteral("-v"),
              QStringLiteral("file://") + m_filePdf, QStringLiteral("-P"),
              etc + QStringLiteral("/pdf.ppd")}))
        QFAIL(qPrintable(QStringLiteral("lpadmin could not add the file queue: ") + m_lastError));

    // A dossier received for "Nguyễn Văn Đặng" on 2 March 2026.
    m_path = dir.filePath(QStringLiteral("print.sqlite"));
    Database db;
    QVERIFY(test::openOffice(db, m_dir, QStringLiteral("print.sqlite")));
    QString failure;
    const qint64 id = test::dossierIn(db, DossierStatus::Received, &failure);
    QVERIFY2(id, qPrintable(failure));
    m_code = DossierStore(db.connection()).find(id)->code;
    db.close();
}

void TestPrintCli::cleanupTestCase()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10000))
            m_cupsd.kill();
    }
    if (!m_cupsPdfConf.isEmpty())
        QFile::remove(m_cupsPdfConf);
}

QString TestPrintCli::nextPdf()
{
    // cups-pdf writes through ghostscript, then makes the file its user's: wait until a new
    // file's size has stopped changing. Bounded: two minutes.
    const QDir out(m_dir.filePath(QStringLiteral("out")));
    QString found;
    qint64 lastSize = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        const QStringList pdfs = out.entryList({QStringLiteral("*.pdf")}, QDir::Files);
        for (const QString &pdf : pdfs) {
            if (!m_seenPdfs.contains(pdf))
                found = pdf;
        }
        if (!found.isEmpty()) {
            const qint64 size = QFileInfo(out.filePath(found)).size();
            if (size > 0 && size == lastSize
                && run(QStringLiteral("pdfinfo"), {out.filePath(found)})) {
                m_seenPdfs << found;
                return out.filePath(found);
            }
            lastSize = size;
        }
        QThread::msleep(250);
    }
    return {};
}

bool TestPrintCli::waitForPdf(const QString &path)
{
    qint64 lastSize = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        const qint64 size = QFileInfo(path).size();
        if (size > 0 && size == lastSize && run(QStringLiteral("pdfinfo"), {path}))
            return true;
        lastSize = size;
        QThread::msleep(250);
    }
    return false;
}

QString TestPrintCli::printToFile(const QStringList &arguments)
{
    QFile::remove(m_filePdf);
    const auto result = motcua(arguments + QStringList {QStringLiteral("--printer"), m_fileQueue});
    if (result.exitCode != 0) {
        m_lastError = result.err;
        return {};
    }
    if (!waitForPdf(m_filePdf)) {
        m_lastError = QStringLiteral("the file queue wrote no PDF within two minutes");
        return {};
    }
    return m_filePdf;
}

QSize TestPrintCli::pageSize(const QString &pdf, int *pages)
{
    QString info;
    run(QStringLiteral("pdfinfo"), {pdf}, &info);
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    static const QRegularExpression count(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch sizeMatch = size.match(info);
    *pages = count.match(info).captured(1).toInt();
    if (!sizeMatch.hasMatch())
        return {};
    return QSize(qRound(sizeMatch.captured(1).toDouble()),
                 qRound(sizeMatch.captured(2).toDouble()));
}

int TestPrintCli::printEvents(const QString &code)
{
    const QString timeline = motcua({QStringLiteral("dossier"), QStringLiteral("show"), code}).out;
    return int(timeline.count(QStringLiteral("\tslip-printed\t"))
               + timeline.count(QStringLiteral("\tslip-reprinted\t")));
}

namespace {

// Sizes in whole points as the PPD gives them (A5 is 421 x 595 there, 420 x 595 exactly).
bool isA5Portrait(const QSize &size)
{
    if (qAbs(size.width() - 420) <= 1 && size.height() == 595)
        return true;
    qWarning("the page is %d x %d pts", size.width(), size.height());
    return false;
}

} // namespace

bool TestPrintCli::setReceiptCopies(const QString &value)
{
    return motcua({QStringLiteral("settings"), QStringLiteral("set"),
                   QStringLiteral("print.receipt_copies"), value})
               .exitCode
        == 0;
}

void TestPrintCli::receiptOnA5_data()
{
    QTest::addColumn<QString>("receiptCopies"); // the setting print.receipt_copies
    QTest::addColumn<int>("copies"); // --copies
    QTest::addColumn<int>("pages");
    // The setting makes the receipt two pages (the office's copy, then the applicant's); --copies
    // repeats the whole job.
    QTest::newRow("one receipt") << "1" << 1 << 1;
    QTest::newRow("office copy and applicant copy") << "2" << 1 << 2;
    // The cups-pdf driver makes no copies itself: CUPS repeats the pages.
    QTest::newRow("three copies of the job") << "1" << 3 << 3;
    QTest::newRow("two copies of both") << "2" << 2 << 4;
}

void TestPrintCli::receiptOnA5()
{
    QFETCH(QString, receiptCopies);
    QFETCH(int, copies);
    QFETCH(int, pages);
    QVERIFY(setReceiptCopies(receiptCopies));
    const int before = printEvents(m_code);
    const auto result = motcua({QStringLiteral("print"), QStringLiteral("receipt"), m_code,
                                QStringLiteral("--printer"), m_queue, QStringLiteral("--copies"),
                                QString::number(copies)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(printEvents(m_code), before + 1); // one print, whatever the copies

    const QString pdf = nextPdf();
    QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote no PDF within two minutes");
    int pageCount = 0;
    QVERIFY(isA5Portrait(pageSize(pdf, &pageCount)));
    QCOMPARE(pageCount, pages);

    const QString png = m_dir.filePath(QStringLiteral("receipt"));
    QVERIFY2(
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"),
             QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"), pdf, png}),
        qPrintable(m_lastError));
    QString decoded;
    QVERIFY2(run(QStringLiteral("zbarimg"),
                 {QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png")},
                 &decoded),
             qPrintable(m_lastError));
    QCOMPARE(decoded.trimmed(), m_code);
}

void TestPrintCli::receiptText_data()
{
    QTest::addColumn<QString>("receiptCopies"); // the setting print.receipt_copies: the pages
    QTest::newRow("one receipt") << "1";
    QTest::newRow("office copy and applicant copy") << "2";
}

void TestPrintCli::receiptText()
{
    QFETCH(QString, receiptCopies);
    QVERIFY(setReceiptCopies(receiptCopies));
    const QString pdf = printToFile({QStringLiteral("print"), QStringLiteral("receipt"), m_code});
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_lastError));
    int pageCount = 0;
    QVERIFY(isA5Portrait(pageSize(pdf, &pageCount)));
    QCOMPARE(pageCount, receiptCopies.toInt());
    QString text;
    QVERIFY2(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text),
             qPrintable(m_lastError));
    text = text.simplified();
    QVERIFY2(text.contains(m_code), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Văn Đặng")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")),
             qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("(Bản lưu)")), receiptCopies == QLatin1String("2") ? 1 : 0);
}

void TestPrintCli::registerOnA4Landscape()
{
    const QStringList arguments
        = {QStringLiteral("print"),      QStringLiteral("register"), QStringLiteral("--from"),
           QStringLiteral("2026-03-01"), QStringLiteral("--to"),     QStringLiteral("2026-03-31")};
    const auto result = motcua(arguments + QStringList {QStringLiteral("--printer"), m_queue});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out,
             QStringLiteral("1 dossier(s) in the register; sent to %1.\n").arg(m_queue));
    const QString pdf = nextPdf();
    QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote no PDF within two minutes");
    int pages = 0;
    // CUPS turns a landscape page to fit the A4 sheet of the PPD: 595 x 842 either way.
    const QSize size = pageSize(pdf, &pages);
    QCOMPARE(QSize(qMin(size.width(), size.height()), qMax(size.width(), size.height())),
             QSize(595, 842));

    const QString printed = printToFile(arguments);
    QVERIFY2(!printed.isEmpty(), qPrintable(m_lastError));
    const QSize sheet = pageSize(printed, &pages);
    QString text;
    QVERIFY2(run(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")}, &text),
             qPrintable(m_lastError));
    QVERIFY2(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Văn")), qPrintable(text));
    // Landscape: the lines run along the sheet's long side (turned on a portrait sheet).
    QString boxes;
    QVERIFY(run(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), printed, QStringLiteral("-")}, &boxes));
    static const QRegularExpression word(QStringLiteral(
        "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">THEO<"));
    const QRegularExpressionMatch box = word.match(boxes);
    QVERIFY2(box.hasMatch(), qPrintable(boxes.left(2000)));
    const bool upright = box.captured(3).toDouble() - box.captured(1).toDouble()
        > box.captured(4).toDouble() - box.captured(2).toDouble();
    const bool sheetPortrait = sheet.width() < sheet.height();
    QVERIFY2(upright != sheetPortrait,
             qPrintable(QStringLiteral("%1 x %2 pts, text upright: %3")
                            .arg(sheet.width())
                            .arg(sheet.height())
                            .arg(upright)));
}

void TestPrintCli::unknownPrinterPrintsAndLogsNothing()
{
    const int before = printEvents(m_code);
    QVERIFY(before > 0); // the slips printed above
    const auto result = motcua({QStringLiteral("print"), QStringLiteral("receipt"), m_code,
                                QStringLiteral("--printer"), QStringLiteral("no-such-printer")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(
                 QStringLiteral("There is no printer named \"no-such-printer\". Printers: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(m_queue), qPrintable(result.err));
    QCOMPARE(printEvents(m_code), before);
    // The register is refused before anything is read.
    const auto register_ = motcua({QStringLiteral("print"), QStringLiteral("register"),
                                   QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                   QStringLiteral("--printer"), QStringLiteral("no-such-printer")});
    QCOMPARE(register_.exitCode, 2);
    QVERIFY(register_.out.isEmpty());
}

void TestPrintCli::destinationsAreChecked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString both = QStringLiteral("Use either --output FILE or --printer NAME, not both.");
    QTest::newRow("printer and output")
        << QStringList {"print", "receipt", "CODE", "--printer", "motcua-pdf", "--output", "x.pdf"}
        << both;
    QTest::newRow("register, printer and output")
        << QStringList {"print",      "register", "--from", "2026-03-01", "--to",
                        "2026-03-31", "--output", "x.pdf",  "--printer",  "motcua-pdf"}
        << both;
    QTest::newRow("neither")
        << QStringList {"print", "receipt", "CODE"}
        << QStringLiteral(
               "Name the PDF file with --output FILE or the printer with --printer NAME.");
    QTest::newRow("no copies") << QStringList {"print",      "receipt",  "CODE", "--printer",
                                               "motcua-pdf", "--copies", "0"}
                               << QStringLiteral("--copies takes a whole number from 1 to 99.");
    QTest::newRow("too many copies")
        << QStringList {"print", "intake-slip", "1", "--printer", "motcua-pdf", "--copies", "100"}
        << QStringLiteral("--copies takes a whole number from 1 to 99.");
    QTest::newRow("copies of a file")
        << QStringList {"print", "receipt", "CODE", "--output", "x.pdf", "--copies", "2"}
        << QStringLiteral("--copies goes with --printer NAME.");
}

void TestPrintCli::destinationsAreChecked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = printEvents(m_code);
    const auto result = motcua(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(message + QLatin1Char('\n')), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("x.pdf")));
    QCOMPARE(printEvents(m_code), before);
}

QTEST_GUILESS_MAIN(TestPrintCli)
#include "tst_printcli.moc"
