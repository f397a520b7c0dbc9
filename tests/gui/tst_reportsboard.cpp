#include "accountsupport.h"
#include "db/database.h"
#include "domain/clock.h"
#include "domain/language.h"
#include "dossierfixture.h"
#include "guitestsupport.h"
#include "item/dossierlistmodel.h"
#include "item/reporttablemodel.h"
#include "mainwindow.h"
#include "pages/dossierlistpage.h"
#include "pages/reportspage.h"
#include "storefixture.h"
#include "widgets/badgedelegate.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace motcua;
using test::officeTime;

// The supervisor's board drills down to the lists; badges and the training mark.
class TestReportsBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badgesCountTheWorklists();
    void boardDrillsDownToTheList();
    void worklistPanelOpensItsPage();
    void navigationResetsTheDrillDown_data();
    void navigationResetsTheDrillDown();
    void searchBoxSearchesFolded();
    void reportsNeedThePermission();
    void periodReportTable();
    void saveDialogsSpeakVietnamese();
    void exportsWriteNothingWhenLoggingFails_data();
    void exportsWriteNothingWhenLoggingFails();
    void cancelledRegisterPrintIsNotLogged();
    void trainingDatabaseIsMarked();

private:
    Actor supervisor() const;
    QTemporaryDir m_dir;
    Database m_db;
};

Actor TestReportsBoard::supervisor() const
{
    Actor actor;
    actor.username = QStringLiteral("lead");
    actor.fullName = QStringLiteral("Trần Văn Lãnh");
    actor.role = Role::Supervisor;
    return actor;
}

void TestReportsBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
    QVERIFY(Language::apply(QStringLiteral("en")));
    // Wednesday 11 March 2026, 10:00.
    Clock::setFixed(officeTime(2026, 3, 11, 10, 0));
    QVERIFY(test::openOffice(m_db, m_dir));
    const auto t = officeTime;
    using test::dossier;
    const QString hoTich = QStringLiteral("1.004873"); // Ủy ban nhân dân xã
    const QString cuTru = QStringLiteral("1.004194"); // Công an xã
    // Overdue: two at the commune people's committee, one at the police.
    test::insertDossier(m_db,
                        dossier("A-1", "Nguyễn Văn Đặng", hoTich, "processing", "direct",
                                t(2026, 3, 2, 9, 0), t(2026, 3, 5, 9, 0)));
    test::insertDossier(m_db,
                        dossier("A-2", "Trần Thị Đào", hoTich, "processing", "direct",
                                t(2026, 3, 3, 9, 0), t(2026, 3, 6, 9, 0)));
    test::insertDossier(m_db,
                        dossier("B-1", "Lê Văn Cường", cuTru, "processing", "direct",
                                t(2026, 3, 2, 9, 0), t(2026, 3, 9, 9, 0)));
    // Due soon at the police; a later one; a returned one.
    test::insertDossier(m_db,
                        dossier("B-2", "Phạm Thị Dung", cuTru, "processing", "online",
                                t(2026, 3, 9, 9, 0), t(2026, 3, 12, 9, 0)));
    test::insertDossier(m_db,
                        dossier("A-3", "Hoàng Văn Em", hoTich, "received", "direct",
                                t(2026, 3, 11, 8, 0), t(2026, 3, 16, 8, 0)));
    test::insertDossier(m_db,
                        dossier("A-4", "Vũ Thị Phương", hoTich, "returned", "direct",
                                t(2026, 2, 2, 9, 0), t(2026, 2, 5, 9, 0), t(2026, 2, 4, 9, 0),
                                t(2026, 2, 6, 9, 0), {}, "approved"));
}

void TestReportsBoard::cleanupTestCase()
{
    Clock::setFixed({});
}

