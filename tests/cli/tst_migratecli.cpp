#include "accountsupport.h"
#include "backend.h"
#include "db/database.h"
#include "lifecyclefixture.h"
#include "store/settingsstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

// `motcua migrate --to TARGET` through the real executable, on the throwaway server (ctest
// runs this suite only as tst_migratecli_postgresql): SQLite -> PostgreSQL -> SQLite gives the
// same rows, hashes included, and every refusal leaves the target as it was.
class TestMigrateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEveryRow_data();
    void roundTripKeepsEveryRow();
    void refusalLeavesTheTargetAsItWas_data();
    void refusalLeavesTheTargetAsItWas();

private:
    QString storesDatabase();
    QString demoDatabase();
    QString locationOf(const QString &kind);
    QTemporaryDir m_dir;
    QString m_stores;
    QString m_demo;
};

namespace {

const QString Unreachable = QStringLiteral("postgresql://u@127.0.0.1:1/x");

// Every row of every table of a SQLite file but the search index's, typed (quote()), in a
// stable order.
QStringList dump(const QString &path)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open %1").arg(path)};
    }
    const auto all = [db](const QByteArray &sql) {
        QList<QStringList> result;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return QList<QStringList> {{QString::fromUtf8(sqlite3_errmsg(db))}};
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                row << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
            result.append(row);
        }
        sqlite3_finalize(statement);
        return result;
    };
    for (const QStringList &table :
         all("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             "AND name NOT LIKE 'dossier_names%' ORDER BY name")) {
        QStringList quoted;
        QStringList order;
        for (const QStringList &column : all("PRAGMA table_info(" + table.first().toUtf8() + ")")) {
            quoted << QStringLiteral("quote(%1)").arg(column.value(1));
            order << QString::number(order.size() + 1);
        }
        for (const QStringList &row :
             all(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                     .arg(quoted.join(u", "), table.first(), order.join(u", "))
                     .toUtf8()))
            rows << table.first() + QLatin1Char('\t') + row.join(QLatin1Char('\t'));
    }
    // The search index answers as before.
    for (const QStringList &row :
         all("SELECT count(*) FROM dossier_names WHERE dossier_names MATCH 'nguyen OR tran'"))
        rows << QStringLiteral("search\t") + row.join(QLatin1Char('\t'));
    sqlite3_close(db);
    return rows;
}

bool sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// "empty": a server database without a table; else what is in it (schema, rows).
QString serverState(const QString &uri)
{
    Database db;
    if (!db.open(uri, Database::OpenMode::ExistingOnly))
        return db.error() == Database::Error::NotFound ? QStringLiteral("empty")
                                                       : db.errorMessage();
    QStringList state {QString::number(db.schemaVersion())};
    for (const char *table : {"dossiers", "events", "users", "procedures"}) {
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                        db.connection());
        state << (query.next() ? query.value(0).toString() : QStringLiteral("?"));
    }
    return state.join(QLatin1Char(' '));
}

test::ProcessResult migrate(const QString &source, const QString &target)
{
    return test::runMotcua({"--database", source, "migrate", "--to", target, "--lang", "en"}, {},
                           {}, 300000);
}

} // namespace

void TestMigrateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(test::onServer(), "tst_migratecli runs on the test server (MOTCUA_TEST_SERVER)");
    m_stores = storesDatabase();
    QVERIFY(!m_stores.isEmpty());
    m_demo = demoDatabase();
    QVERIFY(!m_demo.isEmpty());
}

// An office's file made by the real stores: settings, an account, dossiers in several
// statuses (transfers, a pause, a result, a return, a withdrawal), an intake slip.
QString TestMigrateCli::storesDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("office.sqlite"));
    Database db;
    if (!db.open(path)) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return {};
    }
    QString error;
    if (!SettingsStore(db.connection())
             .change(test::administrator(),
                     {{QStringLiteral("office.code"), QStringLiteral("000.00.19.H47")},
                      {QStringLiteral("office.name"),
                       QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa")}},
                     &error)) {
        qWarning("settings: %s", qPrintable(error));
        return {};
    }
    if (!test::addAccount(db.connection(), QStringLiteral("lan"), Role::Clerk).isValid()) {
        qWarning("cannot add the account");
        return {};
    }
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
    for (DossierStatus status :
         {DossierStatus::Returned, DossierStatus::Processing, DossierStatus::Withdrawn,
          DossierStatus::Refused, DossierStatus::AwaitingPayment}) {
        QString failure;
        if (!test::dossierIn(db, status, &failure)) {
            qWarning("dossier: %s", qPrintable(failure));
            return {};
        }
    }
    QList<FieldError> errors;
    const qint64 paused = test::dossierIn(db, DossierStatus::Processing);
    if (!DossierLifecycle(db.connection())
             .apply(test::clerk(), paused, DossierAction::RequestDocuments,
                    test::validInput(DossierAction::RequestDocuments,
                                     test::officeTime(2026, 3, 4, 14, 0)),
                    &errors)) {
        qWarning("pause: %s", qPrintable(Reception::joined(errors)));
        return {};
    }
    if (!test::recordRefusalSlip(db, &errors)) {
        qWarning("slip: %s", qPrintable(Reception::joined(errors)));
        return {};
    }
    Clock::setFixed({});
    db.close();
    return path;
}

QString TestMigrateCli::demoDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const auto result = test::runMotcua({"--database", path, "generate-demo", "--count", "300"});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return result.exitCode == 0 ? path : QString();
}

