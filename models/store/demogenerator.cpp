#include "store/demogenerator.h"

#include "db/sqldialect.h"
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
#include "store/dossieraudit.h"
#include "store/eventlog.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QVector>

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <future>
#include <memory>
#include <optional>
#include <vector>

#include <sqlite3.h>

namespace motcua {

namespace {

constexpr qint64 WorkingDay = 8 * 3600;
constexpr int BatchSize = 25000;
constexpr int RowsPerStatement = 64;

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

qint64 threadCpuNanoseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Wall and CPU time of each phase (the CPU time of the thread that marks it), printed to stderr
// at the end when MOTCUA_DEMO_TIMING is set, to see where the time goes on a shared machine.
class PhaseTimes
{
public:
    PhaseTimes()
        : m_enabled(qEnvironmentVariableIsSet("MOTCUA_DEMO_TIMING"))
    {
        m_clock.start();
        m_lastCpu = threadCpuNanoseconds();
    }
    ~PhaseTimes() { print(); }
    // Adds the time since the previous mark on this (the writing) thread to `phase`.
    void mark(const char *phase)
    {
        if (!m_enabled)
            return;
        const qint64 wall = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNanoseconds();
        add(phase, wall - m_last, cpu - m_lastCpu);
        m_last = wall;
        m_lastCpu = cpu;
    }
    void add(const char *phase, qint64 wall, qint64 cpu)
    {
        if (!m_enabled)
            return;
        for (Phase &entry : m_phases) {
            if (qstrcmp(entry.name, phase) == 0) {
                entry.wall += wall;
                entry.cpu += cpu;
                return;
            }
        }
        m_phases.push_back({phase, wall, cpu});
    }
    void print()
    {
        if (!m_enabled || m_phases.empty())
            return;
        std::fprintf(stderr, "demo phase %-34s %9s %9s\n", "", "wall s", "cpu s");
        for (const Phase &entry : m_phases)
            std::fprintf(stderr, "demo phase %-34s %9.2f %9.2f\n", entry.name,
                         double(entry.wall) / 1e9, double(entry.cpu) / 1e9);
        std::fprintf(stderr, "demo phase %-34s %9.2f\n", "(total)",
                     double(m_clock.nsecsElapsed()) / 1e9);
        m_phases.clear();
    }

private:
    struct Phase
    {
        const char *name;
        qint64 wall;
        qint64 cpu;
    };
    bool m_enabled;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    std::vector<Phase> m_phases;
};

struct ProcedureInfo
{
    Procedure procedure;
    int weight = 1;
    QByteArray unit;
    QByteArray codeUtf8;
    // In UTF-8, made once: the documents' names (and as a JSON array), the deciding office and
    // its officer.
    std::vector<QByteArray> documents;
    QByteArray documentsJson;
    QByteArray office;
    QByteArray officer;
};

// A text of a chunk: a slice of Chunk::texts.
struct Slice
{
    qsizetype offset = 0;
    qsizetype size = 0;
};

struct Plan
{
    qint64 id = 0;
    qint64 procedureId = 0;
    Slice code, name, key, idNumber, birth, phone, address;
    const char *channel = "";
    const char *status = "";
    const char *resultKind = nullptr; // nullptr: NULL
    const char *returnMethod = "";
    const QByteArray *receiver = nullptr;
    double amount = 0;
    int cutoff = 0;
    qint64 received = 0, due = 0, paused = 0, finished = 0, returned = 0;
    qint64 pauseStart = 0, pauseEnd = 0; // pauseEnd 0: still paused
    int bookSequence = 0;
    const ProcedureInfo *info = nullptr;
};

struct Chunk
{
    std::vector<Plan> plans;
    QByteArray texts; // the dossiers' texts, UTF-8, one after the other
    std::optional<EventBatch> events;

