// PostgreSQL only: what a server database adds to a file — the refusals of point 3 of issue 15,
// the roles of `motcua server init`, two counters on one database. Runs on the throwaway server
// of the ctest fixture (MOTCUA_TEST_SERVER); never without it.

#include "db/database.h"
#include "db/maintenance.h"
#include "db/serversetup.h"
#include "domain/text.h"
#include "lifecyclefixture.h"
#include "store/dossierlifecycle.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "store/intakeslipstore.h"
#include "storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace motcua;

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshDatabaseHasTheSameTablesAsAFile();
    void foldIsTheApplicationsSearchKey_data();
    void foldIsTheApplicationsSearchKey();
    void refusalsLeaveTheDatabaseAsItWas_data();
    void refusalsLeaveTheDatabaseAsItWas();
    void applicationRoleCannotRewriteHistory_data();
    void applicationRoleCannotRewriteHistory();
    void applicationRoleRecordsAndChecksClean();
    void checkNamesARoleThatMayRewrite();
    void twoCountersShareTheDossiers();

private:
    // As a counter: the office's code set, then one dossier received.
    static std::optional<Dossier> recordOneDossier(Database &counter);
    // A database set up by server init; *app is its URI as the application role.
    QString initialisedDatabase(const QString &label, QString *app);
    static QString asUser(const QString &uri, const QString &user);
    static QStringList snapshot(const QString &uri);
    QTemporaryDir m_dir;
    ServerSetup::Roles m_roles;
};

void TestServerDatabase::initTestCase()
{
    QVERIFY2(test::onServer(), "run by ctest as a server test (MOTCUA_TEST_SERVER)");
    QVERIFY(m_dir.isValid());
    // Roles belong to the whole server: one pair per run of the suite.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_roles.owner = QStringLiteral("owner_") + suffix;
    m_roles.application = QStringLiteral("app_") + suffix;
}

QString TestServerDatabase::asUser(const QString &uri, const QString &user)
{
    const qsizetype scheme = uri.indexOf(QLatin1String("://")) + 3;
    const qsizetype at = uri.indexOf(QLatin1Char('@'), scheme);
    return uri.left(scheme) + user + uri.mid(at);
}

QString TestServerDatabase::initialisedDatabase(const QString &label, QString *app)
{
    const QString uri = test::newServerDatabase(label);
    QStringList report;
    QString error;
    if (!ServerSetup::initialise(uri, m_roles, &report, &error)) {
        qWarning("server init: %s", qPrintable(error));
        return {};
    }
    *app = asUser(uri, m_roles.application);
    return uri;
}

std::optional<Dossier> TestServerDatabase::recordOneDossier(Database &counter)
{
    QString error;
    if (!SettingsStore(counter.connection())
             .change(test::administrator(),
                     {{QStringLiteral("office.code"), QStringLiteral("000.00.19.H47")}}, &error)) {
        qWarning("settings: %s", qPrintable(error));
        return std::nullopt;
    }
    QList<FieldError> errors;
    auto dossier = DossierStore(counter.connection())
                       .receive(test::clerk(), test::validRequest(counter), &errors);
    if (!dossier)
        qWarning("reception: %s", qPrintable(Reception::joined(errors)));
    return dossier;
}

// Every table with its row count and the schema version, read as the administrator.
QStringList TestServerDatabase::snapshot(const QString &uri)
{
    QStringList result;
    QString error;
    const bool connected = test::withRawConnection(
        uri,
        [&result](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                      "'public' ORDER BY 1"));
            QStringList tables;
            while (query.next())
                tables << query.value(0).toString();
            for (const QString &table : std::as_const(tables)) {
                query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
                query.next();
                result << table + QLatin1Char('=') + query.value(0).toString();
            }
            if (tables.contains(QLatin1String("motcua_schema"))) {
                query.exec(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY "
                                          "version) FROM motcua_schema"));
                query.next();
                result << QStringLiteral("versions ") + query.value(0).toString();
            }
        },
        &error);
    return connected ? result : QStringList {QStringLiteral("cannot open: ") + error};
}

