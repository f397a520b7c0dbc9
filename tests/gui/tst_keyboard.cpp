#include "dialogs/intakeslipdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/officesettingsdialog.h"
#include "domain/language.h"
#include "dossier/actiondialog.h"
#include "dossier/dossierwindow.h"
#include "guitestsupport.h"
#include "lifecyclefixture.h"
#include "mainwindow.h"
#include "pages/receptionpage.h"
#include "store/dossierlifecycle.h"
#include "widgets/procedurepicker.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace motcua;

// Issue 13: the keyboard all the way. Mnemonics unique on every page and in every dialog (in
// both languages), the first focus in the first field, Ctrl+Enter in the completion request,
// and no form wiped by Ctrl+Shift+N without asking.
class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();
    void mnemonicsAreUniqueInDialogs_data();
    void mnemonicsAreUniqueInDialogs();
    void ctrlNPutsTheFocusInTheReceptionForm();
    void signInPutsTheFocusInThePage();
    void actionDialogsOpenOnTheFieldToFill_data();
    void actionDialogsOpenOnTheFieldToFill();
    void ctrlEnterRecordsTheCompletionRequest();
    void newApplicantAsksBeforeWipingTheForm_data();
    void newApplicantAsksBeforeWipingTheForm();

private:
    static void addLanguages();

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
}

void TestKeyboard::init()
{
    QSettings().clear();
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("keys-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 3, 10, 0));
}

void TestKeyboard::cleanup()
{
    Clock::setFixed({});
    m_db.close();
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestKeyboard::addLanguages()
{
    QTest::addColumn<QString>("language");
}

void TestKeyboard::mnemonicsAreUniqueOnEveryPage_data()
{
    test::addLanguageAndPageRows(QMetaEnum::fromType<MainWindow::Page>());
}

void TestKeyboard::mnemonicsAreUniqueOnEveryPage()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QVERIFY(Language::apply(language));
    MainWindow window(m_db);
    window.setActor(test::administrator());
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page(page));
    QCOMPARE(int(window.currentPage()), page);
    const QStringList clashes = test::mnemonicClashes(&window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::mnemonicsAreUniqueInDialogs_data()
{
    addLanguages();
    QTest::addColumn<QString>("dialog");
    for (const char *language : {"vi", "en"}) {
        QStringList dialogs = {QStringLiteral("dossier window"), QStringLiteral("completion"),
                               QStringLiteral("refusal"), QStringLiteral("office settings"),
                               QStringLiteral("sign-in")};
        for (DossierAction action : DossierFlow::allActions())
            dialogs << DossierFlow::actionKey(action);
        for (const QString &dialog : std::as_const(dialogs))
            QTest::addRow("%s %s", language, qPrintable(dialog))
                << QString::fromLatin1(language) << dialog;
    }
}

void TestKeyboard::mnemonicsAreUniqueInDialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    QVERIFY(Language::apply(language));
    QString failure;
    const qint64 id = test::dossierIn(m_db, DossierStatus::Processing, &failure);
    QVERIFY2(id, qPrintable(failure));
    const Dossier dossier = *DossierStore(m_db.connection()).find(id);
    std::unique_ptr<QWidget> widget;
    if (dialog == QLatin1String("dossier window"))
        widget = std::make_unique<DossierWindow>(m_db, test::supervisor(), id);
    else if (dialog == QLatin1String("completion"))
        widget = std::make_unique<IntakeSlipDialog>(IntakeSlipDialog::Kind::Completion,
                                                    QStringList {QStringLiteral("Tờ khai")});
    else if (dialog == QLatin1String("refusal"))
        widget = std::make_unique<IntakeSlipDialog>(IntakeSlipDialog::Kind::Refusal, QStringList());
    else if (dialog == QLatin1String("office settings"))
        widget = std::make_unique<OfficeSettingsDialog>(m_db.connection(), test::administrator());
    else if (dialog == QLatin1String("sign-in"))
        widget = std::make_unique<LoginDialog>(m_db.connection());
    else {
        for (DossierAction action : DossierFlow::allActions()) {
            if (DossierFlow::actionKey(action) == dialog)
                widget = std::make_unique<ActionDialog>(
                    action, dossier,
                    DossierLifecycle(m_db.connection())
                        .defaults(test::supervisor(), dossier, action),
                    nullptr);
        }
    }
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    const QStringList clashes = test::mnemonicClashes(widget.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::ctrlNPutsTheFocusInTheReceptionForm()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
    MainWindow window(m_db);
    window.setActor(test::clerk());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Search);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Reception);
    auto *picker = window.findChild<ProcedurePicker *>(QStringLiteral("procedurePicker"));
    QCOMPARE(QApplication::focusWidget(), picker);
    // What the clerk types goes into the form.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("khai"));
    QCOMPARE(picker->text(), QStringLiteral("khai"));

    // A page chosen by its key starts in its first field too.
    QTest::keyClick(picker, Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Search);
    QWidget *page = window.pageWidget(MainWindow::Page::Search);
    QVERIFY(QApplication::focusWidget());
    QVERIFY2(page->isAncestorOf(QApplication::focusWidget()),
             qPrintable(QApplication::focusWidget()->objectName()));
}

