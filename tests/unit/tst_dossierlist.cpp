#include "db/database.h"
#include "domain/clock.h"
#include "domain/language.h"
#include "domain/worklist.h"
#include "dossierfixture.h"
#include "item/dossierlistmodel.h"
#include "store/demogenerator.h"
#include "store/dossierquery.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using test::officeTime;

// Worklists, search and the paged list model, on a hand-made set of dossiers whose every
// worklist is known, and on a few thousand demo dossiers for paging.
class TestDossierList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void worklistCounts();
    void worklistRows_data();
    void worklistRows();
    void searchIsFoldedAndRecognisesCodesAndNumbers_data();
    void searchIsFoldedAndRecognisesCodesAndNumbers();
    void searchCombinesWithWorklistAndDates();
    void rowsAreColouredAndDaysLeftCounted();
    void deadlineWordsAgreeWithTheColour_data();
    void deadlineWordsAgreeWithTheColour();
    void parseSearch();
    void pagingUnderModelTester();
    void sortingMatchesSql_data();
    void sortingMatchesSql();
    void boardCountsByDimension();

private:
    QStringList codes(const DossierFilter &filter,
                      DossierQuery::SortBy sort = DossierQuery::SortBy::Code);
    QTemporaryDir m_dir;
    Database m_db; // the hand-made set
    Database m_demo; // demo dossiers
};

void TestDossierList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en"))); // English plural forms
    // Wednesday 11 March 2026, 10:00: due soon (2 working days) runs to Friday 10:00.
    Clock::setFixed(officeTime(2026, 3, 11, 10, 0));
    QVERIFY(test::openOffice(m_db, m_dir));
    const auto t = officeTime;
    const QList<test::DossierSpec> specs = {
        // code suffix, applicant, status, received, due, finished, returned, paused
        test::dossier(QStringLiteral("000.00.19.H47-260302-0001"),
                      QStringLiteral("Nguyễn Văn Đặng"), QStringLiteral("1.004873"),
                      QStringLiteral("processing"), QStringLiteral("direct"), t(2026, 3, 2, 9, 0),
                      t(2026, 3, 9, 17, 30)), // A overdue
        test::dossier(QStringLiteral("000.00.19.H47-260306-0001"), QStringLiteral("Trần Thị Đào"),
                      QStringLiteral("1.004873"), QStringLiteral("processing"),
                      QStringLiteral("online"), t(2026, 3, 6, 9, 0),
                      t(2026, 3, 11, 16, 0)), // B due today
        test::dossier(QStringLiteral("000.00.19.H47-260309-0001"), QStringLiteral("Lê Văn Cường"),
                      QStringLiteral("1.004194"), QStringLiteral("processing"),
                      QStringLiteral("direct"), t(2026, 3, 9, 9, 0),
                      t(2026, 3, 12, 9, 0)), // C due soon
        test::dossier(QStringLiteral("000.00.19.H47-260310-0001"), QStringLiteral("Phạm Thị Dung"),
                      QStringLiteral("1.004222"), QStringLiteral("received"),
                      QStringLiteral("postal"), t(2026, 3, 10, 9, 0),
                      t(2026, 3, 18, 9, 0)), // D later
        test::dossier(QStringLiteral("000.00.19.H47-260302-0002"), QStringLiteral("Hoàng Văn Em"),
                      QStringLiteral("1.004873"), QStringLiteral("awaiting_documents"),
                      QStringLiteral("direct"), t(2026, 3, 2, 10, 0), t(2026, 3, 5, 10, 0), {}, {},
                      t(2026, 3, 6, 9, 0)), // E paused late
        test::dossier(QStringLiteral("000.00.19.H47-260305-0001"), QStringLiteral("Vũ Thị Phương"),
                      QStringLiteral("1.004873"), QStringLiteral("awaiting_documents"),
                      QStringLiteral("direct"), t(2026, 3, 5, 10, 0), t(2026, 3, 10, 10, 0), {}, {},
                      t(2026, 3, 9, 9, 0)), // F paused in time
        test::dossier(QStringLiteral("000.00.19.H47-260303-0001"), QStringLiteral("Đỗ Văn Giang"),
                      QStringLiteral("1.004873"), QStringLiteral("result_ready"),
                      QStringLiteral("direct"), t(2026, 3, 3, 9, 0), t(2026, 3, 6, 9, 0),
                      t(2026, 3, 10, 9, 0), {}, {}, QStringLiteral("approved")), // G waiting
        test::dossier(QStringLiteral("000.00.19.H47-260216-0001"), QStringLiteral("Bùi Thị Hạnh"),
                      QStringLiteral("1.004873"), QStringLiteral("result_ready"),
                      QStringLiteral("direct"), t(2026, 2, 16, 9, 0), t(2026, 2, 19, 9, 0),
                      t(2026, 2, 19, 8, 0), {}, {}, QStringLiteral("approved")), // H uncollected
        test::dossier(QStringLiteral("000.00.19.H47-260202-0001"), QStringLiteral("Ngô Văn Ích"),
                      QStringLiteral("1.004873"), QStringLiteral("returned"),
                      QStringLiteral("direct"), t(2026, 2, 2, 9, 0), t(2026, 2, 5, 9, 0),
                      t(2026, 2, 4, 9, 0), t(2026, 2, 6, 9, 0), {},
                      QStringLiteral("approved")), // I returned
        test::dossier(QStringLiteral("000.00.19.H47-260311-0001"), QStringLiteral("Dương Thị Kim"),
                      QStringLiteral("1.004194"), QStringLiteral("received"),
                      QStringLiteral("direct"), t(2026, 3, 11, 8, 0),
                      t(2026, 3, 16, 8, 0)), // J today
        test::dossier(QStringLiteral("000.00.19.H47-260225-0001"), QStringLiteral("Lý Văn Long"),
                      QStringLiteral("1.004873"), QStringLiteral("withdrawn"),
                      QStringLiteral("direct"), t(2026, 2, 25, 9, 0), t(2026, 3, 2, 9, 0),
                      t(2026, 2, 26, 9, 0)), // K withdrawn
    };
    for (test::DossierSpec spec : specs) {
        spec.phone = QStringLiteral("09123456%1").arg(spec.code.right(2));
        QVERIFY(test::insertDossier(m_db, spec) > 0);
    }
}

