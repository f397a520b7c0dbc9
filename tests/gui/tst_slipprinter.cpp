#include "domain/clock.h"
#include "print/printsettings.h"
#include "print/reportexport.h"
#include "print/slipprinter.h"
#include "print/slips.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace motcua;

namespace {

Dossier sampleDossier()
{
    Dossier dossier;
    dossier.code = QStringLiteral("000.00.19.H47-261126-0583");
    dossier.procedureName = QStringLiteral("Chứng thực chữ ký");
    dossier.applicant.name = QStringLiteral("Trịnh Thị Ngọc Ánh");
    dossier.applicant.idNumber = QStringLiteral("001190012345");
    dossier.rule = {DeadlineRule::Unit::Days, 1, true};
    const QTimeZone zone("Asia/Ho_Chi_Minh");
    dossier.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 30), zone);
    dossier.dueAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30), zone);
    dossier.documents = {{QStringLiteral("Giấy tờ cần chứng thực"), 1, 0, true}};
    return dossier;
}

const QMap<QString, QString> office
    = {{QStringLiteral("office.name"), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa")},
       {QStringLiteral("office.parent"), QStringLiteral("UBND xã Tân Hòa")},
       {QStringLiteral("office.place"), QStringLiteral("Tân Hòa")}};

// Runs `handle` on the modal dialog named `name` once it is shown by the code under test.
void whenShown(const QString &name, std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

// What pdfinfo says of the file; pdfinfo's failure instead when it did not run cleanly.
QString pdfInfo(const QString &path)
{
    QByteArray out;
    QString error;
    return test::runTool(QStringLiteral("pdfinfo"), {path}, &out, &error) ? QString::fromUtf8(out)
                                                                          : error;
}

} // namespace

class TestSlipPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setUpPutsThePaper_data();
    void setUpPutsThePaper();
    void printsOnAPrinter();
    void previewShowsEveryPage();
    void saveAsPdfWritesTheChosenFile();
    void saveAsPdfCancelled();
    void offerLogsOnlyWhatWasPrinted_data();
    void offerLogsOnlyWhatWasPrinted();
    void suggestedFileNames();
    void pageSetupPerKind_data();
    void pageSetupPerKind();
    void printDialogStartsWithTheCopiesOfItsKind();

private:
    QTemporaryDir m_dir;
};

void TestSlipPrinter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh")));
}

void TestSlipPrinter::setUpPutsThePaper_data()
{
    QTest::addColumn<bool>("list");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("orientation");
    QTest::newRow("receipt") << false << int(QPageSize::A5) << int(QPageLayout::Portrait);
    QTest::newRow("register") << true << int(QPageSize::A4) << int(QPageLayout::Landscape);
}

void TestSlipPrinter::setUpPutsThePaper()
{
    QFETCH(bool, list);
    QFETCH(int, size);
    QFETCH(int, orientation);

    const SlipDocument slip
        = list ? Slips::registerBook({}, office) : Slips::receipt(sampleDossier(), office);
    QPrinter printer(QPrinter::HighResolution);
    SlipPrinter::setUp(&printer, slip);
    QCOMPARE(int(printer.pageLayout().pageSize().id()), size);
    QCOMPARE(int(printer.pageLayout().orientation()), orientation);
    QCOMPARE(printer.pageLayout().margins(QPageLayout::Millimeter), slip.margins);
    QCOMPARE(printer.docName(), slip.title);
}

void TestSlipPrinter::printsOnAPrinter()
{
    ReceiptOptions options;
    options.twoCopies = true;
    const SlipDocument slip = Slips::receipt(sampleDossier(), office, options);
    const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    SlipPrinter::setUp(&printer, slip);
    QString error;
    QVERIFY2(SlipPrinter::printOn(&printer, slip, &error), qPrintable(error));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QStringLiteral("(A5)")), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(info));
}

void TestSlipPrinter::previewShowsEveryPage()
{
    QWidget parent;
    SlipPrinter printer(&parent);
    ReceiptOptions options;
    options.twoCopies = true;
    int pages = -1;
    int paper = -1;
    whenShown(QStringLiteral("slipPreview"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(widget);
        QVERIFY(dialog);
        paper = int(dialog->printer()->pageLayout().pageSize().id());
        auto *view = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(view);
        QTRY_VERIFY(view->pageCount() > 0);
        pages = view->pageCount();
        dialog->reject();
    });
    QVERIFY(printer.preview(Slips::receipt(sampleDossier(), office, options)));
    QCOMPARE(paper, int(QPageSize::A5));
    QCOMPARE(pages, 2);
}

