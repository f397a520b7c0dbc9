#include "domain/language.h"
#include "dossier/actiondialog.h"
#include "dossier/dossierwindow.h"
#include "guitestsupport.h"
#include "item/dossierlistmodel.h"
#include "lifecyclefixture.h"
#include "mainwindow.h"
#include "pages/dossierlistpage.h"
#include "widgets/badgedelegate.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>

using namespace motcua;

// Issue 13: every list, badge and open dossier window shows a committed change at once, and
// F5 reads the list on screen again; the reader keeps their selection and place.
class TestLiveRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionInADossierWindowShowsEverywhere();
    void batchTransferShowsInOpenWindows();
    void f5ReadsTheListAgain();
    void reloadKeepsSelectionAndPlace();

private:
    static QString statusOf(DossierListPage *list, qint64 id);
    static int badge(MainWindow &window, MainWindow::Page page);
    static void answerTransfer(const QString &receiver);
    static bool show(MainWindow &window);

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestLiveRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestLiveRefresh::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("live-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 3, 10, 0));
}

void TestLiveRefresh::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

QString TestLiveRefresh::statusOf(DossierListPage *list, qint64 id)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->dossierId(row) == id)
            return list->model()->index(row, DossierListModel::Status).data().toString();
    }
    return QStringLiteral("<not listed>");
}

int TestLiveRefresh::badge(MainWindow &window, MainWindow::Page page)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigation"))
        ->item(int(page))
        ->data(BadgeDelegate::BadgeRole)
        .toInt();
}

// Signed in as a supervisor, on screen.
bool TestLiveRefresh::show(MainWindow &window)
{
    window.setActor(test::supervisor());
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// Types the receiver into the next transfer dialog and saves it.
void TestLiveRefresh::answerTransfer(const QString &receiver)
{
    test::answerNextModal([=](QWidget *modal) {
        auto *dialog = qobject_cast<ActionDialog *>(modal);
        QVERIFY(dialog);
        test::retype(dialog->findChild<QLineEdit *>(QStringLiteral("receiverEdit")), receiver);
        // The batch offers the handover list afterwards.
        test::answerNextModal(
            [](QWidget *next) {
                if (auto *later = next->findChild<QPushButton *>(QStringLiteral("offerLater")))
                    later->click();
            },
            2000);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
}

void TestLiveRefresh::actionInADossierWindowShowsEverywhere()
{
    QString failure;
    const qint64 received = test::dossierIn(m_db, DossierStatus::Received, &failure);
    const qint64 ready = test::dossierIn(m_db, DossierStatus::ResultReady, &failure);
    QVERIFY2(received && ready, qPrintable(failure));
    MainWindow window(m_db);
    QVERIFY(show(window));
    window.showWorklist(Worklist::InProcessing);
    auto *processing
        = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Processing));
    QTRY_COMPARE(processing->model()->rowCount(), 1);
    QCOMPARE(statusOf(processing, received), QStringLiteral("Received"));
    auto *awaiting
        = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::AwaitingReturn));
    QCOMPARE(badge(window, MainWindow::Page::AwaitingReturn), 1);

    // The transfer in the dossier window: the list's status follows at once (same count).
    window.openDossier(received);
    auto *dossierWindow = window.findChild<DossierWindow *>();
    QVERIFY(dossierWindow);
    answerTransfer(QStringLiteral("Trần Văn Bình"));
    QVERIFY(dossierWindow->runAction(DossierAction::Transfer));
    QTRY_COMPARE(statusOf(processing, received), QStringLiteral("In processing"));
    QCOMPARE(processing->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("1 dossier(s)"));

    // Another dossier's window returns its result: the awaiting list (not on screen) and the
    // badge follow; the list shows it as soon as it is chosen.
    window.showWorklist(Worklist::AwaitingCollection);
    QTRY_COMPARE(awaiting->model()->rowCount(), 1);
    window.openDossier(ready);
    auto *other = window.findChildren<DossierWindow *>().last();
    QCOMPARE(other->dossierId(), ready);
    QString errors;
    test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ActionDialog *>(modal);
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        if (dialog->isVisible()) {
            errors = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            dialog->reject();
        }
    });
    QVERIFY2(other->runAction(DossierAction::Return), qPrintable(errors));
    QTRY_COMPARE(awaiting->model()->rowCount(), 0);
    QCOMPARE(awaiting->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("0 dossier(s)"));
    QCOMPARE(badge(window, MainWindow::Page::AwaitingReturn), 0);
}

void TestLiveRefresh::batchTransferShowsInOpenWindows()
{
    QString failure;
    const qint64 first = test::dossierIn(m_db, DossierStatus::Received, &failure);
    const qint64 second = test::dossierIn(m_db, DossierStatus::Received, &failure);
    QVERIFY2(first && second, qPrintable(failure));
    MainWindow window(m_db);
    QVERIFY(show(window));
    window.openDossier(second);
    auto *dossierWindow = window.findChild<DossierWindow *>();
    QCOMPARE(dossierWindow->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Received"));

    window.showWorklist(Worklist::InProcessing);
    auto *list = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Processing));
    auto *table = list->findChild<QTableView *>(QStringLiteral("dossierTable"));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    table->selectAll();
    answerTransfer(QStringLiteral("Trần Văn Bình"));
    list->transferSelected();
    QTRY_COMPARE(dossierWindow->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("In processing"));
    QCOMPARE(statusOf(list, first), QStringLiteral("In processing"));
    QCOMPARE(statusOf(list, second), QStringLiteral("In processing"));
}

void TestLiveRefresh::f5ReadsTheListAgain()
{
    QString failure;
    QVERIFY2(test::dossierIn(m_db, DossierStatus::Received, &failure), qPrintable(failure));
    MainWindow window(m_db);
    window.setActor(test::supervisor());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showWorklist(Worklist::InProcessing);
    auto *list = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Processing));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCoreApplication::processEvents();

    // Written behind the window's back (another counter, no notification).
    QSqlQuery(m_db.connection()).exec(QStringLiteral("UPDATE dossiers SET status = 'processing'"));
    QCOMPARE(list->model()->index(0, DossierListModel::Status).data().toString(),
             QStringLiteral("Received"));
    QTest::keyClick(list->findChild<QTableView *>(QStringLiteral("dossierTable")), Qt::Key_F5);
    QCOMPARE(list->model()->index(0, DossierListModel::Status).data().toString(),
             QStringLiteral("In processing"));
}

void TestLiveRefresh::reloadKeepsSelectionAndPlace()
{
    QList<FieldError> errors;
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i) {
        ReceptionRequest request = test::validRequest(m_db);
        request.receivedAt = test::officeTime(2026, 3, 2, 8, 0).addSecs(60 * i);
        ids << DossierStore(m_db.connection()).receive(test::clerk(), request, &errors)->id;
    }
    DossierListPage page(m_db, {Worklist::All});
    page.setActor(test::supervisor());
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = page.findChild<QTableView *>(QStringLiteral("dossierTable"));
    QTRY_VERIFY(page.model()->rowCount() >= DossierListModel::PageSize);
    table->scrollToBottom(); // fetches the second page
    QTRY_COMPARE(page.model()->rowCount(), 300);
    table->selectRow(250);
    const qint64 chosen = page.model()->dossierId(250);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    page.refresh();
    QCOMPARE(page.selectedIds(), QList<qint64> {chosen});
    QCOMPARE(page.model()->dossierId(table->currentIndex().row()), chosen);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

QTEST_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