void TestReportsBoard::badgesCountTheWorklists()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(
        navigation->item(int(MainWindow::Page::Overdue))->data(BadgeDelegate::BadgeRole).toInt(),
        3);
    QCOMPARE(navigation->item(int(MainWindow::Page::Due))->data(BadgeDelegate::BadgeRole).toInt(),
             1);
    QCOMPARE(
        navigation->item(int(MainWindow::Page::Processing))->data(BadgeDelegate::BadgeRole).toInt(),
        5);
    QVERIFY(!navigation->item(int(MainWindow::Page::Reception))
                 ->data(BadgeDelegate::BadgeRole)
                 .isValid());
    auto *worklists = window.findChild<QListWidget *>(QStringLiteral("worklists"));
    QCOMPARE(worklists->count(), 10);
    QMap<QString, int> badges;
    for (int i = 0; i < worklists->count(); ++i)
        badges.insert(worklists->item(i)->text(),
                      worklists->item(i)->data(BadgeDelegate::BadgeRole).toInt());
    QCOMPARE(badges.value(QStringLiteral("Overdue")), 3);
    QCOMPARE(badges.value(QStringLiteral("Received today")), 1);
    QCOMPARE(badges.value(QStringLiteral("Returned")), 1);
    QCOMPARE(badges.value(QStringLiteral("All dossiers")), 6);
    // A new overdue dossier shows at the next refresh.
    test::insertDossier(m_db,
                        test::dossier("A-5", "Bùi Văn Giang", "1.004873", "processing", "direct",
                                      officeTime(2026, 3, 2, 10, 0),
                                      officeTime(2026, 3, 5, 10, 0)));
    window.refreshCounts();
    QCOMPARE(
        navigation->item(int(MainWindow::Page::Overdue))->data(BadgeDelegate::BadgeRole).toInt(),
        4);
    QSqlQuery(m_db.connection()).exec(QStringLiteral("DELETE FROM dossiers WHERE code = 'A-5'"));
}

void TestReportsBoard::boardDrillsDownToTheList()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Reports);
    auto *offices = window.findChild<QTableWidget *>(QStringLiteral("boardOffice"));
    QVERIFY(offices);
    QTRY_COMPARE(offices->rowCount(), 2);
    QCOMPARE(offices->item(0, 0)->text(), QStringLiteral("Ủy ban nhân dân xã"));
    QCOMPARE(offices->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(offices->item(1, 0)->text(), QStringLiteral("Công an xã"));
    QCOMPARE(offices->item(1, 1)->text(), QStringLiteral("1"));
    QCOMPARE(offices->item(1, 2)->text(), QStringLiteral("1"));

    // A click on the overdue count of the committee shows its two overdue dossiers.
    QSignalSpy opened(&window, &MainWindow::dossierRequested);
    offices->scrollToItem(offices->item(0, 1));
    QTest::mouseClick(offices->viewport(), Qt::LeftButton, {},
                      offices->visualItemRect(offices->item(0, 1)).center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Overdue);
    auto *list = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Overdue));
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->filter().decidingOffice, QStringLiteral("Ủy ban nhân dân xã"));
    QStringList codes;
    for (int r = 0; r < 2; ++r)
        codes << list->model()->index(r, DossierListModel::Code).data().toString();
    QCOMPARE(codes, (QStringList {"A-1", "A-2"})); // earliest deadline first
    QVERIFY(list->model()->index(0, 0).data(DossierListModel::OverdueRole).toBool());
    auto *count = list->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("2 dossier(s)"));

    // The due-soon count of the police drills down to the due list.
    window.showPage(MainWindow::Page::Reports);
    QTest::mouseClick(offices->viewport(), Qt::LeftButton, {},
                      offices->visualItemRect(offices->item(1, 2)).center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Due);
    auto *due = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Due));
    QTRY_COMPARE(due->model()->rowCount(), 1);
    QCOMPARE(due->model()->index(0, DossierListModel::Code).data().toString(),
             QStringLiteral("B-2"));

    // By clerk: a drill-down the list's own filters do not have, shown and cleared.
    window.showPage(MainWindow::Page::Reports);
    auto *clerks = window.findChild<QTableWidget *>(QStringLiteral("boardClerk"));
    QCOMPARE(clerks->rowCount(), 1);
    QTest::mouseClick(clerks->viewport(), Qt::LeftButton, {},
                      clerks->visualItemRect(clerks->item(0, 1)).center());
    QTRY_COMPARE(list->model()->rowCount(), 3);
    auto *drill = list->findChild<QLabel *>(QStringLiteral("drillDownLabel"));
    QVERIFY(drill->isVisible());
    QCOMPARE(drill->text(), QStringLiteral("Received by: Lê Thị Hoa"));

    // Double-click asks the dossier window to open it.
    auto *table = list->findChild<QTableView *>(QStringLiteral("dossierTable"));
    const QRect cell = table->visualRect(list->model()->index(0, DossierListModel::Applicant));
    // A view reacts to a double click after the press of its first click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), list->model()->dossierId(0));
}

