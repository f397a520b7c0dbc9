#include "db/database.h"
#include "domain/handover.h"
#include "domain/language.h"
#include "guitestsupport.h"
#include "item/proceduretablemodel.h"
#include "mainwindow.h"
#include "pages/procedurespage.h"
#include "storefixture.h"

#include <QAbstractButton>
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
#include <QStyledItemDelegate>
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
    void stepBudgetsAreEditedAsSteps_data();
    void stepBudgetsAreEditedAsSteps();
    void stepBudgetsByKeyboard();
    void unreadableStoredBudgetsAreKept();
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
    void storeBudgets(const QString &code, const QString &json);
    QWidget *editCell(QTableWidget *table, int row, int column);
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
        << procedures("A procedure code may contain only the letters A–Z and a–z, digits, dots, "
                      "dashes and underscores (at most 40, the first a letter or digit), e.g. "
                      "1.001193.");
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
    test::retype(child<QDoubleSpinBox>("durationSpin"), duration);
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

void TestProceduresPage::storeBudgets(const QString &code, const QString &json)
{
    ProcedureStore store(m_db.connection());
    auto procedure = store.findByCode(code);
    QVERIFY(procedure);
    procedure->stepBudgets = json;
    QString error;
    QVERIFY2(store.save(test::administrator(), *procedure, &error), qPrintable(error));
}

// Starts editing a cell as a user would (F2) and returns the editor that has the focus.
QWidget *TestProceduresPage::editCell(QTableWidget *table, int row, int column)
{
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    if (!editor || !table->isAncestorOf(editor) || editor == table->viewport()) {
        qWarning("no editor for the cell %d, %d", row, column);
        return nullptr;
    }
    return editor;
}

// Budgets shown as steps with the roles' names, edited through the table's editors, saved as the
// JSON StepBudgets reads. Placeholders: @counter and @office are the roles' names as shown,
// @OFFICE in upper case; an error is "duplicate:<step>" or "empty:<row from 1>".
void TestProceduresPage::stepBudgetsAreEditedAsSteps_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QStringList>("shown"); // "step=days" as the cells show them
    QTest::addColumn<QStringList>("edits"); // "step|row|text", "days|row|n", "add|text", …
    QTest::addColumn<QString>("expected"); // the stored JSON, compared as a map
    QTest::addColumn<QString>("error");

    const QString three = QStringLiteral(R"({"counter":0.5,"office":2.5,"Phòng Tư pháp":1})");
    const QStringList threeShown {QStringLiteral("@counter=0,5"), QStringLiteral("@office=2,5"),
                                  QStringLiteral("Phòng Tư pháp=1")};
    QTest::newRow("shown, kept when something else is saved")
        << three << threeShown << QStringList {QStringLiteral("fee|Miễn phí")} << three
        << QString();
    QTest::newRow("steps opened and closed unchanged")
        << three << threeShown
        << QStringList {QStringLiteral("step|1|*"), QStringLiteral("step|2|*"),
                        QStringLiteral("fee|Miễn phí")}
        << three << QString();
    QTest::newRow("days of the counter")
        << three << threeShown << QStringList {QStringLiteral("days|0|0.75")}
        << QStringLiteral(R"({"counter":0.75,"office":2.5,"Phòng Tư pháp":1})") << QString();
    QTest::newRow("an office renamed")
        << three << threeShown << QStringList {QStringLiteral("step|2|Phòng Kinh tế")}
        << QStringLiteral(R"({"counter":0.5,"office":2.5,"Phòng Kinh tế":1})") << QString();
    QTest::newRow("an office added")
        << three << threeShown
        << QStringList {QStringLiteral("add|Công chức Địa chính - Xây dựng"),
                        QStringLiteral("days|3|3.25")}
        << QStringLiteral(
               R"({"counter":0.5,"office":2.5,"Phòng Tư pháp":1,"Công chức Địa chính - Xây dựng":3.25})")
        << QString();
    QTest::newRow("the roles added to an empty table")
        << QString() << QStringList {}
        << QStringList {QStringLiteral("add|*"), QStringLiteral("days|0|0.5"),
                        QStringLiteral("add|*"), QStringLiteral("days|1|2.5")}
        << QStringLiteral(R"({"counter":0.5,"office":2.5})") << QString();
    QTest::newRow("a role typed by its name")
        << QStringLiteral(R"({"Phòng A":1})") << QStringList {QStringLiteral("Phòng A=1")}
        << QStringList {QStringLiteral("step|0|@OFFICE")} << QStringLiteral(R"({"office":1})")
        << QString();
    QTest::newRow("a role typed by its key")
        << QStringLiteral(R"({"Phòng A":1})") << QStringList {QStringLiteral("Phòng A=1")}
        << QStringList {QStringLiteral("step|0|counter")} << QStringLiteral(R"({"counter":1})")
        << QString();
    QTest::newRow("all removed") << three << threeShown
                                 << QStringList {QStringLiteral("remove|1"),
                                                 QStringLiteral("remove|0"),
                                                 QStringLiteral("remove|0")}
                                 << QString() << QString();
    QTest::newRow("a role twice") << three << threeShown
                                  << QStringList {QStringLiteral("step|2|@office")} << QString()
                                  << QStringLiteral("duplicate:@office");
    QTest::newRow("an office twice")
        << three << threeShown << QStringList {QStringLiteral("add|Phòng Tư pháp")} << QString()
        << QStringLiteral("duplicate:Phòng Tư pháp");
    QTest::newRow("an office twice, spaced differently")
        << three << threeShown << QStringList {QStringLiteral("add|  Phòng  Tư pháp ")} << QString()
        << QStringLiteral("duplicate:Phòng Tư pháp");
    QTest::newRow("a new step without a name")
        << three << threeShown << QStringList {QStringLiteral("add|")} << QString()
        << QStringLiteral("empty:4");
    QTest::newRow("a role's name erased")
        << three << threeShown << QStringList {QStringLiteral("step|1|  ")} << QString()
        << QStringLiteral("empty:2");
}

