#include "lifecyclefixture.h"
#include "store/eventlog.h"
#include "store/intakeslipstore.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

#include <QSqlQuery>

#include <QFile>
#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(DossierAction)
Q_DECLARE_METATYPE(DossierStatus)

// `motcua dossier show CODE` through the real executable: the same story as the window.
class TestDossierCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showTellsTheWholeStory();
    void showWhilePausedAndExtended();
    void unknownCodeExitsWithTwo();
    void controlSlipAsPdf();
    void printRefusesWhatDoesNotExist();
    void intakeSlipAsPdf_data();
    void intakeSlipAsPdf();
    void action_data();
    void action();
    void actionRefused_data();
    void actionRefused();
    void batchIsAllOrNothing();

private:
    // A new database with one dossier in each status `statuses` names; their codes.
    QStringList dossiersIn(const QString &name, const QList<DossierStatus> &statuses);
    test::ProcessResult act(const QString &name, const QStringList &arguments,
                            const QByteArray &input = {});
    static int eventCount(const QString &path);
    test::ProcessResult show(const QString &code, const QString &now);
    // The text of a PDF in reading order, white space collapsed (empty when unreadable).
    QTemporaryDir m_dir;
    QString m_path;
    QString m_returned;
    QString m_paused;
    QString m_open;
    qint64 m_refusal = 0;
};

void TestDossierCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("cli.sqlite"));
    Database db;
    QVERIFY(test::openOffice(db, m_dir, QStringLiteral("cli.sqlite")));
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
    QString failure;
    const qint64 returned = test::dossierIn(db, DossierStatus::Returned, &failure);
    QVERIFY2(returned, qPrintable(failure));
    const qint64 paused = test::dossierIn(db, DossierStatus::Processing, &failure);
    QVERIFY2(paused, qPrintable(failure));
    QList<FieldError> errors;
    ActionInput request
        = test::validInput(DossierAction::RequestDocuments, test::officeTime(2026, 3, 4, 14, 0));
    request.note = QStringLiteral("Gọi điện báo\nngười nộp");
    QVERIFY(DossierLifecycle(db.connection())
                .apply(test::clerk(), paused, DossierAction::RequestDocuments, request, &errors));
    QVERIFY(DossierLifecycle(db.connection())
                .apply(test::supervisor(), paused, DossierAction::ApologyExtension,
                       test::validInput(DossierAction::ApologyExtension), &errors));
    m_returned = DossierStore(db.connection()).find(returned)->code;
    m_paused = DossierStore(db.connection()).find(paused)->code;
    m_open
        = DossierStore(db.connection()).find(test::dossierIn(db, DossierStatus::Processing))->code;
    m_refusal = test::recordRefusalSlip(db, &errors);
    QVERIFY2(m_refusal, qPrintable(Reception::joined(errors)));
    Clock::setFixed({});
    db.close();
}

test::ProcessResult TestDossierCli::show(const QString &code, const QString &now)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MOTCUA_FAKE_NOW"), now);
    return test::runMotcua({"dossier", "show", code, "--database", m_path, "--lang", "en"}, {},
                           environment);
}

