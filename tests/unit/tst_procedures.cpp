#include "domain/handover.h"
#include "store/eventlog.h"
#include "storefixture.h"

#include <QFile>
#include <QTest>

using namespace motcua;

class TestProcedures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void starterCatalogueIsShipped();
    void searchIgnoresDiacriticsAndD_data();
    void searchIgnoresDiacriticsAndD();
    void listFiltersByFieldAndOffersValuesInUse();
    void importCreatesAndUpdates();
    void badFilesImportNothing_data();
    void badFilesImportNothing();
    void exportImportRoundTrip();
    void clerksCannotEditTheCatalogue();
    void stepBudgetsImportKeepAndRefuse();
    void stepBudgetsJsonRoundTrip_data();
    void stepBudgetsJsonRoundTrip();
    void newProcedureCannotTakeAnExistingCode();
    void importsThePortalCatalogue();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

static const QString header
    = QStringLiteral("code,name,field,level,duration,unit,cutoff,fee,office,documents");

void TestProcedures::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("procedures-%1.sqlite").arg(++m_count)));
}

void TestProcedures::cleanup()
{
    m_db.close();
}

void TestProcedures::starterCatalogueIsShipped()
{
    const QList<Procedure> all = ProcedureStore(m_db.connection()).list();
    QVERIFY(all.size() >= 20);
    const QStringList fields = ProcedureStore(m_db.connection()).fields();
    for (const char *field :
         {"Hộ tịch", "Chứng thực", "Đăng ký, quản lý cư trú", "Đất đai", "Hoạt động xây dựng"})
        QVERIFY2(fields.contains(QString::fromUtf8(field)), field);
    const auto birth = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.001193"));
    QVERIFY(birth);
    QCOMPARE(birth->rule.unit, DeadlineRule::Unit::SameDay);
    QVERIFY(birth->rule.cutoff);
    QVERIFY(!birth->documents.isEmpty());
    const auto residence = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004222"));
    QCOMPARE(residence->rule.amount, 7.0);
}

void TestProcedures::searchIgnoresDiacriticsAndD_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("folded") << "dang ky khai sinh"
                            << "1.001193";
    QTest::newRow("upper case with marks") << "ĐĂNG KÝ KHAI SINH"
                                           << "1.001193";
    QTest::newRow("words in any order") << "thuong tru dang ky"
                                        << "1.004222";
    QTest::newRow("by code prefix") << "2.0008"
                                    << "2.000815";
    QTest::newRow("percent is literal") << "100%"
                                        << "";
}

void TestProcedures::searchIgnoresDiacriticsAndD()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedCode);
    const QList<Procedure> found = ProcedureStore(m_db.connection()).list(search);
    if (expectedCode.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QStringList codes;
    for (const Procedure &procedure : found)
        codes.append(procedure.code);
    QVERIFY2(codes.contains(expectedCode), qPrintable(codes.join(QLatin1Char(' '))));
}

void TestProcedures::listFiltersByFieldAndOffersValuesInUse()
{
    ProcedureStore store(m_db.connection());
    const QString field = QStringLiteral("Hộ tịch");
    const QList<Procedure> civil = store.list({}, true, field);
    QVERIFY(!civil.isEmpty());
    for (const Procedure &procedure : civil)
        QCOMPARE(procedure.field, field);
    QCOMPARE(store.list(QStringLiteral("khai sinh"), true, field).size(), 4);
    QCOMPARE(store.list(QStringLiteral("khai sinh"), true, QStringLiteral("Chứng thực")).size(), 0);
    QVERIFY(store.levels().contains(QStringLiteral("Cấp xã")));
    QVERIFY(store.decidingOffices().contains(QStringLiteral("Ủy ban nhân dân xã")));
    QVERIFY(!store.levels().contains(QString()));
}

