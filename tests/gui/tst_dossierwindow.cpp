#include "domain/language.h"
#include "dossier/actiondialog.h"
#include "dossier/dossierwindow.h"
#include "item/timelinemodel.h"
#include "lifecyclefixture.h"
#include "mainwindow.h"
#include "store/eventlog.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace motcua;

// The dossier window driven through its widgets, as a clerk would: transfer → result → return,
// answering each action's dialog; the buttons follow the state; scanning a code opens it.
class TestDossierWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void transferResultAndReturnThroughTheWindow();
    void buttonsFollowStateAndPermission();
    void overdueAndPausedAreFlagged();
    void printMenuReprintsAndLogs();
    void escapeCloses();
    void retranslatesOnLanguageChange();
    void scannedCodeOpensTheDossier();

private:
    // Clicks the action's button and lets `answer` fill its dialog; true when it was applied.
    bool act(DossierWindow &window, DossierAction action,
             const std::function<void(ActionDialog *)> &answer);
    static void type(QWidget *widget, const QString &text);
    static void save(ActionDialog *dialog);
    QPushButton *button(DossierWindow &window, DossierAction action) const;
    QString text(DossierWindow &window, const char *objectName) const;

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
    QStringList m_offers; // the slips offered for printing during the last act(), answered "later"
};

void TestDossierWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestDossierWindow::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("window-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
}

void TestDossierWindow::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

void TestDossierWindow::type(QWidget *widget, const QString &text)
{
    // keyClicks() aborts on non-Latin-1 text: one key event per character.
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void TestDossierWindow::save(ActionDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QPushButton *TestDossierWindow::button(DossierWindow &window, DossierAction action) const
{
    return window.findChild<QPushButton *>(QStringLiteral("action_")
                                           + DossierFlow::actionKey(action));
}

QString TestDossierWindow::text(DossierWindow &window, const char *objectName) const
{
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(objectName));
}

bool TestDossierWindow::act(DossierWindow &window, DossierAction action,
                            const std::function<void(ActionDialog *)> &answer)
{
    QPushButton *b = button(window, action);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    // Each modal window in turn: the action's dialog, then the offer of the slip it issues.
    bool answered = false;
    m_offers.clear();
    QTimer watcher;
    watcher.setInterval(5);
    connect(&watcher, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ActionDialog *>(modal); dialog && !answered) {
            answered = true;
            answer(dialog);
            if (dialog->isVisible()) // the answer did not close it: give up
                dialog->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == QLatin1String("slipOffer")) {
            m_offers.append(box->windowTitle() + QLatin1Char('\n') + box->text());
            box->findChild<QPushButton *>(QStringLiteral("offerLater"))->click();
        }
    });
    watcher.start();
    QSignalSpy changed(&window, &DossierWindow::dossierChanged);
    QTest::mouseClick(b, Qt::LeftButton);
    watcher.stop();
    return answered && changed.count() == 1;
}