void TestReportsBoard::worklistPanelOpensItsPage()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *worklists = window.findChild<QListWidget *>(QStringLiteral("worklists"));
    QListWidgetItem *returned = nullptr;
    for (int i = 0; i < worklists->count(); ++i) {
        if (worklists->item(i)->text() == QLatin1String("Returned"))
            returned = worklists->item(i);
    }
    QVERIFY(returned);
    QTest::mouseClick(worklists->viewport(), Qt::LeftButton, {},
                      worklists->visualItemRect(returned).center());
    QCOMPARE(window.currentPage(), MainWindow::Page::AwaitingReturn);
    auto *list
        = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::AwaitingReturn));
    QCOMPARE(list->worklist(), Worklist::Returned);
    QTRY_COMPARE(list->model()->rowCount(), 1);
}

// Issue 13: after the committee's overdue count, Overdue chosen in the navigation (or in the
// worklist panel) is the whole worklist again, not "2 of 3" with a hidden filter.
void TestReportsBoard::navigationResetsTheDrillDown_data()
{
    QTest::addColumn<bool>("fromPanel");
    QTest::newRow("navigation") << false;
    QTest::newRow("worklist panel") << true;
}

void TestReportsBoard::navigationResetsTheDrillDown()
{
    QFETCH(bool, fromPanel);
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Reports);
    auto *offices = window.findChild<QTableWidget *>(QStringLiteral("boardOffice"));
    QTRY_COMPARE(offices->rowCount(), 2);
    offices->scrollToItem(offices->item(0, 1));
    QTest::mouseClick(offices->viewport(), Qt::LeftButton, {},
                      offices->visualItemRect(offices->item(0, 1)).center());
    auto *list = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Overdue));
    QCOMPARE(window.currentPage(), MainWindow::Page::Overdue);
    QTRY_COMPARE(list->model()->rowCount(), 2);

    QListWidget *nav = window.findChild<QListWidget *>(fromPanel ? QStringLiteral("worklists")
                                                                 : QStringLiteral("navigation"));
    QListWidgetItem *overdue = nullptr;
    for (int i = 0; i < nav->count(); ++i) {
        if (nav->item(i)->text() == QLatin1String("Overdue"))
            overdue = nav->item(i);
    }
    QVERIFY(overdue);
    if (!fromPanel) { // back to the board first, as a supervisor would
        window.showPage(MainWindow::Page::Reports);
    }
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(overdue).center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Overdue);
    QCOMPARE(list->filter().decidingOffice, QString());
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("3 dossier(s)"));
    QCOMPARE(list->findChild<QComboBox *>(QStringLiteral("officeCombo"))->currentIndex(), 0);
}

void TestReportsBoard::searchBoxSearchesFolded()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nguyen van dang"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Page::Search);
    auto *list = qobject_cast<DossierListPage *>(window.pageWidget(MainWindow::Page::Search));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, DossierListModel::Applicant).data().toString(),
             QStringLiteral("Nguyễn Văn Đặng"));
}

void TestReportsBoard::reportsNeedThePermission()
{
    MainWindow window(m_db);
    window.setActor(test::clerk());
    window.show();
    window.showPage(MainWindow::Page::Reports);
    auto *denied = window.findChild<QLabel *>(QStringLiteral("reportsDenied"));
    QVERIFY(denied->isVisible());
    QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->isVisible());
}

void TestReportsBoard::periodReportTable()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    window.showPage(MainWindow::Page::Reports);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    tabs->setCurrentIndex(1);
    auto *from = window.findChild<QDateEdit *>(QStringLiteral("reportFrom"));
    auto *to = window.findChild<QDateEdit *>(QStringLiteral("reportTo"));
    from->setDate(QDate(2026, 2, 1));
    to->setDate(QDate(2026, 3, 31));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runReport")), Qt::LeftButton);
    auto *table = window.findChild<QTableView *>(QStringLiteral("reportTable"));
    auto *model = qobject_cast<ReportTableModel *>(table->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two fields, a procedure each, and the total.
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(4, ReportTableModel::ProcedureName).data().toString(),
             QStringLiteral("Total"));
    QCOMPARE(
        model->index(4, ReportTableModel::Received).data(ReportTableModel::SortRole).toLongLong(),
        6);
    QCOMPARE(model->index(4, ReportTableModel::InProgressOverdue)
                 .data(ReportTableModel::SortRole)
                 .toLongLong(),
             3);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("reportCsv"))->isEnabled());
}