void TestSlipPrinter::saveAsPdfWritesTheChosenFile()
{
    QMainWindow window; // the status bar that confirms the file written
    auto *parent = new QWidget(&window);
    window.setCentralWidget(parent);
    SlipPrinter printer(parent);
    const SlipDocument slip = Slips::receipt(sampleDossier(), office);
    const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
    QString suggested;
    whenShown(QStringLiteral("slipSaveAsPdf"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        QVERIFY(dialog);
        // Type the name, as a user would (selectFile() leaves a focused line edit alone).
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        suggested = name->text();
        dialog->setDirectory(m_dir.path());
        name->setText(QStringLiteral("chosen"));
        QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog
    });
    QCOMPARE(printer.saveAsPdf(slip), path);
    QCOMPARE(suggested, SlipPrinter::suggestedFileName(slip));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(pdfInfo(path).contains(QStringLiteral("(A5)")));
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestSlipPrinter::saveAsPdfCancelled()
{
    QWidget parent;
    SlipPrinter printer(&parent);
    whenShown(QStringLiteral("slipSaveAsPdf"), [](QWidget *widget) { widget->close(); });
    QVERIFY(printer.saveAsPdf(Slips::receipt(sampleDossier(), office)).isEmpty());
}

void TestSlipPrinter::offerLogsOnlyWhatWasPrinted_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("then"); // what the next dialog does: "", "save", "cancel"
    QTest::addColumn<bool>("logged");

    QTest::newRow("later") << "offerLater"
                           << "" << false;
    QTest::newRow("preview only") << "offerPreview"
                                  << "cancel" << false;
    QTest::newRow("saved as PDF") << "offerPdf"
                                  << "save" << true;
    QTest::newRow("file dialog cancelled") << "offerPdf"
                                           << "cancel" << false;
    QTest::newRow("print dialog cancelled") << "offerPrint"
                                            << "cancel" << false;
}

void TestSlipPrinter::offerLogsOnlyWhatWasPrinted()
{
    QFETCH(QString, button);
    QFETCH(QString, then);
    QFETCH(bool, logged);

    QWidget parent;
    SlipPrinter printer(&parent);
    const QString path = m_dir.filePath(QStringLiteral("offered.pdf"));
    QFile::remove(path);
    const QMap<QString, QString> next {{"offerPreview", "slipPreview"},
                                       {"offerPdf", "slipSaveAsPdf"},
                                       {"offerPrint", "slipPrint"}};
    if (!then.isEmpty()) {
        whenShown(next.value(button), [&](QWidget *widget) {
            if (then == QLatin1String("cancel")) {
                qobject_cast<QDialog *>(widget)->reject();
                return;
            }
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            dialog->setDirectory(m_dir.path());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                ->setText(QStringLiteral("offered"));
            QMetaObject::invokeMethod(dialog, "accept");
        });
    }
    whenShown(QStringLiteral("slipOffer"),
              [&](QWidget *widget) { widget->findChild<QPushButton *>(button)->click(); });
    int logCalls = 0;
    QString error;
    QVERIFY(printer.offerAndLog(
        QStringLiteral("Đã tiếp nhận"), QStringLiteral("In giấy tiếp nhận?"),
        Slips::receipt(sampleDossier(), office),
        [&](QString *) {
            ++logCalls;
            return true;
        },
        &error));
    QCOMPARE(logCalls, logged ? 1 : 0);
    QCOMPARE(QFile::exists(path), logged);
}

