#include "db/database.h"
#include "db/transaction.h"
#include "domain/announcements.h"
#include "domain/clock.h"
#include "store/calendarstore.h"
#include "store/deadlineservice.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

const QTimeZone vietnam("Asia/Ho_Chi_Minh");

// "yyyy-MM-dd HH:mm" on the office's wall clock.
QDateTime at(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(local.date(), local.time(), vietnam);
}

QString show(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(vietnam).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
}

Actor actorWith(Role role)
{
    Actor actor = test::administrator();
    actor.role = role;
    return actor;
}

const Actor admin = test::administrator();

CalendarOverride announcement(const QDate &date, CalendarOverride::Kind kind, const QString &name,
                              const QString &reference = {})
{
    return {date, kind, name, reference};
}

const QString header = QStringLiteral("date,kind,name,legal_reference\n");

struct OfficeEvent
{
    qint64 id = 0;
    QString kind;
    QJsonObject details;
};

} // namespace

// The announcements of the working calendar: validation, permissions, events, CSV, and the
// recompute of open dossiers' deadlines in the same transaction.
class TestCalendarStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seedAndYearFilter();
    void addEditRemoveLogOldAndNew();
    void textsAreNormalised();
    void addRefusesInvalid_data();
    void addRefusesInvalid();
    void editAndRemoveRefusals();
    void unchangedEditWritesNothing();
    void permissionsAreEnforced_data();
    void permissionsAreEnforced();
    void importAddsChangesAndKeeps();
    void importRefusesBadFilesWhole_data();
    void importRefusesBadFilesWhole();
    void exportImportRoundTrip();
    void recomputeMovesOpenDossiersOnly();
    void importRecomputesInTheSameTransaction();
    void recomputeOneDossier();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    QString snapshot() const { return CalendarStore(db()).exportCsv(); }
    int eventCount() const;
    QList<OfficeEvent> officeEvents() const;
    qint64 receive(const QString &procedureCode, const QString &receivedAt);
    QString dueOf(qint64 dossierId) const;
    QList<EventRecord> recomputedEvents(qint64 dossierId) const;
    void setupDossiers();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_databaseCount = 0;
    QHash<QString, qint64> m_dossiers; // by the letter used in the test
};

void TestCalendarStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCalendarStore::init()
{
    // Every test gets its own database.
    m_database = std::make_unique<Database>();
    QVERIFY2(test::openOffice(*m_database, m_dir,
                              QStringLiteral("calendar%1.sqlite").arg(++m_databaseCount)),
             qPrintable(m_database->errorMessage()));
    Clock::setFixed(at(QStringLiteral("2026-03-05 10:00")));
    m_dossiers.clear();
}

void TestCalendarStore::cleanup()
{
    Clock::setFixed(QDateTime());
    m_database.reset();
}

int TestCalendarStore::eventCount() const
{
    QSqlQuery query(db());
    query.exec(QStringLiteral("SELECT count(*) FROM events"));
    return query.next() ? query.value(0).toInt() : -1;
}

