#include "dialogs/officesettingsdialog.h"
#include "domain/language.h"
#include "dossier/dossierwindow.h"
#include "guitestsupport.h"
#include "lifecyclefixture.h"
#include "mainwindow.h"
#include "pages/settingspage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

using namespace motcua;

// Issue 13: the screens fit common monitors. Every form shows its labels at its default size;
// every page fits 1024×768 (less the window's frame and the taskbar); the first start opens
// within the screen.
class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void officeSettingsShowEveryLabel_data();
    void officeSettingsShowEveryLabel();
    void restDaysAreNamedWeekdays();
    void everyPageFitsSmallScreens_data();
    void everyPageFitsSmallScreens();
    void firstStartOpensWithinTheScreen();
    void dossierWindowFitsTheScreen();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
}

void TestScreenFit::init()
{
    QSettings().clear();
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("fit-%1.sqlite").arg(++m_count)));
}

void TestScreenFit::cleanup()
{
    m_db.close();
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestScreenFit::officeSettingsShowEveryLabel_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width"); // 0: the dialog's own size
    for (const char *language : {"vi", "en"}) {
        QTest::addRow("%s default size", language) << QString::fromLatin1(language) << 0;
        QTest::addRow("%s 600 px", language) << QString::fromLatin1(language) << 600;
    }
}

void TestScreenFit::officeSettingsShowEveryLabel()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QVERIFY(Language::apply(language));
    OfficeSettingsDialog dialog(m_db.connection(), test::administrator());
    dialog.setFirstStart(true);
    if (width > 0)
        dialog.resize(width, dialog.sizeHint().height());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (width > 0)
        QCOMPARE(dialog.width(), width);
    QVERIFY2(dialog.width() <= 1024, qPrintable(QString::number(dialog.width())));
    const QList<QFormLayout *> forms = dialog.findChildren<QFormLayout *>();
    QVERIFY(!forms.isEmpty());
    int labels = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label)
                continue;
            ++labels;
            const QString what = label->text();
            QVERIFY2(label->isVisible(), qPrintable(what));
            QVERIFY2(label->width() >= label->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(what)
                                    .arg(label->width())
                                    .arg(label->sizeHint().width())));
            const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
            // Inside the dialog's width (the scroll area scrolls down, never sideways).
            QVERIFY2(inDialog.left() >= 0 && inDialog.right() < dialog.width(), qPrintable(what));
        }
    }
    // One label per office setting of the dialog (office.first_use_date, backup.folder and
    // backup.keep came with issue 12).
    QCOMPARE(labels, 17);
}

void TestScreenFit::restDaysAreNamedWeekdays()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
    OfficeSettingsDialog dialog(m_db.connection(), test::administrator());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList names;
    QStringList checked;
    for (const char *key : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("restDay_") + QLatin1String(key));
        QVERIFY2(box, key);
        QVERIFY(box->isVisible());
        names << box->text();
        if (box->isChecked())
            checked << QLatin1String(key);
    }
    QCOMPARE(
        names,
        (QStringList {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"}));
    QCOMPARE(checked, (QStringList {"sat", "sun"})); // the default
    QVERIFY(!dialog.editor(QStringLiteral("calendar.rest_days"))->isVisible());

    // Saturday a working day; stored as before.
    auto *saturday = dialog.findChild<QCheckBox *>(QStringLiteral("restDay_sat"));
    saturday->setFocus();
    QTest::keyClick(saturday, Qt::Key_Space);
    QCOMPARE(dialog.editor(QStringLiteral("calendar.rest_days"))->text(), QStringLiteral("sun"));
    test::retype(dialog.editor(QStringLiteral("office.name")),
                 QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(SettingsStore(m_db.connection()).value(QStringLiteral("calendar.rest_days")),
             QStringLiteral("sun"));
    // The settings page says it in words too.
    SettingsPage page(m_db.connection());
    page.show();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("value_calendar.rest_days"))->text(),
             QStringLiteral("Chủ nhật"));
}

void TestScreenFit::everyPageFitsSmallScreens_data()
{
    test::addLanguageAndPageRows(QMetaEnum::fromType<MainWindow::Page>());
}

void TestScreenFit::everyPageFitsSmallScreens()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QVERIFY(Language::apply(language));
    // 1024×768 less the window's title bar and a taskbar.
    const QSize screen(1024, 740);
    MainWindow window(m_db);
    window.setActor(test::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page(page));
    QWidget *widget = window.pageWidget(MainWindow::Page(page));
    const QSize pageHint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
    const QSize windowHint = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(windowHint.width() <= screen.width() && windowHint.height() <= screen.height(),
             qPrintable(
                 QStringLiteral("window %1×%2").arg(windowHint.width()).arg(windowHint.height())));
    QVERIFY2(pageHint.width() <= screen.width() && pageHint.height() <= screen.height(),
             qPrintable(QStringLiteral("page %1×%2").arg(pageHint.width()).arg(pageHint.height())));
    // And laid out at that size, the page's buttons are inside the window.
    window.resize(screen);
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), screen);
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->window() != &window)
            continue;
        // Buttons inside a scroll area may be scrolled to; the others must be on screen.
        bool scrolled = false;
        for (QWidget *p = button->parentWidget(); p && p != widget; p = p->parentWidget())
            scrolled = scrolled || p->inherits("QAbstractScrollArea");
        if (scrolled)
            continue;
        const QRect rect(button->mapTo(&window, QPoint(0, 0)), button->size());
        QVERIFY2(QRect(QPoint(0, 0), screen).contains(rect),
                 qPrintable(button->text()
                            + QStringLiteral(" at %1,%2 %3×%4")
                                  .arg(rect.x())
                                  .arg(rect.y())
                                  .arg(rect.width())
                                  .arg(rect.height())));
    }
}

void TestScreenFit::firstStartOpensWithinTheScreen()
{
    MainWindow window(m_db);
    window.setActor(test::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.isMaximized() || available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestScreenFit::dossierWindowFitsTheScreen()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QList<FieldError> errors;
    const auto dossier
        = DossierStore(m_db.connection()).receive(test::clerk(), test::validRequest(m_db), &errors);
    QVERIFY(dossier);
    DossierWindow window(m_db, test::supervisor(), dossier->id);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize hint = window.minimumSizeHint();
    QVERIFY2(hint.width() <= 1024 && hint.height() <= 740,
             qPrintable(QStringLiteral("%1×%2").arg(hint.width()).arg(hint.height())));
    // Within the screen when the screen has room for it (the offscreen one is 800×600).
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= qMax(available.width(), hint.width())
                 && window.height() <= qMax(available.height(), hint.height()),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
