#include "db/database.h"
#include "domain/clock.h"
#include "domain/identity.h"
#include "store/demogenerator.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "storefixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hashInputIsWhatQJsonDocumentWrites_data();
    void hashInputIsWhatQJsonDocumentWrites();
    void batchAppendContinuesTheChain();
    void utf8JsonStringIsTheSame_data();
    void utf8JsonStringIsTheSame();
    void eventBatchHashesAsAppendDoes();
    void eventBatchIsChainedAgainAfterAnotherWriter();
    void bulkLoadRestoresTheSchema();
    void generatesConsistentDossiers();
    void secondRunContinuesNumbering();
    void refusesADatabaseWithRealDossiers();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setFixed(test::officeTime(2026, 3, 11, 10, 0));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite"))));
}

void TestDemoGenerator::cleanupTestCase()
{
    Clock::setFixed({});
}

void TestDemoGenerator::hashInputIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "received";
    QTest::newRow("vietnamese") << "Nguyễn Văn Đặng, xã Tân Hòa";
    QTest::newRow("quotes and backslash") << "say \"hi\" \\ there /";
    QTest::newRow("controls") << QString::fromUtf8("a\tb\nc\rd\be\ff\x01g\x1fh\x7f");
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80 ok");
    QTest::newRow("lone surrogate")
        << (QString(QChar(0xD800)) + QStringLiteral("x") + QChar(0xDC00));
    QTest::newRow("line separator") << (QString(QChar(0x2028)) + QChar(0xFEFF) + QChar(0xFFFF));
    QTest::newRow("empty") << "";
}

void TestDemoGenerator::hashInputIsWhatQJsonDocumentWrites()
{
    QFETCH(QString, text);
    EventRecord event;
    event.id = 42;
    event.dossierId = 7;
    event.occurredAt = QDateTime::fromSecsSinceEpoch(1772000000, Qt::UTC);
    event.recordedAt = QDateTime::fromSecsSinceEpoch(1772000100, Qt::UTC);
    event.actor = text;
    event.userId = 3;
    event.kind = QStringLiteral("received");
    event.fromStatus = text;
    event.toStatus = QString();
    event.note = text + text;
    const QString details = QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("a"), text}}).toJson(QJsonDocument::Compact));
    // The reference: the serialisation EventLog has always hashed.
    const QJsonArray reference {event.id,
                                event.dossierId,
                                event.occurredAt.toSecsSinceEpoch(),
                                event.recordedAt.toSecsSinceEpoch(),
                                event.actor,
                                event.userId,
                                event.kind,
                                event.fromStatus,
                                event.toStatus,
                                event.note,
                                details,
                                QStringLiteral("ab12")};
    QCOMPARE(EventLog::hashInput(event, details, QStringLiteral("ab12")),
             QJsonDocument(reference).toJson(QJsonDocument::Compact));
}

void TestDemoGenerator::batchAppendContinuesTheChain()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(test::openOffice(db, dir));
    QString error;
    QList<PreparedEvent> events;
    for (int i = 0; i < 5; ++i) {
        PreparedEvent event;
        event.kind = QStringLiteral("test-event");
        event.occurredAt = 1772000000 + i;
        event.recordedAt = i % 2 ? 1772000000 + i : 0; // some prepared, some hashed at write time
        event.note = QStringLiteral("Ghi chú \"%1\"").arg(i);
        event.detailsText = QStringLiteral("{\"n\":%1}").arg(i);
        if (i != 3)
            EventLog::prepare(test::administrator(), event,
                              EventLog(db.connection()).lastId() + 1 + i);
        events.append(event);
    }
    // A wrong guess of the ids is corrected, not trusted.
    EventLog::prepare(test::administrator(), events[4], 999);
    QSqlQuery(db.connection()).exec(QStringLiteral("BEGIN"));
    QVERIFY2(EventLog(db.connection()).appendBatch(test::administrator(), events, &error),
             qPrintable(error));
    QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT"));
    EventRecord after;
    after.kind = QStringLiteral("after");
    QSqlQuery(db.connection()).exec(QStringLiteral("BEGIN"));
    QVERIFY(EventLog(db.connection()).append(test::administrator(), after, &error));
    QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT"));
    const EventLog::ChainCheck check = EventLog(db.connection()).verifyChain();
    QVERIFY2(check.isIntact(), qPrintable(check.reason));
    QVERIFY(check.checked >= 6);
}