QList<OfficeEvent> TestCalendarStore::officeEvents() const
{
    QList<OfficeEvent> events;
    QSqlQuery query(db());
    // The calendar's own: the office set-up writes a settings event too.
    query.exec(QStringLiteral("SELECT id, kind, details FROM events WHERE dossier_id IS NULL "
                              "AND kind LIKE 'calendar-%' ORDER BY id"));
    while (query.next())
        events.append({query.value(0).toLongLong(), query.value(1).toString(),
                       QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
    return events;
}

qint64 TestCalendarStore::receive(const QString &procedureCode, const QString &receivedAt)
{
    ReceptionRequest request = test::validRequest(*m_database);
    request.procedureId = test::procedureId(*m_database, procedureCode);
    request.receivedAt = at(receivedAt);
    QList<FieldError> errors;
    const auto dossier = DossierStore(db()).receive(admin, request, &errors);
    if (!dossier)
        qWarning() << Reception::joined(errors);
    return dossier ? dossier->id : 0;
}

QString TestCalendarStore::dueOf(qint64 dossierId) const
{
    const auto dossier = DossierStore(db()).find(dossierId);
    return dossier ? show(dossier->dueAt) : QString();
}

QList<EventRecord> TestCalendarStore::recomputedEvents(qint64 dossierId) const
{
    QList<EventRecord> result;
    for (const EventRecord &event : EventLog(db()).forDossier(dossierId)) {
        if (event.kind == QLatin1String("deadline-recomputed"))
            result.append(event);
    }
    return result;
}

void TestCalendarStore::seedAndYearFilter()
{
    const CalendarStore store(db());
    QCOMPARE(store.overrides().size(), 4);
    QCOMPARE(store.overrides(2026).size(), 4);
    QCOMPARE(store.overrides(2025).size(), 0);
    const auto swap = store.find(QDate(2026, 1, 10));
    QVERIFY(swap);
    QCOMPARE(swap->kind, CalendarOverride::Kind::WorkingDay);
    QCOMPARE(swap->name, QStringLiteral("Làm bù cho ngày 02/01/2026"));
    QVERIFY(!store.find(QDate(2026, 1, 11)));
    QCOMPARE(store.calendar().exceptions(2026).size(), 15);
}

void TestCalendarStore::addEditRemoveLogOldAndNew()
{
    CalendarStore store(db());
    QString error;
    int recomputed = -1;
    QVERIFY2(store.add(admin,
                       announcement(QDate(2026, 3, 4), CalendarOverride::Kind::DayOff,
                                    QStringLiteral("Nghỉ đột xuất"), QStringLiteral("QĐ 1/2026")),
                       &recomputed, &error),
             qPrintable(error));
    QCOMPARE(recomputed, 0); // no dossier yet
    QVERIFY(!store.calendar().isWorkingDay(QDate(2026, 3, 4)));
    QCOMPARE(store.calendar().day(QDate(2026, 3, 4)).name, QStringLiteral("Nghỉ đột xuất"));

    QVERIFY2(store.edit(admin, QDate(2026, 3, 4),
                        announcement(QDate(2026, 3, 7), CalendarOverride::Kind::WorkingDay,
                                     QStringLiteral("Làm bù"), QStringLiteral("QĐ 2/2026")),
                        &recomputed, &error),
             qPrintable(error));
    QVERIFY(!store.find(QDate(2026, 3, 4)));
    QVERIFY(store.calendar().isWorkingDay(QDate(2026, 3, 4)));
    QVERIFY(store.calendar().isWorkingDay(QDate(2026, 3, 7))); // a Saturday, now worked

    QVERIFY2(store.remove(admin, QDate(2026, 3, 7), &recomputed, &error), qPrintable(error));
    QVERIFY(!store.calendar().isWorkingDay(QDate(2026, 3, 7)));
    QCOMPARE(store.overrides().size(), 4);

    const QList<OfficeEvent> events = officeEvents();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, QStringLiteral("calendar-announcement-added"));
    QVERIFY(!events[0].details.contains(QStringLiteral("old")));
    QCOMPARE(events[0].details.value(QStringLiteral("new")).toObject(),
             (QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-03-04")},
                           {QStringLiteral("kind"), QStringLiteral("off")},
                           {QStringLiteral("name"), QStringLiteral("Nghỉ đột xuất")},
                           {QStringLiteral("legalReference"), QStringLiteral("QĐ 1/2026")}}));
    QCOMPARE(events[1].kind, QStringLiteral("calendar-announcement-changed"));
    QCOMPARE(
        events[1].details.value(QStringLiteral("old")).toObject().value(QStringLiteral("date")),
        QJsonValue(QStringLiteral("2026-03-04")));
    QCOMPARE(
        events[1].details.value(QStringLiteral("new")).toObject().value(QStringLiteral("kind")),
        QJsonValue(QStringLiteral("work")));
    QCOMPARE(events[2].kind, QStringLiteral("calendar-announcement-removed"));
    QCOMPARE(
        events[2].details.value(QStringLiteral("old")).toObject().value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("Làm bù")));
    QVERIFY(!events[2].details.contains(QStringLiteral("new")));
    QVERIFY(EventLog(db()).verifyChain().isIntact());
}

void TestCalendarStore::textsAreNormalised()
{
    CalendarStore store(db());
    QString error;
    const QString decomposed
        = QStringLiteral("  Nghỉ   lễ  ").normalized(QString::NormalizationForm_D);
    QVERIFY(store.add(admin,
                      announcement(QDate(2026, 3, 4), CalendarOverride::Kind::DayOff, decomposed),
                      nullptr, &error));
    QCOMPARE(store.find(QDate(2026, 3, 4))->name, QStringLiteral("Nghỉ lễ"));
}