void TestProceduresPage::stepBudgetsAreEditedAsSteps()
{
    QFETCH(QString, stored);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, edits);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const auto names = [](QString text) {
        text.replace(QStringLiteral("@counter"), ProceduresPage::tr("One-stop counter"));
        text.replace(QStringLiteral("@office"), ProceduresPage::tr("Deciding office"));
        text.replace(QStringLiteral("@OFFICE"), ProceduresPage::tr("Deciding office").toUpper());
        return text;
    };
    const QString code = QStringLiteral("1.004873");
    storeBudgets(code, stored);
    openPage();
    selectRow(code);
    auto *table = child<QTableWidget>("stepBudgetsTable");
    QVERIFY(table);
    const auto cells = [&] {
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QModelIndex days = table->model()->index(row, 1);
            rows.append(table->item(row, 0)->text() + QLatin1Char('=')
                        + static_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(1))
                              ->displayText(days.data(), QLocale()));
        }
        return rows;
    };
    QStringList shownNames;
    for (const QString &row : shown)
        shownNames.append(names(row));
    QCOMPARE(cells(), shownNames);
    QVERIFY(!m_page->hasUnsavedChanges());

    const qint64 before = events(QStringLiteral("procedure-saved"));
    const QString catalogue = ProcedureStore(m_db.connection()).exportCsv();
    for (const QString &edit : edits) {
        const QStringList part = edit.split(QLatin1Char('|'));
        const QString op = part.at(0);
        if (op == QLatin1String("fee")) {
            test::retype(child<QLineEdit>("feeEdit"), part.at(1));
        } else if (op == QLatin1String("step") || op == QLatin1String("add")) {
            QWidget *editor = nullptr;
            if (op == QLatin1String("add")) {
                const int rows = table->rowCount();
                QTest::mouseClick(child<QPushButton>("addBudgetButton"), Qt::LeftButton);
                QCOMPARE(table->rowCount(), rows + 1);
                editor = QApplication::focusWidget(); // the new step is being edited
                QVERIFY(editor && table->isAncestorOf(editor));
            } else {
                editor = editCell(table, part.at(1).toInt(), 0);
                QVERIFY(editor);
            }
            const QString text = part.last();
            if (text != QLatin1String("*"))
                test::retype(editor, names(text));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!table->indexWidget(table->currentIndex())); // committed, closed
            // Never the raw keys of the roles.
            const QString cell = table->item(table->currentRow(), 0)->text();
            QVERIFY2(cell != QLatin1String("counter") && cell != QLatin1String("office"),
                     qPrintable(cell));
        } else if (op == QLatin1String("days")) {
            QWidget *editor = editCell(table, part.at(1).toInt(), 1);
            QVERIFY(editor);
            test::retype(editor, QLocale().toString(part.at(2).toDouble()));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!table->indexWidget(table->currentIndex()));
            QCOMPARE(table->item(part.at(1).toInt(), 1)->data(Qt::EditRole).toDouble(),
                     part.at(2).toDouble());
        } else if (op == QLatin1String("remove")) {
            table->setCurrentCell(part.at(1).toInt(), 0);
            const int rows = table->rowCount();
            QTest::mouseClick(child<QPushButton>("removeBudgetButton"), Qt::LeftButton);
            QCOMPARE(table->rowCount(), rows - 1);
        } else {
            QFAIL(qPrintable(edit));
        }
    }
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);

    auto *errors = child<QLabel>("procedureErrors");
    if (!error.isEmpty()) {
        const QString what = error.section(QLatin1Char(':'), 1);
        const QString message = error.startsWith(QLatin1String("duplicate:"))
            ? ProceduresPage::tr("Step budgets: \"%1\" is listed more than once.").arg(names(what))
            : ProceduresPage::tr("Step budgets, row %1: choose a step or type an office's name.")
                  .arg(what);
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->text().contains(message.toHtmlEscaped()), qPrintable(errors->text()));
        QVERIFY(m_page->hasUnsavedChanges());
        QCOMPARE(ProcedureStore(m_db.connection()).exportCsv(), catalogue);
        QCOMPARE(events(QStringLiteral("procedure-saved")), before);
        return;
    }
    QVERIFY2(errors->isHidden(), qPrintable(errors->text()));
    QVERIFY(!m_page->hasUnsavedChanges());
    QCOMPARE(events(QStringLiteral("procedure-saved")), before + 1);
    const QString saved = ProcedureStore(m_db.connection()).findByCode(code)->stepBudgets;
    if (expected.isEmpty())
        QCOMPARE(saved, QStringLiteral("")); // no budgets, not a JSON "{}"
    StepBudgets savedBudgets;
    StepBudgets expectedBudgets;
    QString reason;
    QVERIFY2(StepBudgets::parse(saved, &savedBudgets, &reason), qPrintable(reason));
    QVERIFY2(StepBudgets::parse(expected, &expectedBudgets, &reason), qPrintable(reason));
    QCOMPARE(savedBudgets.days, expectedBudgets.days);
    // The editor shows what was saved, the roles first.
    QCOMPARE(table->rowCount(), expectedBudgets.days.size());
    if (table->rowCount() > 0 && expectedBudgets.days.contains(QStringLiteral("counter")))
        QCOMPARE(table->item(0, 0)->text(), ProceduresPage::tr("One-stop counter"));
}