void TestDemoGenerator::utf8JsonStringIsTheSame_data()
{
    hashInputIsWhatQJsonDocumentWrites_data();
}

void TestDemoGenerator::utf8JsonStringIsTheSame()
{
    QFETCH(QString, text);
    if (QString::fromUtf8(text.toUtf8()) != text)
        QSKIP("a lone surrogate has no UTF-8 form");
    QByteArray fromUtf16;
    EventLog::appendJsonString(fromUtf16, QStringView(text));
    QByteArray fromUtf8;
    EventLog::appendJsonString(fromUtf8, QByteArrayView(text.toUtf8()));
    QCOMPARE(fromUtf8, fromUtf16);
}

void TestDemoGenerator::eventBatchHashesAsAppendDoes()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(test::openOffice(db, dir));
    QString error;
    QList<FieldError> errors;
    const auto dossier
        = DossierStore(db.connection()).receive(test::clerk(), test::validRequest(db), &errors);
    QVERIFY2(dossier.has_value(), qPrintable(Reception::joined(errors)));
    EventRecord first;
    first.kind = QStringLiteral("before");
    QVERIFY(EventLog(db.connection()).record(test::administrator(), first, &error));
    QSqlQuery last(db.connection());
    QVERIFY(last.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")));
    QVERIFY(last.next());
    EventBatch batch(test::administrator(), last.value(0).toLongLong(),
                     last.value(1).toString().toLatin1());
    last.finish();
    const QStringList texts
        = {QStringLiteral("Nguyễn Văn Đặng, xã Tân Hòa"), QStringLiteral("say \"hi\" \\ there /"),
           QString::fromUtf8("a\tb\nc\rd\be\ff\x01g\x1fh\x7f"),
           QString::fromUtf8("\xF0\x9F\x98\x80 ok"), QString()};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QByteArray details
            = QJsonDocument(QJsonObject {{QStringLiteral("text"), texts.at(i)}})
                  .toJson(QJsonDocument::Compact);
        batch.append(i % 2 ? 0 : dossier->id, 1772000000 + i, 1772000100 + i, "test-event",
                     i % 2 ? nullptr : "received", "processing", details, texts.at(i).toUtf8());
    }
    QCOMPARE(batch.size(), texts.size());
    QSqlQuery(db.connection()).exec(QStringLiteral("BEGIN"));
    QVERIFY2(EventLog(db.connection()).appendBatch(batch, &error), qPrintable(error));
    QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT"));
    const EventLog::ChainCheck check = EventLog(db.connection()).verifyChain();
    QVERIFY2(check.isIntact(), qPrintable(check.reason));
    QCOMPARE(check.checked, EventLog(db.connection()).lastId());
    QCOMPARE(test::count(db,
                         QStringLiteral("SELECT count(*) FROM events WHERE kind = "
                                        "'test-event'")),
             texts.size());
    // Stored as append() stores them.
    QSqlQuery rows(db.connection());
    QVERIFY(rows.exec(QStringLiteral(
        "SELECT dossier_id, from_status, note, details, hash, actor, recorded_at FROM events "
        "WHERE kind = 'test-event' ORDER BY id")));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).isNull(), i % 2 == 1);
        QCOMPARE(rows.value(1).isNull(), i % 2 == 1);
        QCOMPARE(rows.value(2).toString(), texts.at(i));
        QVERIFY(!rows.value(2).isNull());
        QCOMPARE(QJsonDocument::fromJson(rows.value(3).toByteArray())
                     .object()
                     .value(QStringLiteral("text"))
                     .toString(),
                 texts.at(i));
        QCOMPARE(rows.value(5).toString(), test::administrator().displayName());
        QCOMPARE(rows.value(6).toLongLong(), 1772000100 + i);
        if (i + 1 == texts.size())
            QCOMPARE(rows.value(4).toByteArray(), batch.lastHash());
    }
}

