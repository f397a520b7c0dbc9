#include "domain/clock.h"
#include "item/intakeslipmodel.h"
#include "print/slips.h"
#include "store/eventlog.h"
#include "store/intakeslipstore.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>

using namespace motcua;

// Requests for completion and refusals at the counter: recorded with their event, found again
// by number, name, ID number or phone, and printed again marked and logged.
class TestIntakeSlips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordKeepsWhatAReprintNeeds_data();
    void recordKeepsWhatAReprintNeeds();
    void badSlipsAreRefusedAndNothingWritten_data();
    void badSlipsAreRefusedAndNothingWritten();
    void listFinds_data();
    void listFinds();
    void listKeepsToTheDays_data();
    void listKeepsToTheDays();
    void printsAreLoggedThenReprints();
    void reprintIsMarkedOnTheSlip_data();
    void reprintIsMarkedOnTheSlip();
    void modelShowsTheSlips();
    void eachKindNumbersOnItsOwn();

private:
    IntakeSlip slip(IntakeSlip::Kind kind, const QString &name, const QString &id,
                    const QString &phone) const;
    qint64 record(const IntakeSlip &slip);
    qint64 slipCount() const;
    qint64 eventCount() const;
    // The newest event: kind, dossier, actor and details as stored.
    EventRecord lastEvent() const;

    QTemporaryDir m_dir;
    Database m_db;
    int m_databaseCount = 0;
};

void TestIntakeSlips::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestIntakeSlips::init()
{
    QVERIFY(
        test::openOffice(m_db, m_dir, QStringLiteral("slips-%1.sqlite").arg(++m_databaseCount)));
    Clock::setFixed(test::officeTime(2026, 3, 2, 10, 0));
}

void TestIntakeSlips::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

IntakeSlip TestIntakeSlips::slip(IntakeSlip::Kind kind, const QString &name, const QString &id,
                                 const QString &phone) const
{
    IntakeSlip slip;
    slip.kind = kind;
    slip.procedureId = test::procedureId(m_db, QStringLiteral("1.004873"));
    slip.applicant.name = name;
    slip.applicant.idNumber = id;
    slip.applicant.phone = phone;
    slip.applicant.address = QStringLiteral("Thôn Đông, xã Tân Hòa");
    if (kind == IntakeSlip::Kind::Completion)
        slip.items = {QStringLiteral("Bản sao Giấy khai sinh")};
    slip.reason = QStringLiteral("Hồ sơ chưa đủ thành phần");
    return slip;
}

qint64 TestIntakeSlips::record(const IntakeSlip &slip)
{
    QList<FieldError> errors;
    const qint64 id = IntakeSlipStore(m_db.connection()).record(test::clerk(), slip, &errors);
    if (!id)
        qWarning("%s", qPrintable(Reception::joined(errors)));
    return id;
}

qint64 TestIntakeSlips::slipCount() const
{
    return test::count(m_db, QStringLiteral("SELECT count(*) FROM intake_slips"));
}

qint64 TestIntakeSlips::eventCount() const
{
    return test::count(m_db, QStringLiteral("SELECT count(*) FROM events"));
}

EventRecord TestIntakeSlips::lastEvent() const
{
    QSqlQuery query(m_db.connection());
    EventRecord event;
    if (query.exec(QStringLiteral("SELECT kind, coalesce(dossier_id, 0), actor, details FROM "
                                  "events ORDER BY id DESC LIMIT 1"))
        && query.next()) {
        event.kind = query.value(0).toString();
        event.dossierId = query.value(1).toLongLong();
        event.actor = query.value(2).toString();
        event.details = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    }
    return event;
}

void TestIntakeSlips::recordKeepsWhatAReprintNeeds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("applicantKind");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("expectedItems");
    QTest::addColumn<QString>("event");

    const QStringList two {QStringLiteral("Bản sao Giấy khai sinh"),
                           QStringLiteral("Tờ khai có chữ ký của người yêu cầu")};
    QTest::newRow("completion, person, at the counter")
        << int(IntakeSlip::Kind::Completion) << int(ApplicantKind::Person) << int(Channel::Direct)
        << "001090012345" << two << two << "completion-requested";
    QTest::newRow("completion, blank items dropped")
        << int(IntakeSlip::Kind::Completion) << int(ApplicantKind::Person) << int(Channel::Online)
        << "001090012345" << QStringList {"  ", two.at(0), ""} << QStringList {two.at(0)}
        << "completion-requested";
    QTest::newRow("refusal, organisation, by post: items are not kept")
        << int(IntakeSlip::Kind::Refusal) << int(ApplicantKind::Organisation)
        << int(Channel::Postal) << "0101234567" << two << QStringList {} << "reception-refused";
}