void TestDossierList::cleanupTestCase()
{
    Clock::setFixed({});
}

QStringList TestDossierList::codes(const DossierFilter &filter, DossierQuery::SortBy sort)
{
    const DossierQuery query(m_db.connection());
    QString error;
    const QList<DossierListRow> rows
        = query.page(filter, query.clock(Clock::now()), sort, Qt::AscendingOrder, std::nullopt,
                     std::nullopt, 1000, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    QStringList result;
    for (const DossierListRow &row : rows)
        result << row.code.right(11); // YYMMDD-NNNN
    return result;
}

void TestDossierList::worklistCounts()
{
    const DossierQuery query(m_db.connection());
    const WorklistClock clock = query.clock(Clock::now());
    QCOMPARE(clock.dueSoonUntil, officeTime(2026, 3, 13, 10, 0));
    const QMap<Worklist, qint64> counts = query.counts(clock);
    QCOMPARE(counts.value(Worklist::ReceivedToday), 1); // J
    QCOMPARE(counts.value(Worklist::InProcessing), 7); // A B C D E F J
    QCOMPARE(counts.value(Worklist::DueToday), 1); // B
    QCOMPARE(counts.value(Worklist::DueSoon), 2); // B C
    QCOMPARE(counts.value(Worklist::Overdue), 2); // A, and E late before its pause
    QCOMPARE(counts.value(Worklist::AwaitingDocuments), 2); // E F
    QCOMPARE(counts.value(Worklist::AwaitingCollection), 2); // G H
    QCOMPARE(counts.value(Worklist::Uncollected), 1); // H, finished 20 days ago
    QCOMPARE(counts.value(Worklist::Returned), 1); // I
    QCOMPARE(counts.value(Worklist::All), 11);
    // count() agrees with counts() and with the rows of each list.
    for (Worklist worklist : Worklists::all()) {
        DossierFilter filter;
        filter.worklist = worklist;
        QCOMPARE(query.count(filter, clock), counts.value(worklist));
        QCOMPARE(qint64(codes(filter).size()), counts.value(worklist));
    }
}

void TestDossierList::worklistRows_data()
{
    QTest::addColumn<Worklist>("worklist");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("overdue") << Worklist::Overdue << QStringList {"260302-0001", "260302-0002"};
    QTest::newRow("due today") << Worklist::DueToday << QStringList {"260306-0001"};
    QTest::newRow("due soon") << Worklist::DueSoon << QStringList {"260306-0001", "260309-0001"};
    QTest::newRow("documents") << Worklist::AwaitingDocuments
                               << QStringList {"260302-0002", "260305-0001"};
    QTest::newRow("collection") << Worklist::AwaitingCollection
                                << QStringList {"260216-0001", "260303-0001"};
    QTest::newRow("uncollected") << Worklist::Uncollected << QStringList {"260216-0001"};
    QTest::newRow("today") << Worklist::ReceivedToday << QStringList {"260311-0001"};
}

void TestDossierList::worklistRows()
{
    QFETCH(Worklist, worklist);
    QFETCH(QStringList, expected);
    DossierFilter filter;
    filter.worklist = worklist;
    QCOMPARE(codes(filter), expected);
}

void TestDossierList::searchIsFoldedAndRecognisesCodesAndNumbers_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("folded full name") << "nguyen van dang" << QStringList {"260302-0001"};
    QTest::newRow("upper case, decomposed") << QString::fromUtf8("NGUYÊ\xCC\x83N VĂN ĐĂ\xCC\xA3NG")
                                                   .normalized(QString::NormalizationForm_D)
                                            << QStringList {"260302-0001"};
    QTest::newRow("given name with đ") << "dao" << QStringList {"260306-0001"};
    QTest::newRow("prefix of the last syllable") << "van c" << QStringList {"260309-0001"};
    QTest::newRow("order of syllables does not matter")
        << "dang nguyen" << QStringList {"260302-0001"};
    QTest::newRow("syllables are whole but the last") << "nguy van dang" << QStringList {};
    QTest::newRow("code exact") << "000.00.19.h47-260311-0001" << QStringList {"260311-0001"};
    QTest::newRow("code prefix (day)")
        << "000.00.19.H47-260302" << QStringList {"260302-0001", "260302-0002"};
    QTest::newRow("phone prefix") << "0912 3456 02" << QStringList {"260302-0002"};
    QTest::newRow("nothing") << "zzz" << QStringList {};
}