void TestCalendarStore::addRefusesInvalid_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid date") << QDate() << "Nghỉ"
                                  << ""
                                  << "The date is not a valid day.";
    QTest::newRow("year 2300") << QDate(2300, 1, 2) << "Nghỉ"
                               << ""
                               << "The date must be in the years 1900 to 2199.";
    QTest::newRow("no name") << QDate(2026, 3, 4) << ""
                             << ""
                             << "The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi)).";
    QTest::newRow("blank name") << QDate(2026, 3, 4) << "   "
                                << ""
                                << "The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi)).";
    QTest::newRow("tab in name") << QDate(2026, 3, 4) << "Nghỉ\tlễ"
                                 << ""
                                 << "The name contains control characters (tabs, line breaks).";
    QTest::newRow("line break in reference")
        << QDate(2026, 3, 4) << "Nghỉ"
        << "QĐ\n1"
        << "The legal reference contains control characters (tabs, line breaks).";
    QTest::newRow("NUL in name") << QDate(2026, 3, 4) << QString(QStringLiteral("Nghỉ") + QChar(0))
                                 << ""
                                 << "The name contains control characters (tabs, line breaks).";
    QTest::newRow("long name") << QDate(2026, 3, 4) << QString(201, QLatin1Char('x')) << ""
                               << "The name is longer than 200 characters.";
    QTest::newRow("long reference") << QDate(2026, 3, 4) << "Nghỉ" << QString(301, QLatin1Char('x'))
                                    << "The legal reference is longer than 300 characters.";
    QTest::newRow("date already announced")
        << QDate(2026, 1, 2) << "Nghỉ"
        << ""
        << "02/01/2026 already has an announcement: edit that one instead.";
}

void TestCalendarStore::addRefusesInvalid()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    const QString before = snapshot();
    const int events = eventCount();
    QString error;
    int recomputed = -1;
    QVERIFY(!CalendarStore(db()).add(
        admin, announcement(date, CalendarOverride::Kind::DayOff, name, reference), &recomputed,
        &error));
    QCOMPARE(error, expected);
    QCOMPARE(recomputed, 0);
    QCOMPARE(snapshot(), before);
    QCOMPARE(eventCount(), events);
}

void TestCalendarStore::editAndRemoveRefusals()
{
    CalendarStore store(db());
    const QString before = snapshot();
    QString error;
    QVERIFY(!store.edit(
        admin, QDate(2026, 3, 4),
        announcement(QDate(2026, 3, 4), CalendarOverride::Kind::DayOff, QStringLiteral("X")),
        nullptr, &error));
    QCOMPARE(error, QStringLiteral("There is no announcement on 04/03/2026 any more."));
    // Moving an announcement onto a date that has one.
    QVERIFY(!store.edit(
        admin, QDate(2026, 1, 2),
        announcement(QDate(2026, 1, 10), CalendarOverride::Kind::DayOff, QStringLiteral("X")),
        nullptr, &error));
    QCOMPARE(error,
             QStringLiteral("10/01/2026 already has an announcement: edit that one instead."));
    // An edit is validated like an addition.
    QVERIFY(!store.edit(admin, QDate(2026, 1, 2),
                        announcement(QDate(2026, 1, 2), CalendarOverride::Kind::DayOff, QString()),
                        nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("The name is required")));
    QVERIFY(!store.remove(admin, QDate(2026, 3, 4), nullptr, &error));
    QCOMPARE(error, QStringLiteral("There is no announcement on 04/03/2026 any more."));
    QCOMPARE(snapshot(), before);
    QVERIFY(officeEvents().isEmpty());
}

void TestCalendarStore::unchangedEditWritesNothing()
{
    CalendarStore store(db());
    const CalendarOverride same = *store.find(QDate(2026, 1, 2));
    QString error;
    int recomputed = -1;
    QVERIFY2(store.edit(admin, same.date, same, &recomputed, &error), qPrintable(error));
    QCOMPARE(recomputed, 0);
    QVERIFY(officeEvents().isEmpty());
}

void TestCalendarStore::permissionsAreEnforced_data()
{
    QTest::addColumn<int>("role"); // -1: nobody signed in
    QTest::newRow("clerk") << int(Role::Clerk);
    QTest::newRow("supervisor") << int(Role::Supervisor);
    QTest::newRow("nobody") << -1;
}

