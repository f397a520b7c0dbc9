#include "domain/language.h"
#include "guitestsupport.h"
#include "pages/receptionpage.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "store/intakeslipstore.h"
#include "storefixture.h"
#include "testsupport.h"
#include "widgets/procedurepicker.h"

#include "print/slipdocument.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace motcua;

// The intake form driven by the keyboard, as a clerk does, with Vietnamese text typed
// character by character (QTest::keyClicks cannot send "Nguyễn").
class TestReceptionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void receiveByKeyboard();
    void pickerRanksTheBestMatchFirst_data();
    void pickerRanksTheBestMatchFirst();
    void badInputIsShownAndNothingWritten_data();
    void badInputIsShownAndNothingWritten();
    void idCardScanFillsTheApplicant();
    void malformedScanChangesNothing();
    void duplicateWarning();
    void clerkWithoutActorCannotReceive();
    void refusalIsPrintedThenPrintedAgain();
    void completionSaysItsNumber();

private:
    void type(QWidget *widget, const QString &text);
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }
    void fillValidForm();
    // Answers the "print the slip?" question that follows a recorded step.
    void answerSlipOffer(const char *button);
    bool pdfText(const SlipDocument &slip, QString *text, QString *error);

    QTemporaryDir m_dir;
    Database m_db;
    ReceptionPage *m_page = nullptr;
    int m_count = 0;
    QString m_lastOffer;
};

void TestReceptionPage::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestReceptionPage::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("page-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 2, 9, 15)); // Monday
    m_page = new ReceptionPage(m_db);
    m_page->setActor(test::clerk());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestReceptionPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    Clock::setFixed({});
    m_db.close();
}

void TestReceptionPage::type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void TestReceptionPage::answerSlipOffer(const char *button)
{
    QTimer::singleShot(0, this, [this, button] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QCOMPARE(box->objectName(), QStringLiteral("slipOffer"));
        m_lastOffer = box->text();
        box->findChild<QPushButton *>(QLatin1String(button))->click();
    });
}

bool TestReceptionPage::pdfText(const SlipDocument &slip, QString *text, QString *error)
{
    const QString path = m_dir.filePath(QStringLiteral("slip.pdf"));
    return writePdf(slip, path, error)
        && test::pdfText(path, text, error, {QStringLiteral("-layout")});
}

void TestReceptionPage::fillValidForm()
{
    auto *picker = child<ProcedurePicker>("procedurePicker");
    type(picker, QStringLiteral("xác nhận tình trạng hôn nhân"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(picker->current() ? picker->current()->code : QString(),
                 QStringLiteral("1.004873"));

    type(child<QLineEdit>("applicantName"), QStringLiteral("Nguyễn Văn Đặng"));
    type(child<QLineEdit>("applicantId"), QStringLiteral("001090012345"));
    type(child<QLineEdit>("applicantBirth"), QStringLiteral("12/05/1990"));
    type(child<QLineEdit>("applicantPhone"), QStringLiteral("0912 345 678"));
    type(child<QLineEdit>("applicantAddress"),
         QStringLiteral("Số 5, ngõ 12, thôn Đông, xã Tân Hòa"));
    auto *documents = child<QTableWidget>("documents");
    QVERIFY(documents->rowCount() >= 1);
    documents->setFocus();
    documents->setCurrentCell(0, 0);
    QTest::keyClick(documents, Qt::Key_Space);
    QCOMPARE(documents->item(0, 0)->checkState(), Qt::Checked);
}

void TestReceptionPage::pickerRanksTheBestMatchFirst_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("first"); // the codes of the first matches, in order
    QTest::newRow("a name that begins with it") << "khai sinh" << QStringList {"5", "3", "2"};
    QTest::newRow("whole words before parts") << "dang ky khai" << QStringList {"3", "2", "4"};
    QTest::newRow("a code prefix") << "1.00" << QStringList {"1.001"};
}

void TestReceptionPage::pickerRanksTheBestMatchFirst()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, first);
    const auto procedure = [](const char *code, const char *name) {
        Procedure p;
        p.code = QString::fromUtf8(code);
        p.name = QString::fromUtf8(name);
        return p;
    };
    ProcedurePicker picker;
    const QList<Procedure> procedures
        = {procedure("1", "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"),
           procedure("2", "Thủ tục đăng ký khai sinh lưu động"),
           procedure("3", "Thủ tục đăng ký khai sinh"),
           procedure("4", "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"),
           procedure("5", "Khai sinh cho trẻ bị bỏ rơi"),
           procedure("1.001", "Chứng thực chữ ký")};
    picker.setProcedures(procedures);
    QStringList codes;
    for (int index : picker.matches(typed).mid(0, int(first.size())))
        codes.append(procedures.at(index).code);
    QCOMPARE(codes, first);
}

