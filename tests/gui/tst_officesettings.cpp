#include "db/database.h"
#include "dialogs/officesettingsdialog.h"
#include "domain/language.h"
#include "domain/officesettings.h"
#include "guistartup.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "pages/settingspage.h"
#include "storefixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace motcua;

class TestOfficeSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogShowsStoredValuesAndDefaults();
    void badValueShowsItsMessageNextToTheField_data();
    void badValueShowsItsMessageNextToTheField();
    void goodValuesAreSavedTogetherWithOneEvent();
    void settingsPageShowsTheOfficeAndFollowsPermission();
    void mainWindowForwardsTheActor();
    void firstStartAsksForTheOffice();
    void firstStartCancelledQuitsAfterExplaining();
    void firstStartCanGoBackToTheSetup();
    void firstStartWithoutPermissionRefuses();
    void setUpOfficeOpensNoDialog();

private:
    // A database without any office setting, as on the first start.
    bool openBare();
    qint64 settingsEvents() const
    {
        return test::count(
            m_db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'settings-changed'"));
    }
    static void fillRequired(OfficeSettingsDialog *dialog);

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestOfficeSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
}

void TestOfficeSettings::init()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestOfficeSettings::cleanup()
{
    m_db.close();
}

bool TestOfficeSettings::openBare()
{
    return m_db.open(m_dir.filePath(QStringLiteral("bare-%1.sqlite").arg(++m_count)));
}

void TestOfficeSettings::fillRequired(OfficeSettingsDialog *dialog)
{
    test::retype(dialog->editor(QStringLiteral("office.name")),
                 QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    test::retype(dialog->editor(QStringLiteral("office.parent")),
                 QStringLiteral("UBND xã Tân Hòa"));
    test::retype(dialog->editor(QStringLiteral("office.code")), QStringLiteral("000.00.19.H47"));
}

void TestOfficeSettings::dialogShowsStoredValuesAndDefaults()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("values.sqlite")));
    OfficeSettingsDialog dialog(m_db.connection(), test::administrator());
    QCOMPARE(dialog.editor(QStringLiteral("office.code"))->text(), QStringLiteral("000.00.19.H47"));
    QCOMPARE(dialog.editor(QStringLiteral("office.hours"))->text(),
             QStringLiteral("07:30-11:30,13:30-17:30"));
    QCOMPARE(dialog.editor(QStringLiteral("office.cutoff"))->text(), QStringLiteral("15:00"));
    // One field per setting, the description as placeholder and tooltip.
    for (const OfficeSettings::Spec &spec : OfficeSettings::all()) {
        QLineEdit *edit = dialog.editor(spec.key);
        QVERIFY2(edit, qPrintable(spec.key));
        QCOMPARE(edit->placeholderText(), OfficeSettings::description(spec.key));
        QCOMPARE(edit->toolTip(), OfficeSettings::description(spec.key));
    }
    QVERIFY(!dialog.isFirstStart());
    QCOMPARE(dialog.windowTitle(), OfficeSettingsDialog::tr("Office settings"));
}

void TestOfficeSettings::badValueShowsItsMessageNextToTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("lower-case office code") << "office.code"
                                            << "000.00.19.h47";
    QTest::newRow("office code with two dots") << "office.code"
                                               << "000..19";
    QTest::newRow("office code of 36 characters") << "office.code" << QString(36, QLatin1Char('1'));
    QTest::newRow("office code with a space") << "office.code"
                                              << "000 00";
    QTest::newRow("empty office code") << "office.code"
                                       << "";
    QTest::newRow("empty name") << "office.name"
                                << "";
    QTest::newRow("phone with letters") << "office.phone"
                                        << "09123abc78";
    QTest::newRow("overlapping hours") << "office.hours"
                                       << "07:30-11:30,11:00-17:00";
    QTest::newRow("cut-off not a time") << "office.cutoff"
                                        << "3 giờ chiều";
    QTest::newRow("every day a rest day") << "calendar.rest_days"
                                          << "mon,tue,wed,thu,fri,sat,sun";
}