void TestServerDatabase::freshDatabaseHasTheSameTablesAsAFile()
{
    Database server;
    QVERIFY2(server.open(test::newServerDatabase(QStringLiteral("fresh"))),
             qPrintable(server.errorMessage()));
    QCOMPARE(server.schemaVersion(), Database::latestSchemaVersion());
    Database file;
    QVERIFY(file.open(m_dir.filePath(QStringLiteral("fresh.sqlite"))));
    const auto names = [](const Database &db) {
        QStringList result;
        for (const auto &[table, count] : Maintenance(db).rowCounts()) {
            // The server keeps its versions in a table, a file in PRAGMA user_version; the
            // file's syllable index (FTS5 and its shadow tables) is a trigram index there.
            if (table != QLatin1String("motcua_schema")
                && !table.startsWith(QLatin1String("dossier_names")))
                result << table + QLatin1Char('=') + QString::number(count);
        }
        return result;
    };
    // The same tables with the same starter rows (procedures, calendar, their documents).
    QCOMPARE(names(server), names(file));
}

void TestServerDatabase::foldIsTheApplicationsSearchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << QStringLiteral("Nguyễn Văn Đặng");
    QTest::newRow("capitals and spaces") << QStringLiteral("  ĐỖ   THỊ \t ÁNH  ");
    QTest::newRow("horn and breve") << QStringLiteral("Lê Hữu Phước Ưng Ơn Ăn");
    QTest::newRow("decomposed input") << QStringLiteral("Nguye\u0302\u0303n")
                                      + QStringLiteral(" Tra\u0300");
    QTest::newRow("digits and punctuation") << QStringLiteral("Số 5, ngõ 12 — thôn Đông");
    QTest::newRow("empty") << QString();
}

void TestServerDatabase::foldIsTheApplicationsSearchKey()
{
    QFETCH(QString, text);
    Database db;
    QVERIFY(db.open(test::newServerDatabase(QStringLiteral("fold"))));
    QSqlQuery query(db.connection());
    QVERIFY(query.prepare(QStringLiteral("SELECT motcua_fold(?)")));
    query.addBindValue(text);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), Text::searchKey(text));
}

void TestServerDatabase::refusalsLeaveTheDatabaseAsItWas_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("expected");
    const int create = int(Database::OpenMode::CreateOrMigrate);
    const int existing = int(Database::OpenMode::ExistingOnly);
    QTest::newRow("another application's tables")
        << "foreign" << create << int(Database::Error::NotADatabase);
    QTest::newRow("a newer schema") << "newer" << create << int(Database::Error::TooNew);
    QTest::newRow("an empty database, read only") << "empty" << existing
                                                  << int(Database::Error::NotFound);
    QTest::newRow("an older schema, read only")
        << "older" << existing << int(Database::Error::NeedsUpgrade);
    QTest::newRow("no such database") << "missing" << create << int(Database::Error::NotFound);
    QTest::newRow("no server at the port")
        << "unreachable" << create << int(Database::Error::Unreachable);
    QTest::newRow("an unknown user") << "user" << create
                                     << int(Database::Error::AuthenticationFailed);
    QTest::newRow("the application role upgrading the schema")
        << "app-upgrade" << create << int(Database::Error::PermissionDenied);
}