void TestDossierCli::showTellsTheWholeStory()
{
    // A scanner may type the code in lower case.
    const auto result = show(m_returned.toLower(), QStringLiteral("2026-03-10T09:00"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.mid(0, 9),
             (QStringList {QStringLiteral("Code:\t") + m_returned,
                           "Procedure:\t1.004873 Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
                           "Applicant:\tNguyễn Văn Đặng", "Status:\treturned (Result returned)",
                           "Received:\t2026-03-02T09:15", "Due:\t2026-03-05T09:15", "Overdue:\tno",
                           "Paused:\tno", "Finished:\t2026-03-02T11:00"}));
    QCOMPARE(lines.mid(lines.indexOf(QStringLiteral("Timeline:")) + 1),
             (QStringList {
                 "2026-03-02T09:15\treceived\tLê Thị Hoa\t→received\t",
                 "2026-03-02T10:00\ttransferred\tPhạm Văn Trưởng\treceived→processing\t",
                 "2026-03-02T11:00\tresult-recorded\tPhạm Văn Trưởng\tprocessing→result_ready\t",
                 "2026-03-02T12:00\treturned\tPhạm Văn Trưởng\tresult_ready→returned\t"}));
}

void TestDossierCli::showWhilePausedAndExtended()
{
    // Paused on Wednesday 14:00, before the due Thursday 09:15: not overdue a week later.
    auto result = show(m_paused, QStringLiteral("2026-03-12T09:00"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(
                 QStringLiteral("Status:\tawaiting_documents (Additional documents requested)\n")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(
                 QStringLiteral("Due:\t2026-03-05T09:15\nPromised:\t2026-03-20T16:00\n")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Overdue:\tno\n")));
    QVERIFY(result.out.contains(QStringLiteral("Paused:\tsince 2026-03-04T14:00\n")));
    QVERIFY2(
        result.out.endsWith(QStringLiteral(
            "2026-03-04T14:00\tdocuments-requested\tLê Thị Hoa\tprocessing→awaiting_documents\t"
            "Gọi điện báo người nộp\n"
            "2026-03-04T16:00\tapology-extension\tPhạm Văn Trưởng\t"
            "awaiting_documents→awaiting_documents\t\n")),
        qPrintable(result.out));
    // An open dossier is overdue after its due time (Thursday 09:15), as of the clock.
    QVERIFY(show(m_open, QStringLiteral("2026-03-05T09:15"))
                .out.contains(QStringLiteral("Overdue:\tno\n")));
    QVERIFY(show(m_open, QStringLiteral("2026-03-05T09:16"))
                .out.contains(QStringLiteral("Overdue:\tyes\n")));
}

void TestDossierCli::unknownCodeExitsWithTwo()
{
    const auto result
        = show(QStringLiteral("000.00.19.H47-990101-0001"), QStringLiteral("2026-03-10T09:00"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, QStringLiteral("No dossier has the code 000.00.19.H47-990101-0001.\n"));
    const auto usage = test::runMotcua({"dossier", "list", "--database", m_path, "--lang", "en"});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(QStringLiteral("dossier show CODE")));
}

void TestDossierCli::controlSlipAsPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("control.pdf"));
    const auto result = test::runMotcua(
        {"print", "control-slip", m_returned, "--output", pdf, "--database", m_path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QString text;
    QString error;
    QVERIFY2(test::pdfText(pdf, &text, &error, {QStringLiteral("-raw")}), qPrintable(error));
    text = text.simplified();
    for (const QString &expected :
         {QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH"), QStringLiteral("Mã hồ sơ: ") + m_returned,
          QStringLiteral("Giao: Bộ phận Một cửa UBND xã Tân Hòa"),
          QStringLiteral("Nhận: Công chức Tư pháp - Hộ tịch"), QStringLiteral("Lê Thị Hoa"),
          QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Văn Đặng"),
          QStringLiteral("Trước hạn")})
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + text));
    // Two handovers judged, the return not.
    QCOMPARE(text.count(QStringLiteral("Trước hạn")), 2);
    QVERIFY(!text.contains(QStringLiteral("BẢN IN LẠI")));

    // Printed once: logged; printed again: marked as a reprint and logged as one.
    QVERIFY(show(m_returned, QStringLiteral("2026-03-10T09:00"))
                .out.contains(QStringLiteral("\tslip-printed\t")));
    const QString again = m_dir.filePath(QStringLiteral("control-again.pdf"));
    QCOMPARE(
        test::runMotcua({"print", "control-slip", m_returned, "-o", again, "--database", m_path})
            .exitCode,
        0);
    QVERIFY2(test::pdfText(again, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("BẢN IN LẠI")));
    QVERIFY(show(m_returned, QStringLiteral("2026-03-10T09:00"))
                .out.contains(QStringLiteral("\tslip-reprinted\t")));
}

void TestDossierCli::printRefusesWhatDoesNotExist()
{
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    auto result = test::runMotcua(
        {"print", "apology", m_returned, "--output", pdf, "--database", m_path, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("has no Apology and new return date")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf));
    result = test::runMotcua(
        {"print", "menu", m_returned, "--output", pdf, "--database", m_path, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("control-slip")), qPrintable(result.err));
    result = test::runMotcua({"print", "control-slip", "NO-SUCH-CODE", "--output", pdf,
                              "--database", m_path, "--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.endsWith(QStringLiteral("No dossier has the code NO-SUCH-CODE.\n")),
             qPrintable(result.err));
}

void TestDossierCli::intakeSlipAsPdf_data()
{
    QTest::addColumn<bool>("reprint");
    QTest::addColumn<QString>("event");
    // In order: the first print, then the same slip again.
    QTest::newRow("first print") << false << "slip-printed";
    QTest::newRow("printed again") << true << "slip-reprinted";
}

void TestDossierCli::intakeSlipAsPdf()
{
    QFETCH(bool, reprint);
    QFETCH(QString, event);

    const QString pdf = m_dir.filePath(QStringLiteral("refusal-%1.pdf").arg(reprint));
    const auto result = test::runMotcua({"print", "intake-slip", QString::number(m_refusal),
                                         "--output", pdf, "--database", m_path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QString text;
    QString error;
    QVERIFY2(test::pdfText(pdf, &text, &error, {QStringLiteral("-raw")}), qPrintable(error));
    text = text.simplified();
    for (const QString &expected :
         {QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
          QStringLiteral("Trần Thị Hoa"), QStringLiteral("Thủ tục không thuộc thẩm quyền của xã"),
          QStringLiteral("ngày 04 tháng 03 năm 2026"), QStringLiteral("Lê Thị Hoa")})
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + text));
    QCOMPARE(text.contains(QStringLiteral("BẢN IN LẠI")), reprint);

    Database db;
    QVERIFY(db.open(m_path));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT kind, json_extract(details, '$.intakeSlip') "
                                      "FROM events ORDER BY id DESC LIMIT 1"))
            && query.next());
    QCOMPARE(query.value(0).toString(), event);
    QCOMPARE(query.value(1).toLongLong(), m_refusal);
    db.close();

    // Not a slip's number: refused, nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none-slip.pdf"));
    for (const QString &number : {QStringLiteral("999"), QStringLiteral("abc")}) {
        const auto refused = test::runMotcua({"print", "intake-slip", number, "--output", none,
                                              "--database", m_path, "--lang", "en"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.endsWith(QStringLiteral("No slip has the number %1.\n").arg(number)),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(none));
    }
}

QStringList TestDossierCli::dossiersIn(const QString &name, const QList<DossierStatus> &statuses)
{
    Database db;
    if (!test::openOffice(db, m_dir, name))
        return {};
    Clock::setFixed(test::officeTime(2026, 3, 2, 16, 0));
    QStringList codes;
    for (DossierStatus status : statuses) {
        const qint64 id = test::dossierIn(db, status);
        if (!id)
            break;
        codes.append(DossierStore(db.connection()).find(id)->code);
    }
    Clock::setFixed({});
    return codes;
}

test::ProcessResult TestDossierCli::act(const QString &name, const QStringList &arguments,
                                        const QByteArray &input)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("MOTCUA_FAKE_NOW"), QStringLiteral("2026-03-04T16:00"));
    return test::runMotcua(QStringList {QStringLiteral("dossier")} + arguments
                               + QStringList {"--database", m_dir.filePath(name)},
                           input, environment);
}