// Add and Remove by their mnemonics, the step chosen and its days typed without the mouse.
void TestProceduresPage::stepBudgetsByKeyboard()
{
    // One language's mnemonics: this branch's texts are not in the Vietnamese catalogue yet.
    QVERIFY(Language::apply(QStringLiteral("en")));
    openPage();
    selectRow(QStringLiteral("1.004873"));
    auto *table = child<QTableWidget>("stepBudgetsTable");
    auto *add = child<QPushButton>("addBudgetButton");
    auto *remove = child<QPushButton>("removeBudgetButton");
    QLabel *label = nullptr;
    for (QLabel *candidate : m_page->findChildren<QLabel *>()) {
        if (candidate->buddy() == table)
            label = candidate;
    }
    QVERIFY(label);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    // Each of the three mnemonics is the only one on the page with its letter.
    const auto owners = [&](const QKeySequence &key) {
        int count = 0;
        for (QAbstractButton *button : m_page->findChildren<QAbstractButton *>())
            count += button->isVisible() && QKeySequence::mnemonic(button->text()) == key;
        for (QLabel *other : m_page->findChildren<QLabel *>())
            count += other->isVisible() && other->buddy()
                && QKeySequence::mnemonic(other->text()) == key;
        return count;
    };
    for (const QString &text : {label->text(), add->text(), remove->text()}) {
        QVERIFY2(!QKeySequence::mnemonic(text).isEmpty(), qPrintable(text));
        QVERIFY2(owners(QKeySequence::mnemonic(text)) == 1, qPrintable(text));
    }
    QTest::keySequence(m_page, QKeySequence::mnemonic(label->text()));
    QTRY_VERIFY(table->hasFocus());

    child<QLineEdit>("feeEdit")->setFocus();
    QTest::keySequence(m_page, QKeySequence::mnemonic(add->text()));
    QTRY_COMPARE(table->rowCount(), 1); // a mnemonic clicks with an animation
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && table->isAncestorOf(editor));
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        combo = qobject_cast<QComboBox *>(editor->parentWidget());
    QVERIFY2(combo, editor->metaObject()->className());
    // The roles are offered by their names, the counter first as it has no budget yet.
    QCOMPARE(combo->currentText(), ProceduresPage::tr("One-stop counter"));
    QCOMPARE(combo->itemText(0), ProceduresPage::tr("One-stop counter"));
    QCOMPARE(combo->itemText(1), ProceduresPage::tr("Deciding office"));
    QCOMPARE(combo->findText(QStringLiteral("counter")), -1);
    QCOMPARE(combo->findText(QStringLiteral("office")), -1);
    QVERIFY(combo->findText(QStringLiteral("Ủy ban nhân dân xã")) >= 0); // a known office

    QTest::keyClick(editor, Qt::Key_Down); // the deciding office
    QTest::keyClick(editor, Qt::Key_Tab);
    editor = QApplication::focusWidget();
    auto *days = qobject_cast<QDoubleSpinBox *>(editor);
    if (!days && editor)
        days = qobject_cast<QDoubleSpinBox *>(editor->parentWidget());
    QVERIFY2(days, editor ? editor->metaObject()->className() : "no focus");
    QCOMPARE(days->minimum(), 0.0);
    QCOMPARE(days->maximum(), 1000.0);
    QCOMPARE(days->singleStep(), 0.25);
    QCOMPARE(days->decimals(), 2);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    test::typeText(editor, QLocale().toString(2.5));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(table->currentIndex())); // committed (queued)
    QCOMPARE(table->item(0, 0)->text(), ProceduresPage::tr("Deciding office"));
    QCOMPARE(table->item(0, 1)->data(Qt::EditRole).toDouble(), 2.5);
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004873"))->stepBudgets,
             QStringLiteral(R"({"office":2.5})"));

    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keySequence(m_page, QKeySequence::mnemonic(remove->text()));
    QTRY_COMPARE(table->rowCount(), 0);
    QTest::keyClick(m_page, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004873"))->stepBudgets,
             QStringLiteral(""));
}