    QByteArrayView text(Slice slice) const
    {
        return QByteArrayView(texts.constData() + slice.offset, slice.size);
    }
};

// The compact JSON text of an object, in UTF-8, into a reused buffer.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out.resize(0); // keeps the capacity
        m_out.append('{');
    }
    // A JSON string from UTF-8.
    JsonObjectWriter &add(const char *key, QByteArrayView utf8)
    {
        begin(key);
        EventLog::appendJsonString(m_out, utf8);
        return *this;
    }
    JsonObjectWriter &addBool(const char *key, bool value)
    {
        begin(key);
        m_out.append(value ? "true" : "false");
        return *this;
    }
    // A value already in JSON.
    JsonObjectWriter &addJson(const char *key, QByteArrayView json)
    {
        begin(key);
        m_out.append(json);
        return *this;
    }
    // Keys must be added in sorted order, as QJsonDocument writes them.
    QByteArrayView text()
    {
        if (!m_closed) {
            m_out.append('}');
            m_closed = true;
        }
        return m_out;
    }

private:
    void begin(const char *key)
    {
        m_out.append(m_out.size() == 1 ? "\"" : ",\"").append(key).append("\":");
    }
    QByteArray &m_out;
    bool m_closed = false;
};

// Appends `text` in UTF-8 to `out`; returns where it is.
Slice put(QByteArray &out, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype offset = out.size();
    out.resize(offset + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + offset, text);
    out.resize(end - out.constData());
    return {offset, out.size() - offset};
}

// `value` in decimal, at least `width` digits (zeros in front).
void appendPadded(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    for (qsizetype n = end - digits; n < width; ++n)
        out.append('0');
    out.append(digits, end - digits);
}