void TestReportsBoard::saveDialogsSpeakVietnamese()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
    const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    window.showPage(MainWindow::Page::Reports);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    // The texts of the buttons of the save dialog named `name`, shown by a click on `button`.
    const auto buttonTexts = [&](const char *button, const char *name) {
        QStringList texts;
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String(name))
                return;
            watcher.stop();
            for (const QAbstractButton *b : modal->findChild<QDialogButtonBox *>()->buttons())
                texts.append(b->text());
            qobject_cast<QDialog *>(modal)->reject();
        });
        watcher.start();
        QTest::mouseClick(window.findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
        return texts;
    };
    tabs->setCurrentIndex(1);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runReport")), Qt::LeftButton);
    QCOMPARE(buttonTexts("reportXlsx", "reportSaveDialog"), (QStringList {"Lưu", "Hủy"}));
    tabs->setCurrentIndex(2);
    QCOMPARE(buttonTexts("registerPdf", "registerSaveDialog"), (QStringList {"Lưu", "Hủy"}));
}

void TestReportsBoard::exportsWriteNothingWhenLoggingFails_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("file");
    QTest::newRow("register pdf") << int(MainWindow::Page::Reports) << 2 << "registerPdf"
                                  << "register.pdf";
    QTest::newRow("register csv") << int(MainWindow::Page::Reports) << 2 << "registerCsv"
                                  << "register.csv";
    QTest::newRow("worklist csv") << int(MainWindow::Page::Processing) << -1 << "exportButton"
                                  << "list.csv";
}

// Bulk personal data leaves only once its export is in the event log: a log that refuses the
// event (here a trigger) gets a clear message and no file.
void TestReportsBoard::exportsWriteNothingWhenLoggingFails()
{
    QFETCH(int, page);
    QFETCH(int, tab);
    QFETCH(QString, button);
    QFETCH(QString, file);
    QSqlQuery refuse(m_db.connection());
    QVERIFY(refuse.exec(QStringLiteral(
        "CREATE TRIGGER test_refuse_exports BEFORE INSERT ON events WHEN NEW.kind = "
        "'personal-data-exported' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const auto drop = qScopeGuard([this] {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("DROP TRIGGER test_refuse_exports"));
    });
    const qint64 events = test::eventCount(m_db.connection());
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    window.showPage(MainWindow::Page(page));
    if (tab >= 0)
        window.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(tab);
    const QString path = m_dir.filePath(file);
    QString message;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        test::answerNextModal([&](QWidget *box) {
            message = qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text()
                                                       : QString();
            box->close();
        });
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
    });
    auto *exportButton = window.findChild<QPushButton *>(button);
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(*answered);
    QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY2(message.contains(QLatin1String("Nothing was exported")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("refused by the test")), qPrintable(message));
    QCOMPARE(test::eventCount(m_db.connection()), events);
}

// A print dialog cancelled prints nothing: nothing is logged as exported.
void TestReportsBoard::cancelledRegisterPrintIsNotLogged()
{
    MainWindow window(m_db);
    window.setActor(supervisor());
    window.show();
    window.showPage(MainWindow::Page::Reports);
    window.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(2);
    const qint64 events = test::eventCount(m_db.connection());
    QString dialogName;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        dialogName = modal->objectName();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("registerPrint")),
                      Qt::LeftButton);
    QVERIFY(*answered);
    QCOMPARE(dialogName, QStringLiteral("slipPrint"));
    QCOMPARE(test::eventCount(m_db.connection()), events);
}

void TestReportsBoard::trainingDatabaseIsMarked()
{
    {
        MainWindow window(m_db);
        QVERIFY(!window.windowTitle().contains(QLatin1String("TRAINING")));
    }
    QSqlQuery(m_db.connection())
        .exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('database.training', '1')"));
    MainWindow window(m_db);
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("[TRAINING] ")),
             qPrintable(window.windowTitle()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionTrainingDatabase")));
}

QTEST_MAIN(TestReportsBoard)
#include "tst_reportsboard.moc"