void TestDossierWindow::transferResultAndReturnThroughTheWindow()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Received);
    QVERIFY(id);
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(text(window, "statusLabel"), QStringLiteral("Received"));
    QCOMPARE(text(window, "dueValue"), QStringLiteral("09:15 05/03/2026"));
    QCOMPARE(text(window, "applicantValue"), QStringLiteral("Nguyễn Văn Đặng — 001090012345"));
    auto *documents = window.findChild<QTreeWidget *>(QStringLiteral("documentsView"));
    QCOMPARE(documents->topLevelItemCount(), 1);

    // Transfer at 10:00: the receiver is missing at first; the dialog says so and stays open.
    Clock::setFixed(test::officeTime(2026, 3, 2, 10, 0));
    QVERIFY(act(window, DossierAction::Transfer, [&](ActionDialog *dialog) {
        auto *giver = dialog->findChild<QLineEdit *>(QStringLiteral("giverEdit"));
        auto *receiver = dialog->findChild<QLineEdit *>(QStringLiteral("receiverEdit"));
        auto *office = dialog->findChild<QLineEdit *>(QStringLiteral("officeEdit"));
        QCOMPARE(giver->text(), test::clerk().fullName); // the signed-in clerk
        QCOMPARE(office->text(), QStringLiteral("Ủy ban nhân dân xã")); // the deciding office
        QCOMPARE(dialog->focusWidget(), receiver); // the first field to type
        save(dialog);
        auto *errors = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(dialog->isVisible());
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->text().contains(QStringLiteral("who receives")),
                 qPrintable(errors->text()));
        QCOMPARE(dialog->focusWidget(), receiver);
        type(receiver, QStringLiteral("Trần Văn Bình"));
        save(dialog);
        QVERIFY(!dialog->isVisible());
    }));
    QCOMPARE(window.dossier().status, DossierStatus::Processing);
    QCOMPARE(text(window, "statusLabel"), QStringLiteral("In processing"));
    QVERIFY(!button(window, DossierAction::Transfer)->isHidden()); // on to another office
    QVERIFY(!button(window, DossierAction::RecordResult)->isHidden());

    // The result comes back on Wednesday.
    Clock::setFixed(test::officeTime(2026, 3, 4, 14, 30));
    QVERIFY(act(window, DossierAction::RecordResult, [&](ActionDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("receiverEdit"))->text(),
                 test::clerk().fullName);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("officeEdit"))->text(),
                 QStringLiteral("Ủy ban nhân dân xã"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("giverEdit")),
             QStringLiteral("Trần Văn Bình"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
             QStringLiteral("Giấy xác nhận số 15/2026"));
        save(dialog);
    }));
    QCOMPARE(window.dossier().status, DossierStatus::ResultReady);
    QCOMPARE(text(window, "finishedValue"), QStringLiteral("14:30 04/03/2026"));
    // The window says what the result is, as typed, and its kind in the interface language.
    QCOMPARE(text(window, "resultValue"), QStringLiteral("Approved: Giấy xác nhận số 15/2026"));
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_COMPARE(text(window, "resultValue"),
                 QStringLiteral("Có kết quả giải quyết: Giấy xác nhận số 15/2026"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_COMPARE(text(window, "statusLabel"), QStringLiteral("Processed, result ready"));

    // Returned at the counter to the applicant, who takes the originals back.
    Clock::setFixed(test::officeTime(2026, 3, 5, 8, 0));
    QVERIFY(act(window, DossierAction::Return, [&](ActionDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("collectorNameEdit"))->text(),
                 QStringLiteral("Nguyễn Văn Đặng"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("collectorIdEdit"))->text(),
                 QStringLiteral("001090012345"));
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit"))->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("originalsCheck"))->setChecked(true);
        save(dialog);
    }));
    QCOMPARE(window.dossier().status, DossierStatus::Returned);
    QCOMPARE(text(window, "statusLabel"), QStringLiteral("Result returned"));
    for (DossierAction action : DossierFlow::allActions())
        QVERIFY(button(window, action)->isHidden());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("actionsHint"))->isHidden());

    // The events, as stored, and as the timeline and the handovers show them.
    const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(id);
    QStringList kinds;
    for (const EventRecord &event : events)
        kinds.append(event.kind);
    QCOMPARE(kinds, (QStringList {"received", "transferred", "result-recorded", "returned"}));
    QCOMPARE(events.at(1).details.value(QStringLiteral("receiver")).toString(),
             QStringLiteral("Trần Văn Bình"));
    QCOMPARE(events.at(1).occurredAt, test::officeTime(2026, 3, 2, 10, 0));
    QCOMPARE(events.at(2).details.value(QStringLiteral("description")).toString(),
             QStringLiteral("Giấy xác nhận số 15/2026"));
    QCOMPARE(events.at(3).details.value(QStringLiteral("originalsTakenBack")).toBool(), true);
    QCOMPARE(events.at(3).actor, test::clerk().fullName);
    auto *timeline = window.findChild<QTableView *>(QStringLiteral("timelineView"));
    QCOMPARE(timeline->model()->rowCount(), 4);
    QCOMPARE(timeline->model()->index(3, TimelineModel::Action).data().toString(),
             QStringLiteral("Return the result"));
    auto *handovers = window.findChild<QTreeWidget *>(QStringLiteral("handoverView"));
    QCOMPARE(handovers->topLevelItemCount(), 3);
    QCOMPARE(handovers->topLevelItem(0)->data(4, Qt::UserRole).toString(), QStringLiteral("early"));
    QCOMPARE(handovers->topLevelItem(1)->data(4, Qt::UserRole).toString(), QStringLiteral("early"));
}

