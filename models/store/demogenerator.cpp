#include "store/demogenerator.h"

#include "db/bulkstatement.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "domain/demopeople.h"
#include "domain/dossier.h"
#include "domain/officesettings.h"
#include "domain/text.h"
#include "domain/workingtime.h"
#include "store/calendarstore.h"
#include "store/eventlog.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include <cmath>
#include <future>

namespace motcua {

namespace {

constexpr qint64 WorkingDay = 8 * 3600;
constexpr int BatchSize = 25000;

// How often each procedure is asked for, relative to the others (a commune's counter:
// certifications and civil status dominate).
int weightOf(const Procedure &procedure)
{
    static const QHash<QString, int> byCode = {
        {QStringLiteral("2.000815"), 300}, {QStringLiteral("2.000884"), 120},
        {QStringLiteral("1.001193"), 90},  {QStringLiteral("1.004873"), 60},
        {QStringLiteral("2.000635"), 50},  {QStringLiteral("1.000894"), 30},
        {QStringLiteral("1.000656"), 25},  {QStringLiteral("1.004222"), 40},
        {QStringLiteral("1.004194"), 45},  {QStringLiteral("2.001035"), 35},
        {QStringLiteral("1.001612"), 20},  {QStringLiteral("2.000720"), 15},
    };
    return byCode.value(procedure.code, 8);
}

struct ProcedureInfo
{
    Procedure procedure;
    int weight = 1;
    QByteArray unit;
    QByteArray codeUtf8;
};

struct Plan
{
    qint64 id = 0;
    qint64 procedureId = 0;
    QByteArray code, name, key, idNumber, birth, phone, address, channel, status, resultKind,
        receiver, unit, returnMethod;
    double amount = 0;
    int cutoff = 0;
    qint64 received = 0, due = 0, paused = 0, finished = 0, returned = 0;
    qint64 pauseStart = 0, pauseEnd = 0; // pauseEnd 0: still paused
    int bookSequence = 0;
    const ProcedureInfo *info = nullptr;
};

struct Chunk
{
    QVector<Plan> plans;
    QList<PreparedEvent> events;
};

class JsonObjectWriter
{
public:
    JsonObjectWriter &add(const char *key, const QString &value)
    {
        begin(key);
        EventLog::appendJsonString(m_out, value);
        return *this;
    }
    JsonObjectWriter &add(const char *key, bool value)
    {
        begin(key);
        m_out.append(value ? "true" : "false");
        return *this;
    }
    JsonObjectWriter &add(const char *key, const QStringList &values)
    {
        begin(key);
        m_out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(',');
            EventLog::appendJsonString(m_out, values.at(i));
        }
        m_out.append(']');
        return *this;
    }
    // Keys must be added in sorted order, as QJsonDocument writes them.
    QString text() const { return QString::fromUtf8(m_out + '}'); }

private:
    void begin(const char *key)
    {
        m_out.append(m_out.size() == 1 ? "\"" : ",\"").append(key).append("\":");
    }
    QByteArray m_out = QByteArrayLiteral("{");
};

// Makes the dossiers, in reception order, a chunk at a time (on a worker thread while the
// previous chunk is written).
class Builder
{
public:
    Builder(const WorkCalendar &calendar, const QMap<QString, QString> &settings,
            QVector<ProcedureInfo> procedures, const DemoGenerator::Options &options,
            qint64 firstId, int firstBook, QHash<QString, int> sequences, const Actor &actor,
            qint64 firstEventId)
        : m_calendar(calendar)
        , m_calculator(m_calendar, OfficeSettings::cutoffTime(settings), Clock::officeZone())
        , m_people(options.seed)
        , m_procedures(std::move(procedures))
        , m_now(options.now.toSecsSinceEpoch())
        , m_nextId(firstId)
        , m_book(firstBook)
        , m_sequences(std::move(sequences))
        , m_officeCode(settings.value(QStringLiteral("office.code")))
        , m_counter(settings.value(QStringLiteral("office.name")))
        , m_offset(Clock::officeZone().offsetFromUtc(options.now))
        , m_table(m_calendar, Clock::local(options.now).date().addYears(-options.years - 1),
                  Clock::local(options.now).date().addYears(1), m_offset)
        , m_actor(actor)
        , m_nextEventId(firstEventId)
    {
        for (const ProcedureInfo &info : m_procedures)
            m_totalWeight += info.weight;
        for (const WorkSession &session : calendar.rules().sessions)
            m_sessions.append({session.start.msecsSinceStartOfDay() / 1000,
                               session.end.msecsSinceStartOfDay() / 1000});
        planDays(options);
    }