void TestSlipPrinter::suggestedFileNames()
{
    SlipDocument slip;
    slip.title = QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả H57.132-260804-0583");
    QCOMPARE(SlipPrinter::suggestedFileName(slip),
             QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả H57.132-260804-0583.pdf"));
    slip.title = QStringLiteral("a/b\\c:d*e?\"f<g>h|i\nj");
    QCOMPARE(SlipPrinter::suggestedFileName(slip), QStringLiteral("a b c d e f g h i j.pdf"));
}

void TestSlipPrinter::pageSetupPerKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("size"); // the kind's own paper
    QTest::addColumn<int>("orientation");
    QTest::newRow("receipt") << "receipt" << int(QPageSize::A5) << int(QPageLayout::Portrait);
    QTest::newRow("other slips") << "slip" << int(QPageSize::A5) << int(QPageLayout::Portrait);
    QTest::newRow("lists") << "list" << int(QPageSize::A4) << int(QPageLayout::Portrait);
    QTest::newRow("register") << "register" << int(QPageSize::A4) << int(QPageLayout::Landscape);
    QTest::newRow("report") << "report" << int(QPageSize::A4) << int(QPageLayout::Landscape);
}

void TestSlipPrinter::pageSetupPerKind()
{
    QFETCH(QString, kind);
    QFETCH(int, size);
    QFETCH(int, orientation);
    QSettings().clear();
    // Every kind of document says what it is.
    const QMap<QString, SlipDocument> documents
        = {{QStringLiteral("receipt"), Slips::receipt(sampleDossier(), office)},
           {QStringLiteral("slip"), Slips::refusal({}, office)},
           {QStringLiteral("list"), Slips::handoverList({}, office)},
           {QStringLiteral("register"), Slips::registerBook({}, office)},
           {QStringLiteral("report"), ReportExport::reportDocument({}, office)}};
    const SlipDocument slip = documents.value(kind);
    QCOMPARE(slip.kind, kind);
    QCOMPARE(PrintSettings::effectivePageLayout(kind), slip.pageLayout());
    QCOMPARE(int(slip.pageSize.id()), size);
    QCOMPARE(int(slip.orientation), orientation);
    QVERIFY(!PrintSettings::pageLayout(kind));

    // A page setup chosen for this kind changes its paper and margins, and no other kind's.
    const QPageLayout chosen(QPageSize(QPageSize::B5), QPageLayout::Landscape,
                             QMarginsF(20, 18, 16, 14), QPageLayout::Millimeter);
    PrintSettings::setPageLayout(kind, chosen);
    const SlipDocument changed = PrintSettings::withPageSetup(slip);
    QCOMPARE(int(changed.pageSize.id()), int(QPageSize::B5));
    QCOMPARE(changed.orientation, QPageLayout::Landscape);
    QCOMPARE(changed.margins, QMarginsF(20, 18, 16, 14));
    QCOMPARE(changed.html, slip.html);
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        if (it.key() != kind)
            QCOMPARE(PrintSettings::withPageSetup(it.value()).pageLayout(),
                     it.value().pageLayout());
    }
    // Saved as PDF on the chosen paper too.
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("setup-%1.pdf").arg(kind));
    QVERIFY2(writePdf(changed, path, &error), qPrintable(error));
    // B5 landscape: 250 x 176 mm.
    QVERIFY2(pdfInfo(path).contains(QStringLiteral("Page size:       709 x 499 pts")),
             qPrintable(pdfInfo(path)));
}

void TestSlipPrinter::printDialogStartsWithTheCopiesOfItsKind()
{
    QSettings().clear();
    QPrinter used;
    used.setCopyCount(3);
    PrintSettings::rememberPrinter(QStringLiteral("receipt"), used);
    QCOMPARE(PrintSettings::copies(QStringLiteral("receipt")), 3);
    QCOMPARE(PrintSettings::copies(QStringLiteral("register")), 1);

    const auto copiesOffered = [](const SlipDocument &slip) {
        int copies = 0;
        whenShown(QStringLiteral("slipPrint"), [&copies](QWidget *dialog) {
            copies = static_cast<QPrintDialog *>(dialog)->printer()->copyCount();
            static_cast<QPrintDialog *>(dialog)->reject();
        });
        SlipPrinter printer(nullptr);
        return printer.print(slip) ? -1 : copies; // cancelled: nothing printed
    };
    QCOMPARE(copiesOffered(Slips::receipt(sampleDossier(), office)), 3);
    QCOMPARE(copiesOffered(Slips::registerBook({}, office)), 1);
}

QTEST_MAIN(TestSlipPrinter)
#include "tst_slipprinter.moc"
