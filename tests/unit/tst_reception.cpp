#include "domain/text.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"
#include "storefixture.h"

#include <QTest>
#include <QTimeZone>

using namespace motcua;

// Receiving dossiers through the store: what is written, and what is refused without a trace.
class TestReception : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void receiveWritesDossierEventAndDeadline();
    void codesFollowTheDailySequence();
    void badInputIsRefusedAndNothingWritten_data();
    void badInputIsRefusedAndNothingWritten();
    void textIsNormalisedNotRejected_data();
    void textIsNormalisedNotRejected();
    void authorisedPersonIsStored();
    void duplicatesAreFound();
    void inactiveProcedureIsRefused();
    void officeCodeMustBeSet();
    void clerksCannotEditSettings();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_databaseCount = 0;
};

void TestReception::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReception::init()
{
    // Each test starts from a fresh office database.
    QVERIFY(test::openOffice(m_db, m_dir,
                             QStringLiteral("reception-%1.sqlite").arg(++m_databaseCount)));
    Clock::setFixed(test::officeTime(2026, 3, 2, 10, 0));
}

void TestReception::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

void TestReception::receiveWritesDossierEventAndDeadline()
{
    DossierStore store(m_db.connection());
    QList<FieldError> errors;
    const auto dossier = store.receive(test::clerk(), test::validRequest(m_db), &errors);
    QVERIFY2(dossier, qPrintable(Reception::joined(errors)));
    QCOMPARE(dossier->code, QStringLiteral("000.00.19.H47-260302-0001"));
    QCOMPARE(dossier->status, DossierStatus::Received);
    // Monday 09:15 + 3 working days = Thursday 09:15.
    QCOMPARE(dossier->dueAt, test::officeTime(2026, 3, 5, 9, 15));

    const auto stored = store.findByCode(dossier->code);
    QVERIFY(stored);
    QCOMPARE(stored->applicant.name, QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(stored->applicant.phone, QStringLiteral("0912345678"));
    QCOMPARE(stored->applicant.birthDate, QDate(1990, 5, 12));
    QCOMPARE(stored->procedureCode, QStringLiteral("1.004873"));
    QCOMPARE(stored->rule.unit, DeadlineRule::Unit::Days);
    QCOMPARE(stored->rule.amount, 3.0);
    QCOMPARE(stored->receivedAt, test::officeTime(2026, 3, 2, 9, 15));
    QCOMPARE(stored->dueAt, dossier->dueAt);
    QCOMPARE(stored->receiverName, QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(stored->documents.size(), 1);
    QCOMPARE(stored->bookSequence, 1);

    const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(stored->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QStringLiteral("received"));
    QCOMPARE(events.first().actor, QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(events.first().toStatus, QStringLiteral("received"));
    QCOMPARE(events.first().details.value(QStringLiteral("code")).toString(), dossier->code);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT applicant_key FROM dossiers")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("nguyen van dang"));
}

void TestReception::codesFollowTheDailySequence()
{
    DossierStore store(m_db.connection());
    QList<FieldError> errors;
    QStringList codes;
    for (int i = 0; i < 3; ++i) {
        ReceptionRequest request = test::validRequest(m_db);
        request.receivedAt = test::officeTime(2026, 3, 2, 8 + i, 0);
        codes.append(store.receive(test::clerk(), request, &errors)->code);
    }
    ReceptionRequest nextDay = test::validRequest(m_db);
    nextDay.receivedAt = test::officeTime(2026, 3, 1, 23, 59); // a Sunday-night online dossier
    codes.append(store.receive(test::clerk(), nextDay, &errors)->code);
    QCOMPARE(codes,
             (QStringList {"000.00.19.H47-260302-0001", "000.00.19.H47-260302-0002",
                           "000.00.19.H47-260302-0003", "000.00.19.H47-260301-0001"}));
}

void TestReception::badInputIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty name") << "name=" << Reception::FieldApplicantName << "is required";
    QTest::newRow("11-digit ID") << "id=00109001234" << Reception::FieldApplicantId
                                 << "exactly 12 digits";
    // Twelve characters, one a letter: used to say "exactly 12 digits (12 given)".
    QTest::newRow("ID with a letter")
        << "id=00109001234A" << Reception::FieldApplicantId << "digits only";
    QTest::newRow("ID with a letter, short")
        << "id=0010900A" << Reception::FieldApplicantId << "digits only";
    QTest::newRow("ID with unknown province")
        << "id=099090012345" << Reception::FieldApplicantId << "province code";
    QTest::newRow("ID year against birth date")
        << "id=001085012345" << Reception::FieldApplicantId << "year of birth";
    QTest::newRow("letters in the phone")
        << "phone=09123abc78" << Reception::FieldApplicantPhone << "only digits";
    QTest::newRow("short phone") << "phone=091234567" << Reception::FieldApplicantPhone
                                 << "10 digits";
    QTest::newRow("10,000-character address")
        << "address=long" << Reception::FieldApplicantAddress << "too long";
    QTest::newRow("control character in name")
        << "name=Nguyễn\tVăn" << Reception::FieldApplicantName << "control characters";
    QTest::newRow("NUL in address")
        << "address=nul" << Reception::FieldApplicantAddress << "control characters";
    QTest::newRow("SQL metacharacters in name") << "name=Robert'); DROP TABLE dossiers;--"
                                                << Reception::FieldApplicantName << "cannot have";
    QTest::newRow("unknown procedure")
        << "procedure=999999" << Reception::FieldProcedure << "does not exist";
    QTest::newRow("no procedure") << "procedure=0" << Reception::FieldProcedure
                                  << "Choose the procedure";
    QTest::newRow("received in the future")
        << "future" << Reception::FieldReceivedAt << "in the future";
    // Receipt times used to have no lower bound (code …-010302-0001).
    QTest::newRow("received in year 1") << "received=0001-03-02T10:00" << Reception::FieldReceivedAt
                                        << "The date must be in the years 1900 to 2199.";
    QTest::newRow("received after 2199")
        << "received=2200-01-02T10:00" << Reception::FieldReceivedAt
        << "The date must be in the years 1900 to 2199.";
    QTest::newRow("received before the first day of use")
        << "received=1999-12-31T10:00" << Reception::FieldReceivedAt
        << "before the office's first day of use, 01/01/2000";
    QTest::newRow("received before the applicant's birth")
        << "beforebirth=1985-03-02T10:00" << Reception::FieldReceivedAt
        << "before the applicant's date of birth, 12/05/1990";
    QTest::newRow("birth before 1900") << "birth=1850-01-01" << Reception::FieldApplicantBirth
                                       << "The date must be in the years 1900 to 2199.";
    QTest::newRow("birth in the future")
        << "birth=2030-01-01" << Reception::FieldApplicantBirth << "between 1900";
    QTest::newRow("bad e-mail") << "email=dang@" << Reception::FieldApplicantEmail << "e-mail";
    QTest::newRow("no document handed in")
        << "nodocs" << Reception::FieldDocuments << "at least one document";
    QTest::newRow("zero sets") << "sets=0" << Reception::FieldSets << "from 1 to 99";
    QTest::newRow("post without address")
        << "post" << Reception::FieldReturnAddress << "is required";
    QTest::newRow("proxy without ID")
        << "proxy" << Reception::FieldProxyId << "personal ID number is required";
}

void TestReception::badInputIsRefusedAndNothingWritten()
{
    QFETCH(QString, mutation);
    QFETCH(QString, field);
    QFETCH(QString, message);

    ReceptionRequest request = test::validRequest(m_db);
    const QString key = mutation.section(QLatin1Char('='), 0, 0);
    const QString value = mutation.section(QLatin1Char('='), 1);
    if (key == QLatin1String("name"))
        request.applicant.name = value;
    else if (key == QLatin1String("id"))
        request.applicant.idNumber = value;
    else if (key == QLatin1String("phone"))
        request.applicant.phone = value;
    else if (key == QLatin1String("address"))
        request.applicant.address = value == QLatin1String("long")
            ? QString(10000, QLatin1Char('a'))
            : QStringLiteral("Thôn") + QChar(0) + QStringLiteral("3");
    else if (key == QLatin1String("procedure"))
        request.procedureId = value.toLongLong();
    else if (key == QLatin1String("future"))
        request.receivedAt = Clock::now().addSecs(3600);
    else if (key == QLatin1String("received") || key == QLatin1String("beforebirth"))
        request.receivedAt = QDateTime(QDate::fromString(value.left(10), Qt::ISODate),
                                       QTime::fromString(value.mid(11), QStringLiteral("HH:mm")),
                                       QTimeZone("Asia/Ho_Chi_Minh"));
    else if (key == QLatin1String("birth"))
        request.applicant.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (key == QLatin1String("email"))
        request.applicant.email = value;
    else if (key == QLatin1String("nodocs"))
        request.documents.first().received = false;
    else if (key == QLatin1String("sets"))
        request.sets = value.toInt();
    else if (key == QLatin1String("post"))
        request.returnMethod = ReturnMethod::Post;
    else if (key == QLatin1String("proxy"))
        request.proxy.name = QStringLiteral("Trần Văn Minh");

    if (key == QLatin1String("beforebirth")) // past the office's first day of use
        QVERIFY(
            SettingsStore(m_db.connection())
                .setValue(QStringLiteral("office.first_use_date"), QStringLiteral("1950-01-01")));

    const qint64 eventsBefore = test::count(m_db, QStringLiteral("SELECT count(*) FROM events"));
    QList<FieldError> errors;
    QVERIFY(!DossierStore(m_db.connection()).receive(test::clerk(), request, &errors));
    bool found = false;
    for (const FieldError &error : errors)
        found = found || (error.field == field && error.message.contains(message));
    QVERIFY2(found, qPrintable(Reception::joined(errors)));
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossier_documents")), 0);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM code_sequences")), 0);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM events")), eventsBefore);
}

