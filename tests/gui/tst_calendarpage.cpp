#include "db/database.h"
#include "dialogs/announcementdialog.h"
#include "domain/language.h"
#include "item/announcementmodel.h"
#include "mainwindow.h"
#include "pages/calendarpage.h"
#include "store/calendarstore.h"
#include "store/dossierstore.h"
#include "storefixture.h"
#include "widgets/yearview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace motcua;

namespace {

// QTest::keyClicks aborts on text outside Latin-1: one key event per character instead.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Clicks the button with `text` of the message box that is about to open; the timer belongs
// to `owner`, so that it dies with the page when no box comes.
void answerNextMessageBox(QObject *owner, const QString &text, bool *answered)
{
    *answered = false;
    QTimer::singleShot(0, owner, [text, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                *answered = true;
                button->click();
                return;
            }
        }
    });
}

} // namespace

// The calendar page driven as an administrator does it, offscreen.
class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readOnlyByDefault();
    void addThroughTheDialogRecomputes();
    void refusedSaveKeepsTheDialogOpen();
    void editThroughTheDialog();
    void deleteKeyRemovesAfterConfirmation();
    void pageKeysChangeTheYear();
    void doubleClickOnADayOffersIt();
    void retranslatesOnLanguageChange();
    void mainWindowHandsOverTheActor();

private:
    AnnouncementDialog *openDialog(QPushButton *button);
    int rowOf(const QDate &date) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CalendarPage> m_page;
    int m_count = 0;
    QTableView *m_table = nullptr;
    YearView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

void TestCalendarPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QVERIFY(m_dir.isValid());
}

void TestCalendarPage::init()
{
    // English: these tests read the page's own texts.
    QVERIFY(Language::apply(QStringLiteral("en")));
    Clock::setFixed(test::officeTime(2026, 3, 3, 10, 0));
    m_database = std::make_unique<Database>();
    QVERIFY(test::openOffice(*m_database, m_dir, QStringLiteral("page%1.sqlite").arg(++m_count)));
    m_page = std::make_unique<CalendarPage>(m_database->connection());
    m_page->resize(1100, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table = m_page->findChild<QTableView *>(QStringLiteral("announcementTable"));
    m_view = m_page->findChild<YearView *>(QStringLiteral("yearView"));
    m_add = m_page->findChild<QPushButton *>(QStringLiteral("addAnnouncementButton"));
    m_edit = m_page->findChild<QPushButton *>(QStringLiteral("editAnnouncementButton"));
    m_remove = m_page->findChild<QPushButton *>(QStringLiteral("removeAnnouncementButton"));
    QVERIFY(m_table && m_view && m_add && m_edit && m_remove);
    QCOMPARE(m_page->year(), 2026);
}

void TestCalendarPage::cleanup()
{
    m_page.reset();
    m_database.reset();
    Clock::setFixed(QDateTime());
}

AnnouncementDialog *TestCalendarPage::openDialog(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    AnnouncementDialog *dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        dialog = m_page->findChild<AnnouncementDialog *>();
        if (!dialog)
            QTest::qWait(20);
    }
    return dialog;
}

int TestCalendarPage::rowOf(const QDate &date) const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AnnouncementModel::DateRole).toDate() == date)
            return row;
    }
    return -1;
}

void TestCalendarPage::readOnlyByDefault()
{
    QVERIFY(m_page->isReadOnly());
    QVERIFY(!m_add->isEnabled());
    QVERIFY(!m_edit->isEnabled());
    QVERIFY(!m_remove->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("importCsvButton"))->isEnabled());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("readOnlyHint"))->isVisible());
    QCOMPARE(m_table->model()->rowCount(), 4); // the 2026 seed is shown all the same

    // Neither a double-click nor a key opens anything; a clerk is no better.
    m_page->setActor(test::clerk());
    QVERIFY(!m_add->isEnabled());
    QTest::mouseDClick(m_view, Qt::LeftButton, Qt::NoModifier,
                       m_view->dayRect(QDate(2026, 3, 4)).center());
    QTest::keyClick(m_page.get(), Qt::Key_Insert);
    QTest::qWait(50);
    QVERIFY(!m_page->findChild<AnnouncementDialog *>());

    m_page->setActor(test::administrator());
    QVERIFY(m_add->isEnabled());
    QVERIFY(!m_edit->isEnabled()); // nothing selected yet
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("readOnlyHint"))->isVisible());
}