void TestServerDatabase::refusalsLeaveTheDatabaseAsItWas()
{
    QFETCH(QString, kind);
    QFETCH(int, mode);
    QFETCH(int, expected);
    QString uri = test::newServerDatabase(kind);
    QString target = uri;
    const auto admin = [&uri](const QString &sql) {
        Database db;
        QVERIFY2(db.open(uri), qPrintable(db.errorMessage()));
        QSqlQuery query(db.connection());
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    };
    if (kind == QLatin1String("foreign")) {
        // Another application's table, made without Database (which would migrate).
        bool made = false;
        QVERIFY(test::withRawConnection(uri, [&made](const QSqlDatabase &db) {
            made = QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id int)"));
        }));
        QVERIFY(made);
    } else if (kind == QLatin1String("newer")) {
        admin(QStringLiteral("INSERT INTO motcua_schema VALUES (999, 0)"));
    } else if (kind == QLatin1String("older")) {
        admin(QStringLiteral("DROP TRIGGER events_refuse_rewrite ON events; DELETE FROM "
                             "motcua_schema WHERE version = 6"));
    } else if (kind == QLatin1String("missing")) {
        target = uri + QStringLiteral("_not_there");
    } else if (kind == QLatin1String("unreachable")) {
        target = QStringLiteral("postgresql://motcua@127.0.0.1:1/nothing");
    } else if (kind == QLatin1String("user")) {
        target = asUser(uri, QStringLiteral("nobody_such"));
    } else if (kind == QLatin1String("app-upgrade")) {
        QString app;
        uri = initialisedDatabase(kind, &app);
        QVERIFY(!uri.isEmpty());
        admin(QStringLiteral("DROP TRIGGER events_refuse_rewrite ON events; DROP FUNCTION "
                             "motcua_refuse_event_rewrite(); DELETE FROM motcua_schema WHERE "
                             "version = 6"));
        target = app;
    }
    const QStringList before = snapshot(uri);

    Database db;
    QVERIFY(!db.open(target, Database::OpenMode(mode)));
    QCOMPARE(int(db.error()), expected);
    QVERIFY(!db.errorMessage().isEmpty());
    qInfo().noquote() << db.errorMessage();
    db.close();
    QCOMPARE(snapshot(uri), before);
}

void TestServerDatabase::applicationRoleCannotRewriteHistory_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update an event") << "UPDATE events SET note = 'rewritten'";
    QTest::newRow("delete the events") << "DELETE FROM events";
    QTest::newRow("truncate the events") << "TRUNCATE events";
    QTest::newRow("disable the triggers") << "ALTER TABLE events DISABLE TRIGGER ALL";
    QTest::newRow("drop a trigger") << "DROP TRIGGER events_refuse_update ON events";
    QTest::newRow("replace a trigger function")
        << "CREATE OR REPLACE FUNCTION motcua_refuse_event_change() RETURNS trigger LANGUAGE "
           "plpgsql AS $$ BEGIN RETURN OLD; END; $$";
    QTest::newRow("update a slip") << "UPDATE intake_slips SET reason = 'x'";
    QTest::newRow("delete the slips") << "DELETE FROM intake_slips";
    QTest::newRow("create a table") << "CREATE TABLE mine (a int)";
    QTest::newRow("claim a schema version") << "INSERT INTO motcua_schema VALUES (99, 0)";
}

void TestServerDatabase::applicationRoleCannotRewriteHistory()
{
    QFETCH(QString, statement);
    QString app;
    const QString uri = initialisedDatabase(QStringLiteral("rewrite"), &app);
    QVERIFY(!uri.isEmpty());
    Database counter;
    QVERIFY2(counter.open(app), qPrintable(counter.errorMessage()));
    QVERIFY(recordOneDossier(counter)); // history to protect: events and a slip
    IntakeSlip slip;
    slip.kind = IntakeSlip::Kind::Refusal;
    slip.procedureId = test::procedureId(counter, QStringLiteral("1.004873"));
    slip.applicant.name = QStringLiteral("Trần Thị Bình");
    slip.applicant.idNumber = QStringLiteral("001190012345");
    slip.applicant.phone = QStringLiteral("0912345678");
    slip.applicant.address = QStringLiteral("Thôn Đông, xã Tân Hòa");
    slip.reason = QStringLiteral("Không thuộc thẩm quyền của xã");
    QList<FieldError> errors;
    QVERIFY2(IntakeSlipStore(counter.connection()).record(test::clerk(), slip, &errors),
             qPrintable(Reception::joined(errors)));
    const QStringList before = snapshot(uri);
    QVERIFY2(!before.contains(QStringLiteral("events=0"))
                 && !before.contains(QStringLiteral("intake_slips=0")),
             qPrintable(before.join(QLatin1Char(' '))));

    QSqlQuery query(counter.connection());
    QVERIFY2(!query.exec(statement), "the server let the application role do it");
    const QString error = query.lastError().text();
    QVERIFY2(error.contains(QLatin1String("permission denied"))
                 || error.contains(QLatin1String("must be owner")),
             qPrintable(error));
    QCOMPARE(snapshot(uri), before);
}

