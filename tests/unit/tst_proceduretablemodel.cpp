#include "domain/language.h"
#include "item/proceduretablemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;

class TestProcedureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passesTheModelTesterThroughRefreshesAndSorts();
    void searchRefreshes_data();
    void searchRefreshes();
    void filtersByField();
    void displaysLocalizedDurations();
    void greysInactiveRows();
    void sortsByRawValues();
    void sortKeepsPersistentIndexes();

private:
    QString code(const ProcedureTableModel &model, int row) const
    {
        return model.index(row, ProcedureTableModel::Code).data().toString();
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestProcedureTableModel::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestProcedureTableModel::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("model-%1.sqlite").arg(++m_count)));
}

void TestProcedureTableModel::cleanup()
{
    m_db.close();
}

void TestProcedureTableModel::passesTheModelTesterThroughRefreshesAndSorts()
{
    ProcedureTableModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() >= 20);
    QCOMPARE(model.columnCount(), int(ProcedureTableModel::ColumnCount));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh(QStringLiteral("khai sinh"));
    QCOMPARE(resets.count(), 1);
    model.refresh(QStringLiteral("no such procedure"));
    QCOMPARE(model.rowCount(), 0);
    model.refresh({});
    QCOMPARE(resets.count(), 3);
    for (int column = -1; column < ProcedureTableModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    model.refresh(QStringLiteral("chung thuc"), QStringLiteral("Chứng thực"));
    model.reload();
    QVERIFY(model.rowCount() > 0);
}

void TestProcedureTableModel::searchRefreshes_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<int>("rows");
    QTest::newRow("folded") << "dang ky khai sinh"
                            << "1.001193" << 3;
    QTest::newRow("upper case") << "DANG KY KHAI SINH"
                                << "1.001193" << 3;
    QTest::newRow("with diacritics") << "đăng ký khai sinh"
                                     << "1.001193" << 3;
    QTest::newRow("decomposed")
        << QStringLiteral("đăng ký khai sinh").normalized(QString::NormalizationForm_D)
        << "1.001193" << 3;
    QTest::newRow("code") << "1.004873"
                          << "1.004873" << 1;
    QTest::newRow("nothing") << "xyzzy"
                             << "" << 0;
}

void TestProcedureTableModel::searchRefreshes()
{
    QFETCH(QString, search);
    QFETCH(QString, firstCode);
    QFETCH(int, rows);
    ProcedureTableModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh(search);
    QCOMPARE(model.search(), search);
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0)
        QCOMPARE(code(model, 0), firstCode);
}

void TestProcedureTableModel::filtersByField()
{
    ProcedureTableModel model(m_db.connection());
    const QString field = QStringLiteral("Chứng thực");
    model.refresh({}, field);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ProcedureTableModel::Field).data().toString(), field);
    model.refresh(QStringLiteral("dang ky khai sinh"), field);
    QCOMPARE(model.rowCount(), 0);
}

void TestProcedureTableModel::displaysLocalizedDurations()
{
    ProcedureTableModel model(m_db.connection());
    model.refresh(QStringLiteral("1.004873"));
    QCOMPARE(model.index(0, ProcedureTableModel::Duration).data().toString(),
             QStringLiteral("3 ngày làm việc"));
    QCOMPARE(model.index(0, ProcedureTableModel::Duration)
                 .data(ProcedureTableModel::SortRole)
                 .toDouble(),
             24.0);
    QCOMPARE(model.index(0, ProcedureTableModel::Cutoff).data().toString(), QString());

    model.refresh(QStringLiteral("1.001193"));
    QCOMPARE(model.index(0, ProcedureTableModel::Duration).data().toString(),
             ProcedureTableModel::tr("Same day"));
    QCOMPARE(model.index(0, ProcedureTableModel::Cutoff).data().toString(),
             QStringLiteral("15:00"));
    QCOMPARE(
        model.index(0, ProcedureTableModel::Cutoff).data(ProcedureTableModel::SortRole).toBool(),
        true);
    QCOMPARE(
        model.index(0, ProcedureTableModel::Code).data(ProcedureTableModel::IdRole).toLongLong(),
        test::procedureId(m_db, QStringLiteral("1.001193")));

    // The column follows the office's cut-off hour.
    QString error;
    QVERIFY(SettingsStore(m_db.connection())
                .change(test::administrator(),
                        {{QStringLiteral("office.cutoff"), QStringLiteral("15:30")}}, &error));
    model.reload();
    QCOMPARE(model.index(0, ProcedureTableModel::Cutoff).data().toString(),
             QStringLiteral("15:30"));
}