void TestReceptionPage::receiveByKeyboard()
{
    fillValidForm();
    auto *deadline = child<QLabel>("deadlinePreview");
    QVERIFY2(deadline->text().contains(QStringLiteral("3 ngày làm việc")),
             qPrintable(deadline->text()));
    QVERIFY2(deadline->text().contains(QStringLiteral("05/03/2026")), qPrintable(deadline->text()));

    QSignalSpy received(m_page, &ReceptionPage::dossierReceived);
    answerSlipOffer("offerLater");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(received.count(), 1);
    QVERIFY2(m_lastOffer.contains(QStringLiteral("000.00.19.H47-260302-0001")),
             qPrintable(m_lastOffer));
    const Dossier dossier = received.first().first().value<Dossier>();
    QCOMPARE(dossier.code, QStringLiteral("000.00.19.H47-260302-0001"));

    const auto stored = DossierStore(m_db.connection()).findByCode(dossier.code);
    QVERIFY(stored);
    QCOMPARE(stored->applicant.name, QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(stored->applicant.birthDate, QDate(1990, 5, 12));
    QCOMPARE(stored->applicant.phone, QStringLiteral("0912345678"));
    QCOMPARE(stored->dueAt, test::officeTime(2026, 3, 5, 9, 15));
    QCOMPARE(stored->receiverName, QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(stored->documents.first().received, true);
    const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(stored->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("received"));

    // The receipt as printed: every field of the form, in Vietnamese.
    QString receipt;
    QString error;
    QVERIFY2(pdfText(m_page->receipt(*stored), &receipt, &error), qPrintable(error));
    for (const QString &expected :
         {QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
          QStringLiteral("000.00.19.H47-260302-0001"), QStringLiteral("Nguyễn Văn Đặng"),
          QStringLiteral("001090012345"), QStringLiteral("0912345678"),
          QStringLiteral("Số 5, ngõ 12, thôn Đông, xã Tân Hòa"),
          QStringLiteral("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân"),
          QStringLiteral("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"),
          QStringLiteral("3 ngày làm việc"),
          QStringLiteral("09 giờ 15 phút, ngày 02 tháng 03 năm 2026"),
          QStringLiteral("09 giờ 15 phút, ngày 05 tháng 03 năm 2026"),
          QStringLiteral("Lê Thị Hoa")})
        QVERIFY2(receipt.simplified().contains(expected),
                 qPrintable(expected + QStringLiteral("\n") + receipt));

    // The form is ready for the next citizen.
    QVERIFY(child<QLineEdit>("applicantName")->text().isEmpty());
    QTRY_COMPARE(m_page->focusWidget(),
                 static_cast<QWidget *>(child<ProcedurePicker>("procedurePicker")));
}

void TestReceptionPage::badInputIsShownAndNothingWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("11-digit ID") << "applicantId"
                                 << "00109001234"
                                 << "gồm đúng 12 chữ số";
    QTest::newRow("letters in the phone") << "applicantPhone"
                                          << "09123abc78"
                                          << "chỉ gồm chữ số";
    QTest::newRow("SQL in the name") << "applicantName"
                                     << "Robert'); DROP TABLE dossiers;--"
                                     << "không thể có";
    QTest::newRow("birth not a date") << "applicantBirth"
                                      << "31/02/1990"
                                      << "không phải là ngày";
}

void TestReceptionPage::badInputIsShownAndNothingWritten()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    fillValidForm();
    auto *edit = m_page->findChild<QLineEdit *>(field);
    edit->clear();
    type(edit, text);
    QSignalSpy received(m_page, &ReceptionPage::dossierReceived);
    QTest::mouseClick(child<QPushButton>("receiveButton"), Qt::LeftButton);
    QCOMPARE(received.count(), 0);
    auto *errors = child<QLabel>("receptionErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(message), qPrintable(errors->text()));
    if (field != QLatin1String("applicantBirth")) {
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(edit->hasFocus());
    }
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    QCOMPARE(edit->text(), text); // what the clerk typed stays, to be corrected
}

void TestReceptionPage::idCardScanFillsTheApplicant()
{
    auto *scan = child<QLineEdit>("scanBox");
    type(scan,
         QStringLiteral("036305001122|123456789|Trần Thị Hoa|01012005|Nữ|Xóm 2, xã Nghĩa Hưng, "
                        "Ninh Bình|15082022"));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("applicantName")->text(), QStringLiteral("Trần Thị Hoa"));
    QCOMPARE(child<QLineEdit>("applicantId")->text(), QStringLiteral("036305001122"));
    QCOMPARE(child<QLineEdit>("applicantBirth")->text(), QStringLiteral("01/01/2005"));
    QCOMPARE(child<QLineEdit>("applicantAddress")->text(),
             QStringLiteral("Xóm 2, xã Nghĩa Hưng, Ninh Bình"));
    QVERIFY(scan->text().isEmpty());
    QTRY_VERIFY(child<QLineEdit>("applicantPhone")->hasFocus());

    // A scanner typing into the name field works too; the field keeps what it had.
    auto *name = child<QLineEdit>("applicantName");
    name->clear();
    type(name, QStringLiteral("001090012345||Nguyễn Văn Đặng|12051990|Nam|Thôn Đông|01072021"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(name->text(), QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(child<QLineEdit>("applicantId")->text(), QStringLiteral("001090012345"));
}

void TestReceptionPage::malformedScanChangesNothing()
{
    type(child<QLineEdit>("applicantName"), QStringLiteral("Lê Văn Tám"));
    auto *scan = child<QLineEdit>("scanBox");
    type(scan, QStringLiteral("036305001122|123456789|Trần Thị Hoa|01012005|Nữ"));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>("applicantName")->text(), QStringLiteral("Lê Văn Tám"));
    QVERIFY(child<QLineEdit>("applicantId")->text().isEmpty());
    auto *errors = child<QLabel>("receptionErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QStringLiteral("quét lại")), qPrintable(errors->text()));
}

void TestReceptionPage::duplicateWarning()
{
    QList<FieldError> errors;
    QVERIFY(
        DossierStore(m_db.connection()).receive(test::clerk(), test::validRequest(m_db), &errors));
    auto *warning = child<QLabel>("duplicateWarning");
    fillValidForm();
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("000.00.19.H47-260302-0001")),
             qPrintable(warning->text()));
    // Only a warning: the second dossier is received.
    QSignalSpy received(m_page, &ReceptionPage::dossierReceived);
    answerSlipOffer("offerLater");
    QTest::mouseClick(child<QPushButton>("receiveButton"), Qt::LeftButton);
    QCOMPARE(received.count(), 1);
}

void TestReceptionPage::clerkWithoutActorCannotReceive()
{
    ReceptionPage page(m_db);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("receiveButton"))->isEnabled());
    page.setActor(test::clerk());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("receiveButton"))->isEnabled());
}