void TestDossierWindow::buttonsFollowStateAndPermission()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Processing);
    QVERIFY(id);
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    QList<DossierAction> visible;
    for (DossierAction action : DossierFlow::allActions()) {
        if (!button(window, action)->isHidden())
            visible.append(action);
    }
    QCOMPARE(visible, DossierFlow::allowedActions(DossierStatus::Processing, {}));
    // The apology is the supervisor's: shown, disabled, with the reason.
    QPushButton *apology = button(window, DossierAction::ApologyExtension);
    QVERIFY(!apology->isEnabled());
    QCOMPARE(apology->toolTip(), Roles::deniedMessage(Permission::ApproveExtension));

    DossierWindow lead(m_db, test::supervisor(), id);
    lead.show();
    QVERIFY(act(lead, DossierAction::ApologyExtension, [&](ActionDialog *dialog) {
        type(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Cần xác minh thêm"));
        save(dialog);
    }));
    // The apology slip is offered for the applicant at once.
    QCOMPARE(m_offers.size(), 1);
    QVERIFY2(m_offers.first().contains(QStringLiteral("Apology and new return date")),
             qPrintable(m_offers.first()));
    QVERIFY(text(lead, "promisedValue").endsWith(QStringLiteral("/03/2026")));
    QVERIFY(button(lead, DossierAction::ApologyExtension)->isHidden()); // only once
    QVERIFY(text(lead, "deadlineExplanation").contains(QStringLiteral("Extended to")));
    QCOMPARE(lead.dossier().dueAt, test::officeTime(2026, 3, 5, 9, 15));

    // Cancel writes nothing.
    const qint64 events = test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events"));
    QVERIFY(!act(lead, DossierAction::Withdraw, [&](ActionDialog *dialog) { dialog->reject(); }));
    QVERIFY(m_offers.isEmpty());
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT COUNT(*) FROM events")), events);
    QCOMPARE(lead.dossier().status, DossierStatus::Processing);
}

void TestDossierWindow::overdueAndPausedAreFlagged()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Processing);
    QVERIFY(id);
    Clock::setFixed(test::officeTime(2026, 3, 5, 9, 16)); // a minute past the due time
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("overdueLabel"))->isHidden());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("pausedLabel"))->isHidden());

    Clock::setFixed(test::officeTime(2026, 3, 4, 9, 0));
    QVERIFY(act(window, DossierAction::RequestPayment, [&](ActionDialog *dialog) {
        type(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Lệ phí"));
        save(dialog);
    }));
    Clock::setFixed(test::officeTime(2026, 3, 10, 9, 0));
    window.reload();
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("overdueLabel"))
                ->isHidden()); // the clock is stopped
    QCOMPARE(text(window, "pausedLabel"), QStringLiteral("Paused since 09:00 04/03/2026"));
    // A pause still running has no end and no amount yet.
    QVERIFY2(text(window, "deadlineExplanation")
                 .contains(QStringLiteral("Paused since 09:00 04/03/2026 (Lệ phí): the deadline "
                                          "will move by the working time of the pause")),
             qPrintable(text(window, "deadlineExplanation")));
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_COMPARE(text(window, "pausedLabel"), QStringLiteral("Đang tạm dừng từ 09:00 04/03/2026"));
    QVERIFY(text(window, "deadlineExplanation")
                .contains(QStringLiteral("Đang tạm dừng từ 09:00 04/03/2026 (Lệ phí)")));
    QVERIFY(!button(window, DossierAction::PaymentDone)->isHidden());
}