void TestReception::textIsNormalisedNotRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<QString>("storedAddress");

    const QString nfc = QStringLiteral("Nguyễn Văn Đặng");
    QTest::newRow("NFD name becomes NFC")
        << nfc.normalized(QString::NormalizationForm_D) << "Thôn 1" << nfc << "Thôn 1";
    QTest::newRow("spaces collapsed") << "  Nguyễn   Văn  Đặng "
                                      << " Thôn   1 " << nfc << "Thôn 1";
    QTest::newRow("Ê Đê name with apostrophe") << "H'Hen Niê"
                                               << "Buôn Ko Tam"
                                               << "H'Hen Niê"
                                               << "Buôn Ko Tam";
    QTest::newRow("SQL metacharacters in an address are data")
        << nfc << "Số 1'; DROP TABLE dossiers;--" << nfc << "Số 1'; DROP TABLE dossiers;--";
}

void TestReception::textIsNormalisedNotRejected()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, storedName);
    QFETCH(QString, storedAddress);
    ReceptionRequest request = test::validRequest(m_db);
    request.applicant.name = name;
    request.applicant.address = address;
    QList<FieldError> errors;
    const auto dossier = DossierStore(m_db.connection()).receive(test::clerk(), request, &errors);
    QVERIFY2(dossier, qPrintable(Reception::joined(errors)));
    const auto stored = DossierStore(m_db.connection()).find(dossier->id);
    QCOMPARE(stored->applicant.name, storedName);
    QCOMPARE(stored->applicant.address, storedAddress);
    QVERIFY(stored->applicant.name
            == stored->applicant.name.normalized(QString::NormalizationForm_C));
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM dossiers")), 1);
}