void TestReceptionPage::refusalIsPrintedThenPrintedAgain()
{
    fillValidForm();
    // Every modal of the way answered as a clerk would, by keyboard where a clerk would type.
    // Actions that open a further modal are queued: a timer does not fire inside its own slot.
    QStringList pdfs;
    bool searched = false;
    int issuedRows = -1;
    QTimer watcher;
    watcher.setInterval(10);
    connect(&watcher, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->property("answered").toBool())
            return;
        const QString name = modal->objectName();
        if (name == QLatin1String("intakeSlipDialog")) {
            modal->setProperty("answered", true);
            QMetaObject::invokeMethod(
                modal,
                [modal] {
                    test::typeText(modal->findChild<QPlainTextEdit *>("slipReason"),
                                   QStringLiteral("Thủ tục không thuộc thẩm quyền của xã"));
                    modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                },
                Qt::QueuedConnection);
        } else if (name == QLatin1String("slipOffer")) {
            modal->setProperty("answered", true);
            QMetaObject::invokeMethod(
                modal, [modal] { modal->findChild<QPushButton *>("offerPdf")->click(); },
                Qt::QueuedConnection);
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            modal->setProperty("answered", true);
            pdfs.append(m_dir.filePath(QStringLiteral("refusal-%1.pdf").arg(pdfs.size() + 1)));
            files->setDirectory(m_dir.path());
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                ->setText(QFileInfo(pdfs.constLast()).completeBaseName());
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
        } else if (name == QLatin1String("issuedSlipsDialog") && !searched) {
            searched = true;
            QMetaObject::invokeMethod(
                modal,
                [&, modal] {
                    auto *search = modal->findChild<QLineEdit *>("issuedSlipSearch");
                    QCOMPARE(QApplication::focusWidget(), search);
                    test::typeText(search, QStringLiteral("nguyen van dang"));
                    QTest::keyClick(search, Qt::Key_Return); // to the list
                    auto *table = modal->findChild<QTableView *>("issuedSlipTable");
                    issuedRows = table->model()->rowCount();
                    QCOMPARE(QApplication::focusWidget(), table);
                    QTest::keyClick(table, Qt::Key_Return); // print again
                    QTest::keyClick(table, Qt::Key_Escape);
                },
                Qt::QueuedConnection);
        }
    });
    watcher.start();

    // Refused at the counter: recorded, then saved as PDF from the offer (logged as printed).
    QSignalSpy recorded(m_page, &ReceptionPage::intakeSlipRecorded);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().at(1).toBool(), true);
    const qint64 slip = recorded.first().first().toLongLong();
    QCOMPARE(pdfs.size(), 1);
    const auto lastEvent = [this] {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("SELECT kind || ' ' || json_extract(details, '$.intakeSlip') "
                                  "FROM events ORDER BY id DESC LIMIT 1"));
        return query.next() ? query.value(0).toString() : QString();
    };
    QCOMPARE(lastEvent(), QStringLiteral("slip-printed %1").arg(slip));
    QString first;
    QString error;
    QVERIFY2(test::pdfText(pdfs.at(0), &first, &error), qPrintable(error));
    first = first.simplified();
    QVERIFY2(first.contains(QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")),
             qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("Thủ tục không thuộc thẩm quyền của xã")));
    QVERIFY(!first.contains(QStringLiteral("BẢN IN LẠI")));

    // The applicant comes back a week later without the slip: found and printed again.
    Clock::setFixed(test::officeTime(2026, 3, 9, 8, 0));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    auto *name = child<QLineEdit>("applicantName");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(searched);
    QCOMPARE(issuedRows, 1);
    QCOMPARE(pdfs.size(), 2);
    QString second;
    QVERIFY2(test::pdfText(pdfs.at(1), &second, &error), qPrintable(error));
    second = second.simplified();
    QVERIFY2(second.contains(QStringLiteral("BẢN IN LẠI")), qPrintable(second));
    QVERIFY(second.contains(QStringLiteral("Nguyễn Văn Đặng")));
    QVERIFY(second.contains(QStringLiteral("ngày 02 tháng 03 năm 2026"))); // as recorded
    QCOMPARE(lastEvent(), QStringLiteral("slip-reprinted %1").arg(slip));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestReceptionPage::completionSaysItsNumber()
{
    // A refusal first: the request for completion that follows is still the first of its kind.
    IntakeSlip refusal;
    refusal.kind = IntakeSlip::Kind::Refusal;
    refusal.procedureId = test::procedureId(m_db, QStringLiteral("1.004873"));
    refusal.applicant.name = QStringLiteral("Trần Thị Hoa");
    refusal.applicant.idNumber = QStringLiteral("079185000111");
    refusal.applicant.address = QStringLiteral("Thôn Tây");
    refusal.reason = QStringLiteral("Không thuộc thẩm quyền");
    QList<FieldError> errors;
    QVERIFY(IntakeSlipStore(m_db.connection()).record(test::clerk(), refusal, &errors));

    QMainWindow host; // the status bar the number is said in
    host.setCentralWidget(m_page);
    host.resize(1200, 800);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    fillValidForm();
    // Each modal answered once it is shown (queued: a timer does not fire inside its own slot).
    QString offer;
    QTimer watcher;
    watcher.setInterval(10);
    connect(&watcher, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->property("answered").toBool())
            return;
        modal->setProperty("answered", true);
        if (modal->objectName() == QLatin1String("intakeSlipDialog")) {
            QMetaObject::invokeMethod(
                modal,
                [modal] {
                    auto *items = modal->findChild<QPlainTextEdit *>("slipItems");
                    if (items->toPlainText().trimmed().isEmpty())
                        test::typeText(items, QStringLiteral("Bản sao Giấy khai sinh"));
                    test::typeText(modal->findChild<QPlainTextEdit *>("slipReason"),
                                   QStringLiteral("Hồ sơ chưa đủ thành phần"));
                    modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                },
                Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            offer = box->text();
            QMetaObject::invokeMethod(
                modal, [box] { box->findChild<QPushButton *>("offerLater")->click(); },
                Qt::QueuedConnection);
        }
    });
    watcher.start();
    QSignalSpy recorded(m_page, &ReceptionPage::intakeSlipRecorded);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::ControlModifier);
    QTRY_COMPARE(recorded.count(), 1);
    QVERIFY2(offer.contains(QStringLiteral("1/YCBS")), qPrintable(offer));
    QVERIFY2(host.statusBar()->currentMessage().contains(QStringLiteral("1/YCBS")),
             qPrintable(host.statusBar()->currentMessage()));
    host.takeCentralWidget(); // cleanup() deletes the page
}

QTEST_MAIN(TestReceptionPage)
#include "tst_receptionpage.moc"