void TestDossierWindow::printMenuReprintsAndLogs()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::AwaitingDocuments);
    QVERIFY(id);
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    auto *print = window.findChild<QToolButton *>(QStringLiteral("printButton"));
    QVERIFY(print && !print->isHidden());
    QStringList slips;
    for (QAction *action : print->menu()->actions())
        slips.append(action->objectName());
    QCOMPARE(slips,
             (QStringList {"print_receipt", "print_completion-request", "print_control-slip"}));

    // Saved as PDF from the offer: logged as printed; the next one is a marked, logged reprint.
    const auto saveAsPdf = [&](const QString &name) {
        QTimer watcher;
        watcher.setInterval(5);
        connect(&watcher, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal);
                box && box->objectName() == "slipOffer") {
                box->findChild<QPushButton *>(QStringLiteral("offerPdf"))->click();
            } else if (auto *files = qobject_cast<QFileDialog *>(modal);
                       files && files->objectName() == "slipSaveAsPdf") {
                files->setDirectory(m_dir.path());
                files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(name);
                QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog
            }
        });
        watcher.start();
        print->menu()->actions().at(1)->trigger();
        watcher.stop();
        return m_dir.filePath(name + QStringLiteral(".pdf"));
    };
    const QString first = saveAsPdf(QStringLiteral("completion-1"));
    QVERIFY(QFile::exists(first));
    QCOMPARE(EventLog(m_db.connection()).forDossier(id).constLast().kind,
             QStringLiteral("slip-printed"));
    QString text;
    QString error;
    QVERIFY2(test::pdfText(first, &text, &error), qPrintable(error));
    text = text.simplified(); // a line may break inside a document's name
    QVERIFY(!text.contains(QStringLiteral("BẢN IN LẠI")));
    QVERIFY2(text.contains(QStringLiteral("Bản sao Giấy khai sinh")), qPrintable(text));

    const QString second = saveAsPdf(QStringLiteral("completion-2"));
    QVERIFY2(test::pdfText(second, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("BẢN IN LẠI")));
    const EventRecord last = EventLog(m_db.connection()).forDossier(id).constLast();
    QCOMPARE(last.kind, QStringLiteral("slip-reprinted"));
    QCOMPARE(last.details.value(QStringLiteral("slip")).toString(),
             QStringLiteral("completion-request"));
    QCOMPARE(last.actor, test::clerk().fullName);
    // The timeline shows it at once.
    auto *timeline = window.findChild<QTableView *>(QStringLiteral("timelineView"));
    QCOMPARE(timeline->model()
                 ->index(timeline->model()->rowCount() - 1, TimelineModel::Action)
                 .data()
                 .toString(),
             QStringLiteral("Slip reprinted"));
}

void TestDossierWindow::escapeCloses()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Received);
    QVERIFY(id);
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

void TestDossierWindow::retranslatesOnLanguageChange()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Processing);
    QVERIFY(id);
    DossierWindow window(m_db, test::clerk(), id);
    window.show();
    QCOMPARE(text(window, "statusLabel"), QStringLiteral("In processing"));
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_COMPARE(text(window, "statusLabel"), Dossiers::statusLabel(DossierStatus::Processing));
    QVERIFY(text(window, "statusLabel") != QStringLiteral("In processing"));
    QCOMPARE(button(window, DossierAction::Transfer)->text(),
             DossierWindow::tr("%1…").arg(DossierFlow::actionLabel(DossierAction::Transfer)));
}

void TestDossierWindow::scannedCodeOpensTheDossier()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Received);
    QVERIFY(id);
    const QString code = DossierStore(m_db.connection()).find(id)->code;
    MainWindow window(m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy requested(&window, &MainWindow::dossierRequested);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClick(&window, Qt::Key_F3);
    QTRY_VERIFY(search->hasFocus());
    // A keyboard-wedge scanner types the QR content, then Enter; lower case is accepted too.
    QTest::keyClicks(search, code.toLower());
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), id);
    QVERIFY(search->text().isEmpty()); // ready for the next scan

    // Anything else is a search.
    QTest::keyClicks(search, QStringLiteral("nguyen van"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(window.currentPage(), MainWindow::Page::Search);

    // The window opened for it, once, however often the code is scanned.
    QObject::connect(&window, &MainWindow::dossierRequested, &window, [&](qint64 dossierId) {
        DossierWindow::open(m_db, test::clerk(), dossierId, &window);
    });
    for (int i = 0; i < 2; ++i) {
        search->setText(code);
        QTest::keyClick(search, Qt::Key_Return);
    }
    const QList<DossierWindow *> opened = window.findChildren<DossierWindow *>();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first()->dossierId(), id);
    QVERIFY(opened.first()->isVisible());
    opened.first()->close();
}

QTEST_MAIN(TestDossierWindow)
#include "tst_dossierwindow.moc"
