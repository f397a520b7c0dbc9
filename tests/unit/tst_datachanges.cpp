#include "db/datachanges.h"
#include "db/transaction.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;

// Issue 13: one "the database changed" signal per connection, after a commit, once per turn of
// the event loop; nothing for a rollback or for another connection.
class TestDataChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commitsAreSignalledOnceAfterTheAction_data();
    void commitsAreSignalledOnceAfterTheAction();
    void otherConnectionsAreNotSignalled();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestDataChanges::initTestCase()
{
    QVERIFY(test::openOffice(m_db, m_dir));
}

void TestDataChanges::commitsAreSignalledOnceAfterTheAction_data()
{
    QTest::addColumn<int>("commits");
    QTest::addColumn<int>("rollbacks");
    QTest::addColumn<int>("expected");
    QTest::newRow("one commit") << 1 << 0 << 1;
    QTest::newRow("three commits, one signal") << 3 << 0 << 1;
    QTest::newRow("a rollback only") << 0 << 1 << 0;
    QTest::newRow("a commit and a rollback") << 1 << 1 << 1;
}

void TestDataChanges::commitsAreSignalledOnceAfterTheAction()
{
    QFETCH(int, commits);
    QFETCH(int, rollbacks);
    QFETCH(int, expected);
    QSignalSpy changed(DataChanges::of(m_db.connection()), &DataChanges::changed);
    for (int i = 0; i < commits + rollbacks; ++i) {
        WriteTransaction transaction(m_db.connection());
        QVERIFY(transaction.isActive());
        QVERIFY(QSqlQuery(m_db.connection())
                    .exec(QStringLiteral("UPDATE settings SET value = value WHERE 0")));
        if (i < commits)
            QVERIFY(transaction.commit());
        // else: rolled back when it goes out of scope
    }
    // Not while the code that committed is still running: after it, from the event loop.
    QCOMPARE(changed.count(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), expected);
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), expected);
}

void TestDataChanges::otherConnectionsAreNotSignalled()
{
    QTemporaryDir dir;
    Database other;
    QVERIFY(test::openOffice(other, dir));
    QCoreApplication::processEvents();
    QSignalSpy changed(DataChanges::of(m_db.connection()), &DataChanges::changed);
    QSignalSpy otherChanged(DataChanges::of(other.connection()), &DataChanges::changed);
    {
        WriteTransaction transaction(other.connection());
        QVERIFY(transaction.commit());
    }
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(otherChanged.count(), 1);
    // Said by hand (a change counter, LISTEN/NOTIFY): the same signal.
    DataChanges::notify(m_db.connection());
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestDataChanges)
#include "tst_datachanges.moc"