void TestCalendarStore::permissionsAreEnforced()
{
    QFETCH(int, role);
    const Actor actor = role < 0 ? Actor() : actorWith(Role(role));
    const QString denied = Roles::deniedMessage(Permission::EditCalendar);
    CalendarStore store(db());
    const QString before = snapshot();
    QString error;
    QVERIFY(!store.add(
        actor, announcement(QDate(2026, 3, 4), CalendarOverride::Kind::DayOff, QStringLiteral("X")),
        nullptr, &error));
    QCOMPARE(error, denied);
    error.clear();
    QVERIFY(!store.edit(
        actor, QDate(2026, 1, 2),
        announcement(QDate(2026, 1, 2), CalendarOverride::Kind::DayOff, QStringLiteral("X")),
        nullptr, &error));
    QCOMPARE(error, denied);
    error.clear();
    QVERIFY(!store.remove(actor, QDate(2026, 1, 2), nullptr, &error));
    QCOMPARE(error, denied);
    const auto imported = store.importCsv(actor, header + QStringLiteral("2026-03-04,off,X,\n"));
    QCOMPARE(imported.errors, QStringList {denied});
    QCOMPARE(snapshot(), before);
    QVERIFY(officeEvents().isEmpty());
}

void TestCalendarStore::importAddsChangesAndKeeps()
{
    // A BOM, CRLF line ends, an extra column, D/M/YYYY dates, kind in capitals.
    const QString text = QChar(0xFEFF) + QStringLiteral("date,kind,name,legal_reference,note\r\n")
        + QStringLiteral("2026-03-04,off,Nghỉ đột xuất,QĐ 1/2026,x\r\n")
        + QStringLiteral("4/5/2026,OFF,\"Nghỉ, bù\",,\r\n")
        + QStringLiteral("2026-01-02,off,Nghỉ Tết Dương lịch (hoán đổi),"
                         "Văn bản 12729/VPCP-KGVX ngày 25/12/2025,\r\n")
        + QStringLiteral("2026-08-22,work,Làm bù Quốc khánh,Công văn mới,\r\n");
    const CalendarStore::ImportResult result = CalendarStore(db()).importCsv(admin, text);
    QVERIFY2(result.isOk(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.added, 2);
    QCOMPARE(result.changed, 1);
    QCOMPARE(result.unchanged, 1);
    QCOMPARE(result.recomputed, 0);

    const CalendarStore store(db());
    QCOMPARE(store.overrides().size(), 6);
    QCOMPARE(store.find(QDate(2026, 5, 4))->name, QStringLiteral("Nghỉ, bù"));
    QCOMPARE(store.find(QDate(2026, 8, 22))->legalReference, QStringLiteral("Công văn mới"));

    QStringList kinds;
    for (const OfficeEvent &event : officeEvents())
        kinds.append(event.kind);
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("calendar-announcement-added"),
                           QStringLiteral("calendar-announcement-added"),
                           QStringLiteral("calendar-announcement-changed"),
                           QStringLiteral("calendar-imported")}));
    QCOMPARE(officeEvents().last().details.value(QStringLiteral("unchanged")).toInt(), 1);
}