void TestDossierList::searchIsFoldedAndRecognisesCodesAndNumbers()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    // Over the big lists (the full-text index) and over a small one (row by row): same answers.
    for (Worklist worklist : {Worklist::All, Worklist::InProcessing, Worklist::Returned}) {
        DossierFilter filter;
        filter.worklist = worklist;
        filter.search = search;
        DossierFilter plain;
        plain.worklist = worklist;
        QStringList inList;
        const QStringList listed = codes(plain);
        for (const QString &code : expected) {
            if (listed.contains(code))
                inList << code;
        }
        QCOMPARE(codes(filter), inList);
        QCOMPARE(codes(filter, DossierQuery::SortBy::Newest).size(), inList.size());
    }
    // The ID number is shared by every test dossier.
    DossierFilter byId;
    byId.search = QStringLiteral("001090012345");
    QCOMPARE(codes(byId).size(), 11);
}

void TestDossierList::searchCombinesWithWorklistAndDates()
{
    DossierFilter filter;
    filter.worklist = Worklist::InProcessing;
    filter.search = QStringLiteral("van");
    QCOMPARE(codes(filter), (QStringList {"260302-0001", "260302-0002", "260309-0001"}));
    filter.receivedFrom = QDate(2026, 3, 3);
    QCOMPARE(codes(filter), (QStringList {"260309-0001"}));
    filter = {};
    filter.procedureId = test::procedureId(m_db, QStringLiteral("1.004194"));
    QCOMPARE(codes(filter), (QStringList {"260309-0001", "260311-0001"}));
    filter = {};
    filter.field = QStringLiteral("Đăng ký, quản lý cư trú");
    filter.receivedTo = QDate(2026, 3, 10);
    QCOMPARE(codes(filter), (QStringList {"260309-0001", "260310-0001"}));
    filter = {};
    filter.decidingOffice = QStringLiteral("Công an xã");
    filter.worklist = Worklist::DueSoon;
    QCOMPARE(codes(filter), (QStringList {"260309-0001"}));
}