void TestKeyboard::signInPutsTheFocusInThePage()
{
    QSettings().setValue(QStringLiteral("mainWindow/page"), QStringLiteral("Overdue"));
    MainWindow window(m_db);
    window.setActor(test::clerk()); // as the start does after the sign-in, before show()
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPage(), MainWindow::Page::Overdue);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(window.pageWidget(MainWindow::Page::Overdue)->isAncestorOf(focus),
             qPrintable(focus->objectName()));
}

void TestKeyboard::actionDialogsOpenOnTheFieldToFill_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("field");
    const auto row = [](DossierStatus status, DossierAction action, const char *field) {
        QTest::addRow("%s", qPrintable(DossierFlow::actionKey(action)))
            << int(status) << int(action) << QString::fromLatin1(field);
    };
    row(DossierStatus::Received, DossierAction::Transfer, "receiverEdit");
    row(DossierStatus::Processing, DossierAction::RecordResult, "giverEdit");
    row(DossierStatus::Processing, DossierAction::RequestDocuments, "itemsEdit");
    row(DossierStatus::AwaitingDocuments, DossierAction::DocumentsReceived, "itemsEdit");
    row(DossierStatus::Processing, DossierAction::ApologyExtension, "reasonEdit");
    row(DossierStatus::ResultReady, DossierAction::Return, "methodCombo");
    row(DossierStatus::Received, DossierAction::Withdraw, "reasonEdit");
}

void TestKeyboard::actionDialogsOpenOnTheFieldToFill()
{
    QFETCH(int, status);
    QFETCH(int, action);
    QFETCH(QString, field);
    QString failure;
    const qint64 id = test::dossierIn(m_db, DossierStatus(status), &failure);
    QVERIFY2(id, qPrintable(failure));
    const Dossier dossier = *DossierStore(m_db.connection()).find(id);
    const auto kind = DossierAction(action);
    ActionDialog dialog(kind, dossier,
                        DossierLifecycle(m_db.connection()).defaults(test::clerk(), dossier, kind),
                        nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), field);
}

void TestKeyboard::ctrlEnterRecordsTheCompletionRequest()
{
    IntakeSlipDialog dialog(IntakeSlipDialog::Kind::Completion,
                            {QStringLiteral("Bản sao Giấy khai sinh")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("slipReason"));
    reason->setFocus();
    test::typeText(reason, QStringLiteral("Thiếu bản sao"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.reason(), QStringLiteral("Thiếu bản sao"));
    // From the items too (the keypad's Enter as well).
    IntakeSlipDialog again(IntakeSlipDialog::Kind::Completion, {QStringLiteral("Tờ khai")});
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    auto *items = again.findChild<QPlainTextEdit *>(QStringLiteral("slipItems"));
    QCOMPARE(QApplication::focusWidget(), items);
    QTest::keyClick(items, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QVERIFY(again.isVisible()); // the reason is missing: the dialog says so and stays
    again.findChild<QPlainTextEdit *>(QStringLiteral("slipReason"))
        ->setPlainText(QStringLiteral("x"));
    QTest::keyClick(items, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(again.result(), int(QDialog::Accepted));
}

void TestKeyboard::newApplicantAsksBeforeWipingTheForm_data()
{
    addLanguages();
    QTest::addColumn<QString>("clearText");
    QTest::addColumn<QString>("keepText");
    QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("&Xóa biểu mẫu")
                        << QStringLiteral("&Tiếp tục nhập");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Clear the form")
                        << QStringLiteral("&Keep editing");
}

void TestKeyboard::newApplicantAsksBeforeWipingTheForm()
{
    QFETCH(QString, language);
    QFETCH(QString, clearText);
    QFETCH(QString, keepText);
    QVERIFY(Language::apply(language));
    ReceptionPage page(m_db);
    page.setActor(test::clerk());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("applicantName"));
    QVERIFY(name);

    // An empty form: a new applicant at once, no question.
    QVERIFY(!page.hasUnsavedInput());
    auto asked = test::answerNextModal([](QWidget *modal) { modal->close(); }, 300);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(400); // the answerer's poll gives up after 300 ms: nothing was asked
    QVERIFY(!*asked);

    // Something typed: asked, in the user's language; Esc keeps the form.
    test::typeText(name, QStringLiteral("Nguyễn Thị Hà"));
    QVERIFY(page.hasUnsavedInput());
    QStringList buttons;
    asked = test::answerNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons())
            buttons << button->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(name, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(*asked);
    buttons.sort();
    QStringList expected = {clearText, keepText};
    expected.sort();
    QCOMPARE(buttons, expected);
    QCOMPARE(name->text(), QStringLiteral("Nguyễn Thị Hà"));
    page.activateWindow(); // the offscreen platform gives it back only when asked
    QVERIFY(QTest::qWaitForWindowActive(&page));

    // The clear button's mnemonic answers: the form is new.
    asked = test::answerNextModal([&](QWidget *modal) {
        QTest::keyClick(modal, QKeySequence::mnemonic(clearText)[0].key(), Qt::AltModifier);
    });
    QTest::keyClick(name, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(*asked);
    QCOMPARE(name->text(), QString());
    QVERIFY(!page.hasUnsavedInput());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