void TestCalendarStore::importRefusesBadFilesWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString()
                           << QStringList {"The file is empty: a header row is expected."};
    QTest::newRow("header only") << header << QStringList {"The file has no announcement rows."};
    QTest::newRow("missing column")
        << QStringLiteral("date,kind,name\n2026-03-04,off,X\n")
        << QStringList {"Line 1: the header lacks the column(s) legal_reference. Expected: "
                        "date,kind,name,legal_reference"};
    QTest::newRow("30 February")
        << header + "2026-03-04,off,Good,\n2026-02-30,off,X,\n"
        << QStringList {
               "Line 3: date \"2026-02-30\" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY)."};
    QTest::newRow("words for a date")
        << header + "next monday,off,X,\n"
        << QStringList {
               "Line 2: date \"next monday\" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY)."};
    QTest::newRow("year out of range")
        << header + "2300-01-02,off,X,\n"
        << QStringList {"Line 2: The date must be in the years 1900 to 2199."};
    QTest::newRow("bad kind") << header + "2026-03-04,holiday,X,\n"
                              << QStringList {"Line 2: kind \"holiday\" is not one of off, work."};
    QTest::newRow("no name")
        << header + "2026-03-04,off,,\n"
        << QStringList {"Line 2: The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi))."};
    QTest::newRow("tab in name")
        << header + "2026-03-04,off,\"a\tb\",\n"
        << QStringList {"Line 2: The name contains control characters (tabs, line breaks)."};
    QTest::newRow("line break in name")
        << header + "2026-03-04,off,\"a\nb\",\n2026-03-05,off,\"c\",\n"
        << QStringList {"Line 2: The name contains control characters (tabs, line breaks)."};
    QTest::newRow("same date twice")
        << header + "2026-03-04,off,X,\n04/03/2026,off,Y,\n"
        << QStringList {"Line 3: the date 2026-03-04 already appears on line 2."};
    QTest::newRow("unclosed quote") << header + "2026-03-04,off,\"X,\n"
                                    << QStringList {"Line 2: a quoted field is not closed."};
    // A field count other than the header's, and broken quoting, lose nothing silently.
    QTest::newRow("unquoted comma in a name")
        << header + "2026-03-04,off,Good,\n2026-03-05,off,Nghỉ Tết, bù,\n"
        << QStringList {"Line 3: 5 field(s), but the header has 4; a value with a comma must be in "
                        "double quotes."};
    QTest::newRow("a field short")
        << header + "2026-03-04,off,X\n"
        << QStringList {"Line 2: 3 field(s), but the header has 4; a value with a comma must be in "
                        "double quotes."};
    QTest::newRow("text after the closing quote")
        << header + "2026-03-04,off,\"Xã Xuân\"Lập,\n"
        << QStringList {"Line 2: text follows the closing quote of a field; put the whole field "
                        "in double quotes."};
    QTest::newRow("quote inside an unquoted field")
        << header + "2026-03-04,off,Good,\n2026-03-05,off,Nghỉ \"Tết\",\n"
        << QStringList {"Line 3: a double quote inside a field that does not start with one; put "
                        "the whole field in double quotes and double the quote inside."};
    QTest::newRow("several problems")
        << header + "2026-02-30,never,,\n2026-03-04,off,Fine,\n"
        << QStringList {
               "Line 2: date \"2026-02-30\" is not a day of the form YYYY-MM-DD (or DD/MM/YYYY).",
               "Line 2: kind \"never\" is not one of off, work.",
               "Line 2: The name is required (e.g. Nghỉ Tết Dương lịch (hoán đổi))."};
}

void TestCalendarStore::importRefusesBadFilesWhole()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QString before = snapshot();
    const int events = eventCount();
    const CalendarStore::ImportResult result = CalendarStore(db()).importCsv(admin, text);
    QCOMPARE(result.errors, expected);
    QCOMPARE(result.added + result.changed + result.unchanged + result.recomputed, 0);
    QCOMPARE(snapshot(), before); // the table unchanged: all or nothing
    QCOMPARE(eventCount(), events);
}

void TestCalendarStore::exportImportRoundTrip()
{
    CalendarStore store(db());
    QString error;
    QVERIFY(store.add(admin,
                      announcement(QDate(2027, 2, 12), CalendarOverride::Kind::DayOff,
                                   QStringLiteral("Nghỉ \"Tết\", bù"), QStringLiteral("QĐ 3/2027")),
                      nullptr, &error));
    const QString all = store.exportCsv();
    QCOMPARE(all.count(QLatin1Char('\n')), 6);
    QVERIFY(all.startsWith(QStringLiteral("date,kind,name,legal_reference\n2026-01-02,off,")));
    QVERIFY(all.endsWith(QStringLiteral("2027-02-12,off,\"Nghỉ \"\"Tết\"\", bù\",QĐ 3/2027\n")));
    QCOMPARE(store.exportCsv(2027),
             header + QStringLiteral("2027-02-12,off,\"Nghỉ \"\"Tết\"\", bù\",QĐ 3/2027\n"));
    QCOMPARE(store.exportCsv(2025), header);

    const CalendarStore::ImportResult result = store.importCsv(admin, all);
    QVERIFY(result.isOk());
    QCOMPARE(result.unchanged, 5);
    QCOMPARE(result.added + result.changed, 0);
    QCOMPARE(store.exportCsv(), all);
}