void TestOfficeSettings::badValueShowsItsMessageNextToTheField()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("bad-%1.sqlite").arg(++m_count)));
    const QMap<QString, QString> before = SettingsStore(m_db.connection()).all();
    const qint64 eventsBefore = settingsEvents();

    OfficeSettingsDialog dialog(m_db.connection(), test::administrator());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A good change elsewhere must not be saved either: all or nothing.
    test::retype(dialog.editor(QStringLiteral("office.address")),
                 QStringLiteral("Thôn Đông, xã Tân Hòa"));
    QLineEdit *edit = dialog.editor(key);
    test::retype(edit, value);
    QTest::keyClick(edit, Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QString expected;
    QString normalized;
    QVERIFY(!OfficeSettings::validate(key, value, &normalized, &expected));
    QCOMPARE(dialog.errorText(key), expected);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error_") + key);
    QVERIFY(error->isVisible());
    // Next to the field: right under it, aligned with it.
    // The rest days are chosen with check boxes (the line behind them is hidden).
    const bool days = !edit->isVisible();
    const QRect field = days
        ? dialog.findChild<QCheckBox *>(QStringLiteral("restDay_mon"))
              ->geometry()
              .united(dialog.findChild<QCheckBox *>(QStringLiteral("restDay_sun"))->geometry())
        : edit->geometry();
    const QRect message = error->geometry();
    QVERIFY(error->parentWidget() == edit->parentWidget());
    QCOMPARE(message.left(), field.left());
    QVERIFY(message.top() >= field.bottom() && message.top() - field.bottom() < 12);
    // Only that field is marked, and it has the focus to be corrected.
    for (const OfficeSettings::Spec &spec : OfficeSettings::all()) {
        if (spec.key != key)
            QVERIFY2(dialog.errorText(spec.key).isEmpty(), qPrintable(spec.key));
    }
    QTRY_VERIFY(days ? dialog.findChild<QCheckBox *>(QStringLiteral("restDay_mon"))->hasFocus()
                     : edit->hasFocus());
    QCOMPARE(SettingsStore(m_db.connection()).all(), before);
    QCOMPARE(settingsEvents(), eventsBefore);

    // Editing the field clears its message.
    test::typeText(edit, QStringLiteral("1"));
    QVERIFY(error->isHidden());
}

void TestOfficeSettings::goodValuesAreSavedTogetherWithOneEvent()
{
    QVERIFY(openBare());
    OfficeSettingsDialog dialog(m_db.connection(), test::administrator());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillRequired(&dialog);
    test::retype(dialog.editor(QStringLiteral("office.phone")), QStringLiteral("0912 345 678"));
    test::retype(dialog.editor(QStringLiteral("office.cutoff")), QStringLiteral("15:30"));
    test::retype(dialog.editor(QStringLiteral("calendar.rest_days")), QStringLiteral("sun, sat"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const QMap<QString, QString> stored = SettingsStore(m_db.connection()).all();
    QCOMPARE(stored.value("office.name"), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    QCOMPARE(stored.value("office.parent"), QStringLiteral("UBND xã Tân Hòa"));
    QCOMPARE(stored.value("office.code"), QStringLiteral("000.00.19.H47"));
    QCOMPARE(stored.value("office.phone"), QStringLiteral("0912345678")); // normalised by the store
    QCOMPARE(stored.value("office.cutoff"), QStringLiteral("15:30"));
    QCOMPARE(stored.value("calendar.rest_days"), QStringLiteral("sat,sun"));
    // The defaults shown were saved as the office's values.
    QCOMPARE(stored.value("office.hours"), QStringLiteral("07:30-11:30,13:30-17:30"));
    QCOMPARE(stored.value("office.receipt_book"), QStringLiteral("01"));
    QVERIFY(OfficeSettings::missingRequired(stored).isEmpty());
    QCOMPARE(settingsEvents(), 1);
}

void TestOfficeSettings::settingsPageShowsTheOfficeAndFollowsPermission()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("page.sqlite")));
    SettingsPage page(m_db.connection());
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *name = page.findChild<QLabel *>(QStringLiteral("value_office.name"));
    QCOMPARE(name->text(), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("value_office.cutoff"))->text(),
             QStringLiteral("15:00"));
    auto *edit = page.findChild<QPushButton *>(QStringLiteral("editOfficeButton"));
    QVERIFY(!edit->isEnabled()); // nobody signed in yet
    page.setActor(test::clerk());
    QVERIFY(!edit->isEnabled());
    QCOMPARE(edit->toolTip(), Roles::deniedMessage(Permission::EditSettings));
    page.setActor(test::administrator());
    QVERIFY(edit->isEnabled());

    QSignalSpy changed(&page, &SettingsPage::officeSettingsChanged);
    auto answered = test::answerNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<OfficeSettingsDialog *>(modal);
        QVERIFY(dialog);
        test::retype(dialog->editor(QStringLiteral("office.name")),
                     QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Hòa"));
        dialog->accept();
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(*answered);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(name->text(), QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Hòa"));
    QCOMPARE(settingsEvents(), 2); // openOffice, then this change
}

void TestOfficeSettings::mainWindowForwardsTheActor()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("window.sqlite")));
    MainWindow window(m_db);
    auto *edit = window.findChild<QPushButton *>(QStringLiteral("editOfficeButton"));
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());
    window.setActor(test::administrator());
    QCOMPARE(window.actor().username, test::administrator().username);
    QVERIFY(edit->isEnabled());
    window.setActor(test::clerk());
    QVERIFY(!edit->isEnabled());

    // The status bar follows a change of the office's name.
    window.setActor(test::administrator());
    auto answered = test::answerNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<OfficeSettingsDialog *>(modal);
        test::retype(dialog->editor(QStringLiteral("office.name")),
                     QStringLiteral("Bộ phận Một cửa xã Mới"));
        dialog->accept();
    });
    edit->click();
    QTRY_VERIFY(*answered);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusOffice"))->text(),
             QStringLiteral("Bộ phận Một cửa xã Mới"));
}