void TestIntakeSlips::recordKeepsWhatAReprintNeeds()
{
    QFETCH(int, kind);
    QFETCH(int, applicantKind);
    QFETCH(int, channel);
    QFETCH(QString, idNumber);
    QFETCH(QStringList, items);
    QFETCH(QStringList, expectedItems);
    QFETCH(QString, event);

    IntakeSlip input = slip(IntakeSlip::Kind(kind), QStringLiteral("Nguyễn Văn Đặng"), idNumber,
                            QStringLiteral("0912345678"));
    if (ApplicantKind(applicantKind) == ApplicantKind::Organisation)
        input.applicant.name = QStringLiteral("Công ty TNHH Sao Mai");
    input.applicantKind = ApplicantKind(applicantKind);
    input.channel = Channel(channel);
    input.items = items;
    const qint64 eventsBefore = eventCount();
    const qint64 id = record(input);
    QVERIFY(id > 0);

    const std::optional<IntakeSlip> stored = IntakeSlipStore(m_db.connection()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(int(stored->kind), kind);
    QCOMPARE(int(stored->applicantKind), applicantKind);
    QCOMPARE(int(stored->channel), channel);
    QCOMPARE(stored->applicant.name, input.applicant.name);
    QCOMPARE(stored->applicant.idNumber, idNumber);
    QCOMPARE(stored->procedureCode, QStringLiteral("1.004873"));
    QVERIFY(!stored->procedureName.isEmpty());
    QCOMPARE(stored->items, expectedItems);
    QCOMPARE(stored->reason, input.reason);
    QCOMPARE(stored->createdAt, Clock::now());
    QCOMPARE(stored->actor, test::clerk().fullName);

    QCOMPARE(eventCount(), eventsBefore + 1);
    QCOMPARE(lastEvent().kind, event);
    QCOMPARE(lastEvent().details.value(QStringLiteral("slip")).toInteger(), id);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossiers")), 0);
}

void TestIntakeSlips::badSlipsAreRefusedAndNothingWritten_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("knownProcedure");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("message");

    const QStringList items {QStringLiteral("Bản sao Giấy khai sinh")};
    const QString reason = QStringLiteral("Thiếu giấy tờ");
    const int completion = int(IntakeSlip::Kind::Completion);
    const int refusal = int(IntakeSlip::Kind::Refusal);
    QTest::newRow("completion without items")
        << completion << "001090012345" << QStringList {" "} << reason << true << true
        << "List what the applicant must add";
    QTest::newRow("completion without reason")
        << completion << "001090012345" << items << " \n " << true << true
        << "reason the dossier must be completed";
    QTest::newRow("refusal without reason") << refusal << "001090012345" << QStringList {} << ""
                                            << true << true << "reason for refusing";
    QTest::newRow("11-digit ID") << refusal << "00109001234" << QStringList {} << reason << true
                                 << true << "12 digits";
    QTest::newRow("unknown procedure") << refusal << "001090012345" << QStringList {} << reason
                                       << false << true << "Choose the procedure";
    QTest::newRow("nobody signed in") << refusal << "001090012345" << QStringList {} << reason
                                      << true << false << "not allowed to receive";
}

void TestIntakeSlips::badSlipsAreRefusedAndNothingWritten()
{
    QFETCH(int, kind);
    QFETCH(QString, idNumber);
    QFETCH(QStringList, items);
    QFETCH(QString, reason);
    QFETCH(bool, knownProcedure);
    QFETCH(bool, signedIn);
    QFETCH(QString, message);

    IntakeSlip input = slip(IntakeSlip::Kind(kind), QStringLiteral("Nguyễn Văn Đặng"), idNumber,
                            QStringLiteral("0912345678"));
    input.items = items;
    input.reason = reason;
    if (!knownProcedure)
        input.procedureId = 999999;
    const qint64 events = eventCount();
    QList<FieldError> errors;
    const qint64 id = IntakeSlipStore(m_db.connection())
                          .record(signedIn ? test::clerk() : Actor(), input, &errors);
    QCOMPARE(id, 0);
    QVERIFY2(Reception::joined(errors).contains(message), qPrintable(Reception::joined(errors)));
    QCOMPARE(slipCount(), 0);
    QCOMPARE(eventCount(), events);
}