void TestCalendarStore::setupDossiers()
{
    QString error;
    // The office code is what reception needs (test::openOffice sets it, as an admin would).
    QVERIFY(SettingsStore(db()).setValue(QStringLiteral("office.code"),
                                         QStringLiteral("000.00.19.H47"), &error));
    // 1.004884: 5 working days; 2.001035: 2 working days; 1.001193: same day with the cut-off.
    m_dossiers.insert(QStringLiteral("A"),
                      receive(QStringLiteral("1.004884"), QStringLiteral("2026-03-02 09:00")));
    m_dossiers.insert(QStringLiteral("B"),
                      receive(QStringLiteral("2.001035"), QStringLiteral("2026-03-02 14:00")));
    m_dossiers.insert(QStringLiteral("closed"),
                      receive(QStringLiteral("1.004884"), QStringLiteral("2026-03-02 09:00")));
    m_dossiers.insert(QStringLiteral("later"),
                      receive(QStringLiteral("1.004884"), QStringLiteral("2026-03-05 09:00")));
    m_dossiers.insert(QStringLiteral("same day"),
                      receive(QStringLiteral("1.001193"), QStringLiteral("2026-03-02 09:00")));
    m_dossiers.insert(QStringLiteral("paused"),
                      receive(QStringLiteral("2.001035"), QStringLiteral("2026-03-02 08:00")));
    m_dossiers.insert(QStringLiteral("still paused"),
                      receive(QStringLiteral("2.001035"), QStringLiteral("2026-03-02 08:00")));
    for (auto it = m_dossiers.cbegin(); it != m_dossiers.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));

    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("UPDATE dossiers SET status = 'returned' WHERE id = %1")
                           .arg(m_dossiers.value(QStringLiteral("closed")))));
    QVERIFY(
        query.exec(QStringLiteral("UPDATE dossiers SET extended_due_at = 1800000000 WHERE id = %1")
                       .arg(m_dossiers.value(QStringLiteral("A")))));
    query.prepare(QStringLiteral(
        "INSERT INTO dossier_pauses (dossier_id, kind, started_at, ended_at, reason) "
        "VALUES (?, 'documents', ?, ?, 'bổ sung')"));
    query.addBindValue(m_dossiers.value(QStringLiteral("paused")));
    query.addBindValue(at(QStringLiteral("2026-03-02 10:00")).toSecsSinceEpoch());
    query.addBindValue(at(QStringLiteral("2026-03-02 11:00")).toSecsSinceEpoch());
    QVERIFY(query.exec());
    query.addBindValue(m_dossiers.value(QStringLiteral("still paused")));
    query.addBindValue(at(QStringLiteral("2026-03-02 13:30")).toSecsSinceEpoch());
    query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
    QVERIFY(query.exec());

    // The lifecycle brings the paused dossiers' deadlines up to date (recomputeOneDossier
    // checks the function itself).
    WriteTransaction transaction(db());
    DeadlineService service(db());
    for (const QString &name : {QStringLiteral("paused"), QStringLiteral("still paused")})
        QVERIFY2(service.recompute(admin, m_dossiers.value(name), {}, nullptr, &error),
                 qPrintable(error));
    QVERIFY(transaction.commit());
}