void TestProcedures::importCreatesAndUpdates()
{
    const QString csv
        = header
        + QStringLiteral(
              ",source\n"
              "9.000001,Thủ tục thử nghiệm,Thử nghiệm,Cấp xã,2.5,days,1,Miễn phí,UBND xã,"
              "\"Đơn đề nghị (1 bản chính) | Bản sao CCCD (0 bản chính,1 bản sao)\",x\n"
              "1.004222,Đăng ký thường trú,\"Đăng ký, quản lý cư trú\",Cấp xã,5,days,0,"
              "\"20.000 đồng\",Công an xã,Tờ khai CT01,y\n");
    const auto result = ProcedureStore(m_db.connection()).importCsv(test::administrator(), csv);
    QVERIFY2(result.isOk(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.created, 1);
    QCOMPARE(result.updated, 1);
    const auto created = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000001"));
    QVERIFY(created);
    QCOMPARE(created->rule.amount, 2.5);
    QVERIFY(created->rule.cutoff);
    QCOMPARE(created->documents.size(), 2);
    QCOMPARE(created->documents.at(1).name, QStringLiteral("Bản sao CCCD"));
    QCOMPARE(created->documents.at(1).copies, 1);
    QCOMPARE(created->documents.at(0).originals, 1);
    QCOMPARE(ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004222"))->rule.amount,
             5.0);
    QCOMPARE(
        test::count(
            m_db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'procedures-imported'")),
        1);
}

void TestProcedures::badFilesImportNothing_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("message");
    const QString good
        = QStringLiteral("9.000001,Thủ tục A,Thử nghiệm,Cấp xã,3,days,0,,UBND xã,Đơn\n");
    QTest::newRow("bad unit on line 3")
        << header + "\n" + good + "9.000002,B,Thử,Cấp xã,3,weeks,0,,,Đơn\n"
        << "Line 3: unit \"weeks\"";
    QTest::newRow("quoted line break shifts the line")
        << header + "\n" + "9.000003,\"Tên\nhai dòng\",Thử,x,1,days,0,,,Đơn\n"
            + "9.000004,C,Thử,x,abc,days,0,,,Đơn\n"
        << "Line 4: duration \"abc\"";
    QTest::newRow("cut-off flag") << header + "\n" + good + "9.000005,D,Thử,x,1,days,yes,,,Đơn\n"
                                  << "Line 3: cutoff must be 0 or 1";
    QTest::newRow("duplicate code")
        << header + "\n" + good + good << "Line 3: the code 9.000001 already appears on line 2";
    QTest::newRow("missing column")
        << QStringLiteral("code,name,field\n9.1,A,B\n") << "Line 1: the header lacks";
    QTest::newRow("empty name") << header + "\n" + good + "9.000006,,Thử,x,1,days,0,,,Đơn\n"
                                << "Line 3:";
    QTest::newRow("zero days") << header + "\n" + good + "9.000007,E,Thử,x,0,days,0,,,Đơn\n"
                               << "Line 3:";
    QTest::newRow("unclosed quote") << header + "\n" + good + "9.000008,\"F,Thử,x,1,days,0,,,Đơn\n"
                                    << "Line 3: a quoted field is not closed";
    QTest::newRow("unquoted comma in documents")
        << header + "\n" + good + "9.000009,G,Thử,x,1,days,0,,,Đơn đề nghị, Bản vẽ\n"
        << "Line 3: 11 field(s), but the header has 10";
    QTest::newRow("a field short") << header + "\n" + "9.000010,H,Thử,x,1,days,0,,\n" + good
                                   << "Line 2: 9 field(s), but the header has 10";
    QTest::newRow("text after the closing quote")
        << header + "\n" + good + "9.000011,\"Xã Xuân\"Lập,Thử,x,1,days,0,,,Đơn\n"
        << "Line 3: text follows the closing quote";
    QTest::newRow("quote inside an unquoted field")
        << header + "\n" + "9.000012,Thủ tục \"I\",Thử,x,1,days,0,,,Đơn\n"
        << "Line 2: a double quote inside a field";
    // Each used to say "The procedure code is required".
    QTest::newRow("NUL in a code")
        << header + "\n" + "9.0" + QChar(0) + "13,J,Thử,x,1,days,0,,,Đơn\n"
        << "Line 2: A procedure code may contain only the letters";
    QTest::newRow("RLM in a code")
        << header + "\n" + "9.0" + QChar(0x200F) + "14,K,Thử,x,1,days,0,,,Đơn\n"
        << "Line 2: A procedure code may contain only the letters";
    QTest::newRow("SQL in a code")
        << header + "\n" + "9.1';DROP TABLE procedures;--,L,Thử,x,1,days,0,,,Đơn\n"
        << "Line 2: A procedure code may contain only the letters";
    QTest::newRow("empty code") << header + "\n" + ",M,Thử,x,1,days,0,,,Đơn\n"
                                << "Line 2: The procedure code is required";
    QTest::newRow("header only") << header + "\n"
                                 << "no procedure rows";
}

void TestProcedures::badFilesImportNothing()
{
    QFETCH(QString, csv);
    QFETCH(QString, message);
    const qint64 before = test::count(m_db, QStringLiteral("SELECT count(*) FROM procedures"));
    const qint64 documentsBefore
        = test::count(m_db, QStringLiteral("SELECT count(*) FROM procedure_documents"));
    const auto result = ProcedureStore(m_db.connection()).importCsv(test::administrator(), csv);
    QVERIFY(!result.isOk());
    QVERIFY2(result.errors.join(QLatin1Char('\n')).contains(message),
             qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM procedures")), before);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM procedure_documents")),
             documentsBefore);
    QVERIFY(!ProcedureStore(m_db.connection()).findByCode(QStringLiteral("9.000001")));
}

