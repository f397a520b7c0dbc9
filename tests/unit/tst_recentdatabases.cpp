#include "db/recentdatabases.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace motcua;

// The databases File › Open database remembers: the last five, newest first, never a password.
class TestRecentDatabases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keepsTheLastFiveNewestFirst();
    void storesAFileAsItsAbsolutePath();
    void refusesALocationWithAPassword_data();
    void refusesALocationWithAPassword();
    void skipsWhatDoesNotParse();
};

void TestRecentDatabases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaRecentTest"));
}

void TestRecentDatabases::init()
{
    QSettings().clear();
}

void TestRecentDatabases::keepsTheLastFiveNewestFirst()
{
    QCOMPARE(RecentDatabases::last(), QString());
    for (int i = 1; i <= 7; ++i)
        QVERIFY(RecentDatabases::remember(QStringLiteral("postgresql://h/office%1").arg(i)));
    QVERIFY(RecentDatabases::remember(QStringLiteral("postgresql://h/office5"))); // again: first
    QCOMPARE(
        RecentDatabases::list(),
        (QStringList {"postgresql://h/office5", "postgresql://h/office7", "postgresql://h/office6",
                      "postgresql://h/office4", "postgresql://h/office3"}));
    QCOMPARE(RecentDatabases::last(), QStringLiteral("postgresql://h/office5"));
}

void TestRecentDatabases::storesAFileAsItsAbsolutePath()
{
    QVERIFY(RecentDatabases::remember(QStringLiteral("relative/office.sqlite")));
    QCOMPARE(RecentDatabases::last(), QDir::current().absoluteFilePath("relative/office.sqlite"));
}

void TestRecentDatabases::refusesALocationWithAPassword_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("user:password@") << "postgresql://clerk:s3cret-pw@10.0.0.5/office1";
    QTest::newRow("?password=") << "postgresql://clerk@10.0.0.5/office1?password=s3cret-pw";
}

void TestRecentDatabases::refusesALocationWithAPassword()
{
    QFETCH(QString, location);
    QVERIFY(!RecentDatabases::remember(location));
    QVERIFY(RecentDatabases::list().isEmpty());
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("s3cret-pw"));
}

void TestRecentDatabases::skipsWhatDoesNotParse()
{
    QSettings().setValue(QStringLiteral("database/recent"),
                         QStringList {"postgresql://a:pw@h/x", "", "/srv/office.sqlite"});
    QCOMPARE(RecentDatabases::list(), QStringList {"/srv/office.sqlite"});
}

QTEST_GUILESS_MAIN(TestRecentDatabases)
#include "tst_recentdatabases.moc"