int TestDossierCli::eventCount(const QString &path)
{
    Database db;
    if (!db.open(path))
        return -1;
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

void TestDossierCli::action_data()
{
    // Every action of the table once, with the options of its dialog's fields.
    QTest::addColumn<DossierAction>("action");
    for (const ActionSpec &spec : DossierActions::all())
        QTest::newRow(spec.key) << spec.action;
}

void TestDossierCli::action()
{
    QFETCH(DossierAction, action);
    const ActionSpec &spec = DossierActions::spec(action);
    const QString name = QStringLiteral("action-%1.sqlite").arg(QString::fromLatin1(spec.key));
    const QStringList codes = dossiersIn(name, {spec.from.first()});
    QCOMPARE(codes.size(), 1);
    QStringList arguments {
        QString::fromLatin1(spec.key), codes.first(), "--at", "2026-03-03T09:30", "--note",
        "Ghi chú từ dòng lệnh",        "--lang",      "en"};
    const ActionInput valid = test::validInput(action);
    for (const ActionField &field : spec.fields) {
        const QString text = DossierFlow::fieldText(valid, QString::fromLatin1(field.key));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) // a list: the option repeated
            arguments << QStringLiteral("--%1").arg(QString::fromLatin1(field.option)) << line;
    }
    const auto result = act(name, arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    Database db;
    QVERIFY(db.open(m_dir.filePath(name)));
    const Dossier dossier = *DossierStore(db.connection()).findByCode(codes.first());
    const DossierStatus target = spec.target.value_or(spec.from.first());
    QCOMPARE(dossier.status, target);
    QCOMPARE(result.out, QStringLiteral("%1\t%2\n").arg(dossier.code, Dossiers::statusKey(target)));
    // Its event (a resumption is followed by "deadline-recomputed").
    const QList<EventRecord> events = EventLog(db.connection()).forDossier(dossier.id);
    const auto it = std::find_if(events.crbegin(), events.crend(), [&](const EventRecord &e) {
        return e.kind == QLatin1String(spec.eventKind);
    });
    QVERIFY(it != events.crend());
    const EventRecord &event = *it;
    QCOMPARE(Clock::local(event.occurredAt), test::officeTime(2026, 3, 3, 9, 30));
    QCOMPARE(event.note, QStringLiteral("Ghi chú từ dòng lệnh"));
    // Recorded under the operating-system account, as every headless change.
    const passwd *account = ::getpwuid(::geteuid());
    QVERIFY(account);
    QCOMPARE(event.actor, QString::fromLocal8Bit(account->pw_name));
}

void TestDossierCli::actionRefused_data()
{
    QTest::addColumn<DossierStatus>("status");
    QTest::addColumn<QStringList>("arguments"); // CODE stands for the dossier's code
    QTest::addColumn<QString>("message");
    const QString office = QStringLiteral("Công chức Tư pháp - Hộ tịch");
    QTest::newRow("wrong status")
        << DossierStatus::Received << QStringList {"result", "CODE"}
        << DossierFlow::check(DossierStatus::Received, DossierAction::RecordResult).reason;
    QTest::newRow("missing field")
        << DossierStatus::Received
        << QStringList {"transfer", "CODE", "--giver", "Lê Thị Hoa", "--office", office}
        << QStringLiteral("--receiver: The name of who receives");
    QTest::newRow("bad --at") << DossierStatus::Received
                              << QStringList {"withdraw", "CODE", "--reason",
                                              "Rút",      "--at", "2026-02-30T09:00"}
                              << QStringLiteral("--at: ");
    QTest::newRow("--at in the future")
        << DossierStatus::Received
        << QStringList {"withdraw", "CODE", "--reason", "Rút", "--at", "2026-03-05T09:00"}
        << QStringLiteral("is in the future");
    QTest::newRow("unknown code") << DossierStatus::Received
                                  << QStringList {"withdraw", "000.00.19.H47-990101-0001",
                                                  "--reason", "Rút"}
                                  << QStringLiteral("No dossier has the code");
    QTest::newRow("option of another action")
        << DossierStatus::Received
        << QStringList {"withdraw", "CODE", "--reason", "Rút", "--amount", "10.000 đồng"}
        << QStringLiteral("--amount does not apply to \"withdraw\"");
    QTest::newRow("bad flag") << DossierStatus::Received
                              << QStringList {"withdraw", "CODE",        "--reason",
                                              "Rút",      "--originals", "maybe"}
                              << QStringLiteral("--originals: \"maybe\" is not yes|no");
}

void TestDossierCli::actionRefused()
{
    QFETCH(DossierStatus, status);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString name = QStringLiteral("refused-%1.sqlite").arg(QTest::currentDataTag());
    const QStringList codes = dossiersIn(name, {status});
    QCOMPARE(codes.size(), 1);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^CODE$")), codes.first());
    const int before = eventCount(m_dir.filePath(name));
    const auto result = act(name, arguments + QStringList {"--lang", "en"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(eventCount(m_dir.filePath(name)), before);

    // The reason in the user's language, Vietnamese by default.
    const auto vietnamese = act(name, arguments);
    QCOMPARE(vietnamese.exitCode, 2);
    QVERIFY(!vietnamese.err.isEmpty());
    QVERIFY2(vietnamese.err != result.err, qPrintable(vietnamese.err));
}

void TestDossierCli::batchIsAllOrNothing()
{
    const QString name = QStringLiteral("batch.sqlite");
    const QStringList codes = dossiersIn(
        name, {DossierStatus::Received, DossierStatus::Received, DossierStatus::Returned});
    QCOMPARE(codes.size(), 3);
    const QStringList options {"transfer",   "--stdin",
                               "--giver",    "Lê Thị Hoa",
                               "--receiver", "Trần Văn Bình",
                               "--office",   "Công chức Tư pháp - Hộ tịch",
                               "--lang",     "en"};
    // The returned dossier on line 3 refuses: none is transferred.
    const int before = eventCount(m_dir.filePath(name));
    auto result = act(name, options, (codes.join(QLatin1Char('\n')) + '\n').toUtf8());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(
                 QStringLiteral("line 3: %1: Only a dossier that is received").arg(codes.at(2))),
             qPrintable(result.err));
    QCOMPARE(eventCount(m_dir.filePath(name)), before);
    // An unknown code is reported with its line, and nothing is written either.
    result = act(name, options, QStringLiteral("%1\nNO-SUCH-CODE\n").arg(codes.at(0)).toUtf8());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("line 2: No dossier has the code NO-SUCH-CODE.\n"));
    QCOMPARE(eventCount(m_dir.filePath(name)), before);
    // The two received ones, a blank line between them: both, in one go.
    result
        = act(name, options, QStringLiteral("%1\n\n%2\n").arg(codes.at(0), codes.at(1)).toUtf8());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out,
             QStringLiteral("%1\tprocessing\n%2\tprocessing\n").arg(codes.at(0), codes.at(1)));
    QCOMPARE(eventCount(m_dir.filePath(name)), before + 2);
}

QTEST_GUILESS_MAIN(TestDossierCli)
#include "tst_dossiercli.moc"