void TestDossierList::rowsAreColouredAndDaysLeftCounted()
{
    DossierListModel model(m_db.connection());
    DossierFilter filter;
    filter.worklist = Worklist::InProcessing;
    model.setFilter(filter);
    model.sort(DossierListModel::Code, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 7);
    QMap<QString, int> row;
    for (int r = 0; r < model.rowCount(); ++r)
        row.insert(model.index(r, DossierListModel::Code).data().toString().right(11), r);
    const auto cell = [&model, &row](const char *code, int column, int role = Qt::DisplayRole) {
        return model.index(row.value(QLatin1String(code)), column).data(role);
    };
    QVERIFY(cell("260302-0001", 0, DossierListModel::OverdueRole).toBool());
    QCOMPARE(cell("260302-0001", 0, Qt::BackgroundRole).value<QBrush>().color(),
             QColor(0xf8, 0xd7, 0xda));
    QVERIFY(cell("260306-0001", 0, DossierListModel::DueSoonRole).toBool());
    QCOMPARE(cell("260306-0001", 0, Qt::BackgroundRole).value<QBrush>().color(),
             QColor(0xff, 0xf3, 0xcd));
    QVERIFY(!cell("260310-0001", 0, Qt::BackgroundRole).isValid());
    // Mon 9 March 17:30 to Wed 11 March 10:00: Tue (8 h) + Wed 7:30-10:00 (2.5 h) late.
    QCOMPARE(
        cell("260302-0001", DossierListModel::DaysLeft, DossierListModel::SortRole).toLongLong(),
        -qint64(10.5 * 3600));
    // Due today 16:00: 10:00-11:30 and 13:30-16:00 = 4 h left.
    QCOMPARE(
        cell("260306-0001", DossierListModel::DaysLeft, DossierListModel::SortRole).toLongLong(),
        4 * 3600);
    // E: late when its clock stopped (due Thu 5 March 10:00, paused Fri 6 March 9:00): 5.5 h + 1.5
    // h.
    QCOMPARE(
        cell("260302-0002", DossierListModel::DaysLeft, DossierListModel::SortRole).toLongLong(),
        qint64(-7 * 3600));
    QCOMPARE(cell("260302-0001", DossierListModel::Status).toString(),
             Dossiers::statusLabel(DossierStatus::Processing));
    QCOMPARE(cell("260302-0001", DossierListModel::Received).toString(),
             QStringLiteral("02/03/2026 09:00"));
    QCOMPARE(cell("260302-0001", DossierListModel::Applicant).toString(),
             QStringLiteral("Nguyễn Văn Đặng"));
    QVERIFY(cell("260302-0001", 0, DossierListModel::IdRole).toLongLong() > 0);
}