void TestIntakeSlips::listFinds_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected"); // positions in the order recorded, newest first

    QTest::newRow("everything, newest first") << "" << QList<int> {3, 2, 1};
    QTest::newRow("name without diacritics or đ") << "nguyen van dang" << QList<int> {1};
    QTest::newRow("name in capitals with diacritics") << "ĐẶNG" << QList<int> {1};
    QTest::newRow("part of a name") << "thi hoa" << QList<int> {2};
    QTest::newRow("start of an ID number") << "0791" << QList<int> {2};
    QTest::newRow("start of a phone") << "0987" << QList<int> {2};
    QTest::newRow("the middle of an ID is not its start") << "9185" << QList<int> {};
    // Recorded as 1/YCBS, 1/TCTN, 2/TCTN: each kind numbers on its own.
    QTest::newRow("slip number of either kind") << "1" << QList<int> {2, 1};
    QTest::newRow("slip number") << "2" << QList<int> {3};
    QTest::newRow("slip number as printed") << "1/YCBS" << QList<int> {1};
    QTest::newRow("slip number in small letters") << "1/tctn" << QList<int> {2};
    QTest::newRow("no such slip number") << "3" << QList<int> {};
    QTest::newRow("LIKE wildcards are plain text") << "h%" << QList<int> {};
    QTest::newRow("percent sign in a name") << "50%_" << QList<int> {3};
    QTest::newRow("nobody") << "pham" << QList<int> {};
}

void TestIntakeSlips::listFinds()
{
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);

    const QList<qint64> ids {
        record(slip(IntakeSlip::Kind::Completion, QStringLiteral("Nguyễn Văn Đặng"),
                    QStringLiteral("001090012345"), QStringLiteral("0912345678"))),
        record(slip(IntakeSlip::Kind::Refusal, QStringLiteral("Trần Thị Hoa"),
                    QStringLiteral("079185000111"), QStringLiteral("0987654321"))),
        [this] {
            IntakeSlip organisation
                = slip(IntakeSlip::Kind::Refusal, QStringLiteral("Công ty TNHH 50%_Sao"),
                       QStringLiteral("0101234567"), QStringLiteral("02412345678"));
            organisation.applicantKind = ApplicantKind::Organisation;
            return record(organisation);
        }(),
    };
    QCOMPARE(ids, (QList<qint64> {1, 2, 3}));

    IntakeSlipStore::Filter filter;
    filter.search = search;
    QList<int> found;
    for (const IntakeSlip &each : IntakeSlipStore(m_db.connection()).list(filter))
        found.append(int(ids.indexOf(each.id)) + 1);
    QCOMPARE(found, expected);
}

void TestIntakeSlips::listKeepsToTheDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one day, both ends included")
        << QDate(2026, 3, 3) << QDate(2026, 3, 3) << 500 << QStringList {"Ba Một", "Ba Hai"};
    QTest::newRow("from only") << QDate(2026, 3, 3) << QDate() << 500
                               << QStringList {"Bốn", "Ba Một", "Ba Hai"};
    QTest::newRow("to only") << QDate() << QDate(2026, 3, 2) << 500 << QStringList {"Hai"};
    QTest::newRow("the newest within the limit")
        << QDate() << QDate() << 2 << QStringList {"Bốn", "Ba Một"};
}

void TestIntakeSlips::listKeepsToTheDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    // Monday 23:59, Tuesday at the first and the last minute, Wednesday at midnight.
    const QList<std::pair<QDateTime, QString>> recorded {
        {test::officeTime(2026, 3, 2, 23, 59), QStringLiteral("Hai")},
        {test::officeTime(2026, 3, 3, 0, 0), QStringLiteral("Ba Hai")},
        {test::officeTime(2026, 3, 3, 23, 59), QStringLiteral("Ba Một")},
        {test::officeTime(2026, 3, 4, 0, 0), QStringLiteral("Bốn")},
    };
    for (const auto &[at, name] : recorded) {
        Clock::setFixed(at);
        QVERIFY(record(slip(IntakeSlip::Kind::Refusal, QStringLiteral("Lê ") + name,
                            QStringLiteral("001090012345"), QString())));
    }
    IntakeSlipStore::Filter filter;
    filter.from = from;
    filter.to = to;
    filter.limit = limit;
    QStringList found;
    for (const IntakeSlip &each : IntakeSlipStore(m_db.connection()).list(filter))
        found.append(each.applicant.name.mid(3));
    QCOMPARE(found, expected);
}