void TestOfficeSettings::firstStartAsksForTheOffice()
{
    QVERIFY(openBare());
    QVERIFY(!OfficeSettings::missingRequired(SettingsStore(m_db.connection()).all()).isEmpty());
    bool firstStart = false;
    QString title;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<OfficeSettingsDialog *>(modal);
        QVERIFY(dialog);
        firstStart = dialog->isFirstStart();
        title = dialog->windowTitle();
        fillRequired(dialog);
        dialog->accept();
    });
    QVERIFY(GuiStartup::ensureOfficeIsSetUp(m_db, test::administrator()));
    QVERIFY(*answered);
    QVERIFY(firstStart);
    QCOMPARE(title, OfficeSettingsDialog::tr("Set up the office"));
    QVERIFY(OfficeSettings::missingRequired(SettingsStore(m_db.connection()).all()).isEmpty());
    QCOMPARE(SettingsStore(m_db.connection()).value(QStringLiteral("office.code")),
             QStringLiteral("000.00.19.H47"));
    QCOMPARE(settingsEvents(), 1);
}

void TestOfficeSettings::firstStartCancelledQuitsAfterExplaining()
{
    QVERIFY(openBare());
    QString box;
    QString explanation;
    std::shared_ptr<bool> quitAnswered;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<OfficeSettingsDialog *>(modal);
        QVERIFY(dialog);
        // Something typed, then cancelled: nothing is kept.
        test::retype(dialog->editor(QStringLiteral("office.name")), QStringLiteral("Tân Hòa"));
        dialog->reject();
        quitAnswered = test::answerNextModal([&](QWidget *quit) {
            box = quit->objectName();
            explanation = qobject_cast<QMessageBox *>(quit)->text();
            test::clickMessageBoxButton(quit, QMessageBox::AcceptRole);
        });
    });
    QVERIFY(!GuiStartup::ensureOfficeIsSetUp(m_db, test::administrator()));
    QVERIFY(*answered);
    QVERIFY(quitAnswered && *quitAnswered);
    QCOMPARE(box, QStringLiteral("officeSetupQuitBox"));
    QCOMPARE(explanation,
             QCoreApplication::translate(
                 "GuiStartup",
                 "Một Cửa cannot receive dossiers before the office is set up: its name is "
                 "printed on every receipt and its code begins every dossier code.\n\nQuit "
                 "now and set it up at the next start?"));
    QVERIFY(SettingsStore(m_db.connection()).all().isEmpty());
    QCOMPARE(settingsEvents(), 0);
}

void TestOfficeSettings::firstStartCanGoBackToTheSetup()
{
    QVERIFY(openBare());
    int dialogs = 0;
    std::shared_ptr<bool> second;
    auto first = test::answerNextModal([&](QWidget *modal) {
        ++dialogs;
        qobject_cast<QDialog *>(modal)->reject();
        second = test::answerNextModal([&](QWidget *box) {
            test::clickMessageBoxButton(box, QMessageBox::RejectRole); // back to the setup
            test::answerNextModal([&](QWidget *again) {
                ++dialogs;
                auto *dialog = qobject_cast<OfficeSettingsDialog *>(again);
                QVERIFY(dialog);
                fillRequired(dialog);
                dialog->accept();
            });
        });
    });
    QVERIFY(GuiStartup::ensureOfficeIsSetUp(m_db, test::administrator()));
    QCOMPARE(dialogs, 2);
    QVERIFY(OfficeSettings::missingRequired(SettingsStore(m_db.connection()).all()).isEmpty());
}

void TestOfficeSettings::firstStartWithoutPermissionRefuses()
{
    QVERIFY(openBare());
    QString shown;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        shown = modal->metaObject()->className();
        test::clickMessageBoxButton(modal, QMessageBox::AcceptRole);
    });
    QVERIFY(!GuiStartup::ensureOfficeIsSetUp(m_db, test::clerk()));
    QVERIFY(*answered);
    QCOMPARE(shown, QStringLiteral("QMessageBox"));
    QVERIFY(SettingsStore(m_db.connection()).all().isEmpty());
}

void TestOfficeSettings::setUpOfficeOpensNoDialog()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("ready.sqlite")));
    bool modalSeen = false;
    auto watcher = test::answerNextModal(
        [&](QWidget *modal) {
            modalSeen = true;
            modal->close();
        },
        200);
    QVERIFY(GuiStartup::ensureOfficeIsSetUp(m_db, test::administrator()));
    QTest::qWait(250);
    QVERIFY(!modalSeen);
}

QTEST_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"