void TestMigrateCli::roundTripKeepsEveryRow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("office made by the stores") << "stores";
    QTest::newRow("300 demo dossiers") << "demo";
}

void TestMigrateCli::roundTripKeepsEveryRow()
{
    QFETCH(QString, kind);
    const QString original = kind == QLatin1String("stores") ? m_stores : m_demo;
    const QStringList before = dump(original);
    QVERIFY(before.size() > 20);
    const QByteArray digest = test::fileDigest(original);

    const QString server = test::newServerDatabase(QStringLiteral("migrate ") + kind);
    const auto there = migrate(original, server);
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QVERIFY2(there.out.contains(QStringLiteral("the audit trail verified")), qPrintable(there.out));
    QCOMPARE(test::fileDigest(original), digest); // the source only read

    const QString back = m_dir.filePath(kind + QStringLiteral("-back.sqlite"));
    const auto home = migrate(server, back);
    QVERIFY2(home.exitCode == 0, qPrintable(home.err));
    QCOMPARE(dump(back), before);

    // Both copies are sound, and new ids on the server follow the copied ones.
    const auto check = test::runMotcua({"--database", back, "check", "--lang", "en"});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    Database db;
    QVERIFY2(db.open(server, Database::OpenMode::ExistingOnly), qPrintable(db.errorMessage()));
    for (const char *table : {"dossiers", "events", "users"}) {
        QSqlQuery query(QStringLiteral("SELECT count(*) = 0 OR pg_sequence_last_value("
                                       "pg_get_serial_sequence('%1', 'id')::regclass) = max(id) "
                                       "FROM %1")
                            .arg(QLatin1String(table)),
                        db.connection());
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toBool(), table);
    }
}

// Where a refusal case reads or writes: a file path or a server URI.
QString TestMigrateCli::locationOf(const QString &kind)
{
    static int counter = 0;
    const QString fresh
        = m_dir.filePath(QStringLiteral("case%1-%2.sqlite").arg(++counter).arg(kind));
    if (kind == QLatin1String("office"))
        return m_stores;
    if (kind == QLatin1String("absent") || kind == QLatin1String("new-file"))
        return fresh;
    if (kind == QLatin1String("empty-file")) {
        QFile file(fresh);
        return file.open(QIODevice::WriteOnly) ? fresh : QString();
    }
    if (kind == QLatin1String("full-file"))
        return QFile::copy(m_stores, fresh) ? fresh : QString();
    if (kind == QLatin1String("broken-chain")) {
        // Someone dropped the trigger and edited an event: the chain no longer holds.
        return QFile::copy(m_stores, fresh)
                && sqliteExec(fresh,
                              "DROP TRIGGER events_refuse_update; "
                              "UPDATE events SET note = 'sửa tay' WHERE id = 3;")
            ? fresh
            : QString();
    }
    if (kind == QLatin1String("new-server"))
        return test::newServerDatabase(kind);
    if (kind == QLatin1String("full-server")) {
        const QString uri = test::newServerDatabase(kind);
        Database db;
        return db.open(uri) ? uri : QString();
    }
    if (kind == QLatin1String("unreachable"))
        return Unreachable;
    return {};
}

void TestMigrateCli::refusalLeavesTheTargetAsItWas_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("target file not empty") << "office"
                                           << "full-file"
                                           << "is not empty";
    QTest::newRow("target server not empty") << "office"
                                             << "full-server"
                                             << "is not empty";
    QTest::newRow("target is the source") << "office"
                                          << "same"
                                          << "is the source itself";
    QTest::newRow("source missing") << "absent"
                                    << "new-server"
                                    << "does not exist";
    QTest::newRow("source empty file") << "empty-file"
                                       << "new-server"
                                       << "is empty (0 bytes)";
    QTest::newRow("source empty server") << "new-server"
                                         << "new-file"
                                         << "is empty";
    QTest::newRow("target unreachable") << "office"
                                        << "unreachable"
                                        << "No database server";
    QTest::newRow("source unreachable") << "unreachable"
                                        << "new-file"
                                        << "No database server";
    QTest::newRow("broken chain to server") << "broken-chain"
                                            << "new-server"
                                            << "audit trail of the copy is broken";
    QTest::newRow("broken chain to file") << "broken-chain"
                                          << "new-file"
                                          << "audit trail of the copy is broken";
}

void TestMigrateCli::refusalLeavesTheTargetAsItWas()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, message);
    const QString from = locationOf(source);
    QVERIFY(!from.isEmpty());
    const QString to = target == QLatin1String("same") ? from : locationOf(target);
    QVERIFY(!to.isEmpty());
    const bool toServer = to.startsWith(QLatin1String("postgresql://"));
    const QString serverBefore = toServer && to != Unreachable ? serverState(to) : QString();
    const QByteArray fileBefore = toServer ? QByteArray() : test::fileDigest(to);
    const bool fileExisted = !toServer && QFile::exists(to);
    const QByteArray sourceBefore = test::fileDigest(from);
    const QStringList folderBefore
        = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);

    const auto result = migrate(from, to);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));

    if (toServer && to != Unreachable)
        QCOMPARE(serverState(to), serverBefore);
    if (!toServer) {
        QCOMPARE(QFile::exists(to), fileExisted);
        QCOMPARE(test::fileDigest(to), fileBefore);
    }
    QCOMPARE(test::fileDigest(from), sourceBefore);
    // Nothing left beside either file: no half copy under a temporary name, no journal.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), folderBefore);
}

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migratecli.moc"