void TestIntakeSlips::printsAreLoggedThenReprints()
{
    const qint64 first
        = record(slip(IntakeSlip::Kind::Completion, QStringLiteral("Nguyễn Văn Đặng"),
                      QStringLiteral("001090012345"), QString()));
    const qint64 second = record(slip(IntakeSlip::Kind::Refusal, QStringLiteral("Trần Thị Hoa"),
                                      QStringLiteral("079185000111"), QString()));
    IntakeSlipStore store(m_db.connection());
    QVERIFY(!store.wasPrinted(first));

    QString error;
    QVERIFY2(store.logPrint(test::clerk(), first, &error), qPrintable(error));
    QVERIFY(store.wasPrinted(first));
    QVERIFY(!store.wasPrinted(second)); // each slip on its own
    EventRecord last = lastEvent();
    QCOMPARE(last.kind, QStringLiteral("slip-printed"));
    QCOMPARE(last.dossierId, 0);
    QCOMPARE(last.details.value(QStringLiteral("intakeSlip")).toInteger(), first);
    QCOMPARE(last.details.value(QStringLiteral("slip")).toString(), QStringLiteral("completion"));
    QCOMPARE(last.actor, test::clerk().fullName);

    QVERIFY2(store.logPrint(test::clerk(), first, &error), qPrintable(error));
    last = lastEvent();
    QCOMPARE(last.kind, QStringLiteral("slip-reprinted"));

    // Refused: nobody signed in; a slip that does not exist. Nothing is written.
    const qint64 events = eventCount();
    QVERIFY(!store.logPrint(Actor(), second, &error));
    QVERIFY(error.contains(QStringLiteral("not allowed")));
    error.clear();
    QVERIFY(!store.logPrint(test::clerk(), 77, &error));
    QCOMPARE(error, QStringLiteral("No slip has the number 77."));
    QCOMPARE(eventCount(), events);
    QVERIFY(!store.wasPrinted(second));
}

