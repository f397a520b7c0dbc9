#include "db/database.h"
#include "domain/language.h"
#include "guitestsupport.h"
#include "item/proceduretablemodel.h"
#include "mainwindow.h"
#include "pages/procedurespage.h"
#include "storefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace motcua;

class TestProceduresPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void liveSearchIgnoresDiacritics_data();
    void liveSearchIgnoresDiacritics();
    void fieldFilterNarrowsTheList();
    void editedDurationIsSaved();
    void invalidValuesAreRefusedWithTheirMessage_data();
    void invalidValuesAreRefusedWithTheirMessage();
    void newProcedureWithDocumentsByKeyboard();
    void documentsCanBeReordered();
    void closingWhileACellIsEdited();
    void deleteKeyDeactivatesAfterConfirmation();
    void unsavedChangesAreNotLostSilently();
    void importWithBadRowsImportsNothing();
    void importReportsCounts();
    void importRefusesNonUtf8();
    void exportWritesTheCatalogue();
    void readOnlyForClerks_data();
    void readOnlyForClerks();
    void ctrlNIsNewProcedureOnlyOnThisPage();
    void retranslatesOnLanguageChange();
    void closingTheWindowAsksAboutUnsavedEdits();

private:
    ProceduresPage *openPage(const Actor &actor = test::administrator());
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QString codeAt(int row) const;
    int rowOf(const QString &code) const;
    void selectRow(const QString &code);
    qint64 events(const QString &kind) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    Database m_db;
    ProceduresPage *m_page = nullptr;
    int m_count = 0;
};

static const QByteArray header
    = "code,name,field,level,duration,unit,cutoff,fee,office,documents\n";

void TestProceduresPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaTest"));
    QSettings().clear();
}

void TestProceduresPage::init()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("page-%1.sqlite").arg(++m_count)));
}

void TestProceduresPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_db.close();
}

ProceduresPage *TestProceduresPage::openPage(const Actor &actor)
{
    delete m_page;
    m_page = new ProceduresPage(m_db.connection());
    m_page->setActor(actor);
    m_page->resize(1100, 720);
    m_page->show();
    if (!QTest::qWaitForWindowActive(m_page))
        qWarning("the page did not become active");
    return m_page;
}

QString TestProceduresPage::codeAt(int row) const
{
    return child<QTableView>("proceduresTable")
        ->model()
        ->index(row, ProcedureTableModel::Code)
        .data()
        .toString();
}

int TestProceduresPage::rowOf(const QString &code) const
{
    const QAbstractItemModel *model = child<QTableView>("proceduresTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProcedureTableModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

void TestProceduresPage::selectRow(const QString &code)
{
    auto *table = child<QTableView>("proceduresTable");
    const int row = rowOf(code);
    QVERIFY2(row >= 0, qPrintable(code));
    const QModelIndex index = table->model()->index(row, ProcedureTableModel::Name);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_page->currentProcedureId(), test::procedureId(m_db, code));
}

qint64 TestProceduresPage::events(const QString &kind) const
{
    return test::count(m_db,
                       QStringLiteral("SELECT count(*) FROM events WHERE kind = '%1'").arg(kind));
}

QString TestProceduresPage::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestProceduresPage::liveSearchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("without diacritics") << "dang ky khai sinh";
    QTest::newRow("with diacritics") << "đăng ký khai sinh";
    QTest::newRow("upper case") << "ĐĂNG KÝ KHAI SINH";
}