void TestServerDatabase::applicationRoleRecordsAndChecksClean()
{
    QString app;
    QVERIFY(!initialisedDatabase(QStringLiteral("records"), &app).isEmpty());
    Database counter;
    QVERIFY2(counter.open(app, Database::OpenMode::ExistingOrMigrate),
             qPrintable(counter.errorMessage()));
    const auto dossier = recordOneDossier(counter);
    QVERIFY(dossier);
    QList<FieldError> errors;
    const auto transferred = DossierLifecycle(counter.connection())
                                 .apply(test::supervisor(), dossier->id, DossierAction::Transfer,
                                        test::validInput(DossierAction::Transfer), &errors);
    QVERIFY2(transferred, qPrintable(Reception::joined(errors)));
    QVERIFY(EventLog(counter.connection()).verifyChain().isIntact());
    QCOMPARE(ServerSetup::privilegeProblems(counter.connection()), QStringList());
    QCOMPARE(Maintenance(counter).integrityProblems(), QStringList());
}

void TestServerDatabase::checkNamesARoleThatMayRewrite()
{
    QString app;
    const QString uri = initialisedDatabase(QStringLiteral("granted"), &app);
    QVERIFY(!uri.isEmpty());
    Database admin;
    QVERIFY(admin.open(uri));
    QCOMPARE(ServerSetup::privilegeProblems(admin.connection()), QStringList());
    QSqlQuery query(admin.connection());
    QVERIFY(query.exec(QStringLiteral("GRANT UPDATE, DELETE ON events TO %1")
                           .arg(m_roles.application)));
    const QStringList problems = ServerSetup::privilegeProblems(admin.connection());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(m_roles.application)
                 && problems.first().contains(QLatin1String("DELETE, UPDATE")),
             qPrintable(problems.first()));
}

void TestServerDatabase::twoCountersShareTheDossiers()
{
    const QString uri = test::newServerDatabase(QStringLiteral("shared"));
    Database first;
    QVERIFY(first.open(uri));
    QString error;
    QVERIFY(SettingsStore(first.connection())
                .change(test::administrator(),
                        {{QStringLiteral("office.code"), QStringLiteral("000.00.19.H47")}},
                        &error));
    Database second; // another counter: its own connection
    QVERIFY2(second.open(uri), qPrintable(second.errorMessage()));
    QList<FieldError> errors;
    const auto a = DossierStore(first.connection())
                       .receive(test::clerk(), test::validRequest(first), &errors);
    const auto b = DossierStore(second.connection())
                       .receive(test::clerk(), test::validRequest(second), &errors);
    QVERIFY2(a && b, qPrintable(Reception::joined(errors)));
    // One daily sequence for the office, whichever counter received.
    QCOMPARE(a->code, QStringLiteral("000.00.19.H47-260302-0001"));
    QCOMPARE(b->code, QStringLiteral("000.00.19.H47-260302-0002"));
    const auto seen = DossierStore(second.connection()).findByCode(a->code);
    QVERIFY(seen);
    QVERIFY(DossierLifecycle(second.connection())
                .apply(test::supervisor(), seen->id, DossierAction::Transfer,
                       test::validInput(DossierAction::Transfer), &errors));
    QCOMPARE(DossierStore(first.connection()).find(a->id)->status, DossierStatus::Processing);
    QVERIFY(EventLog(first.connection()).verifyChain().isIntact());
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