void TestCalendarStore::recomputeMovesOpenDossiersOnly()
{
    setupDossiers();
    if (QTest::currentTestFailed())
        return;
    // Due times with the 2026 calendar as seeded. "still paused": 2 days from Mon 08:00 is Wed
    // 08:00, plus the 22 h 30 min of working time paused from Mon 13:30 to now (Thu 10:00).
    const QList<std::pair<QString, QString>> before = {
        {"A", "2026-03-09 09:00"},
        {"B", "2026-03-04 14:00"},
        {"closed", "2026-03-09 09:00"},
        {"later", "2026-03-12 09:00"},
        {"same day", "2026-03-02 17:30"},
        {"paused", "2026-03-04 09:00"},
        {"still paused", "2026-03-06 16:30"},
    };
    for (const auto &[name, due] : before)
        QCOMPARE(dueOf(m_dossiers.value(name)), due);
    // A stale due time outside the changed day's span shows that dossier is not looked at.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("UPDATE dossiers SET due_at = due_at + 60 WHERE id = %1")
                           .arg(m_dossiers.value(QStringLiteral("later")))));

    // Wednesday 4 March becomes a day off: every open dossier spanning it moves by one working
    // day; the one paused over that whole day does not (the pause loses the same working day).
    CalendarStore store(db());
    QString error;
    int recomputed = -1;
    QVERIFY2(store.add(admin,
                       announcement(QDate(2026, 3, 4), CalendarOverride::Kind::DayOff,
                                    QStringLiteral("Nghỉ đột xuất")),
                       &recomputed, &error),
             qPrintable(error));
    QCOMPARE(recomputed, 3);
    const QList<std::pair<QString, QString>> after = {
        {"A", "2026-03-10 09:00"},
        {"B", "2026-03-05 14:00"},
        {"closed", "2026-03-09 09:00"},
        {"later", "2026-03-12 09:01"},
        {"same day", "2026-03-02 17:30"},
        {"paused", "2026-03-05 09:00"},
        {"still paused", "2026-03-06 16:30"},
    };
    for (const auto &[name, due] : after)
        QCOMPARE(dueOf(m_dossiers.value(name)), due);

    const qint64 calendarEvent = officeEvents().last().id;
    QCOMPARE(officeEvents().last().kind, QStringLiteral("calendar-announcement-added"));
    const QList<EventRecord> events = recomputedEvents(m_dossiers.value(QStringLiteral("A")));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].details.value(QStringLiteral("old")).toString(),
             QStringLiteral("2026-03-09T09:00:00+07:00"));
    QCOMPARE(events[0].details.value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-03-10T09:00:00+07:00"));
    QCOMPARE(events[0].details.value(QStringLiteral("cause")).toString(),
             QStringLiteral("calendar-announcement-added"));
    QCOMPARE(events[0].details.value(QStringLiteral("causeEvent")).toInteger(), calendarEvent);
    QCOMPARE(events[0].details.value(QStringLiteral("dates")).toArray(),
             QJsonArray {QStringLiteral("2026-03-04")});
    QCOMPARE(events[0].actor, admin.displayName());
    for (const QString &name :
         {QStringLiteral("closed"), QStringLiteral("later"), QStringLiteral("same day")})
        QVERIFY2(recomputedEvents(m_dossiers.value(name)).isEmpty(), qPrintable(name));
    QCOMPARE(recomputedEvents(m_dossiers.value(QStringLiteral("still paused"))).size(),
             1); // the setup's
    // The apology's new date is a person's choice: untouched.
    QCOMPARE(DossierStore(db())
                 .find(m_dossiers.value(QStringLiteral("A")))
                 ->extendedDueAt.toSecsSinceEpoch(),
             1800000000);

    // Removing the day off moves them back, logged again.
    QVERIFY2(store.remove(admin, QDate(2026, 3, 4), &recomputed, &error), qPrintable(error));
    QCOMPARE(recomputed, 3);
    QCOMPARE(dueOf(m_dossiers.value(QStringLiteral("A"))), QStringLiteral("2026-03-09 09:00"));
    QCOMPARE(dueOf(m_dossiers.value(QStringLiteral("B"))), QStringLiteral("2026-03-04 14:00"));
    QCOMPARE(dueOf(m_dossiers.value(QStringLiteral("paused"))), QStringLiteral("2026-03-04 09:00"));
    const QList<EventRecord> back = recomputedEvents(m_dossiers.value(QStringLiteral("A")));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[1].details.value(QStringLiteral("old")).toString(),
             QStringLiteral("2026-03-10T09:00:00+07:00"));
    QCOMPARE(back[1].details.value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-03-09T09:00:00+07:00"));
    QCOMPARE(back[1].details.value(QStringLiteral("cause")).toString(),
             QStringLiteral("calendar-announcement-removed"));

    // A working Saturday inside A's span brings it one day earlier.
    QVERIFY(store.add(admin,
                      announcement(QDate(2026, 3, 7), CalendarOverride::Kind::WorkingDay,
                                   QStringLiteral("Làm bù")),
                      &recomputed, &error));
    QCOMPARE(dueOf(m_dossiers.value(QStringLiteral("A"))), QStringLiteral("2026-03-07 09:00"));
    QVERIFY(EventLog(db()).verifyChain().isIntact());
}