void TestDossierList::deadlineWordsAgreeWithTheColour_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("dueSoon");
    const auto t = test::officeTime;
    // A was due Monday 9 March 17:30 (the end of the day).
    QTest::newRow("late by 1 h 30 on the next morning")
        << t(2026, 3, 10, 9, 0) << "260302-0001"
        << "Overdue by 1 hour 30 minutes of working time" << false;
    QTest::newRow("late before opening hours") << t(2026, 3, 10, 7, 0) << "260302-0001"
                                               << "Overdue since 09/03/2026 17:30" << false;
    QTest::newRow("late by days and hours") << t(2026, 3, 11, 10, 0) << "260302-0001"
                                            << "Overdue by 1 day 3 hours of working time" << false;
    // C is due Thursday 12 March 9:00; due soon means within 2 working days.
    QTest::newRow("exactly 2 days: due soon") << t(2026, 3, 10, 9, 0) << "260309-0001"
                                              << "2 working days left" << true;
    QTest::newRow("a minute under 2 days: due soon") << t(2026, 3, 10, 9, 1) << "260309-0001"
                                                     << "2 working days left" << true;
    QTest::newRow("a minute over 2 days: not yet") << t(2026, 3, 10, 8, 59) << "260309-0001"
                                                   << "2 days 1 hour of working time left" << false;
    QTest::newRow("minutes") << t(2026, 3, 12, 8, 45) << "260309-0001"
                             << "15 working minutes left" << true;
    QTest::newRow("one hour") << t(2026, 3, 12, 8, 0) << "260309-0001"
                              << "1 working hour left" << true;
}

void TestDossierList::deadlineWordsAgreeWithTheColour()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, code);
    QFETCH(QString, words);
    QFETCH(bool, dueSoon);
    Clock::setFixed(now);
    DossierListModel model(m_db.connection());
    model.setFilter({});
    Clock::setFixed(officeTime(2026, 3, 11, 10, 0));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.index(r, DossierListModel::Code).data().toString().endsWith(code))
            continue;
        QCOMPARE(model.index(r, DossierListModel::DaysLeft).data().toString(), words);
        QCOMPARE(model.index(r, 0, {}).data(DossierListModel::DueSoonRole).toBool(), dueSoon);
        QCOMPARE(model.index(r, 0).data(Qt::BackgroundRole).isValid(),
                 dueSoon || words.startsWith(QLatin1String("Overdue")));
        return;
    }
    QFAIL("the dossier is not in the list");
}

void TestDossierList::parseSearch()
{
    using Kind = SearchTerm::Kind;
    QCOMPARE(Worklists::parseSearch(QStringLiteral("  ")).kind, Kind::None);
    QCOMPARE(Worklists::parseSearch(QStringLiteral("H57.132-260804-0583")).kind, Kind::Code);
    QCOMPARE(Worklists::parseSearch(QStringLiteral("h57.132-260804-0583")).text,
             QStringLiteral("H57.132-260804-0583"));
    QCOMPARE(Worklists::parseSearch(QStringLiteral("0912 345 678")).text,
             QStringLiteral("0912345678"));
    QCOMPARE(Worklists::parseSearch(QStringLiteral("0912 345 678")).kind, Kind::Digits);
    const SearchTerm name = Worklists::parseSearch(QStringLiteral("Đặng \"Thị\" (Đào)*"));
    QCOMPARE(name.kind, Kind::Name);
    QCOMPARE(name.syllables, (QStringList {"dang", "thi", "dao"}));
}

void TestDossierList::pagingUnderModelTester()
{
    QVERIFY(m_demo.open(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    DemoGenerator::Options options;
    options.count = 10500;
    options.seed = 7;
    options.years = 1;
    DemoGenerator::Result result;
    QString error;
    QVERIFY2(
        DemoGenerator(m_demo.connection()).run(test::administrator(), options, &result, &error),
        qPrintable(error));
    QCOMPARE(result.dossiers, 10500);

    DossierListModel model(m_demo.connection());
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), DossierListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    const qint64 firstId = model.dossierId(0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The tester fetches too, as a view would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 10500);
    QCOMPARE(inserted.count(), 10500 / DossierListModel::PageSize); // 52 pages after the first
    QVERIFY(!model.canFetchMore({}));
    // Newest first, every dossier once.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 id = model.index(r, 0).data(DossierListModel::IdRole).toLongLong();
        QVERIFY(id < previous);
        previous = id;
    }
    // Rows are held for a bounded number of pages; a page that fell out is read again.
    QVERIFY(model.cachedPageCount() <= DossierListModel::CachedPages);
    QCOMPARE(model.dossierId(0), firstId);
    QCOMPARE(model.dossierId(10499), qint64(1));
}