void TestIntakeSlips::reprintIsMarkedOnTheSlip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("reprint");
    QTest::addColumn<QStringList>("expected");

    const QStringList common {QStringLiteral("Nguyễn Văn Đặng"), QStringLiteral("001090012345"),
                              QStringLiteral("Hồ sơ chưa đủ thành phần")};
    QTest::newRow("completion, first print")
        << int(IntakeSlip::Kind::Completion) << false
        << (common
            + QStringList {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bản sao Giấy khai sinh"});
    QTest::newRow("completion, reprint")
        << int(IntakeSlip::Kind::Completion) << true
        << (common + QStringList {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "BẢN IN LẠI"});
    QTest::newRow("refusal, reprint")
        << int(IntakeSlip::Kind::Refusal) << true
        << (common + QStringList {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "BẢN IN LẠI"});
}

void TestIntakeSlips::reprintIsMarkedOnTheSlip()
{
    QFETCH(int, kind);
    QFETCH(bool, reprint);
    QFETCH(QStringList, expected);

    const qint64 id = record(slip(IntakeSlip::Kind(kind), QStringLiteral("Nguyễn Văn Đặng"),
                                  QStringLiteral("001090012345"), QString()));
    Clock::setFixed(test::officeTime(2026, 3, 9, 8, 0)); // printed again a week later
    const SlipDocument document
        = Slips::intakeSlip(*IntakeSlipStore(m_db.connection()).find(id),
                            SettingsStore(m_db.connection()).all(), reprint);
    QTextDocument text;
    text.setHtml(document.html);
    const QString plain = text.toPlainText().simplified();
    for (const QString &each : expected)
        QVERIFY2(plain.contains(each), qPrintable(each + QStringLiteral(" not in: ") + plain));
    QCOMPARE(plain.contains(QStringLiteral("BẢN IN LẠI")), reprint);
    // Dated and signed as recorded, not as reprinted.
    QVERIFY2(plain.contains(QStringLiteral("ngày 02 tháng 03 năm 2026")), qPrintable(plain));
    QVERIFY(plain.contains(test::clerk().fullName));
}

void TestIntakeSlips::modelShowsTheSlips()
{
    IntakeSlipModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    record(slip(IntakeSlip::Kind::Completion, QStringLiteral("Nguyễn Văn Đặng"),
                QStringLiteral("001090012345"), QString()));
    Clock::setFixed(test::officeTime(2026, 3, 2, 14, 5));
    record(slip(IntakeSlip::Kind::Refusal, QStringLiteral("Trần Thị Hoa"),
                QStringLiteral("079185000111"), QString()));
    model.setSlips(IntakeSlipStore(m_db.connection()).list({}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(IntakeSlipModel::ColumnCount));
    const auto cell = [&](int row, IntakeSlipModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, IntakeSlipModel::Number).toString(), QStringLiteral("1/TCTN"));
    QCOMPARE(cell(0, IntakeSlipModel::Kind).toString(), QStringLiteral("Refusal"));
    QCOMPARE(cell(0, IntakeSlipModel::Time).toString(), QStringLiteral("14:05 02/03/2026"));
    QCOMPARE(cell(0, IntakeSlipModel::Time, IntakeSlipModel::SortRole).toLongLong(),
             test::officeTime(2026, 3, 2, 14, 5).toSecsSinceEpoch());
    QCOMPARE(cell(1, IntakeSlipModel::Applicant).toString(), QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(cell(1, IntakeSlipModel::Kind, IntakeSlipModel::SortRole).toString(),
             QStringLiteral("completion"));
    QCOMPARE(cell(1, IntakeSlipModel::Clerk).toString(), test::clerk().fullName);
    QCOMPARE(cell(1, IntakeSlipModel::Reason, IntakeSlipModel::SlipIdRole).toLongLong(), 1);
    // The whole slip in the tooltip: what the one-line cells cut.
    const QString tooltip = cell(1, IntakeSlipModel::Number, Qt::ToolTipRole).toString();
    QVERIFY(tooltip.contains(QStringLiteral("Bản sao Giấy khai sinh")));
    QVERIFY(tooltip.contains(QStringLiteral("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân")));
    QVERIFY(tooltip.contains(QStringLiteral("Hồ sơ chưa đủ thành phần")));
    QCOMPARE(model.headerData(IntakeSlipModel::IdNumber, Qt::Horizontal).toString(),
             QStringLiteral("ID number"));
    model.setSlips({});
    QCOMPARE(model.rowCount(), 0);
}

void TestIntakeSlips::eachKindNumbersOnItsOwn()
{
    // Requests for completion and refusals are two series, each saying which it is; a reprint
    // finds the slip by the number printed on it.
    const qint64 first = record(slip(IntakeSlip::Kind::Completion, QStringLiteral("Nguyễn Văn An"),
                                     QStringLiteral("001090012345"), QString()));
    const qint64 refusal = record(slip(IntakeSlip::Kind::Refusal, QStringLiteral("Trần Thị Hoa"),
                                       QStringLiteral("079185000111"), QString()));
    const qint64 second = record(slip(IntakeSlip::Kind::Completion, QStringLiteral("Lê Văn Bình"),
                                      QStringLiteral("001090054321"), QString()));
    const IntakeSlipStore store(m_db.connection());
    const QMap<QString, QString> office = SettingsStore(m_db.connection()).all();
    const auto printedNumber = [&](qint64 id) {
        QTextDocument text;
        text.setHtml(Slips::intakeSlip(*store.find(id), office, false).html);
        static const QRegularExpression number(QStringLiteral("Số: (\\S+)"));
        return number.match(text.toPlainText()).captured(1);
    };
    QCOMPARE(printedNumber(first), QStringLiteral("1/YCBS"));
    QCOMPARE(printedNumber(refusal), QStringLiteral("1/TCTN"));
    QCOMPARE(printedNumber(second), QStringLiteral("2/YCBS"));
    QCOMPARE(store.find(QStringLiteral("2/YCBS"))->id, second);
    QCOMPARE(store.find(QStringLiteral(" 1/tctn "))->id, refusal);
    QCOMPARE(store.find(QString::number(refusal))->id, refusal); // the row's id, as before
    QVERIFY(!store.find(QStringLiteral("2/TCTN")));
    QVERIFY(!store.find(QStringLiteral("1/XYZ")));
}

QTEST_MAIN(TestIntakeSlips)
#include "tst_intakeslips.moc"