    const QHash<QString, int> &sequences() const { return m_sequences; }
    int lastBook() const { return m_book; }

    Chunk next(int size)
    {
        Chunk chunk;
        chunk.plans.reserve(size);
        chunk.events.reserve(size * 5);
        while (chunk.plans.size() < size && m_day < m_days.size()) {
            const Day &day = m_days.at(m_day);
            if (m_inDay == 0)
                m_times = timesOf(day);
            if (m_inDay < m_times.size()) {
                makeDossier(day, m_times.at(m_inDay), chunk);
                ++m_inDay;
            }
            if (m_inDay >= m_times.size()) {
                ++m_day;
                m_inDay = 0;
            }
        }
        return chunk;
    }

private:
    struct Day
    {
        QDate date;
        qint64 midnight = 0;
        int count = 0;
    };
    struct Span
    {
        int start = 0;
        int end = 0;
    };

    void planDays(const DemoGenerator::Options &options)
    {
        const QDateTime now = Clock::local(options.now);
        const QDate last = now.date();
        const QDate first = last.addYears(-options.years);
        QVector<Day> days;
        QVector<double> weights;
        const double span = double(first.daysTo(last));
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            if (!m_calendar.isWorkingDay(d))
                continue;
            Day day;
            day.date = d;
            day.midnight = QDateTime(d, QTime(0, 0), Clock::officeZone()).toSecsSinceEpoch();
            if (d == last) {
                // Today only up to now: the share of today's office hours already past.
                const int secondsNow = now.time().msecsSinceStartOfDay() / 1000;
                int total = 0, past = 0;
                for (const Span &s : m_sessions) {
                    total += s.end - s.start;
                    past += qBound(0, secondsNow - s.start, s.end - s.start);
                }
                if (past == 0)
                    continue;
                m_todayShare = double(past) / total;
                m_todayLimit = secondsNow;
            }
            days.append(day);
            // More dossiers in recent years, and a busy and a quiet day now and then.
            const double growth = 0.7 + 0.6 * double(first.daysTo(d)) / qMax(1.0, span);
            double weight = growth * (0.75 + 0.5 * m_people.uniform());
            if (d == last)
                weight *= m_todayShare;
            weights.append(weight);
        }
        double sum = 0;
        for (double w : weights)
            sum += w;
        double cumulative = 0;
        qint64 assigned = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            cumulative += weights.at(i);
            const qint64 target
                = sum > 0 ? qint64(std::llround(cumulative / sum * double(options.count))) : 0;
            days[i].count = int(target - assigned);
            assigned = target;
        }
        m_days = days;
    }

    // Reception instants of one day (seconds since midnight), in order, inside office hours.
    QVector<int> timesOf(const Day &day)
    {
        QVector<int> times;
        times.reserve(day.count);
        int total = 0;
        for (const Span &s : m_sessions)
            total += s.end - s.start;
        const bool today = m_day == m_days.size() - 1 && m_todayLimit > 0;
        for (int i = 0; i < day.count; ++i) {
            int offset = m_people.below(qMax(1, today ? int(total * m_todayShare) : total));
            for (const Span &s : m_sessions) {
                if (offset < s.end - s.start) {
                    times.append((s.start + offset) / 60 * 60);
                    break;
                }
                offset -= s.end - s.start;
            }
        }
        std::sort(times.begin(), times.end());
        return times;
    }

    const ProcedureInfo &pickProcedure()
    {
        int r = m_people.below(m_totalWeight);
        for (const ProcedureInfo &info : m_procedures) {
            if (r < info.weight)
                return info;
            r -= info.weight;
        }
        return m_procedures.first();
    }

    QString iso(qint64 seconds) const
    {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, m_offset)
            .toString(Qt::ISODate);
    }

    QDateTime at(qint64 seconds) const { return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC); }

    // Times of the steps (not deadlines, which the calculator computes) from the per-day table.
    qint64 addWorking(qint64 from, qint64 seconds) const
    {
        const qint64 fast = m_table.after(from, seconds);
        if (fast >= 0)
            return fast;
        const QDateTime t = m_calculator.addWorkingSeconds(at(from), qMax<qint64>(0, seconds));
        return t.isValid() ? t.toSecsSinceEpoch() : from;
    }

    qint64 workingBetween(qint64 from, qint64 to) const { return m_table.between(from, to); }

    void event(Chunk &chunk, const Plan &plan, qint64 when, const char *kind, const char *from,
               const char *to, const QString &details)
    {
        if (when > m_now)
            return;
        PreparedEvent e;
        e.dossierId = plan.id;
        e.occurredAt = when;
        e.recordedAt = when;
        e.kind = QString::fromLatin1(kind);
        e.fromStatus = QString::fromLatin1(from);
        e.toStatus = QString::fromLatin1(to);
        e.detailsText = details;
        EventLog::prepare(m_actor, e, m_nextEventId++);
        chunk.events.append(std::move(e));
    }

    void makeDossier(const Day &day, int secondOfDay, Chunk &chunk)
    {
        const ProcedureInfo &info = pickProcedure();
        Plan plan;
        plan.info = &info;
        plan.id = m_nextId++;
        plan.procedureId = info.procedure.id;
        plan.received = day.midnight + secondOfDay;
        const QString dayKey = day.date.toString(QStringLiteral("yyMMdd"));
        const int sequence = ++m_sequences[dayKey];
        plan.code = QStringLiteral("%1-%2-%3")
                        .arg(m_officeCode, dayKey)
                        .arg(sequence, 4, 10, QLatin1Char('0'))
                        .toUtf8();
        plan.bookSequence = ++m_book;

        const DemoPeople::Person person = m_people.person(day.date);
        plan.name = person.name.toUtf8();
        plan.key = Text::searchKey(person.name).toUtf8();
        plan.idNumber = person.idNumber.toUtf8();
        plan.birth = person.birthDate.toString(Qt::ISODate).toUtf8();
        plan.phone = person.phone.toUtf8();
        plan.address = person.address.toUtf8();

        // Online grows from 5 % ten years ago to about 35 % now; the post stays small.
        const double age = double(m_now - plan.received) / (365.25 * 86400);
        const double online = qBound(0.05, 0.35 - age * 0.03, 0.35);
        const double draw = m_people.uniform();
        plan.channel = draw < online ? "online" : draw < online + 0.04 ? "postal" : "direct";
        plan.returnMethod = plan.channel == "postal" && m_people.below(2) == 0 ? "post" : "counter";
        plan.unit = info.unit;
        plan.amount = info.procedure.rule.amount;
        plan.cutoff = info.procedure.rule.cutoff ? 1 : 0;
        plan.receiver
            = m_people
                  .clerkName(int((m_now - plan.received) / (2 * 365 * 86400)) + m_people.below(2))
                  .toUtf8();

        const DeadlineResult deadline
            = m_calculator.compute(at(plan.received), info.procedure.rule);
        qint64 due = deadline.isValid() ? deadline.due.toSecsSinceEpoch() : plan.received + 86400;
        const qint64 originalDue = due;
        const qint64 budget = qMax<qint64>(
            3600,
            deadline.isValid() ? workingBetween(deadline.countingStart.toSecsSinceEpoch(), due)
                               : WorkingDay);
        const qint64 start
            = deadline.isValid() ? deadline.countingStart.toSecsSinceEpoch() : plan.received;
        // Handed to the deciding office soon after reception, well within the time budget.
        const qint64 transferAt = addWorking(
            plan.received,
            300 + m_people.below(int(qBound(qint64(600), budget / 4, qint64(3 * 3600)))));

        // The life of the dossier, as it would have been recorded.
        const bool withdraws = m_people.below(100) == 0;
        const bool pauses = !withdraws && info.procedure.rule.unit == DeadlineRule::Unit::Days
            && m_people.below(100) < 6;
        const bool late = m_people.below(100) < 7;
        const bool refusal = m_people.below(100) < 2;
        const bool stuck = m_people.below(25000) == 0; // forgotten: still open years later

        if (pauses) {
            plan.pauseStart = addWorking(start, budget / 4);
            plan.pauseEnd
                = plan.pauseStart + (1 + m_people.below(6)) * 86400 + m_people.below(4 * 3600);
            const DeadlineResult pushed
                = m_calculator.compute(at(plan.received), info.procedure.rule,
                                       {Pause {at(plan.pauseStart), at(plan.pauseEnd), QString()}});
            if (pushed.isValid())
                due = pushed.due.toSecsSinceEpoch();
        }
        qint64 finish = 0;
        if (withdraws)
            finish = addWorking(start, qint64(double(budget) * (0.1 + 0.5 * m_people.uniform())));
        else if (late)
            finish = addWorking(due, 1800 + m_people.below(int(4 * WorkingDay)));
        else
            finish = addWorking(plan.received,
                                qint64(double(workingBetween(plan.received, due))
                                       * (0.3 + 0.7 * m_people.uniform())));
        finish = qMax(finish, transferAt + 60);
        if (plan.pauseEnd != 0)
            finish = qMax(finish, plan.pauseEnd + 3600);
        if (stuck)
            finish = m_now + 86400;

        const QString counter = m_counter;
        const QString office
            = info.procedure.decidingOffice.isEmpty() ? counter : info.procedure.decidingOffice;
        const QString clerk = QString::fromUtf8(plan.receiver);
        const QString officer = QStringLiteral("Cán bộ %1").arg(office);

        event(chunk, plan, plan.received, "received", "", "received",
              JsonObjectWriter()
                  .add("channel", QString::fromLatin1(plan.channel))
                  .add("code", QString::fromUtf8(plan.code))
                  .add("documents",
                       info.procedure.documents.isEmpty() ? QStringList() : documentNames(info))
                  .add("due", iso(originalDue))
                  .add("procedure", info.procedure.code)
                  .text());
        const char *status = "received";
        if (transferAt <= m_now && !withdraws) {
            event(chunk, plan, transferAt, "transferred", "received", "processing",
                  JsonObjectWriter()
                      .add("fromOffice", counter)
                      .add("giver", clerk)
                      .add("office", office)
                      .add("receiver", officer)
                      .text());
            status = "processing";
        }
        plan.due = due;
        if (plan.pauseStart != 0 && plan.pauseStart <= m_now) {
            event(chunk, plan, plan.pauseStart, "documents-requested", "processing",
                  "awaiting_documents",
                  JsonObjectWriter()
                      .add("items",
                           QStringList {QStringLiteral("Bản sao giấy tờ chứng minh nơi cư trú")})
                      .add("reason", QStringLiteral("Thiếu giấy tờ chứng minh"))
                      .text());
            status = "awaiting_documents";
            if (plan.pauseEnd <= m_now) {
                event(chunk, plan, plan.pauseEnd, "documents-received", "awaiting_documents",
                      "processing",
                      JsonObjectWriter()
                          .add("newDue", iso(due))
                          .add("oldDue", iso(originalDue))
                          .add("pausedFrom", iso(plan.pauseStart))
                          .text());
                status = "processing";
            } else {
                // Still waiting: the deadline moves only when the documents arrive.
                plan.paused = plan.pauseStart;
                plan.pauseEnd = 0;
                plan.due = originalDue;
            }
        } else if (plan.pauseStart != 0) {
            // The request had not happened yet.
            plan.pauseStart = plan.pauseEnd = 0;
            plan.due = originalDue;
        }

        if (finish <= m_now && plan.paused == 0) {
            plan.finished = finish;
            if (withdraws) {
                event(chunk, plan, finish, "withdrawn", status, "withdrawn",
                      JsonObjectWriter()
                          .add("originalsTakenBack", true)
                          .add("reason", QStringLiteral("Công dân xin rút hồ sơ"))
                          .text());
                status = "withdrawn";
            } else {
                plan.resultKind = refusal ? "refused" : "approved";
                JsonObjectWriter details;
                details.add("fromOffice", office).add("giver", officer).add("office", counter);
                if (refusal)
                    details.add("reason", QStringLiteral("Không đủ điều kiện theo quy định"));
                details.add("receiver", clerk)
                    .add("resultKind", QString::fromLatin1(plan.resultKind));
                const char *target = refusal ? "refused" : "result_ready";
                event(chunk, plan, finish, refusal ? "refusal-recorded" : "result-recorded", status,
                      target, details.text());
                status = target;
                // Most collect within days; a few after weeks; some never.
                const int r = m_people.below(1000);
                // In office hours: within a week of working time mostly, weeks later for a few.
                const qint64 wait = r < 960 ? m_people.below(int(6 * WorkingDay))
                    : r < 999               ? (7 + m_people.below(30)) * WorkingDay
                                            : -1;
                const qint64 collected = wait >= 0 ? addWorking(finish, 1800 + wait) : 0;
                if (wait >= 0 && collected <= m_now) {
                    plan.returned = collected;
                    const bool post = plan.returnMethod == "post";
                    JsonObjectWriter returned;
                    returned.add("collector", person.name);
                    if (!post)
                        returned.add("collectorId", person.idNumber)
                            .add("collectorRole", QStringLiteral("applicant"));
                    returned.add("giver", clerk)
                        .add("method", QString::fromLatin1(plan.returnMethod))
                        .add("originalsTakenBack", false)
                        .add("receiptHandedBack", true);
                    if (post)
                        returned.add(
                            "trackingNumber",
                            QStringLiteral("EB%1VN").arg(plan.id, 9, 10, QLatin1Char('0')));
                    event(chunk, plan, plan.returned, "returned", status, "returned",
                          returned.text());
                    status = "returned";
                }
            }
        }
        plan.status = status;
        chunk.plans.append(std::move(plan));
    }

    static QStringList documentNames(const ProcedureInfo &info)
    {
        QStringList names;
        for (const RequiredDocument &document : info.procedure.documents)
            names.append(document.name);
        return names;
    }

    WorkCalendar m_calendar;
    DeadlineCalculator m_calculator;
    DemoPeople m_people;
    QVector<ProcedureInfo> m_procedures;
    int m_totalWeight = 0;
    qint64 m_now = 0;
    qint64 m_nextId = 1;
    int m_book = 0;
    QHash<QString, int> m_sequences;
    QString m_officeCode;
    QString m_counter;
    int m_offset = 0;
    WorkingTimeTable m_table;
    Actor m_actor;
    qint64 m_nextEventId = 1;
    QVector<Span> m_sessions;
    QVector<Day> m_days;
    double m_todayShare = 1;
    int m_todayLimit = 0;
    qsizetype m_day = 0;
    qsizetype m_inDay = 0;
    QVector<int> m_times;
};

} // namespace

