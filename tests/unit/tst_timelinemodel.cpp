#include "item/timelinemodel.h"
#include "lifecyclefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace motcua;

// The timeline of a dossier as a table model: checked by Qt's model tester, with exact signals.
class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passesTheModelTester();
    void showsEachEventInWords();
    void sortsByTheRawValue();
    void sameMinuteEventsInTheOrderWritten_data();
    void sameMinuteEventsInTheOrderWritten();
    void retranslateSignalsHeadersAndData();

private:
    QList<EventRecord> events() const;
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_dossierId = 0;
};

void TestTimelineModel::initTestCase()
{
    QVERIFY(test::openOffice(m_db, m_dir));
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
    QString failure;
    m_dossierId = test::dossierIn(m_db, DossierStatus::Returned, &failure);
    QVERIFY2(m_dossierId, qPrintable(failure));
}

void TestTimelineModel::cleanupTestCase()
{
    Clock::setFixed({});
}

QList<EventRecord> TestTimelineModel::events() const
{
    return EventLog(m_db.connection()).forDossier(m_dossierId);
}

void TestTimelineModel::passesTheModelTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEvents(events());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
    model.setEvents({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    model.setEvents(events());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.data(model.index(9, 0)).isValid());
}

void TestTimelineModel::showsEachEventInWords()
{
    TimelineModel model;
    model.setEvents(events());
    const auto text = [&](int row, TimelineModel::Column column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role).toString();
    };
    QCOMPARE(text(0, TimelineModel::Action), QStringLiteral("Received"));
    QCOMPARE(text(0, TimelineModel::Time), QStringLiteral("09:15 02/03/2026"));
    QCOMPARE(text(0, TimelineModel::FromStatus), QString());
    QCOMPARE(text(0, TimelineModel::ToStatus), QStringLiteral("Received"));
    QCOMPARE(text(1, TimelineModel::Action), QStringLiteral("Transfer"));
    QCOMPARE(text(1, TimelineModel::Time), QStringLiteral("10:00 02/03/2026"));
    QCOMPARE(text(1, TimelineModel::Actor), test::supervisor().fullName);
    QCOMPARE(text(1, TimelineModel::FromStatus), QStringLiteral("Received"));
    QCOMPARE(text(1, TimelineModel::ToStatus), QStringLiteral("In processing"));
    QCOMPARE(text(3, TimelineModel::Action), QStringLiteral("Return the result"));
    QCOMPARE(text(3, TimelineModel::ToStatus), QStringLiteral("Result returned"));

    // Details and the time of writing in the tooltip, on every column.
    const QString tip = text(1, TimelineModel::Note, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("Handed over by: Lê Thị Hoa")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Received by: Trần Văn Bình")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Office: Công chức Tư pháp - Hộ tịch")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Recorded at 16:00 04/03/2026")), qPrintable(tip));
    const QString returned = text(3, TimelineModel::Time, Qt::ToolTipRole);
    QVERIFY2(returned.contains(QStringLiteral("Originals taken back: yes")), qPrintable(returned));
    QVERIFY2(returned.contains(QStringLiteral("Collected as: the applicant")),
             qPrintable(returned));
    QCOMPARE(model.data(model.index(1, 0), TimelineModel::KindRole).toString(),
             QStringLiteral("transferred"));
    QCOMPARE(model.headerData(TimelineModel::Actor, Qt::Horizontal).toString(),
             QStringLiteral("By"));
}

void TestTimelineModel::sortsByTheRawValue()
{
    TimelineModel model;
    model.setEvents(events());
    QCOMPARE(model.data(model.index(1, TimelineModel::Time), TimelineModel::SortRole).toLongLong(),
             test::officeTime(2026, 3, 2, 10, 0).toSecsSinceEpoch() / 60
                     * TimelineModel::TimeSortIdSpan
                 + events().at(1).id);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TimelineModel::SortRole);
    proxy.sort(TimelineModel::Time, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TimelineModel::Action).data().toString(),
             QStringLiteral("Return the result"));
    QCOMPARE(proxy.index(3, TimelineModel::Action).data().toString(), QStringLiteral("Received"));
}

// Issue 13: a deadline recalculated at 08:00:40 and the return stated at 08:00 (written after
// it) show in the order written, as `dossier show` has them; minutes still order first.
void TestTimelineModel::sameMinuteEventsInTheOrderWritten_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("oldest first") << Qt::AscendingOrder << QList<qint64> {5, 10, 11, 12};
    QTest::newRow("newest first") << Qt::DescendingOrder << QList<qint64> {12, 11, 10, 5};
}

void TestTimelineModel::sameMinuteEventsInTheOrderWritten()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, ids);
    const auto event = [](qint64 id, int minute, int second, const char *kind) {
        EventRecord e;
        e.id = id;
        e.occurredAt = test::officeTime(2026, 3, 5, 8, minute).addSecs(second);
        e.recordedAt = e.occurredAt;
        e.kind = QString::fromLatin1(kind);
        return e;
    };
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Stored order differs from both answers: the model must not depend on it.
    model.setEvents({event(12, 1, 0, "returned"), event(11, 0, 0, "returned"),
                     event(10, 0, 40, "deadline-recalculated"), event(5, 0, 59, "transferred")});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TimelineModel::SortRole);
    proxy.sort(TimelineModel::Time, order);
    QList<qint64> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data(TimelineModel::EventIdRole).toLongLong();
    QCOMPARE(shown, ids);
}

void TestTimelineModel::retranslateSignalsHeadersAndData()
{
    TimelineModel model;
    model.setEvents(events());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.first().at(1).toModelIndex(), model.index(3, TimelineModel::ColumnCount - 1));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