void TestProcedureTableModel::greysInactiveRows()
{
    const qint64 id = test::procedureId(m_db, QStringLiteral("1.004873"));
    QString error;
    QVERIFY2(ProcedureStore(m_db.connection()).setActive(test::administrator(), id, false, &error),
             qPrintable(error));
    ProcedureTableModel model(m_db.connection());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ProcedureTableModel::Name);
        if (model.procedure(row).id == id) {
            QCOMPARE(index.data(Qt::ForegroundRole).value<QBrush>(),
                     QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
            QCOMPARE(model.index(row, ProcedureTableModel::Active)
                         .data(ProcedureTableModel::SortRole)
                         .toBool(),
                     false);
        } else {
            QVERIFY(!index.data(Qt::ForegroundRole).isValid());
        }
    }
}

void TestProcedureTableModel::sortsByRawValues()
{
    ProcedureTableModel model(m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString storeFirst = code(model, 0);

    model.sort(ProcedureTableModel::Duration, Qt::AscendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, ProcedureTableModel::Duration)
                    .data(ProcedureTableModel::SortRole)
                    .toDouble()
                <= model.index(row, ProcedureTableModel::Duration)
                       .data(ProcedureTableModel::SortRole)
                       .toDouble());

    // Vietnamese order: "Đăng ký …" right after the D's, before "Thủ tục …" (not after Z).
    model.sort(ProcedureTableModel::Name, Qt::AscendingOrder);
    int firstD = -1;
    int firstT = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, ProcedureTableModel::Name).data().toString();
        if (firstD < 0 && name.startsWith(QStringLiteral("Đ")))
            firstD = row;
        if (firstT < 0 && name.startsWith(QLatin1Char('T')))
            firstT = row;
    }
    QVERIFY(firstD >= 0 && firstT >= 0);
    QVERIFY2(firstD < firstT,
             qPrintable(QStringLiteral("Đ at %1, T at %2").arg(firstD).arg(firstT)));

    // A refresh keeps the chosen order; column -1 restores the store's.
    model.refresh(QStringLiteral("khai"));
    QVERIFY(model.rowCount() > 2);
    const QCollator collator;
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(collator.compare(model.index(row - 1, ProcedureTableModel::Name).data().toString(),
                                 model.index(row, ProcedureTableModel::Name).data().toString())
                <= 0);
    model.refresh({});
    model.sort(-1);
    QCOMPARE(code(model, 0), storeFirst);
}

void TestProcedureTableModel::sortKeepsPersistentIndexes()
{
    ProcedureTableModel model(m_db.connection());
    const QPersistentModelIndex birth(
        model.index(model.rowOfId(test::procedureId(m_db, QStringLiteral("1.001193"))),
                    ProcedureTableModel::Name));
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(ProcedureTableModel::Code, Qt::DescendingOrder);
    QCOMPARE(layouts.count(), 1);
    QVERIFY(birth.isValid());
    QCOMPARE(birth.column(), int(ProcedureTableModel::Name));
    QCOMPARE(model.procedure(birth.row()).code, QStringLiteral("1.001193"));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(code(model, row - 1) >= code(model, row));
}

QTEST_MAIN(TestProcedureTableModel)
#include "tst_proceduretablemodel.moc"