void TestProceduresPage::liveSearchIgnoresDiacritics()
{
    QFETCH(QString, typed);
    openPage();
    auto *table = child<QTableView>("proceduresTable");
    const int all = table->model()->rowCount();
    QTest::keyClick(m_page, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>("procedureSearch");
    QTRY_VERIFY(search->hasFocus());
    test::typeText(search, typed);
    QCOMPARE(search->text(), typed);
    QCOMPARE(codeAt(0), QStringLiteral("1.001193"));
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(child<QLabel>("procedureCount")->text().contains(QLatin1Char('3')));
    search->clear();
    QCOMPARE(table->model()->rowCount(), all);
}

void TestProceduresPage::fieldFilterNarrowsTheList()
{
    openPage();
    auto *filter = child<QComboBox>("fieldFilter");
    auto *table = child<QTableView>("proceduresTable");
    const int index = filter->findData(QStringLiteral("Chứng thực"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QVERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, ProcedureTableModel::Field).data().toString(),
                 QStringLiteral("Chứng thực"));
    // The new procedure starts in the chosen field.
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(child<QComboBox>("fieldCombo")->currentText(), QStringLiteral("Chứng thực"));
}

void TestProceduresPage::editedDurationIsSaved()
{
    openPage();
    selectRow(QStringLiteral("1.004873"));
    auto *duration = child<QDoubleSpinBox>("durationSpin");
    QCOMPARE(duration->value(), 3.0);
    const qint64 before = events(QStringLiteral("procedure-saved"));

    test::retype(duration, QStringLiteral("5"));
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(duration, Qt::Key_S, Qt::ControlModifier);

    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(child<QLabel>("procedureErrors")->isHidden());
    QVERIFY(child<QLabel>("procedureStatus")->text().contains(QStringLiteral("1.004873")));
    const auto stored = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004873"));
    QCOMPARE(stored->rule.amount, 5.0);
    QCOMPARE(stored->rule.unit, DeadlineRule::Unit::Days);
    QCOMPARE(events(QStringLiteral("procedure-saved")), before + 1);
    QCOMPARE(
        test::count(m_db,
                    QStringLiteral("SELECT count(*) FROM events WHERE kind = 'procedure-saved' "
                                   "AND details LIKE '%1.004873%'")),
        1);
    // The table shows the new value, still selected.
    const int row = rowOf(QStringLiteral("1.004873"));
    auto *table = child<QTableView>("proceduresTable");
    QCOMPARE(table->model()->index(row, ProcedureTableModel::Duration).data().toString(),
             QStringLiteral("5 ngày làm việc"));
    QCOMPARE(table->currentIndex().row(), row);

    // Saving again without an edit writes nothing.
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QTest::keyClick(duration, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(events(QStringLiteral("procedure-saved")), before + 1);
}

void TestProceduresPage::invalidValuesAreRefusedWithTheirMessage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("message");
    const QString name = QStringLiteral("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
    const auto procedures = [](const char *text) {
        return QCoreApplication::translate("Procedures", text);
    };
    QTest::newRow("zero days")
        << "1.004873" << name << 0 << "0"
        << procedures("The duration in working days must be more than 0 and at most 730.");
    QTest::newRow("too many days")
        << "1.004873" << name << 0 << "731"
        << procedures("The duration in working days must be more than 0 and at most 730.");
    QTest::newRow("too many hours")
        << "1.004873" << name << 1 << "6000"
        << procedures("The duration in working hours must be more than 0 and at most 5840.");
    QTest::newRow("empty name")
        << "1.004873"
        << "" << 0 << "3" << procedures("%1 is required.").arg(procedures("The procedure name"));
    QTest::newRow("bad code")
        << "1 004873" << name << 0 << "3"
        << procedures(
               "The procedure code is required: letters, digits, dots, dashes (e.g. 1.001193).");
    QTest::newRow("step budgets not numbers")
        << "1.004873" << name << 0 << "3|{\"counter\": \"half\"}" << QStringLiteral("counter");
    QTest::newRow("code of another procedure")
        << "1.001193" << name << 0 << "3"
        << ProcedureStore::tr("Another procedure already has the code %1.").arg("1.001193");
}

void TestProceduresPage::invalidValuesAreRefusedWithTheirMessage()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, unit);
    QFETCH(QString, duration);
    QFETCH(QString, message);
    openPage();
    selectRow(QStringLiteral("1.004873"));
    const QString before = ProcedureStore(m_db.connection()).exportCsv();
    const qint64 eventsBefore = events(QStringLiteral("procedure-saved"));

    test::retype(child<QLineEdit>("codeEdit"), code);
    test::retype(child<QPlainTextEdit>("nameEdit"), name);
    child<QComboBox>("unitCombo")->setCurrentIndex(unit);
    test::retype(child<QDoubleSpinBox>("durationSpin"), duration.section(QLatin1Char('|'), 0, 0));
    if (duration.contains(QLatin1Char('|')))
        test::retype(child<QLineEdit>("stepBudgetsEdit"), duration.section(QLatin1Char('|'), 1));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    auto *errors = child<QLabel>("procedureErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(message.toHtmlEscaped()), qPrintable(errors->text()));
    QVERIFY(m_page->hasUnsavedChanges());
    QCOMPARE(ProcedureStore(m_db.connection()).exportCsv(), before);
    QCOMPARE(events(QStringLiteral("procedure-saved")), eventsBefore);
    // What was typed stays, to be corrected.
    QCOMPARE(child<QLineEdit>("codeEdit")->text(), code);
}

void TestProceduresPage::newProcedureWithDocumentsByKeyboard()
{
    openPage();
    auto *table = child<QTableView>("proceduresTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    auto *code = child<QLineEdit>("codeEdit");
    QTRY_VERIFY(code->hasFocus());
    QCOMPARE(m_page->currentProcedureId(), 0);
    QCOMPARE(child<QLabel>("editorTitle")->text(), ProceduresPage::tr("New procedure"));
    QCOMPARE(child<QComboBox>("levelCombo")->currentText(),
             QStringLiteral("Cấp xã")); // the office's level

    test::typeText(code, QStringLiteral("9.000123"));
    test::typeText(child<QPlainTextEdit>("nameEdit"), QStringLiteral("Xác nhận thông tin hộ tịch"));
    test::retype(child<QComboBox>("fieldCombo")->lineEdit(), QStringLiteral("Hộ tịch"));
    test::retype(child<QComboBox>("officeCombo")->lineEdit(), QStringLiteral("Ủy ban nhân dân xã"));
    child<QComboBox>("unitCombo")->setCurrentIndex(1);
    test::retype(child<QDoubleSpinBox>("durationSpin"), QStringLiteral("4"));
    child<QCheckBox>("cutoffCheck")->setChecked(true);
    test::typeText(child<QLineEdit>("feeEdit"), QStringLiteral("Miễn phí"));

    // A document typed into the table and saved with Ctrl+S while its cell is still being edited.
    QTest::mouseClick(child<QPushButton>("addDocumentButton"), Qt::LeftButton);
    auto *documents = child<QTableWidget>("documentsTable");
    QCOMPARE(documents->rowCount(), 1);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && documents->isAncestorOf(editor));
    test::typeText(editor, QStringLiteral("Tờ khai đề nghị xác nhận"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);

    QVERIFY2(child<QLabel>("procedureErrors")->isHidden(),
             qPrintable(child<QLabel>("procedureErrors")->text()));
    const auto stored = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000123"));
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Xác nhận thông tin hộ tịch"));
    QCOMPARE(stored->field, QStringLiteral("Hộ tịch"));
    QCOMPARE(stored->level, QStringLiteral("Cấp xã"));
    QCOMPARE(stored->decidingOffice, QStringLiteral("Ủy ban nhân dân xã"));
    QCOMPARE(stored->rule.unit, DeadlineRule::Unit::Hours);
    QCOMPARE(stored->rule.amount, 4.0);
    QVERIFY(stored->rule.cutoff);
    QCOMPARE(stored->fee, QStringLiteral("Miễn phí"));
    QVERIFY(stored->active);
    QCOMPARE(stored->documents.size(), 1);
    QCOMPARE(stored->documents.first().name, QStringLiteral("Tờ khai đề nghị xác nhận"));
    QCOMPARE(stored->documents.first().originals, 1);
    QCOMPARE(m_page->currentProcedureId(), stored->id);
    QCOMPARE(codeAt(table->currentIndex().row()), QStringLiteral("9.000123"));
}

void TestProceduresPage::documentsCanBeReordered()
{
    openPage();
    selectRow(QStringLiteral("1.001193"));
    const QList<RequiredDocument> before
        = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.001193"))->documents;
    QVERIFY(before.size() >= 2);
    auto *documents = child<QTableWidget>("documentsTable");
    QCOMPARE(documents->rowCount(), before.size());
    documents->setCurrentCell(0, 0);
    QVERIFY(!child<QPushButton>("moveDocumentUpButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("moveDocumentDownButton"), Qt::LeftButton);
    QCOMPARE(documents->currentRow(), 1);
    documents->setCurrentCell(documents->rowCount() - 1, 0);
    QTest::mouseClick(child<QPushButton>("removeDocumentButton"), Qt::LeftButton);
    QVERIFY(m_page->save());

    const QList<RequiredDocument> after
        = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.001193"))->documents;
    QCOMPARE(after.size(), before.size() - 1);
    QCOMPARE(after.at(0).name, before.at(1).name);
    QCOMPARE(after.at(1).name, before.at(0).name);
    QCOMPARE(after.at(1).originals, before.at(0).originals);
    QCOMPARE(after.at(1).copies, before.at(0).copies);
}

// The page goes (the window closes) with a cell editor open: its last commit is no edit.
void TestProceduresPage::closingWhileACellIsEdited()
{
    openPage();
    selectRow(QStringLiteral("1.004873"));
    QTest::mouseClick(child<QPushButton>("addDocumentButton"), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && child<QTableWidget>("documentsTable")->isAncestorOf(editor));
    test::typeText(editor, QStringLiteral("Tờ khai"));
    delete m_page; // asserted "not of the correct type" in markDirty() before
    m_page = nullptr;
}

void TestProceduresPage::deleteKeyDeactivatesAfterConfirmation()
{
    openPage();
    selectRow(QStringLiteral("1.004873"));
    auto *table = child<QTableView>("proceduresTable");
    table->setFocus();
    const qint64 id = test::procedureId(m_db, QStringLiteral("1.004873"));

    // Cancelled: nothing changes.
    QString question;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        question = qobject_cast<QMessageBox *>(modal)->text();
        test::clickMessageBoxButton(modal, QMessageBox::RejectRole);
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY(*answered);
    QVERIFY(question.contains(QStringLiteral("1.004873")));
    QVERIFY(ProcedureStore(m_db.connection()).find(id)->active);
    // The offscreen platform does not give the window back its activation after a modal box.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    table->setFocus();

    answered = test::answerNextModal(
        [](QWidget *modal) { test::clickMessageBoxButton(modal, QMessageBox::AcceptRole); });
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY(*answered);
    QTRY_VERIFY(!ProcedureStore(m_db.connection()).find(id)->active);
    const int row = rowOf(QStringLiteral("1.004873"));
    QVERIFY(
        table->model()->index(row, ProcedureTableModel::Name).data(Qt::ForegroundRole).isValid());
    auto *activeButton = child<QPushButton>("activeButton");
    QCOMPARE(activeButton->text(), ProceduresPage::tr("&Activate"));
    QVERIFY(!child<QCheckBox>("activeCheck")->isChecked());

    // Activating again needs no confirmation.
    QTest::mouseClick(activeButton, Qt::LeftButton);
    QVERIFY(ProcedureStore(m_db.connection()).find(id)->active);
}

void TestProceduresPage::unsavedChangesAreNotLostSilently()
{
    openPage();
    selectRow(QStringLiteral("1.004873"));
    test::retype(child<QLineEdit>("feeEdit"), QStringLiteral("50.000 đồng"));

    // Keep editing: the selection stays on the edited procedure, the edit stays.
    auto answered = test::answerNextModal(
        [](QWidget *modal) { test::clickMessageBoxButton(modal, QMessageBox::RejectRole); });
    auto *table = child<QTableView>("proceduresTable");
    const QModelIndex other
        = table->model()->index(rowOf(QStringLiteral("1.001193")), ProcedureTableModel::Name);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QTRY_VERIFY(*answered);
    QCOMPARE(m_page->currentProcedureId(), test::procedureId(m_db, QStringLiteral("1.004873")));
    QCOMPARE(child<QLineEdit>("feeEdit")->text(), QStringLiteral("50.000 đồng"));
    QCOMPARE(codeAt(table->currentIndex().row()), QStringLiteral("1.004873"));

    // Discard: the other procedure is shown; nothing was saved.
    answered = test::answerNextModal(
        [](QWidget *modal) { test::clickMessageBoxButton(modal, QMessageBox::AcceptRole); });
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QTRY_VERIFY(*answered);
    QCOMPARE(m_page->currentProcedureId(), test::procedureId(m_db, QStringLiteral("1.001193")));
    QVERIFY(ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004873"))->fee
            != QStringLiteral("50.000 đồng"));
}

void TestProceduresPage::importWithBadRowsImportsNothing()
{
    openPage();
    const QString path
        = writeFile(QStringLiteral("bad.csv"),
                    header
                        + "9.000001,Thủ tục thử nghiệm,Khác,Cấp xã,3,days,0,,Ủy ban nhân dân xã,"
                          "Đơn đề nghị (1 bản chính)\n"
                          "9.000002,Thủ tục lỗi,Khác,Cấp xã,3,weeks,0,,,\n"
                          "9.000003,Thủ tục lỗi hai,Khác,Cấp xã,2,days,5,,,\n");
    const QString before = ProcedureStore(m_db.connection()).exportCsv();
    QString shown;
    QString title;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        title = modal->windowTitle();
        if (auto *text = modal->findChild<QPlainTextEdit *>(QStringLiteral("importErrorsText")))
            shown = text->toPlainText();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!m_page->importCsvFile(path));
    QVERIFY(*answered);
    QCOMPARE(title, ProceduresPage::tr("Import refused"));
    const auto line = [](int number) {
        return QCoreApplication::translate("Procedures", "Line %1: %2").arg(number).arg(QString());
    };
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(line(3)) && lines.at(0).contains(QStringLiteral("weeks")),
             qPrintable(shown));
    QVERIFY2(lines.at(1).startsWith(line(4)), qPrintable(shown));
    QCOMPARE(ProcedureStore(m_db.connection()).exportCsv(), before);
    QVERIFY(!ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000001")));
    QCOMPARE(events(QStringLiteral("procedures-imported")), 0);
}

void TestProceduresPage::importReportsCounts()
{
    openPage();
    const QString path = writeFile(
        QStringLiteral("good.csv"),
        header
            + "9.000001,Thủ tục thử nghiệm,Khác,Cấp xã,3,days,0,,Ủy ban nhân dân xã,"
              "Đơn đề nghị (1 bản chính) | Bản sao giấy tờ (0 bản chính, 1 bản sao)\n"
              "1.004873,Thủ tục cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Cấp xã,2,days,"
              "0,,Ủy ban nhân dân xã,Tờ khai\n");
    QString message;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        message = qobject_cast<QMessageBox *>(modal)->text();
        test::clickMessageBoxButton(modal, QMessageBox::AcceptRole);
    });
    QVERIFY(m_page->importCsvFile(path));
    QVERIFY(*answered);
    QCOMPARE(message,
             ProceduresPage::tr("Imported %1: %2 new procedure(s), %3 updated.")
                 .arg(QStringLiteral("good.csv"))
                 .arg(1)
                 .arg(1));
    QCOMPARE(
        ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000001"))->documents.size(),
        2);
    QCOMPARE(events(QStringLiteral("procedures-imported")), 1);
    QVERIFY(rowOf(QStringLiteral("9.000001")) >= 0);
    QVERIFY(child<QComboBox>("fieldFilter")->findData(QStringLiteral("Khác")) > 0);
}

void TestProceduresPage::importRefusesNonUtf8()
{
    openPage();
    // "Khai sinh" with Windows-1258 bytes, as a spreadsheet's legacy "CSV" would write it.
    const QString path = writeFile(QStringLiteral("legacy.csv"),
                                   header + "9.000001,\xD0\xE3ng k\xFD,Kh\xE1\x63,x,3,days,0,,,\n");
    QString shown;
    auto answered = test::answerNextModal([&](QWidget *modal) {
        shown
            = modal->findChild<QPlainTextEdit *>(QStringLiteral("importErrorsText"))->toPlainText();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!m_page->importCsvFile(path));
    QVERIFY(*answered);
    QVERIFY2(shown.contains(QStringLiteral("UTF-8")), qPrintable(shown));
    QVERIFY(!ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000001")));
}

void TestProceduresPage::exportWritesTheCatalogue()
{
    openPage(test::clerk()); // reading the catalogue is allowed to all
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(m_page->exportCsvFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), ProcedureStore(m_db.connection()).exportCsv());
}

void TestProceduresPage::readOnlyForClerks_data()
{
    QTest::addColumn<bool>("setClerk");
    QTest::newRow("clerk") << true;
    QTest::newRow("nobody signed in") << false;
}

void TestProceduresPage::readOnlyForClerks()
{
    QFETCH(bool, setClerk);
    delete m_page;
    m_page = new ProceduresPage(m_db.connection());
    if (setClerk)
        m_page->setActor(test::clerk());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page));

    QVERIFY(m_page->isReadOnly());
    auto *banner = child<QLabel>("readOnlyBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(Roles::deniedMessage(Permission::EditCatalogue)));
    for (const char *name : {"saveButton", "newProcedureButton", "importButton", "activeButton"})
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(!child<QPushButton>("addDocumentButton")->isVisible());
    QVERIFY(child<QLineEdit>("codeEdit")->isReadOnly());
    QVERIFY(child<QPlainTextEdit>("nameEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>("fieldCombo")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>("durationSpin")->isEnabled());
    QCOMPARE(child<QTableWidget>("documentsTable")->editTriggers(),
             QAbstractItemView::NoEditTriggers);

    // Browsing still works; keys that would write do nothing.
    selectRow(QStringLiteral("1.004873"));
    const QString before = ProcedureStore(m_db.connection()).exportCsv();
    auto *table = child<QTableView>("proceduresTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_page->currentProcedureId(), test::procedureId(m_db, QStringLiteral("1.004873")));
    QVERIFY(!m_page->save());
    QVERIFY(!m_page->importCsvFile(
        writeFile(QStringLiteral("ro.csv"), header + "9.1,A,B,x,1,days,0,,,\n")));
    QCOMPARE(ProcedureStore(m_db.connection()).exportCsv(), before);

    // Signing in as an administrator makes it editable.
    m_page->setActor(test::administrator());
    QVERIFY(!banner->isVisible());
    QVERIFY(!child<QLineEdit>("codeEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled()); // nothing edited yet
    test::retype(child<QLineEdit>("feeEdit"), QStringLiteral("Miễn phí"));
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
}

void TestProceduresPage::ctrlNIsNewProcedureOnlyOnThisPage()
{
    MainWindow window(m_db);
    window.setActor(test::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Procedures);
    auto *page = qobject_cast<ProceduresPage *>(window.pageWidget(MainWindow::Page::Procedures));
    QVERIFY(page);
    QVERIFY(!page->isReadOnly());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("procedureSearch"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Procedures);
    QCOMPARE(page->currentProcedureId(), 0);
    QTRY_VERIFY(page->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->hasFocus());

    // Elsewhere Ctrl+N still receives a dossier.
    window.showPage(MainWindow::Page::Settings);
    window.findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Reception);

    // For a clerk the catalogue is read-only: Ctrl+N receives a dossier there too.
    window.setActor(test::clerk());
    window.showPage(MainWindow::Page::Procedures);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Reception);
}

void TestProceduresPage::retranslatesOnLanguageChange()
{
    openPage();
    auto *save = child<QPushButton>("saveButton");
    const QString vietnamese = save->text();
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_COMPARE(save->text(), QStringLiteral("&Save"));
    auto *table = child<QTableView>("proceduresTable");
    QCOMPARE(table->model()->headerData(ProcedureTableModel::Field, Qt::Horizontal).toString(),
             QStringLiteral("Field"));
    QCOMPARE(table->model()
                 ->index(rowOf(QStringLiteral("1.004873")), ProcedureTableModel::Duration)
                 .data()
                 .toString(),
             QStringLiteral("3 working day(s)"));
    QCOMPARE(child<QComboBox>("fieldFilter")->itemText(0), QStringLiteral("All fields"));
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_COMPARE(save->text(), vietnamese);
    QCOMPARE(table->model()
                 ->index(rowOf(QStringLiteral("1.004873")), ProcedureTableModel::Duration)
                 .data()
                 .toString(),
             QStringLiteral("3 ngày làm việc"));
}

void TestProceduresPage::closingTheWindowAsksAboutUnsavedEdits()
{
    MainWindow window(m_db);
    window.setActor(test::administrator());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Procedures);
    auto *page = qobject_cast<ProceduresPage *>(window.pageWidget(MainWindow::Page::Procedures));
    test::retype(page->findChild<QLineEdit *>(QStringLiteral("feeEdit")),
                 QStringLiteral("Miễn phí"));
    QVERIFY(page->hasUnsavedChanges());

    auto answered = test::answerNextModal(
        [](QWidget *modal) { test::clickMessageBoxButton(modal, QMessageBox::RejectRole); });
    QVERIFY(!window.close());
    QVERIFY(*answered);
    QVERIFY(window.isVisible());
    QVERIFY(page->hasUnsavedChanges());

    answered = test::answerNextModal(
        [](QWidget *modal) { test::clickMessageBoxButton(modal, QMessageBox::AcceptRole); });
    QVERIFY(window.close());
    QVERIFY(*answered);
}

QTEST_MAIN(TestProceduresPage)
#include "tst_procedurespage.moc"