void TestReception::authorisedPersonIsStored()
{
    ReceptionRequest request = test::validRequest(m_db);
    request.proxy.name = QStringLiteral("Trần Văn Minh");
    request.proxy.idNumber = QStringLiteral("034088001122");
    request.proxy.phone = QStringLiteral("+84 987 654 321");
    QList<FieldError> errors;
    const auto dossier = DossierStore(m_db.connection()).receive(test::clerk(), request, &errors);
    QVERIFY2(dossier, qPrintable(Reception::joined(errors)));
    const auto stored = DossierStore(m_db.connection()).find(dossier->id);
    QCOMPARE(stored->proxy.name, QStringLiteral("Trần Văn Minh"));
    QCOMPARE(stored->proxy.idNumber, QStringLiteral("034088001122"));
    QCOMPARE(stored->proxy.phone, QStringLiteral("0987654321"));
}

void TestReception::duplicatesAreFound()
{
    DossierStore store(m_db.connection());
    QList<FieldError> errors;
    const ReceptionRequest request = test::validRequest(m_db);
    QVERIFY(store.openDuplicates(request.applicant.idNumber, request.procedureId).isEmpty());
    const auto first = store.receive(test::clerk(), request, &errors);
    QVERIFY(first);
    const QList<Dossier> duplicates
        = store.openDuplicates(request.applicant.idNumber, request.procedureId);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().code, first->code);
    // Another procedure is not a duplicate; a duplicate is a warning, the second one is received.
    QVERIFY(store
                .openDuplicates(request.applicant.idNumber,
                                test::procedureId(m_db, QStringLiteral("1.004222")))
                .isEmpty());
    QVERIFY(store.receive(test::clerk(), request, &errors));
}

void TestReception::inactiveProcedureIsRefused()
{
    QString error;
    QVERIFY(ProcedureStore(m_db.connection())
                .setActive(test::administrator(),
                           test::procedureId(m_db, QStringLiteral("1.004873")), false, &error));
    QList<FieldError> errors;
    QVERIFY(
        !DossierStore(m_db.connection()).receive(test::clerk(), test::validRequest(m_db), &errors));
    QVERIFY2(Reception::joined(errors).contains(QStringLiteral("no longer in use")),
             qPrintable(Reception::joined(errors)));
}

void TestReception::officeCodeMustBeSet()
{
    Database bare;
    QVERIFY(bare.open(m_dir.filePath(QStringLiteral("bare.sqlite"))));
    QList<FieldError> errors;
    QVERIFY(
        !DossierStore(bare.connection()).receive(test::clerk(), test::validRequest(bare), &errors));
    QVERIFY(Reception::joined(errors).contains(QStringLiteral("office code is not set")));
    QCOMPARE(test::count(bare, QStringLiteral("SELECT count(*) FROM dossiers")), 0);
}

void TestReception::clerksCannotEditSettings()
{
    QString error;
    QVERIFY(!SettingsStore(m_db.connection())
                 .change(test::clerk(), {{QStringLiteral("office.code"), QStringLiteral("X1")}},
                         &error));
    QCOMPARE(error, Roles::deniedMessage(Permission::EditSettings));
    QCOMPARE(SettingsStore(m_db.connection()).value(QStringLiteral("office.code")),
             QStringLiteral("000.00.19.H47"));
    QVERIFY(!SettingsStore(m_db.connection())
                 .change(test::administrator(),
                         {{QStringLiteral("office.code"), QStringLiteral("h47..1")}}, &error));
    QVERIFY(error.contains(QStringLiteral("office code")));
}

QTEST_GUILESS_MAIN(TestReception)
#include "tst_reception.moc"
