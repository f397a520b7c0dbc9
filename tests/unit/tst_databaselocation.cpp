#include "db/location.h"

#include <QTest>

using namespace motcua;

// What --database, MOTCUA_DATABASE and File › Open database accept: a path means a SQLite file,
// a postgresql:// URI a server database, never with its password.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestDatabaseLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a file") << "/var/lib/motcua/office.sqlite" << false << "" << "" << 0 << ""
                            << "" << "/var/lib/motcua/office.sqlite";
    QTest::newRow("a file whose name looks like a scheme")
        << "/tmp/postgresql:/x.sqlite" << false << "" << "" << 0 << "" << ""
        << "/tmp/postgresql:/x.sqlite";
    QTest::newRow("full") << "postgresql://lan@10.0.0.5:5433/motcua?sslmode=require" << true
                          << "lan" << "10.0.0.5" << 5433 << "motcua" << "sslmode=require"
                          << "motcua on server 10.0.0.5:5433";
    QTest::newRow("short scheme, default port") << "postgres://db.xa-tanhoa.vn/motcua" << true
                                                << "" << "db.xa-tanhoa.vn" << 0 << "motcua" << ""
                                                << "motcua on server db.xa-tanhoa.vn";
    QTest::newRow("IPv6") << "postgresql://lan@[::1]:5432/motcua" << true << "lan" << "::1" << 5432
                          << "motcua" << "" << "motcua on server ::1:5432";
    QTest::newRow("socket folder in the query")
        << "postgresql:///motcua?host=/var/run/postgresql&connect_timeout=3" << true << ""
        << "/var/run/postgresql" << 0 << "motcua" << "connect_timeout=3"
        << "motcua on server /var/run/postgresql";
    QTest::newRow("percent-encoded") << "postgresql://tr%E1%BA%A7n@host/h%E1%BB%93_s%C6%A1" << true
                                     << "trần" << "host" << 0 << "hồ_sơ" << ""
                                     << "hồ_sơ on server host";
    QTest::newRow("a service file") << "postgresql://?service=motcua" << true << "" << "" << 0
                                    << "" << "service=motcua" << " on server localhost";
}

void TestDatabaseLocation::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, options);
    QFETCH(QString, shown);
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(text, &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    QCOMPARE(location.isServer(), server);
    QCOMPARE(location.text(), text);
    if (!server) {
        QCOMPARE(location.filePath(), text);
        QCOMPARE(location.displayName(), shown);
        return;
    }
    QCOMPARE(location.user(), user);
    QCOMPARE(location.host(), host);
    QCOMPARE(location.port(), port);
    QCOMPARE(location.databaseName(), database);
    QStringList pairs;
    for (const auto &[key, value] : location.options())
        pairs << key + QLatin1Char('=') + value;
    QCOMPARE(pairs.join(QLatin1Char('&')), options);
    QCOMPARE(location.displayName(), shown);
}

void TestDatabaseLocation::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << "" << "No database was named.";
    QTest::newRow("a password") << "postgresql://lan:secret@host/motcua" << "must not hold a password";
    QTest::newRow("a password parameter") << "postgresql://lan@host/motcua?password=secret"
                                          << "must not hold a password";
    QTest::newRow("a port that is no number") << "postgresql://host:54x/motcua" << "port";
    QTest::newRow("port 0") << "postgresql://host:0/motcua" << "port";
    QTest::newRow("port too large") << "postgresql://host:70000/motcua" << "port";
    QTest::newRow("no database") << "postgresql://lan@host" << "names no database";
}

void TestDatabaseLocation::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error).isValid());
    QVERIFY2(error.contains(message), qPrintable(error));
    // The message never repeats a password.
    QVERIFY(!error.contains(QLatin1String("secret")));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