void TestCalendarPage::addThroughTheDialogRecomputes()
{
    // An open dossier received Monday 2 March 09:15, 3 working days: due Thursday 5, 09:15.
    QList<FieldError> errors;
    const auto dossier
        = DossierStore(m_database->connection())
              .receive(test::administrator(), test::validRequest(*m_database), &errors);
    QVERIFY2(dossier, qPrintable(Reception::joined(errors)));
    QCOMPARE(dossier->dueAt, test::officeTime(2026, 3, 5, 9, 15));

    m_page->setActor(test::administrator());
    const QDate day(2026, 3, 4);
    QCOMPARE(m_view->styleOf(day), YearView::DayStyle::Working);
    AnnouncementDialog *dialog = openDialog(m_add);
    QVERIFY(dialog);
    QPointer<AnnouncementDialog> watch(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(day);
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(CalendarOverride::Kind::DayOff)));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    typeText(name, QStringLiteral("Nghỉ đột xuất"));
    auto *reference = dialog->findChild<QLineEdit *>(QStringLiteral("referenceEdit"));
    reference->setFocus();
    typeText(reference, QStringLiteral("Quyết định 1/QĐ-UBND"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(watch.isNull());

    // The table, the colour and the tooltip of the day, the message, the dossier.
    QCOMPARE(m_table->model()->rowCount(), 5);
    const int row = rowOf(day);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->model()->index(row, AnnouncementModel::NameColumn).data().toString(),
             QStringLiteral("Nghỉ đột xuất"));
    QCOMPARE(m_table->model()->index(row, AnnouncementModel::ReferenceColumn).data().toString(),
             QStringLiteral("Quyết định 1/QĐ-UBND"));
    QCOMPARE(m_table->currentIndex().row(), row);
    QCOMPARE(m_view->styleOf(day), YearView::DayStyle::DayOff);
    QCOMPARE(m_view->toolTipFor(day),
             QStringLiteral("Wednesday, 04/03/2026\nDay off: Nghỉ đột xuất\n"
                            "Legal reference: Quyết định 1/QĐ-UBND"));
    const QRect cell = m_view->dayRect(day);
    QVERIFY(!cell.isEmpty());
    const QImage image = m_view->grab().toImage();
    const QPoint probe
        = cell.topLeft() + QPoint(qMax(5, cell.width() / 4), qMax(5, cell.height() / 4));
    QCOMPARE(QColor(image.pixel(probe)), YearView::background(YearView::DayStyle::DayOff));
    const QDate tuesday(2026, 3, 3);
    const QRect other = m_view->dayRect(tuesday);
    QCOMPARE(QColor(image.pixel(other.topLeft()
                                + QPoint(qMax(5, other.width() / 4), qMax(5, other.height() / 4)))),
             YearView::background(YearView::DayStyle::Working));

    QCOMPARE(m_page->statusText(),
             QStringLiteral("Saved the announcement of 04/03/2026. "
                            "The deadline of 1 open dossier was recomputed."));
    QCOMPARE(DossierStore(m_database->connection()).find(dossier->id)->dueAt,
             test::officeTime(2026, 3, 6, 9, 15));
}

void TestCalendarPage::refusedSaveKeepsTheDialogOpen()
{
    m_page->setActor(test::administrator());
    AnnouncementDialog *dialog = openDialog(m_add);
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))
        ->setDate(QDate(2026, 1, 2)); // announced already
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Again"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(),
             QStringLiteral("02/01/2026 already has an announcement: edit that one instead."));
    QCOMPARE(m_table->model()->rowCount(), 4);
    QCOMPARE(m_page->statusText(), QString());
    dialog->reject();
}