// Makes the dossiers, in reception order, a chunk at a time (on a worker thread while the
// previous chunk is written).
class Builder
{
public:
    Builder(const WorkCalendar &calendar, const QMap<QString, QString> &settings,
            QVector<ProcedureInfo> procedures, const DemoGenerator::Options &options,
            qint64 firstId, int firstBook, QHash<QString, int> sequences, const Actor &actor,
            const std::pair<qint64, QByteArray> &lastEvent)
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
        , m_chain(EventBatch(actor, lastEvent.first, lastEvent.second))
    {
        m_officeCodeUtf8 = m_officeCode.toUtf8();
        m_counterUtf8 = m_counter.toUtf8();
        for (int i = 0; i < m_people.clerkCount(); ++i)
            m_clerks.push_back(m_people.clerkName(i).toUtf8());
        for (ProcedureInfo &info : m_procedures) {
            m_totalWeight += info.weight;
            for (const RequiredDocument &document : info.procedure.documents)
                info.documents.push_back(document.name.toUtf8());
            info.documentsJson = "[";
            for (const QByteArray &name : info.documents) {
                if (info.documentsJson.size() > 1)
                    info.documentsJson.append(',');
                EventLog::appendJsonString(info.documentsJson, QByteArrayView(name));
            }
            info.documentsJson.append(']');
            const QString office = info.procedure.decidingOffice.isEmpty()
                ? m_counter
                : info.procedure.decidingOffice;
            info.office = office.toUtf8();
            info.officer = QStringLiteral("Cán bộ %1").arg(office).toUtf8();
        }
        QByteArray json;
        m_documentsRequested
            = JsonObjectWriter(json)
                  .addJson("items",
                           [] {
                               QByteArray items = "[";
                               EventLog::appendJsonString(
                                   items, QStringLiteral("Bản sao giấy tờ chứng minh nơi cư trú"));
                               return items + ']';
                           }())
                  .add("reason", QStringLiteral("Thiếu giấy tờ chứng minh").toUtf8())
                  .text()
                  .toByteArray();
        m_withdrawn = JsonObjectWriter(json)
                          .addBool("originalsTakenBack", true)
                          .add("reason", QStringLiteral("Công dân xin rút hồ sơ").toUtf8())
                          .text()
                          .toByteArray();
        m_refusalReason = QStringLiteral("Không đủ điều kiện theo quy định").toUtf8();
        m_applicantRole = QByteArrayLiteral("applicant");
        // What Qt::ISODate writes after the time for the office's offset ("+07:00").
        m_isoSuffix = QDateTime::fromSecsSinceEpoch(0, Qt::OffsetFromUTC, m_offset)
                          .toString(Qt::ISODate)
                          .mid(19)
                          .toLatin1();
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
        chunk.plans.reserve(size_t(size));
        chunk.texts.reserve(size * 240);
        chunk.events.emplace(m_chain->continuation());
        chunk.events->reserve(size * 5, size * 5 * 200);
        while (qsizetype(chunk.plans.size()) < size && m_day < m_days.size()) {
            const Day &day = m_days.at(m_day);
            if (m_inDay == 0) {
                m_times = timesOf(day);
                // The day's part of the dossier codes, and its sequence.
                m_dayKey = day.date.toString(QStringLiteral("yyMMdd"));
                m_codePrefix = m_officeCodeUtf8 + '-' + m_dayKey.toLatin1() + '-';
                m_daySequence = nullptr;
            }
            if (m_inDay < m_times.size()) {
                makeDossier(day, m_times.at(m_inDay), chunk);
                ++m_inDay;
            }
            if (m_inDay >= m_times.size()) {
                ++m_day;
                m_inDay = 0;
            }
        }
        m_chain = chunk.events->continuation();
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

    // What QDateTime (at the office's offset) writes with Qt::ISODate, as a JSON string.
    QByteArrayView iso(qint64 seconds)
    {
        // Days since 1970-01-01 to the civil date (H. Hinnant's algorithm).
        const qint64 local = seconds + m_offset;
        qint64 days = local / 86400;
        qint64 second = local % 86400;
        if (second < 0) {
            second += 86400;
            --days;
        }
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 day = doy - (153 * mp + 2) / 5 + 1;
        const qint64 month = mp < 10 ? mp + 3 : mp - 9;
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        QByteArray &out = m_iso;
        out.resize(0);
        out.append('"');
        appendPadded(out, year, 4);
        out.append('-');
        appendPadded(out, month, 2);
        out.append('-');
        appendPadded(out, day, 2);
        out.append('T');
        appendPadded(out, second / 3600, 2);
        out.append(':');
        appendPadded(out, second / 60 % 60, 2);
        out.append(':');
        appendPadded(out, second % 60, 2);
        out.append(m_isoSuffix).append('"');
        return out;
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
               const char *to, QByteArrayView details)
    {
        if (when > m_now)
            return;
        chunk.events->append(plan.id, when, when, kind, *from ? from : nullptr, to, details);
    }

    void makeDossier(const Day &day, int secondOfDay, Chunk &chunk)
    {
        const ProcedureInfo &info = pickProcedure();
        Plan plan;
        plan.info = &info;
        plan.id = m_nextId++;
        plan.procedureId = info.procedure.id;
        plan.received = day.midnight + secondOfDay;
        if (!m_daySequence)
            m_daySequence = &m_sequences[m_dayKey]; // valid until the next day's insertion
        const int sequence = ++*m_daySequence;
        plan.code.offset = chunk.texts.size();
        chunk.texts.append(m_codePrefix);
        appendPadded(chunk.texts, sequence, 4);
        plan.code.size = chunk.texts.size() - plan.code.offset;
        plan.bookSequence = ++m_book;

        const DemoPeople::Person person = m_people.person(day.date);
        plan.name = put(chunk.texts, person.name);
        plan.key = put(chunk.texts, Text::searchKey(person.name));
        plan.idNumber = put(chunk.texts, person.idNumber);
        plan.birth.offset = chunk.texts.size();
        appendPadded(chunk.texts, person.birthDate.year(), 4);
        chunk.texts.append('-');
        appendPadded(chunk.texts, person.birthDate.month(), 2);
        chunk.texts.append('-');
        appendPadded(chunk.texts, person.birthDate.day(), 2);
        plan.birth.size = chunk.texts.size() - plan.birth.offset;
        plan.phone = put(chunk.texts, person.phone);
        plan.address = put(chunk.texts, person.address);

        // Online grows from 5 % ten years ago to about 35 % now; the post stays small.
        const double age = double(m_now - plan.received) / (365.25 * 86400);
        const double online = qBound(0.05, 0.35 - age * 0.03, 0.35);
        const double draw = m_people.uniform();
        plan.channel = draw < online ? "online" : draw < online + 0.04 ? "postal" : "direct";
        const bool post = qstrcmp(plan.channel, "postal") == 0 && m_people.below(2) == 0;
        plan.returnMethod = post ? "post" : "counter";
        plan.amount = info.procedure.rule.amount;
        plan.cutoff = info.procedure.rule.cutoff ? 1 : 0;
        plan.receiver = &m_clerks[size_t(
            (int((m_now - plan.received) / (2 * 365 * 86400)) + m_people.below(2))
            % int(m_clerks.size()))];

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

        const QByteArrayView counter = m_counterUtf8;
        const QByteArrayView office = info.office;
        const QByteArrayView clerk = *plan.receiver;
        const QByteArrayView officer = info.officer;

        // As DossierStore records a reception: the applicant's data by their hash.
        static const QByteArrayView none;
        const QByteArray applicant = DossierAudit::applicantHash(
            {"person", chunk.text(plan.name), chunk.text(plan.idNumber), chunk.text(plan.birth),
             chunk.text(plan.phone), chunk.text(plan.address), none, none, none, none, none});
        event(chunk, plan, plan.received, "received", "", "received",
              JsonObjectWriter(m_json)
                  .add("applicant", applicant)
                  .add("channel", plan.channel)
                  .add("code", chunk.text(plan.code))
                  .addJson("documents", info.documentsJson)
                  .addJson("due", iso(originalDue))
                  .add("procedure", info.codeUtf8)
                  .text());
        const char *status = "received";
        if (transferAt <= m_now && !withdraws) {
            event(chunk, plan, transferAt, "transferred", "received", "processing",
                  JsonObjectWriter(m_json)
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
                  "awaiting_documents", m_documentsRequested);
            status = "awaiting_documents";
            if (plan.pauseEnd <= m_now) {
                JsonObjectWriter details(m_json);
                details.addJson("newDue", iso(due));
                details.addJson("oldDue", iso(originalDue));
                details.addJson("pausedFrom", iso(plan.pauseStart));
                event(chunk, plan, plan.pauseEnd, "documents-received", "awaiting_documents",
                      "processing", details.text());
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
                event(chunk, plan, finish, "withdrawn", status, "withdrawn", m_withdrawn);
                status = "withdrawn";
            } else {
                plan.resultKind = refusal ? "refused" : "approved";
                JsonObjectWriter details(m_json);
                details.add("fromOffice", office).add("giver", officer).add("office", counter);
                if (refusal)
                    details.add("reason", m_refusalReason);
                details.add("receiver", clerk).add("resultKind", plan.resultKind);
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
                    JsonObjectWriter returned(m_json);
                    returned.add("collector", chunk.text(plan.name));
                    if (!post)
                        returned.add("collectorId", chunk.text(plan.idNumber))
                            .add("collectorRole", m_applicantRole);
                    returned.add("giver", clerk)
                        .add("method", plan.returnMethod)
                        .addBool("originalsTakenBack", false)
                        .addBool("receiptHandedBack", true);
                    if (post) {
                        QByteArray tracking = "\"EB";
                        appendPadded(tracking, plan.id, 9);
                        returned.addJson("trackingNumber", tracking.append("VN\""));
                    }
                    event(chunk, plan, plan.returned, "returned", status, "returned",
                          returned.text());
                    status = "returned";
                }
            }
        }
        plan.status = status;
        chunk.plans.push_back(plan);
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
    std::optional<EventBatch> m_chain; // the events so far: the next chunk's continue them
    QByteArray m_officeCodeUtf8;
    QByteArray m_counterUtf8;
    std::vector<QByteArray> m_clerks;
    QByteArray m_documentsRequested, m_withdrawn; // details texts that never change
    QByteArray m_refusalReason;
    QByteArray m_applicantRole;
    QByteArray m_isoSuffix;
    QByteArray m_json; // the details being written
    QByteArray m_iso;
    QString m_dayKey; // "yyMMdd" of the day being made
    QByteArray m_codePrefix; // "office-yyMMdd-"
    int *m_daySequence = nullptr; // in m_sequences
    QVector<Span> m_sessions;
    QVector<Day> m_days;
    double m_todayShare = 1;
    int m_todayLimit = 0;
    qsizetype m_day = 0;
    qsizetype m_inDay = 0;
    QVector<int> m_times;
};

// The name index (the FTS5 table dossier_names) of the generated dossiers, made while they are
// written, on another thread and connection, in a temporary database of its own; then its
// tables are copied into the database's by a connection of their own (so that the writing
// connection's FTS5 sees the change, as after another program's write). Instead of a rebuild
// at the end on the writing thread, which reads every dossier again (about 10 s at 2,000,000
// dossiers, against 3 s of inserts here, off that thread).
class NameIndex
{
public:
    NameIndex() = default;
    ~NameIndex() { close(); }
    Q_DISABLE_COPY_MOVE(NameIndex)