void TestProcedures::exportImportRoundTrip()
{
    ProcedureStore store(m_db.connection());
    const QString exported = store.exportCsv();
    QVERIFY(exported.startsWith(header + QStringLiteral(",step_budgets\n")));
    const QList<Procedure> before = store.list();

    Database other;
    QVERIFY(test::openOffice(other, m_dir, QStringLiteral("roundtrip.sqlite")));
    QSqlQuery wipe(other.connection());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM procedure_documents"))
            && wipe.exec(QStringLiteral("DELETE FROM procedures")));
    const auto result
        = ProcedureStore(other.connection()).importCsv(test::administrator(), exported);
    QVERIFY2(result.isOk(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.created, int(before.size()));
    const QList<Procedure> after = ProcedureStore(other.connection()).list();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).code, before.at(i).code);
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).rule.amount, before.at(i).rule.amount);
        QCOMPARE(after.at(i).rule.cutoff, before.at(i).rule.cutoff);
        QCOMPARE(after.at(i).documents.size(), before.at(i).documents.size());
    }
    QCOMPARE(ProcedureStore(other.connection()).exportCsv(), exported);
}

void TestProcedures::clerksCannotEditTheCatalogue()
{
    const auto result
        = ProcedureStore(m_db.connection())
              .importCsv(test::clerk(), header + QStringLiteral("\n9.1,A,B,x,1,days,0,,,Đơn\n"));
    QVERIFY(!result.isOk());
    QCOMPARE(result.errors.first(), Roles::deniedMessage(Permission::EditCatalogue));
    auto procedure = *ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004222"));
    procedure.rule.amount = 1;
    QString error;
    QVERIFY(!ProcedureStore(m_db.connection()).save(test::clerk(), procedure, &error));
    QCOMPARE(ProcedureStore(m_db.connection()).findByCode(QStringLiteral("1.004222"))->rule.amount,
             7.0);
}

// "New" in the catalogue editor with a code already in use must not overwrite that procedure.
void TestProcedures::newProcedureCannotTakeAnExistingCode()
{
    ProcedureStore store(m_db.connection());
    Procedure procedure;
    procedure.code = QStringLiteral("1.004222");
    procedure.name = QStringLiteral("Thủ tục khác");
    procedure.field = QStringLiteral("Khác");
    procedure.rule.amount = 1;
    QString error;
    QVERIFY(!store.save(test::administrator(), procedure, &error));
    QVERIFY2(error.contains(QStringLiteral("1.004222")), qPrintable(error));
    QCOMPARE(store.findByCode(QStringLiteral("1.004222"))->rule.amount, 7.0);
    QVERIFY(store.findByCode(QStringLiteral("1.004222"))->name != procedure.name);
}