void TestDemoGenerator::eventBatchIsChainedAgainAfterAnotherWriter()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(test::openOffice(db, dir));
    QString error;
    const qint64 lastId = EventLog(db.connection()).lastId();
    QSqlQuery last(db.connection());
    QVERIFY(last.exec(QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1")));
    const QByteArray lastHash = last.next() ? last.value(0).toString().toLatin1() : QByteArray();
    last.finish();
    EventBatch batch(test::administrator(), lastId, lastHash);
    for (int i = 0; i < 3; ++i)
        batch.append(0, 1772000000 + i, 1772000000 + i, "test-event", nullptr, nullptr, "{}");
    EventBatch next = batch.continuation();
    next.append(0, 1772000010, 1772000010, "test-event", nullptr, nullptr, "{\"n\":1}");
    QCOMPARE(next.lastId(), lastId + 4);

    // Another writer comes first: the batch's guess of ids and previous hash is wrong.
    EventRecord other;
    other.kind = QStringLiteral("other-writer");
    QVERIFY(EventLog(db.connection()).record(test::administrator(), other, &error));
    QSqlQuery(db.connection()).exec(QStringLiteral("BEGIN"));
    QVERIFY2(EventLog(db.connection()).appendBatch(batch, &error), qPrintable(error));
    QVERIFY2(EventLog(db.connection()).appendBatch(next, &error), qPrintable(error));
    QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT"));
    EventRecord after;
    after.kind = QStringLiteral("after");
    QVERIFY(EventLog(db.connection()).record(test::administrator(), after, &error));
    const EventLog::ChainCheck check = EventLog(db.connection()).verifyChain();
    QVERIFY2(check.isIntact(), qPrintable(check.reason));
    QCOMPARE(EventLog(db.connection()).lastId(), lastId + 6);
    QCOMPARE(test::count(db,
                         QStringLiteral("SELECT count(*) FROM events WHERE kind = "
                                        "'test-event'")),
             4);
}

void TestDemoGenerator::bulkLoadRestoresTheSchema()
{
    // Into an empty database the indexes, the name index and the counts are built around the
    // load, under faster settings: afterwards the schema, the settings and every check are as
    // before, and the name index answers on this connection and on a new one.
    QTemporaryDir dir;
    Database db;
    QVERIFY(test::openOffice(db, dir));
    const auto rows = [&db](const QString &sql) {
        QStringList list;
        QSqlQuery query(db.connection());
        if (!query.exec(sql))
            return QStringList {query.lastError().text()};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            list << values.join(QLatin1Char('|'));
        }
        return list;
    };
    const QString schemaSql = QStringLiteral(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' "
        "ORDER BY type, name");
    const QStringList schema = rows(schemaSql);
    const QDir temporary = QDir::temp();
    const QStringList namesFilter {QStringLiteral("motcua-names-*")};
    const qsizetype temporaryFiles = temporary.entryList(namesFilter, QDir::Files).size();

    DemoGenerator::Options options;
    options.count = 2500;
    options.seed = 5;
    DemoGenerator::Result result;
    QString error;
    QVERIFY2(DemoGenerator(db.connection()).run(test::administrator(), options, &result, &error),
             qPrintable(error));
    QCOMPARE(result.dossiers, 2500);

    QCOMPARE(rows(schemaSql), schema);
    QCOMPARE(rows(QStringLiteral("PRAGMA journal_mode")), QStringList {QStringLiteral("wal")});
    QCOMPARE(rows(QStringLiteral("PRAGMA synchronous")), QStringList {QStringLiteral("2")});
    QCOMPARE(rows(QStringLiteral("PRAGMA foreign_keys")), QStringList {QStringLiteral("1")});
    QCOMPARE(rows(QStringLiteral("PRAGMA ignore_check_constraints")),
             QStringList {QStringLiteral("0")});
    QCOMPARE(rows(QStringLiteral("PRAGMA integrity_check")), QStringList {QStringLiteral("ok")});
    QCOMPARE(rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QCOMPARE(temporary.entryList(namesFilter, QDir::Files).size(), temporaryFiles);
    QVERIFY(EventLog(db.connection()).verifyChain().isIntact());
    // The name index holds every name, and nothing else.
    QSqlQuery check(db.connection());
    QVERIFY2(check.exec(QStringLiteral(
                 "INSERT INTO dossier_names (dossier_names) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
    QCOMPARE(rows(QStringLiteral("SELECT status, count(*) FROM dossiers GROUP BY status")),
             rows(QStringLiteral("SELECT status, n FROM dossier_status_counts ORDER BY status")));
    const auto searches = [](const Database &database) {
        return QList<qint64> {
            test::count(database,
                        QStringLiteral("SELECT count(*) FROM dossier_names WHERE "
                                       "dossier_names MATCH 'nguyen'")),
            test::count(database,
                        QStringLiteral("SELECT count(*) FROM dossiers WHERE "
                                       "applicant_key LIKE 'nguyen %'")),
            test::count(database,
                        QStringLiteral("SELECT count(*) FROM dossier_names WHERE "
                                       "dossier_names MATCH 'th*'")),
            test::count(database,
                        QStringLiteral("SELECT count(*) FROM dossiers WHERE applicant_key LIKE "
                                       "'th%' OR applicant_key LIKE '% th%'")),
        };
    };
    const QList<qint64> found = searches(db);
    QVERIFY(found.at(0) > 500);
    QCOMPARE(found.at(0), found.at(1));
    QCOMPARE(found.at(2), found.at(3));
    Database other;
    QVERIFY(other.open(dir.filePath(QStringLiteral("office.sqlite"))));
    QCOMPARE(searches(other), found);
    other.close();

    // The triggers are back: a dossier received now is counted and found by name.
    QList<FieldError> errors;
    const auto dossier
        = DossierStore(db.connection()).receive(test::clerk(), test::validRequest(db), &errors);
    QVERIFY2(dossier.has_value(), qPrintable(Reception::joined(errors)));
    QCOMPARE(test::count(db, QStringLiteral("SELECT SUM(n) FROM dossier_status_counts")), 2501);
    QCOMPARE(test::count(db,
                         QStringLiteral("SELECT count(*) FROM dossier_names WHERE "
                                        "dossier_names MATCH 'nguyen van dang' AND rowid = %1")
                             .arg(dossier->id)),
             1);
    QVERIFY(check.exec(
        QStringLiteral("INSERT INTO dossier_names (dossier_names) VALUES ('integrity-check')")));
}

void TestDemoGenerator::generatesConsistentDossiers()
{
    DemoGenerator::Options options;
    options.count = 3000;
    options.seed = 11;
    DemoGenerator::Result result;
    QString error;
    QVERIFY2(DemoGenerator(m_db.connection()).run(test::administrator(), options, &result, &error),
             qPrintable(error));
    QCOMPARE(result.dossiers, 3000);
    QVERIFY(result.events > 3 * 3000);
    QVERIFY(DemoGenerator::isTraining(m_db.connection()));
    const EventLog::ChainCheck check = EventLog(m_db.connection()).verifyChain();
    QVERIFY2(check.isIntact(), qPrintable(check.reason));
    QCOMPARE(check.checked, result.events); // settings are written raw, without events
    const auto count = [this](const char *sql) {
        return test::count(m_db, QString::fromLatin1(sql));
    };
    QCOMPARE(count("SELECT count(DISTINCT code) FROM dossiers"), 3000);
    // Ten years up to now, in office hours of working days.
    QVERIFY(count("SELECT MIN(received_at) FROM dossiers")
            < test::officeTime(2016, 6, 1, 0, 0).toSecsSinceEpoch());
    QVERIFY(count("SELECT MAX(received_at) FROM dossiers") <= Clock::now().toSecsSinceEpoch());
    QCOMPARE(count("SELECT count(*) FROM dossiers WHERE due_at < received_at"), 0);
    // States agree with their timestamps, and with the events.
    QCOMPARE(count("SELECT count(*) FROM dossiers WHERE status IN ('received', 'processing', "
                   "'awaiting_documents') "
                   "AND finished_at IS NOT NULL"),
             0);
    QCOMPARE(
        count(
            "SELECT count(*) FROM dossiers WHERE status IN ('result_ready', 'refused', 'returned', "
            "'withdrawn') AND finished_at IS NULL"),
        0);
    QCOMPARE(count("SELECT count(*) FROM dossiers WHERE (status = 'returned') <> (returned_at IS "
                   "NOT NULL)"),
             0);
    QCOMPARE(count("SELECT count(*) FROM dossiers WHERE (status = 'awaiting_documents') <> "
                   "(paused_at IS NOT NULL)"),
             0);
    QCOMPARE(count("SELECT count(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE "
                   "e.dossier_id = d.id AND e.kind = 'received')"),
             0);
    QCOMPARE(count("SELECT count(*) FROM dossiers d WHERE d.status <> (SELECT e.to_status FROM "
                   "events e WHERE "
                   "e.dossier_id = d.id ORDER BY e.id DESC LIMIT 1)"),
             0);
    QCOMPARE(
        count("SELECT count(*) FROM dossier_pauses p JOIN dossiers d ON d.id = p.dossier_id WHERE "
              "(p.ended_at IS NULL) <> (d.status = 'awaiting_documents')"),
        0);
    // Every status and channel appears; most are returned.
    QVERIFY(count("SELECT count(DISTINCT status) FROM dossiers") >= 4);
    QVERIFY(count("SELECT count(*) FROM dossiers WHERE status = 'withdrawn'") > 0);
    QVERIFY(count("SELECT count(*) FROM dossiers WHERE result_kind = 'refused'") > 0);
    QCOMPARE(count("SELECT count(DISTINCT channel) FROM dossiers"), 3);
    QVERIFY(count("SELECT count(*) FROM dossiers WHERE status = 'returned'") > 2500);
    QCOMPARE(count("SELECT SUM(n) FROM dossier_status_counts"), 3000);
    // The name index answers.
    QCOMPARE(count("SELECT count(*) FROM dossier_names WHERE dossier_names MATCH 'nguyen'"),
             count("SELECT count(*) FROM dossiers WHERE applicant_key LIKE 'nguyen %'"));
    // Personal ID numbers agree with the birth dates.
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT applicant_id, applicant_birth, applicant_phone FROM dossiers LIMIT 300")));
    while (query.next()) {
        QString problem;
        QVERIFY2(Identity::validatePersonalId(
                     query.value(0).toString(),
                     QDate::fromString(query.value(1).toString(), Qt::ISODate), &problem),
                 qPrintable(query.value(0).toString() + QLatin1Char(' ') + problem));
        QString digits;
        QVERIFY(Identity::normalizePhone(query.value(2).toString(), &digits, &problem));
    }
}

void TestDemoGenerator::secondRunContinuesNumbering()
{
    DemoGenerator::Options options;
    options.count = 500;
    options.seed = 12;
    options.years = 1;
    DemoGenerator::Result result;
    QString error;
    QVERIFY2(DemoGenerator(m_db.connection()).run(test::administrator(), options, &result, &error),
             qPrintable(error));
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(DISTINCT code) FROM dossiers")), 3500);
    QVERIFY(EventLog(m_db.connection()).verifyChain().isIntact());
    // A dossier received now continues today's numbering.
    QList<FieldError> errors;
    ReceptionRequest request = test::validRequest(m_db);
    request.receivedAt = QDateTime();
    const auto dossier = DossierStore(m_db.connection()).receive(test::clerk(), request, &errors);
    QVERIFY2(dossier.has_value(), qPrintable(Reception::joined(errors)));
}

void TestDemoGenerator::refusesADatabaseWithRealDossiers()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(test::openOffice(db, dir));
    QList<FieldError> errors;
    QVERIFY(DossierStore(db.connection()).receive(test::clerk(), test::validRequest(db), &errors));
    DemoGenerator::Result result;
    QString error;
    QVERIFY(!DemoGenerator(db.connection()).run(test::administrator(), {}, &result, &error));
    QVERIFY(error.contains(QLatin1String("1")));
    QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM dossiers")), 1);
    QVERIFY(!DemoGenerator::isTraining(db.connection()));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