    // The index definition as the database has it (CREATE VIRTUAL TABLE ...) and its settings
    // (the rows of dossier_names_config): false when the copy could differ from what the
    // database would build itself.
    bool open(const QString &definition, const QList<QPair<QString, QString>> &config)
    {
        QTemporaryFile file(QDir::temp().filePath(QStringLiteral("motcua-names-XXXXXX.sqlite")));
        if (!file.open())
            return false;
        file.setAutoRemove(false);
        m_path = file.fileName();
        file.close();
        if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr)
                != SQLITE_OK
            || !exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                     "PRAGMA cache_size = -65536")
            || !exec(definition.toUtf8().constData())) {
            close();
            return false;
        }
        sqlite3_stmt *read = nullptr;
        QList<QPair<QString, QString>> own;
        if (sqlite3_prepare_v2(m_db, "SELECT k, v FROM dossier_names_config ORDER BY k", -1, &read,
                               nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(read) == SQLITE_ROW)
                own.append({QString::fromUtf8(
                                reinterpret_cast<const char *>(sqlite3_column_text(read, 0))),
                            QString::fromUtf8(
                                reinterpret_cast<const char *>(sqlite3_column_text(read, 1)))});
        }
        sqlite3_finalize(read);
        if (own != config || !exec("BEGIN")
            || sqlite3_prepare_v3(m_db,
                                  "INSERT INTO dossier_names (rowid, applicant_key) VALUES (?, ?)",
                                  -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
                != SQLITE_OK) {
            close();
            return false;
        }
        return true;
    }
    bool isOpen() const { return m_db != nullptr; }

    // The names of a chunk (on a worker thread, one chunk at a time).
    bool add(const Chunk &chunk)
    {
        for (const Plan &plan : chunk.plans) {
            const QByteArrayView key = chunk.text(plan.key);
            sqlite3_bind_int64(m_insert, 1, plan.id);
            sqlite3_bind_text(m_insert, 2, key.data(), int(key.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc != SQLITE_DONE)
                return false;
        }
        return true;
    }

    // Replaces the name index of `database` (a file with no names indexed yet) by this one.
    bool copyInto(const QString &database, int busyTimeoutMs, QString *error)
    {
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        if (!exec("COMMIT")) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_close(m_db);
        m_db = nullptr;
        sqlite3 *target = nullptr;
        bool ok = sqlite3_open_v2(QFile::encodeName(database).constData(), &target,
                                  SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK;
        if (ok) {
            sqlite3_busy_timeout(target, busyTimeoutMs);
            sqlite3_stmt *attach = nullptr;
            const QByteArray path = QFile::encodeName(m_path);
            ok = sqlite3_prepare_v2(target, "ATTACH ? AS demo_names", -1, &attach, nullptr)
                    == SQLITE_OK
                && sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_STATIC)
                    == SQLITE_OK
                && sqlite3_step(attach) == SQLITE_DONE;
            sqlite3_finalize(attach);
        }
        const char *copy = "PRAGMA synchronous = OFF; BEGIN IMMEDIATE;"
                           "DELETE FROM main.dossier_names_data;"
                           "DELETE FROM main.dossier_names_idx;"
                           "DELETE FROM main.dossier_names_docsize;"
                           "INSERT INTO main.dossier_names_data "
                           "SELECT * FROM demo_names.dossier_names_data;"
                           "INSERT INTO main.dossier_names_idx "
                           "SELECT * FROM demo_names.dossier_names_idx;"
                           "INSERT INTO main.dossier_names_docsize "
                           "SELECT * FROM demo_names.dossier_names_docsize;"
                           "COMMIT;";
        if (ok && sqlite3_exec(target, copy, nullptr, nullptr, nullptr) != SQLITE_OK) {
            ok = false;
            sqlite3_exec(target, "ROLLBACK", nullptr, nullptr, nullptr);
        }
        if (!ok)
            *error = QString::fromUtf8(target ? sqlite3_errmsg(target) : "out of memory");
        sqlite3_close(target);
        close();
        return ok;
    }

private:
    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    void close()
    {
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        sqlite3_close(m_db);
        m_db = nullptr;
        if (!m_path.isEmpty())
            QFile::remove(m_path);
        m_path.clear();
    }

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
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
    PhaseTimes phases;
    Options options = given;
    if (!options.now.isValid())
        options.now = Clock::now();
    if (options.count <= 0) {
        *error = tr("The number of dossiers must be positive.");
        return false;
    }
    if (SqlDialect::of(m_db).isPostgreSQL()) {
        *error = tr("Demo dossiers are generated into a database file: generate them into a "
                    "file, then copy it to the server with motcua migrate --to.");
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

    // Settings of the connection while generating, given back afterwards. Fast: no fsync, the
    // rollback journal in memory instead of the write-ahead log (each page is written once, not
    // to the log and again to the file; a crash meanwhile can damage only this demo data, which
    // is generated again), neither foreign key nor CHECK constraints checked row by row (the
    // rows are made consistent; PRAGMA integrity_check and foreign_key_check, run by motcua
    // check and the tests, verify both afterwards; the CHECKs' IN lists alone cost 1.7 us a
    // dossier), a page cache of 64 MB.
    const auto pragma = [this](const char *name) {
        QSqlQuery read(m_db);
        return read.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && read.next()
            ? read.value(0).toString()
            : QString();
    };
    const QString journal = pragma("journal_mode");
    const QString synchronous = pragma("synchronous");
    const QString foreignKeys = pragma("foreign_keys");
    const QString ignoreChecks = pragma("ignore_check_constraints");
    const QString cacheSize = pragma("cache_size");
    if (options.fast) {
        BulkStatement::exec(m_db, "PRAGMA synchronous = OFF");
        BulkStatement::exec(m_db, "PRAGMA journal_mode = MEMORY");
        BulkStatement::exec(m_db, "PRAGMA foreign_keys = OFF");
        BulkStatement::exec(m_db, "PRAGMA ignore_check_constraints = ON");
        BulkStatement::exec(m_db, "PRAGMA cache_size = -65536");
        // Worker threads for the sorts of CREATE INDEX at the end.
        BulkStatement::exec(m_db, "PRAGMA threads = 2");
    }
    const auto restore = qScopeGuard([&] {
        if (!options.fast)
            return;
        const auto set = [this](const char *name, const QString &value) {
            if (!value.isEmpty())
                BulkStatement::exec(m_db,
                                    QStringLiteral("PRAGMA %1 = %2")
                                        .arg(QLatin1String(name), value)
                                        .toUtf8()
                                        .constData());
        };
        set("journal_mode", journal);
        set("synchronous", synchronous);
        set("foreign_keys", foreignKeys);
        set("ignore_check_constraints", ignoreChecks);
        set("cache_size", cacheSize);
        BulkStatement::exec(m_db, "PRAGMA threads = 0");
    });

    // Into an empty table, the name index, the count triggers and the indexes are built once at
    // the end (a sort) instead of row by row: several times faster, and the result is the same
    // schema, from the definitions saved here. Two indexes whose keys come in increasing order
    // as the rows are made (reception time; dossier then event id) are filled as the rows come:
    // only appended to, they cost less than their sort at the end (1 s less at 2,000,000
    // dossiers); their pages end about 88 % full instead of 99 %.
    QStringList deferred;
    if (existing == 0) {
        query.exec(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('dossiers', 'events') "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL "
            "AND name NOT LIKE 'events_refuse_%' "
            "AND name NOT IN ('dossiers_received', 'events_dossier')"));
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
    const auto restoreSchema = [this, &deferred, &schemaRestored, &phases](QString *problem,
                                                                           bool rebuildNames) {
        if (schemaRestored)
            return true;
        schemaRestored = true;
        QStringList rebuild = {
            QStringLiteral("DELETE FROM dossier_status_counts"),
            QStringLiteral("INSERT INTO dossier_status_counts (status, n) SELECT status, count(*) "
                           "FROM dossiers "
                           "GROUP BY status"),
        };
        if (rebuildNames)
            rebuild.prepend(
                QStringLiteral("INSERT INTO dossier_names (dossier_names) VALUES ('rebuild')"));
        // CREATE INDEX sorts in runs of the page cache's size: runs of 4 MB, sorted in the
        // cache of the processor by the worker threads and merged, are three times faster than
        // one run of 256 MB (2,000,000 keys: 0.7 s against 2.2 s). Given back afterwards.
        const QString cacheSize = [this] {
            QSqlQuery read(m_db);
            return read.exec(QStringLiteral("PRAGMA cache_size")) && read.next()
                ? read.value(0).toString()
                : QString();
        }();
        BulkStatement::exec(m_db, "PRAGMA cache_size = -4096");
        const auto cache = qScopeGuard([this, &cacheSize] {
            if (!cacheSize.isEmpty())
                BulkStatement::exec(
                    m_db,
                    QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize).toUtf8().constData());
        });
        WriteTransaction transaction(m_db);
        QSqlQuery statement(m_db);
        for (const QString &sql : deferred + rebuild) {
            if (!statement.exec(sql)) {
                *problem = statement.lastError().text();
                return false;
            }
            phases.mark(sql.startsWith(QLatin1String("CREATE INDEX"))      ? "end: create indexes"
                            : sql.contains(QLatin1String("dossier_names")) ? "end: name index"
                                                                           : "end: counts");
        }
        if (!transaction.commit()) {
            *problem = transaction.errorText();
            return false;
        }
        phases.mark("end: commit");
        return true;
    };
    const auto schemaGuard = qScopeGuard([&restoreSchema] {
        QString ignored;
        restoreSchema(&ignored, true);
    });

    // The name index is made beside the writing when the database is a file (NameIndex).
    NameIndex names;
    const QString databasePath = m_db.databaseName();
    if (!deferred.isEmpty() && QFileInfo(databasePath).isFile()) {
        QString definition;
        QList<QPair<QString, QString>> config;
        if (query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND "
                                      "name = 'dossier_names'"))
            && query.next())
            definition = query.value(0).toString();
        if (query.exec(QStringLiteral("SELECT k, v FROM dossier_names_config ORDER BY k"))) {
            while (query.next())
                config.append({query.value(0).toString(), query.value(1).toString()});
        }
        query.finish();
        if (!definition.isEmpty())
            names.open(definition, config);
    }

    // The chain of events continues from the last one.
    std::pair<qint64, QByteArray> lastEvent {0, QByteArray()};
    if (query.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"))
        && query.next())
        lastEvent = {query.value(0).toLongLong(), query.value(1).toString().toLatin1()};
    query.finish();
    Builder builder(CalendarStore(m_db).calendar(), settings, procedures, options, lastId + 1,
                    firstBook, sequences, actor, lastEvent);
    const QByteArray bookUtf8 = book.toUtf8();
    qint64 written = 0;
    qint64 events = 0;
    std::future<void> disposal;
    std::atomic<qint64> buildingWall {0};
    std::atomic<qint64> buildingCpu {0};
    const auto build = [&builder, &buildingWall, &buildingCpu] {
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu = threadCpuNanoseconds();
        Chunk chunk = builder.next(BatchSize);
        buildingWall += clock.nsecsElapsed();
        buildingCpu += threadCpuNanoseconds() - cpu;
        return chunk;
    };
    std::future<bool> naming; // the names of the chunk being written
    bool namesOk = names.isOpen();
    const auto waitForNames = [&naming, &namesOk] {
        if (naming.valid())
            namesOk = naming.get() && namesOk;
    };
    phases.mark("setup");
    std::future<Chunk> pending = std::async(std::launch::async, build);
    while (true) {
        auto chunk = std::make_shared<const Chunk>(pending.get());
        phases.mark("writer waits for the builder");
        if (chunk->plans.empty())
            break;
        pending = std::async(std::launch::async, build);
        waitForNames();
        phases.mark("writer waits for the name index");
        if (namesOk)
            naming = std::async(std::launch::async, [&names, chunk] { return names.add(*chunk); });

        WriteTransaction transaction(m_db);
        if (!transaction.isActive()) {
            pending.wait();
            *error = transaction.errorText();
            return false;
        }
        BulkInsert dossier(m_db,
                           "INSERT INTO dossiers (id, code, procedure_id, status, channel, "
                           "applicant_kind, applicant_name, "
                           "applicant_key, applicant_id, applicant_birth, applicant_phone, "
                           "applicant_address, return_method, "
                           "rule_unit, rule_amount, rule_cutoff, received_at, due_at, "
                           "paused_at, finished_at, returned_at, "
                           "result_kind, receiver_name, book_number, book_seq) VALUES ",
                           "(?, ?, ?, ?, ?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?)",
                           24, RowsPerStatement);
        BulkInsert document(
            m_db,
            "INSERT INTO dossier_documents (dossier_id, position, name, originals, copies) VALUES ",
            "(?, ?, ?, ?, ?)", 5, RowsPerStatement);
        BulkStatement pause(
            m_db,
            "INSERT INTO dossier_pauses (dossier_id, kind, started_at, ended_at, reason) "
            "VALUES (?, 'documents', ?, ?, 'Thiếu giấy tờ chứng minh')");
        if (!dossier.isValid() || !document.isValid() || !pause.isValid()) {
            pending.wait();
            *error = dossier.errorText() + document.errorText() + pause.errorText();
            return false;
        }
        const auto optional = [](auto &statement, int index, qint64 value) {
            if (value != 0)
                statement.bind(index, value);
            else
                statement.bindNull(index);
        };
        const auto literal = [](const char *text) {
            return QByteArrayView(text, qsizetype(strlen(text)));
        };
        for (const Plan &plan : chunk->plans) {
            dossier.bindStatic(23, bookUtf8);
            dossier.bind(1, plan.id);
            dossier.bindStatic(2, chunk->text(plan.code));
            dossier.bind(3, plan.procedureId);
            dossier.bindStatic(4, literal(plan.status));
            dossier.bindStatic(5, literal(plan.channel));
            dossier.bindStatic(6, chunk->text(plan.name));
            dossier.bindStatic(7, chunk->text(plan.key));
            dossier.bindStatic(8, chunk->text(plan.idNumber));
            dossier.bindStatic(9, chunk->text(plan.birth));
            dossier.bindStatic(10, chunk->text(plan.phone));
            dossier.bindStatic(11, chunk->text(plan.address));
            dossier.bindStatic(12, literal(plan.returnMethod));
            dossier.bindStatic(13, plan.info->unit);
            dossier.bindReal(14, plan.amount);
            dossier.bind(15, plan.cutoff);
            dossier.bind(16, plan.received);
            dossier.bind(17, plan.due);
            optional(dossier, 18, plan.paused);
            optional(dossier, 19, plan.finished);
            optional(dossier, 20, plan.returned);
            if (plan.resultKind)
                dossier.bindStatic(21, literal(plan.resultKind));
            else
                dossier.bindNull(21);
            dossier.bindStatic(22, *plan.receiver);
            dossier.bind(24, plan.bookSequence);
            if (!dossier.addRow()) {
                pending.wait();
                *error = dossier.errorText();
                return false;
            }
        }
        if (!dossier.flush()) {
            pending.wait();
            *error = dossier.errorText();
            return false;
        }
        phases.mark("write dossiers");
        // Then their documents and pauses, in the same order (one table at a time).
        for (const Plan &plan : chunk->plans) {
            int position = 0;
            for (const RequiredDocument &required : plan.info->procedure.documents) {
                document.bind(1, plan.id);
                document.bind(2, position + 1);
                document.bindStatic(3, plan.info->documents[size_t(position)]);
                document.bind(4, required.originals);
                document.bind(5, required.copies);
                ++position;
                if (!document.addRow()) {
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
        if (!document.flush()) {
            pending.wait();
            *error = document.errorText();
            return false;
        }
        phases.mark("write documents, pauses");
        if (!EventLog(m_db).appendBatch(*chunk->events, error)) {
            pending.wait();
            return false;
        }
        phases.mark("write events");
        if (!transaction.commit()) {
            pending.wait();
            *error = transaction.errorText();
            return false;
        }
        phases.mark("commit");
        written += qint64(chunk->plans.size());
        events += chunk->events->size();
        // Millions of small buffers made on the builder's thread are freed off this one.
        disposal = std::async(std::launch::async,
                              [spent = std::move(chunk)]() mutable { spent.reset(); });
        if (progress)
            progress(written, options.count);
        phases.mark("free, progress");
    }
    phases.add("(builder thread, overlapped)", buildingWall, buildingCpu);
    waitForNames();
    phases.mark("writer waits for the name index");

    if (!restoreSchema(error, !namesOk))
        return false;
    if (namesOk) {
        QString problem;
        if (!names.copyInto(databasePath, 5000, &problem)) {
            // The index is built here then.
            WriteTransaction transaction(m_db);
            QSqlQuery rebuild(m_db);
            if (!rebuild.exec(
                    QStringLiteral("INSERT INTO dossier_names (dossier_names) VALUES ('rebuild')"))
                || !transaction.commit()) {
                *error = rebuild.lastError().text() + transaction.errorText();
                return false;
            }
        }
        phases.mark("end: name index");
    }

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
    phases.mark("end: code sequences");
    BulkStatement::exec(m_db, "PRAGMA analysis_limit = 1000");
    BulkStatement::exec(m_db, "ANALYZE");
    phases.mark("end: analyze");
    if (result) {
        result->dossiers = written;
        result->events = events;
        result->seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return true;
}

} // namespace motcua