void TestProcedures::stepBudgetsImportKeepAndRefuse()
{
    ProcedureStore store(m_db.connection());
    const QString withBudgets = header
        + QStringLiteral(",step_budgets\n9.1,A,Thử,x,3,days,0,,,Đơn,"
                         "\"{\"\"counter\"\": 0.5, \"\"office\"\": 2}\"\n");
    auto result = store.importCsv(test::administrator(), withBudgets);
    QVERIFY2(result.isOk(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(store.findByCode(QStringLiteral("9.1"))->stepBudgets,
             QStringLiteral("{\"counter\": 0.5, \"office\": 2}"));

    // A file without the column changes everything else and keeps the budgets.
    result = store.importCsv(test::administrator(),
                             header + QStringLiteral("\n9.1,A2,Thử,x,4,days,0,,,Đơn\n"));
    QVERIFY(result.isOk());
    const auto kept = store.findByCode(QStringLiteral("9.1"));
    QCOMPARE(kept->name, QStringLiteral("A2"));
    QCOMPARE(kept->stepBudgets, QStringLiteral("{\"counter\": 0.5, \"office\": 2}"));

    // Budgets that are not a JSON object of numbers are refused, by line.
    result = store.importCsv(test::administrator(),
                             header
                                 + QStringLiteral(",step_budgets\n9.1,A,Thử,x,3,days,0,,,Đơn,"
                                                  "\"{\"\"counter\"\": \"\"half\"\"}\"\n"));
    QVERIFY(!result.isOk());
    QVERIFY2(result.errors.first().startsWith(QStringLiteral("Line 2:")),
             qPrintable(result.errors.first()));
    QCOMPARE(store.findByCode(QStringLiteral("9.1"))->rule.amount, 4.0);
}

void TestProcedures::stepBudgetsJsonRoundTrip_data()
{
    QTest::addColumn<QVariantMap>("days");
    QTest::newRow("none") << QVariantMap {};
    QTest::newRow("roles") << QVariantMap {{QStringLiteral("counter"), 0.5},
                                           {QStringLiteral("office"), 2.5}};
    QTest::newRow("an office by name, the limits")
        << QVariantMap {{QStringLiteral("Phòng Tư pháp"), 0.0},
                        {QStringLiteral("Công chức \"Địa chính\""), 1000.0},
                        {QStringLiteral("office"), 0.125}};
}

void TestProcedures::stepBudgetsJsonRoundTrip()
{
    QFETCH(QVariantMap, days);
    StepBudgets budgets;
    for (auto it = days.constBegin(); it != days.constEnd(); ++it)
        budgets.days.insert(it.key(), it.value().toDouble());
    const QString json = budgets.toJson();
    QVERIFY(!json.isNull()); // null would mean "keep the stored budgets"
    QCOMPARE(json.isEmpty(), days.isEmpty());
    QVERIFY2(!json.contains(QLatin1Char('\n')), qPrintable(json)); // compact: one CSV cell
    StepBudgets parsed;
    QString error;
    QVERIFY2(StepBudgets::parse(json, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.days, budgets.days);
}

// The national portal's commune-level catalogue (../shared/data) converted to our format: every
// row with a duration in days imports, long official texts and all.
void TestProcedures::importsThePortalCatalogue()
{
    QFile file(QStringLiteral(MOTCUA_SHARED_DATA_DIR "/procedures.csv"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared reference data not present");
    CsvTable source;
    QString error;
    QVERIFY(source.parse(QString::fromUtf8(file.readAll()), &error));
    QString converted = header + QLatin1Char('\n');
    int rows = 0;
    for (const CsvTable::Row &row : source.rows()) {
        const QString days = source.value(row, QStringLiteral("processing_days"));
        if (days.isEmpty() || days.toDouble() <= 0)
            continue;
        converted += CsvTable::line(
            {source.value(row, QStringLiteral("code")), source.value(row, QStringLiteral("name")),
             source.value(row, QStringLiteral("field")), source.value(row, QStringLiteral("level")),
             days, QStringLiteral("days"), QStringLiteral("0"),
             source.value(row, QStringLiteral("fee_note")), QString(),
             source.value(row, QStringLiteral("documents"))});
        ++rows;
    }
    QVERIFY(rows > 200);
    const auto result
        = ProcedureStore(m_db.connection()).importCsv(test::administrator(), converted);
    QVERIFY2(result.isOk(), qPrintable(result.errors.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(result.created + result.updated, rows);
    const auto sea = ProcedureStore(m_db.connection()).findByCode(QStringLiteral("3.000439"));
    QVERIFY(sea);
    QCOMPARE(sea->rule.amount, 35.0);
    QCOMPARE(sea->documents.size(), 4);
    QCOMPARE(sea->documents.first().originals, 1);
}

QTEST_GUILESS_MAIN(TestProcedures)
#include "tst_procedures.moc"
