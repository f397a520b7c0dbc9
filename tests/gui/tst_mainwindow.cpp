#include "db/database.h"
#include "domain/language.h"
#include "domain/logfile.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace motcua;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensInVietnameseWithNavigation();
    void navigationSwitchesPages_data();
    void navigationSwitchesPages();
    void shortcutsFocusSearchAndSwitchPages();
    void dossierMenuListsIssuedSlips();
    void languageSwitchRetranslatesAndPersists();
    void standardButtonsAreTranslated();
    void windowStateIsRestored();
    void helpMenuOpensTheLogFolder();
    void aboutNamesDatabaseAndVersions();
    void fileMenuHasAPageSetupPerKind();

public slots:
    void openedUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    QStringList menuTitles(const MainWindow &window) const;
    QTemporaryDir m_dir;
    Database m_database;
    QList<QUrl> m_openedUrls;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
    QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("gui.sqlite"))));
}

void TestMainWindow::init()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

QStringList TestMainWindow::menuTitles(const MainWindow &window) const
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

void TestMainWindow::opensInVietnameseWithNavigation()
{
    MainWindow window(m_database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitles(window), (QStringList {"&Tệp", "&Hồ sơ", "&Xem", "Trợ &giúp"}));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    // Without a signed-in administrator the Users page is hidden.
    QStringList items;
    for (int i = 0; i < navigation->count(); ++i) {
        if (!navigation->item(i)->isHidden())
            items.append(navigation->item(i)->text());
    }
    QCOMPARE(items,
             (QStringList {"Tiếp nhận", "Đang xử lý", "Đến hạn", "Quá hạn", "Chờ trả kết quả",
                           "Tra cứu", "Báo cáo", "Danh mục thủ tục", "Lịch làm việc", "Cài đặt"}));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("statusDatabase")));
}

void TestMainWindow::navigationSwitchesPages_data()
{
    QTest::addColumn<int>("row");
    for (int row = 0; row <= int(MainWindow::Page::Settings); ++row) {
        if (MainWindow::Page(row) != MainWindow::Page::Users)
            QTest::addRow("page %d", row) << row;
    }
}

void TestMainWindow::navigationSwitchesPages()
{
    QFETCH(int, row);
    MainWindow window(m_database);
    window.show();
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    const QRect rect = navigation->visualItemRect(navigation->item(row));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pages->currentIndex(), row);
    QCOMPARE(int(window.currentPage()), row);
}

void TestMainWindow::shortcutsFocusSearchAndSwitchPages()
{
    MainWindow window(m_database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Overdue);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
    search->clearFocus();
    QTest::keyClick(&window, Qt::Key_F3);
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::dossierMenuListsIssuedSlips()
{
    MainWindow window(m_database);
    window.show();
    window.showPage(MainWindow::Page::Settings);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionIssuedSlips"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Phiếu đã lập tại quầy…"));
    QString title;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        title = dialog->objectName() + QLatin1Char(' ') + dialog->windowTitle();
        dialog->close();
    });
    action->trigger();
    QCOMPARE(title, QStringLiteral("issuedSlipsDialog Phiếu đã lập tại quầy"));
    QCOMPARE(window.currentPage(), MainWindow::Page::Reception);
}

void TestMainWindow::languageSwitchRetranslatesAndPersists()
{
    MainWindow window(m_database);
    window.show();
    window.showPage(MainWindow::Page::Settings);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("vi"));

    const int english = combo->findData(QStringLiteral("en"));
    combo->setCurrentIndex(english);
    emit combo->activated(english);
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QTRY_COMPARE(menuTitles(window), (QStringList {"&File", "&Dossier", "&View", "&Help"}));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Reception"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(Language::preferred(), QStringLiteral("en"));

    const int vietnamese = combo->findData(QStringLiteral("vi"));
    combo->setCurrentIndex(vietnamese);
    emit combo->activated(vietnamese);
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Tiếp nhận"));
    QCOMPARE(Language::preferred(), QStringLiteral("vi"));
}

void TestMainWindow::standardButtonsAreTranslated()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
                         | QDialogButtonBox::No | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Có"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Không"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
}

void TestMainWindow::windowStateIsRestored()
{
    QSize saved;
    {
        MainWindow window(m_database);
        window.show();
        window.resize(1250, 777);
        saved = window.size(); // the window may not go below its minimum size
        window.showPage(MainWindow::Page::Reports);
        window.close();
    }
    MainWindow window(m_database);
    QCOMPARE(window.currentPage(), MainWindow::Page::Reports);
    QCOMPARE(window.size(), saved);
    QVERIFY(saved != QSize(1280, 800)); // not merely the default
}

void TestMainWindow::helpMenuOpensTheLogFolder()
{
    MainWindow window(m_database);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOpenLogFolder"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Mở thư mục &nhật ký"));
    const QList<QAction *> help = window.menuBar()->actions().constLast()->menu()->actions();
    QVERIFY(help.contains(action));
    // The desktop's file manager is not started: the URL it would be given is caught here.
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    action->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(m_openedUrls, QList<QUrl> {QUrl::fromLocalFile(LogFile::folder())});
    QVERIFY(QFileInfo(LogFile::folder()).isDir());
}

void TestMainWindow::aboutNamesDatabaseAndVersions()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MainWindow window(m_database);
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(action);
    QString text;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->objectName() + QLatin1Char(' ') + box->text();
        box->accept();
    });
    action->trigger();
    QVERIFY2(text.startsWith(QStringLiteral("aboutBox ")), qPrintable(text));
    const QString sqlite = m_database.sqliteVersion();
    QVERIFY(sqlite.startsWith(QStringLiteral("3.")));
    QVERIFY(Database::openSslVersion().startsWith(QStringLiteral("OpenSSL ")));
    for (const QString &expected :
         {QStringLiteral("Database: ") + QFileInfo(m_database.path()).absoluteFilePath(),
          QStringLiteral("Qt ") + QString::fromLatin1(qVersion()),
          QStringLiteral("SQLite ") + sqlite, Database::openSslVersion(),
          QStringLiteral("Log: ") + LogFile::folder()})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
}

void TestMainWindow::fileMenuHasAPageSetupPerKind()
{
    MainWindow window(m_database);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuPageSetup"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("Thiết lập trang &in"));
    QStringList entries;
    for (QAction *action : menu->actions())
        entries.append(action->objectName() + QLatin1Char(' ') + action->text());
    QCOMPARE(
        entries,
        (QStringList {"actionPageSetup_receipt Giấy tiếp nhận…",
                      "actionPageSetup_slip Các phiếu khác…", "actionPageSetup_list Giấy bàn giao…",
                      "actionPageSetup_register Sổ theo dõi hồ sơ…",
                      "actionPageSetup_report Báo cáo định kỳ…"}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