void TestCalendarPage::editThroughTheDialog()
{
    m_page->setActor(test::administrator());
    m_table->selectRow(rowOf(QDate(2026, 8, 31)));
    QVERIFY(m_edit->isEnabled());
    AnnouncementDialog *dialog = openDialog(m_edit);
    QVERIFY(dialog);
    QPointer<AnnouncementDialog> watch(dialog);
    QCOMPARE(dialog->announcement().name, QStringLiteral("Nghỉ Quốc khánh (hoán đổi)"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    typeText(name, QStringLiteral("Nghỉ bù Quốc khánh"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(watch.isNull());
    QCOMPARE(m_table->model()->rowCount(), 4);
    QCOMPARE(m_table->model()
                 ->index(rowOf(QDate(2026, 8, 31)), AnnouncementModel::NameColumn)
                 .data()
                 .toString(),
             QStringLiteral("Nghỉ bù Quốc khánh"));
    QVERIFY(m_view->toolTipFor(QDate(2026, 8, 31)).contains(QStringLiteral("Nghỉ bù Quốc khánh")));
}

void TestCalendarPage::deleteKeyRemovesAfterConfirmation()
{
    m_page->setActor(test::administrator());
    const QDate worked(2026, 1, 10);
    QCOMPARE(m_view->styleOf(worked), YearView::DayStyle::WorkedRestDay);
    m_table->setFocus();
    m_table->selectRow(rowOf(worked));

    bool answered = false;
    answerNextMessageBox(m_page.get(), QStringLiteral("Cancel"), &answered);
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(answered);
    QCOMPARE(m_table->model()->rowCount(), 4);

    // The offscreen platform does not give the activation back when the box closes.
    QApplication::setActiveWindow(m_page.get());
    m_table->setFocus();
    answerNextMessageBox(m_page.get(), QStringLiteral("&Remove"), &answered);
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(answered);
    QCOMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(rowOf(worked), -1);
    QCOMPARE(m_view->styleOf(worked), YearView::DayStyle::RestDay);
    QVERIFY(!CalendarStore(m_database->connection()).find(worked));
    QCOMPARE(m_page->statusText(),
             QStringLiteral(
                 "Removed the announcement of 10/01/2026. No open dossier's deadline changed."));
    // Nothing selected any more: Del does nothing.
    QVERIFY(!m_remove->isEnabled());
}

void TestCalendarPage::pageKeysChangeTheYear()
{
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_PageDown);
    QCOMPARE(m_page->year(), 2027);
    QCOMPARE(m_view->year(), 2027);
    QCOMPARE(m_table->model()->rowCount(), 0);
    QCOMPARE(m_view->styleOf(QDate(2027, 2, 10)),
             YearView::DayStyle::DayOff); // compensatory for Tết
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_PageUp);
    QTest::keyClick(m_table, Qt::Key_PageUp);
    QCOMPARE(m_page->year(), 2025);
    auto *spin = m_page->findChild<QSpinBox *>(QStringLiteral("yearSpin"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_PageDown);
    QCOMPARE(m_page->year(), 2026);
    QCOMPARE(m_table->model()->rowCount(), 4);
}

void TestCalendarPage::doubleClickOnADayOffersIt()
{
    m_page->setActor(test::administrator());
    const QDate saturday(2026, 3, 14);
    QTest::mouseDClick(m_view, Qt::LeftButton, Qt::NoModifier, m_view->dayRect(saturday).center());
    AnnouncementDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<AnnouncementDialog *>()));
    QCOMPARE(dialog->announcement().date, saturday);
    QCOMPARE(dialog->announcement().kind,
             CalendarOverride::Kind::WorkingDay); // a rest day: to be worked
    dialog->reject();

    // On a day already announced, the same gesture edits that announcement.
    QTRY_VERIFY(!m_page->findChild<AnnouncementDialog *>());
    QTest::mouseDClick(m_view, Qt::LeftButton, Qt::NoModifier,
                       m_view->dayRect(QDate(2026, 1, 2)).center());
    QTRY_VERIFY((dialog = m_page->findChild<AnnouncementDialog *>()));
    QCOMPARE(dialog->announcement().name, QStringLiteral("Nghỉ Tết Dương lịch (hoán đổi)"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit announcement"));
    dialog->reject();
}

void TestCalendarPage::retranslatesOnLanguageChange()
{
    const QDate newYear(2026, 1, 1);
    QVERIFY(m_view->toolTipFor(newYear).contains(QStringLiteral("New Year's Day")));
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_VERIFY(m_view->toolTipFor(newYear).contains(QStringLiteral("Tết Dương lịch")));
    QVERIFY(m_view->toolTipFor(newYear).startsWith(QStringLiteral("Thứ Năm, 01/01/2026")));
}

void TestCalendarPage::mainWindowHandsOverTheActor()
{
    MainWindow window(*m_database);
    auto *page = qobject_cast<CalendarPage *>(window.pageWidget(MainWindow::Page::Calendar));
    QVERIFY(page);
    QVERIFY(page->isReadOnly());
    window.setActor(test::clerk());
    QVERIFY(page->isReadOnly());
    window.setActor(test::administrator());
    QVERIFY(!page->isReadOnly());
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