DemoGenerator::DemoGenerator(const QSqlDatabase &db)
    : m_db(db)
{ }

bool DemoGenerator::isTraining(const QSqlDatabase &db)
{
    return SettingsStore(db).value(trainingKey()) == QLatin1String("1");
}

bool DemoGenerator::run(const Actor &actor, const Options &given, Result *result, QString *error,
                        const std::function<void(qint64, qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Options options = given;
    if (!options.now.isValid())
        options.now = Clock::now();
    if (options.count <= 0) {
        *error = tr("The number of dossiers must be positive.");
        return false;
    }
    QSqlQuery query(m_db);
    qint64 existing = 0;
    qint64 lastId = 0;
    if (query.exec(QStringLiteral("SELECT count(*), COALESCE(MAX(id), 0) FROM dossiers"))
        && query.next()) {
        existing = query.value(0).toLongLong();
        lastId = query.value(1).toLongLong();
    }
    query.finish();
    if (existing > 0 && !isTraining(m_db)) {
        *error = tr("This database holds %1 real dossiers: demo dossiers are generated only into "
                    "an empty "
                    "database or a training database. Use a new file (--database PATH).")
                     .arg(existing);
        return false;
    }

    SettingsStore settingsStore(m_db);
    const QMap<QString, QString> defaults = {
        {QStringLiteral("office.code"), QStringLiteral("000.00.19.H99")},
        {QStringLiteral("office.name"), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa")},
        {QStringLiteral("office.parent"), QStringLiteral("UBND xã Tân Hòa")},
        {QStringLiteral("office.place"), QStringLiteral("Tân Hòa")},
    };
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (settingsStore.value(it.key()).isEmpty()
            && !settingsStore.setValue(it.key(), it.value(), error))
            return false;
    }
    if (!settingsStore.setValue(trainingKey(), QStringLiteral("1"), error))
        return false;
    const QMap<QString, QString> settings = OfficeSettings::withDefaults(settingsStore.all());

    QVector<ProcedureInfo> procedures;
    for (const Procedure &procedure : ProcedureStore(m_db).list(QString(), false)) {
        ProcedureInfo info;
        info.procedure = procedure;
        info.weight = weightOf(procedure);
        info.unit = Dossiers::unitKey(procedure.rule.unit).toUtf8();
        info.codeUtf8 = procedure.code.toUtf8();
        procedures.append(info);
    }
    if (procedures.isEmpty()) {
        *error = tr("The procedure catalogue is empty: import procedures first.");
        return false;
    }

    // Codes and register numbers continue where the database stands.
    QHash<QString, int> sequences;
    const QString officeCode = settings.value(QStringLiteral("office.code"));
    query.prepare(
        QStringLiteral("SELECT day, last_value FROM code_sequences WHERE office_code = ?"));
    query.addBindValue(officeCode);
    if (query.exec()) {
        while (query.next())
            sequences.insert(query.value(0).toString(), query.value(1).toInt());
    }
    const QString book = settings.value(QStringLiteral("office.receipt_book"));
    query.prepare(QStringLiteral(
        "SELECT last_value FROM code_sequences WHERE office_code = '#book' AND day = ?"));
    query.addBindValue(book);
    const int firstBook = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();

    if (options.fast) {
        BulkStatement::exec(m_db, "PRAGMA synchronous = OFF");
        BulkStatement::exec(m_db, "PRAGMA cache_size = -262144");
        // Worker threads for the sorts of CREATE INDEX at the end.
        BulkStatement::exec(m_db, "PRAGMA threads = 2");
    }
    const auto restore = qScopeGuard([this, &options] {
        if (options.fast) {
            BulkStatement::exec(m_db, "PRAGMA synchronous = FULL");
            BulkStatement::exec(m_db, "PRAGMA cache_size = -2000");
        }
    });

    // Into an empty table, the secondary indexes, the name index and the count triggers are
    // built once at the end (a sort) instead of row by row: several times faster, and the
    // result is the same schema, from the definitions saved here.
    QStringList deferred;
    if (existing == 0 && options.count >= 20000) {
        query.exec(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('dossiers', 'events') "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL "
            "AND name NOT LIKE 'events_refuse_%'"));
        QStringList drops;
        while (query.next()) {
            deferred << query.value(2).toString();
            drops << QStringLiteral("DROP %1 %2")
                         .arg(query.value(0).toString().toUpper(), query.value(1).toString());
        }
        query.finish();
        WriteTransaction transaction(m_db);
        for (const QString &drop : std::as_const(drops)) {
            if (!query.exec(drop)) {
                *error = query.lastError().text();
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
    }

    // The schema comes back whatever happens: after a failure too, so that a half-filled
    // training database still has its indexes, name index and counts.
    bool schemaRestored = deferred.isEmpty();
    const auto restoreSchema = [this, &deferred, &schemaRestored](QString *problem) {
        if (schemaRestored)
            return true;
        schemaRestored = true;
        const QStringList rebuild = {
            QStringLiteral("INSERT INTO dossier_names (dossier_names) VALUES ('rebuild')"),
            QStringLiteral("DELETE FROM dossier_status_counts"),
            QStringLiteral("INSERT INTO dossier_status_counts (status, n) SELECT status, count(*) "
                           "FROM dossiers "
                           "GROUP BY status"),
        };
        WriteTransaction transaction(m_db);
        QSqlQuery statement(m_db);
        for (const QString &sql : deferred + rebuild) {
            if (!statement.exec(sql)) {
                *problem = statement.lastError().text();
                return false;
            }
        }
        if (!transaction.commit()) {
            *problem = transaction.errorText();
            return false;
        }
        return true;
    };
    const auto schemaGuard = qScopeGuard([&restoreSchema] {
        QString ignored;
        restoreSchema(&ignored);
    });

    Builder builder(CalendarStore(m_db).calendar(), settings, procedures, options, lastId + 1,
                    firstBook, sequences, actor, EventLog(m_db).lastId() + 1);
    const QByteArray bookUtf8 = book.toUtf8();
    qint64 written = 0;
    qint64 events = 0;
    std::future<void> disposal;
    std::future<Chunk> pending
        = std::async(std::launch::async, [&builder] { return builder.next(BatchSize); });
    while (true) {
        Chunk chunk = pending.get();
        if (chunk.plans.isEmpty())
            break;
        pending = std::async(std::launch::async, [&builder] { return builder.next(BatchSize); });

        WriteTransaction transaction(m_db);
        if (!transaction.isActive()) {
            pending.wait();
            *error = transaction.errorText();
            return false;
        }
        BulkStatement dossier(m_db,
                              "INSERT INTO dossiers (id, code, procedure_id, status, channel, "
                              "applicant_kind, applicant_name, "
                              "applicant_key, applicant_id, applicant_birth, applicant_phone, "
                              "applicant_address, return_method, "
                              "rule_unit, rule_amount, rule_cutoff, received_at, due_at, "
                              "paused_at, finished_at, returned_at, "
                              "result_kind, receiver_name, book_number, book_seq) "
                              "VALUES (?, ?, ?, ?, ?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?)");
        BulkStatement document(
            m_db,
            "INSERT INTO dossier_documents (dossier_id, position, name, originals, copies) "
            "VALUES (?, ?, ?, ?, ?)");
        BulkStatement pause(
            m_db,
            "INSERT INTO dossier_pauses (dossier_id, kind, started_at, ended_at, reason) "
            "VALUES (?, 'documents', ?, ?, 'Thiếu giấy tờ chứng minh')");
        if (!dossier.isValid() || !document.isValid() || !pause.isValid()) {
            pending.wait();
            *error = dossier.errorText() + document.errorText() + pause.errorText();
            return false;
        }
        const auto optional = [](BulkStatement &statement, int index, qint64 value) {
            if (value != 0)
                statement.bind(index, value);
            else
                statement.bindNull(index);
        };
        QByteArray amount;

        for (const Plan &plan : std::as_const(chunk.plans)) {
            dossier.bind(1, plan.id);
            dossier.bindStatic(2, plan.code);
            dossier.bind(3, plan.procedureId);
            dossier.bindStatic(4, plan.status);
            dossier.bindStatic(5, plan.channel);
            dossier.bindStatic(6, plan.name);
            dossier.bindStatic(7, plan.key);
            dossier.bindStatic(8, plan.idNumber);
            dossier.bindStatic(9, plan.birth);
            dossier.bindStatic(10, plan.phone);
            dossier.bindStatic(11, plan.address);
            dossier.bindStatic(12, plan.returnMethod);
            dossier.bindStatic(13, plan.unit);
            amount = QByteArray::number(plan.amount);
            dossier.bind(14, amount);
            dossier.bind(15, plan.cutoff);
            dossier.bind(16, plan.received);
            dossier.bind(17, plan.due);
            optional(dossier, 18, plan.paused);
            optional(dossier, 19, plan.finished);
            optional(dossier, 20, plan.returned);
            if (plan.resultKind.isEmpty())
                dossier.bindNull(21);
            else
                dossier.bind(21, plan.resultKind);
            dossier.bindStatic(22, plan.receiver);
            dossier.bind(23, bookUtf8);
            dossier.bind(24, plan.bookSequence);
            if (!dossier.run()) {
                pending.wait();
                *error = dossier.errorText();
                return false;
            }
            int position = 0;
            for (const RequiredDocument &required : plan.info->procedure.documents) {
                document.bind(1, plan.id);
                document.bind(2, ++position);
                document.bind(3, required.name.toUtf8());
                document.bind(4, required.originals);
                document.bind(5, required.copies);
                if (!document.run()) {
                    pending.wait();
                    *error = document.errorText();
                    return false;
                }
            }
            if (plan.pauseStart != 0) {
                pause.bind(1, plan.id);
                pause.bind(2, plan.pauseStart);
                optional(pause, 3, plan.pauseEnd);
                if (!pause.run()) {
                    pending.wait();
                    *error = pause.errorText();
                    return false;
                }
            }
        }
        if (!EventLog(m_db).appendBatch(actor, chunk.events, error)) {
            pending.wait();
            return false;
        }
        if (!transaction.commit()) {
            pending.wait();
            *error = transaction.errorText();
            return false;
        }
        written += chunk.plans.size();
        events += chunk.events.size();
        // Millions of small buffers made on the builder's thread are freed off this one.
        disposal = std::async(std::launch::async,
                              [spent = std::move(chunk)]() mutable { spent = Chunk(); });
        if (progress)
            progress(written, options.count);
    }

    if (!restoreSchema(error))
        return false;

    // Receptions after the demo continue the numbering.
    WriteTransaction transaction(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO code_sequences (office_code, day, last_value) VALUES (?, ?, ?) "
        "ON CONFLICT (office_code, day) DO UPDATE SET last_value = excluded.last_value"));
    const QHash<QString, int> &finalSequences = builder.sequences();
    for (auto it = finalSequences.begin(); it != finalSequences.end(); ++it) {
        query.addBindValue(officeCode);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    query.addBindValue(QStringLiteral("#book"));
    query.addBindValue(book);
    query.addBindValue(builder.lastBook());
    if (!query.exec() || !transaction.commit()) {
        *error = query.lastError().text() + transaction.errorText();
        return false;
    }
    // Statistics for the query planner, from a sample (a full ANALYZE reads every index).
    BulkStatement::exec(m_db, "PRAGMA analysis_limit = 1000");
    BulkStatement::exec(m_db, "ANALYZE");
    if (result) {
        result->dossiers = written;
        result->events = events;
        result->seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return true;
}

} // namespace motcua