void TestDossierList::sortingMatchesSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("code") << int(DossierListModel::Code) << "d.code";
    QTest::newRow("applicant") << int(DossierListModel::Applicant) << "d.applicant_key";
    QTest::newRow("procedure") << int(DossierListModel::Procedure) << "p.name";
    QTest::newRow("received") << int(DossierListModel::Received) << "d.received_at";
    QTest::newRow("due") << int(DossierListModel::Due) << "d.due_at";
    QTest::newRow("days left") << int(DossierListModel::DaysLeft) << "d.due_at";
    QTest::newRow("status")
        << int(DossierListModel::Status)
        << "CASE d.status WHEN 'received' THEN 0 WHEN 'processing' THEN 1 WHEN "
           "'awaiting_documents' THEN 2 WHEN 'awaiting_payment' THEN 3 WHEN 'result_ready' "
           "THEN 4 WHEN 'refused' THEN 5 WHEN 'returned' THEN 6 ELSE 7 END";
}

void TestDossierList::sortingMatchesSql()
{
    QFETCH(int, column);
    QFETCH(QString, orderBy);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        DossierListModel model(m_demo.connection());
        DossierFilter filter;
        filter.worklist = Worklist::All;
        model.setQuery(filter, column, order);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QString direction
            = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QSqlQuery query(m_demo.connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT d.id FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                           "ORDER BY %1 %2, d.id %2")
                .arg(orderBy, direction)));
        int r = 0;
        while (query.next()) {
            QCOMPARE(model.dossierId(r), query.value(0).toLongLong());
            ++r;
        }
        QCOMPARE(model.rowCount(), r);
        QVERIFY(r > 1000);
    }
}

void TestDossierList::boardCountsByDimension()
{
    const DossierQuery query(m_db.connection());
    const WorklistClock clock = query.clock(Clock::now());
    const QList<BoardCount> byOffice = query.board(DossierQuery::Dimension::DecidingOffice, clock);
    QCOMPARE(byOffice.size(), 2);
    QCOMPARE(byOffice.at(0).key, QStringLiteral("Ủy ban nhân dân xã")); // A E overdue, B due soon
    QCOMPARE(byOffice.at(0).overdue, 2);
    QCOMPARE(byOffice.at(0).dueSoon, 1);
    QCOMPARE(byOffice.at(1).key, QStringLiteral("Công an xã")); // C due soon
    QCOMPARE(byOffice.at(1).overdue, 0);
    QCOMPARE(byOffice.at(1).dueSoon, 1);
    const QList<BoardCount> byProcedure = query.board(DossierQuery::Dimension::Procedure, clock);
    QCOMPARE(byProcedure.at(0).key,
             QString::number(test::procedureId(m_db, QStringLiteral("1.004873"))));
    QVERIFY(byProcedure.at(0).label.startsWith(QStringLiteral("1.004873 ")));
    const QList<BoardCount> byClerk = query.board(DossierQuery::Dimension::Clerk, clock);
    QCOMPARE(byClerk.size(), 1);
    QCOMPARE(byClerk.at(0).overdue + byClerk.at(0).dueSoon, 4);
    // Drilling down: the filter of a group gives its dossiers.
    DossierFilter filter;
    filter.worklist = Worklist::Overdue;
    filter.decidingOffice = byOffice.at(0).key;
    QCOMPARE(query.count(filter, clock), 2);
    filter.receiver = QStringLiteral("Lê Thị Hoa");
    QCOMPARE(query.count(filter, clock), 2);
}

QTEST_GUILESS_MAIN(TestDossierList)
#include "tst_dossierlist.moc"