// Budgets written into the database by hand that the table cannot show: the reason is shown and
// saving other fields leaves them as they are.
void TestProceduresPage::unreadableStoredBudgetsAreKept()
{
    const QString broken = QStringLiteral(R"({"office": "two"})");
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE procedures SET step_budgets = '%1' WHERE code = '1.004873'")
            .arg(broken)));
    openPage();
    selectRow(QStringLiteral("1.004873"));
    QCOMPARE(child<QTableWidget>("stepBudgetsTable")->rowCount(), 0);
    auto *errors = child<QLabel>("procedureErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QStringLiteral("office")), qPrintable(errors->text()));

    test::retype(child<QLineEdit>("feeEdit"), QStringLiteral("Miễn phí"));
    QVERIFY(m_page->save());
    const auto stored = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004873"));
    QCOMPARE(stored->fee, QStringLiteral("Miễn phí"));
    QCOMPARE(stored->stepBudgets, broken);
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
    QCOMPARE(activeButton->text(), ProceduresPage::tr("Activate"));
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
              "\"Đơn đề nghị (1 bản chính) | Bản sao giấy tờ (0 bản chính, 1 bản sao)\"\n"
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
    QVERIFY(!child<QPushButton>("addBudgetButton")->isVisible());
    QVERIFY(!child<QPushButton>("removeBudgetButton")->isVisible());
    QVERIFY(child<QLineEdit>("codeEdit")->isReadOnly());
    QVERIFY(child<QPlainTextEdit>("nameEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>("fieldCombo")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>("durationSpin")->isEnabled());
    QCOMPARE(child<QTableWidget>("documentsTable")->editTriggers(),
             QAbstractItemView::NoEditTriggers);
    QCOMPARE(child<QTableWidget>("stepBudgetsTable")->editTriggers(),
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
    QVERIFY(child<QPushButton>("addBudgetButton")->isVisible());
    QVERIFY(child<QTableWidget>("stepBudgetsTable")->editTriggers()
            != QAbstractItemView::NoEditTriggers);
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
             QStringLiteral("3 working days"));
    QCOMPARE(child<QComboBox>("fieldFilter")->itemText(0), QStringLiteral("All fields"));
    // The level too: a new procedure takes the office's "Cấp xã", shown in English.
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(child<QComboBox>("levelCombo")->currentText(), QStringLiteral("Commune level"));
    QVERIFY(child<QComboBox>("levelCombo")->findText(QStringLiteral("Cấp xã")) < 0);
    QVERIFY(Language::apply(QStringLiteral("vi")));
    QTRY_COMPARE(child<QComboBox>("levelCombo")->currentText(), QStringLiteral("Cấp xã"));
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