void TestCalendarStore::importRecomputesInTheSameTransaction()
{
    setupDossiers();
    if (QTest::currentTestFailed())
        return;
    const CalendarStore::ImportResult result = CalendarStore(db()).importCsv(
        admin,
        header + QStringLiteral("2026-03-04,off,Nghỉ đột xuất,\n2026-03-06,off,Nghỉ đột xuất,\n"));
    QVERIFY2(result.isOk(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.added, 2);
    QCOMPARE(result.recomputed, 5);
    const QList<std::pair<QString, QString>> after = {
        {"A", "2026-03-11 09:00"}, // two days later
        {"B", "2026-03-05 14:00"},
        {"closed", "2026-03-09 09:00"},
        {"later", "2026-03-13 09:00"}, // received on Thursday 5, spans Friday 6
        {"same day", "2026-03-02 17:30"},
        {"paused", "2026-03-05 09:00"},
        // Paused until now (Thursday 10:00) over Wednesday 4; Friday 6 is lost after the pause.
        {"still paused", "2026-03-09 16:30"},
    };
    for (const auto &[name, due] : after)
        QCOMPARE(dueOf(m_dossiers.value(name)), due);
    const QList<EventRecord> events = recomputedEvents(m_dossiers.value(QStringLiteral("A")));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].details.value(QStringLiteral("cause")).toString(),
             QStringLiteral("calendar-imported"));
    QCOMPARE(events[0].details.value(QStringLiteral("causeEvent")).toInteger(),
             officeEvents().last().id);

    // A bad file moves nothing.
    const QString due = dueOf(m_dossiers.value(QStringLiteral("B")));
    const CalendarStore::ImportResult refused = CalendarStore(db()).importCsv(
        admin, header + QStringLiteral("2026-03-05,off,Nghỉ,\n2026-03-09,off,,\n"));
    QVERIFY(!refused.isOk());
    QCOMPARE(dueOf(m_dossiers.value(QStringLiteral("B"))), due);
    QVERIFY(!CalendarStore(db()).find(QDate(2026, 3, 5)));
}

void TestCalendarStore::recomputeOneDossier()
{
    setupDossiers();
    if (QTest::currentTestFailed())
        return;
    const qint64 id = m_dossiers.value(QStringLiteral("still paused"));
    QString error;
    // Unchanged: no event, no change.
    {
        WriteTransaction transaction(db());
        std::optional<DeadlineService::Change> change;
        QVERIFY(DeadlineService(db()).recompute(admin, id, {}, &change, &error));
        QVERIFY(!change);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(recomputedEvents(id).size(), 1);

    // The pause ends at Monday 11:30 instead of running on: the deadline comes back.
    QSqlQuery query(db());
    QVERIFY(
        query.exec(QStringLiteral("UPDATE dossier_pauses SET ended_at = %1 WHERE dossier_id = %2")
                       .arg(at(QStringLiteral("2026-03-02 15:30")).toSecsSinceEpoch())
                       .arg(id)));
    WriteTransaction transaction(db());
    std::optional<DeadlineService::Change> change;
    const QJsonObject cause {{QStringLiteral("cause"), QStringLiteral("pause-ended")}};
    QVERIFY2(DeadlineService(db()).recompute(admin, id, cause, &change, &error), qPrintable(error));
    QVERIFY(transaction.commit());
    QVERIFY(change);
    QCOMPARE(show(change->oldDue), QStringLiteral("2026-03-06 16:30"));
    QCOMPARE(show(change->newDue), QStringLiteral("2026-03-04 10:00")); // + 2 h paused
    QCOMPARE(dueOf(id), QStringLiteral("2026-03-04 10:00"));
    const QList<EventRecord> events = recomputedEvents(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].details.value(QStringLiteral("cause")).toString(),
             QStringLiteral("pause-ended"));

    // The explanation of that deadline names the pause.
    const std::optional<DeadlineResult> result = DeadlineService(db()).compute(id, &error);
    QVERIFY(result);
    QCOMPARE(show(result->due), QStringLiteral("2026-03-04 10:00"));
    QCOMPARE(result->steps.size(), 1);
    QCOMPARE(result->steps[0].kind, DeadlineStep::Kind::Pause);
    QCOMPARE(result->steps[0].workingSeconds, 2 * 3600);
    QVERIFY(!DeadlineService(db()).compute(999999, &error));
    QCOMPARE(error, QStringLiteral("The dossier no longer exists."));
}

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "tst_calendarstore.moc"
