#include "store/dossieraudit.h"

#include "db/sqldialect.h"
#include "db/bulkstatement.h"
#include "domain/clock.h"
#include "store/eventlog.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace motcua {

namespace {

// Where the value of a top-level key begins in compact JSON as QJsonDocument writes it (no
// nested objects in details; inside a string a quote is always escaped, so `"key":` preceded
// by `{` or `,` is the key). Empty when absent.
qsizetype valueAt(QByteArrayView json, QByteArrayView key)
{
    QByteArray needle = '"' + key.toByteArray() + "\":";
    qsizetype from = 0;
    while (true) {
        const qsizetype at = json.indexOf(needle, from);
        if (at < 0)
            return -1;
        if (at > 0 && (json[at - 1] == '{' || json[at - 1] == ','))
            return at + needle.size();
        from = at + 1;
    }
}

// A string value without escapes (times, hashes); std::nullopt when absent or not a string.
std::optional<QByteArrayView> stringValue(QByteArrayView json, QByteArrayView key)
{
    const qsizetype at = valueAt(json, key);
    if (at < 0 || at >= json.size() || json[at] != '"')
        return std::nullopt;
    const qsizetype end = json.indexOf('"', at + 1);
    if (end < 0)
        return std::nullopt;
    return json.sliced(at + 1, end - at - 1);
}

// An array value, brackets included, as stored.
std::optional<QByteArrayView> arrayValue(QByteArrayView json, QByteArrayView key)
{
    const qsizetype at = valueAt(json, key);
    if (at < 0 || at >= json.size() || json[at] != '[')
        return std::nullopt;
    bool inString = false;
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ']') {
            return json.sliced(at, i - at + 1);
        }
    }
    return std::nullopt;
}

int digits(QByteArrayView text, qsizetype at, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = at + i < text.size() ? text[at + i] : 'x';
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "±HH:MM" (how Qt writes
// the instants of details); QDateTime's parser for anything else. 0 when not a time.
qint64 instantOf(QByteArrayView text)
{
    bool ok = text.size() >= 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T'
        && text[13] == ':' && text[16] == ':';
    const int y = digits(text, 0, 4, &ok), m = digits(text, 5, 2, &ok), d = digits(text, 8, 2, &ok);
    const int hh = digits(text, 11, 2, &ok), mm = digits(text, 14, 2, &ok),
              ss = digits(text, 17, 2, &ok);
    int offset = 0;
    if (ok && text.size() == 20 && text[19] == 'Z') {
    } else if (ok && text.size() == 25 && (text[19] == '+' || text[19] == '-') && text[22] == ':') {
        offset = (digits(text, 20, 2, &ok) * 60 + digits(text, 23, 2, &ok)) * 60;
        if (text[19] == '-')
            offset = -offset;
    } else {
        ok = false;
    }
    if (!ok) {
        const QDateTime parsed = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate);
        return parsed.isValid() ? parsed.toSecsSinceEpoch() : 0;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    const int yy = m <= 2 ? y - 1 : y;
    const qint64 era = (yy >= 0 ? yy : yy - 399) / 400;
    const qint64 yoe = yy - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146097 + doe - 719468;
    return days * 86400 + hh * 3600 + mm * 60 + ss - offset;
}

struct Pause
{
    QByteArray kind;
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const Pause &o) const
    {
        return kind == o.kind && start == o.start && end == o.end;
    }
};

// What a dossier's events say it is.
struct Replayed
{
    int events = 0;
    bool reception = false; // its first event is the reception
    qint64 received = 0, due = 0, extended = 0, finished = 0, returned = 0;
    QByteArray status, resultKind, applicant, documents;
    bool hasDocuments = false;
    std::vector<Pause> pauses;

    void clear() { *this = Replayed(); }

    void closePause(qint64 at)
    {
        if (!pauses.empty() && pauses.back().end == 0)
            pauses.back().end = at;
    }

    void apply(QByteArrayView kind, QByteArrayView toStatus, bool hasStatus, qint64 at,
               QByteArrayView details)
    {
        if (events++ == 0)
            reception = kind == "received";
        if (hasStatus)
            status = toStatus.toByteArray();
        if (kind == "received") {
            received = at;
            if (const auto text = stringValue(details, "due"))
                due = instantOf(*text);
            if (const auto list = arrayValue(details, "documents")) {
                documents = list->toByteArray();
                hasDocuments = true;
            }
            if (const auto hash = stringValue(details, "applicant"))
                applicant = hash->toByteArray();
        } else if (kind == "deadline-recomputed") {
            if (const auto text = stringValue(details, "new"))
                due = instantOf(*text);
        } else if (kind == "documents-requested" || kind == "payment-requested") {
            closePause(at);
            pauses.push_back(
                {kind == "documents-requested" ? QByteArray("documents") : QByteArray("payment"),
                 at, 0});
        } else if (kind == "documents-received" || kind == "payment-done") {
            closePause(at);
            // The demo generator's resumptions carry the moved due time themselves.
            if (const auto text = stringValue(details, "newDue"))
                due = instantOf(*text);
        } else if (kind == "apology-extension") {
            if (const auto text = stringValue(details, "newPromise"))
                extended = instantOf(*text);
        } else if (kind == "result-recorded" || kind == "refusal-recorded") {
            finished = at;
            resultKind = kind == "result-recorded" ? "approved" : "refused";
        } else if (kind == "withdrawn") {
            closePause(at);
            finished = at;
        } else if (kind == "returned") {
            returned = at;
        } else if (kind == "applicant-corrected") {
            if (const auto hash = stringValue(details, "applicant"))
                applicant = hash->toByteArray();
        }
    }
};

QString timeText(qint64 seconds)
{
    if (seconds == 0)
        return DossierAudit::tr("none");
    return Clock::local(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The expected text of each append-only trigger: CREATE TRIGGER … END, as in the migrations.
QMap<QString, QString> expectedTriggers()
{
    static const QRegularExpression pattern(
        QStringLiteral("CREATE TRIGGER\\s+(events_refuse_\\w+)\\b.*?\\bEND(?=;)"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList files;
    QDirIterator it(QStringLiteral(":/sql"));
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QMap<QString, QString> triggers;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString sql = QString::fromUtf8(file.readAll());
        for (auto match = pattern.globalMatch(sql); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            triggers.insert(m.captured(1), m.captured(0).simplified());
        }
    }
    return triggers;
}

// The bodies of the PL/pgSQL trigger functions, as the PostgreSQL migrations create them.
QMap<QString, QString> expectedServerFunctions()
{
    static const QRegularExpression pattern(
        QStringLiteral("CREATE FUNCTION\\s+(motcua_refuse_\\w+)\\(\\).*?\\$\\$(.*?)\\$\\$"),
        QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> functions;
    QDirIterator it(QStringLiteral(":/sql/postgresql"));
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString sql = QString::fromUtf8(file.readAll());
        for (auto match = pattern.globalMatch(sql); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            functions.insert(m.captured(1), m.captured(2).simplified());
        }
    }
    return functions;
}

} // namespace

DossierAudit::DossierAudit(const QSqlDatabase &db)
    : m_db(db)
{ }

QByteArray DossierAudit::applicantHash(std::initializer_list<QByteArrayView> fields)
{
    QByteArray bytes = "[";
    for (const QByteArrayView field : fields) {
        if (bytes.size() > 1)
            bytes.append(',');
        EventLog::appendJsonString(bytes, field);
    }
    bytes.append(']');
    QByteArray hex(64, Qt::Uninitialized);
    EventLog::sha256Hex(bytes, hex.data());
    return hex;
}

DossierAudit::Result DossierAudit::replay() const
{
    Result result;
    const auto report = [&result](const QString &problem) {
        if (++result.problemCount <= MaxListed)
            result.problems.append(problem);
    };
    const ReadSnapshot snapshot(m_db);
    BulkReader dossiers(m_db,
                        "SELECT id, code, status, received_at, due_at, extended_due_at, paused_at, "
                        "finished_at, returned_at, result_kind, applicant_kind, applicant_name, "
                        "applicant_id, coalesce(applicant_birth, ''), applicant_phone, "
                        "applicant_address, applicant_email, proxy_name, proxy_id, proxy_phone, "
                        "proxy_address FROM dossiers ORDER BY id");
    // Only the details that the replay reads are fetched.
    BulkReader events(m_db,
                      "SELECT dossier_id, kind, to_status, occurred_at, CASE WHEN kind IN "
                      "('received', 'deadline-recomputed', 'documents-received', 'payment-done', "
                      "'apology-extension', 'applicant-corrected') THEN details END FROM events "
                      "WHERE dossier_id IS NOT NULL ORDER BY dossier_id, id");
    BulkReader documents(m_db,
                         "SELECT dossier_id, name FROM dossier_documents WHERE received = 1 "
                         "ORDER BY dossier_id, position");
    BulkReader pauses(m_db,
                      "SELECT dossier_id, kind, started_at, coalesce(ended_at, 0) FROM "
                      "dossier_pauses ORDER BY dossier_id, id");
    for (const BulkReader *reader : {&dossiers, &events, &documents, &pauses}) {
        if (!reader->isValid()) {
            report(tr("The dossiers cannot be read: %1").arg(reader->errorText()));
            return result;
        }
    }

    const auto skipOrphans = [&](qint64 below) {
        while (events.hasRow() && events.integer(0) < below) {
            const qint64 missing = events.integer(0);
            int count = 0;
            for (; events.hasRow() && events.integer(0) == missing; events.next())
                ++count;
            result.events += count;
            report(tr("%n event(s) refer to dossier %1, which does not exist", nullptr, count)
                       .arg(missing));
        }
    };

    Replayed replayed;
    std::vector<Pause> stored;
    QByteArray storedDocuments;
    for (; dossiers.hasRow(); dossiers.next()) {
        const qint64 id = dossiers.integer(0);
        ++result.dossiers;
        skipOrphans(id);
        replayed.clear();
        for (; events.hasRow() && events.integer(0) == id; events.next()) {
            replayed.apply(events.text(1), events.text(2), !events.isNull(2), events.integer(3),
                           events.text(4));
            ++result.events;
        }
        storedDocuments = "[";
        for (; documents.hasRow() && documents.integer(0) <= id; documents.next()) {
            if (documents.integer(0) < id)
                continue; // of no dossier: the foreign-key check reports it
            if (storedDocuments.size() > 1)
                storedDocuments.append(',');
            EventLog::appendJsonString(storedDocuments, documents.text(1));
        }
        storedDocuments.append(']');
        stored.clear();
        for (; pauses.hasRow() && pauses.integer(0) <= id; pauses.next()) {
            if (pauses.integer(0) == id)
                stored.push_back(
                    {pauses.text(1).toByteArray(), pauses.integer(2), pauses.integer(3)});
        }

        const QString code = QString::fromUtf8(dossiers.text(1));
        if (!replayed.reception) {
            report(replayed.events == 0
                       ? tr("Dossier %1 has no events: its history was removed").arg(code)
                       : tr("Dossier %1 has no reception event").arg(code));
            continue;
        }
        const auto differs = [&](const char *field, const QString &row, const QString &told) {
            report(tr("Dossier %1: %2 is %3 in the row, its events say %4")
                       .arg(code, QLatin1String(field), row, told));
        };
        const auto compareTime = [&](const char *field, int column, qint64 told) {
            const qint64 row = dossiers.isNull(column) ? 0 : dossiers.integer(column);
            if (row != told)
                differs(field, timeText(row), timeText(told));
        };
        const auto compareText = [&](const char *field, int column, const QByteArray &told) {
            const QByteArrayView row = dossiers.text(column);
            if (row != told)
                differs(field, dossiers.isNull(column) ? tr("none") : QString::fromUtf8(row),
                        told.isEmpty() ? tr("none") : QString::fromUtf8(told));
        };
        compareText("status", 2, replayed.status);
        compareTime("received_at", 3, replayed.received);
        compareTime("due_at", 4, replayed.due);
        compareTime("extended_due_at", 5, replayed.extended);
        const qint64 pausedAt = !replayed.pauses.empty() && replayed.pauses.back().end == 0
            ? replayed.pauses.back().start
            : 0;
        compareTime("paused_at", 6, pausedAt);
        compareTime("finished_at", 7, replayed.finished);
        compareTime("returned_at", 8, replayed.returned);
        compareText("result_kind", 9, replayed.resultKind);
        if (stored != replayed.pauses)
            differs("dossier_pauses", tr("%n pause(s)", nullptr, int(stored.size())),
                    tr("%n pause(s)", nullptr, int(replayed.pauses.size())));
        if (replayed.hasDocuments && storedDocuments != replayed.documents)
            differs("dossier_documents", QString::fromUtf8(storedDocuments),
                    QString::fromUtf8(replayed.documents));
        if (!replayed.applicant.isEmpty()) {
            const QByteArray hash = applicantHash(
                {dossiers.text(10), dossiers.text(11), dossiers.text(12), dossiers.text(13),
                 dossiers.text(14), dossiers.text(15), dossiers.text(16), dossiers.text(17),
                 dossiers.text(18), dossiers.text(19), dossiers.text(20)});
            if (hash != replayed.applicant)
                report(tr("Dossier %1: the applicant's data (applicant_*, proxy_*) are not those "
                          "received")
                           .arg(code));
        }
    }
    skipOrphans(std::numeric_limits<qint64>::max());
    for (const BulkReader *reader : {&dossiers, &events, &documents, &pauses}) {
        if (!reader->isValid())
            report(tr("The dossiers cannot be read: %1").arg(reader->errorText()));
    }
    return result;
}

QStringList DossierAudit::protectionProblems() const
{
    if (SqlDialect::of(m_db).isPostgreSQL())
        return serverProtectionProblems();
    QStringList problems;
    QMap<QString, QString> expected = expectedTriggers();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                   "tbl_name = 'events'"))) {
        return {tr("The triggers cannot be read: %1").arg(query.lastError().text())};
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        const auto it = expected.find(name);
        if (it == expected.end()) {
            problems.append(tr("The events table has an unexpected trigger %1").arg(name));
            continue;
        }
        if (query.value(1).toString().simplified() != *it)
            problems.append(
                tr("The append-only trigger %1 was changed: the events are not protected")
                    .arg(name));
        expected.erase(it);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        problems.append(tr("The append-only trigger %1 is missing: the events are not protected")
                            .arg(it.key()));
    return problems;
}

QStringList DossierAudit::serverProtectionProblems() const
{
    // Each trigger: the statement it guards and the function it runs, enabled; each function
    // with the body the migrations gave it.
    struct Guard
    {
        const char *trigger;
        const char *timing;
        const char *function;
    };
    static const Guard guards[] = {
        {"events_refuse_update", "BEFORE UPDATE ON", "motcua_refuse_event_change"},
        {"events_refuse_delete", "BEFORE DELETE ON", "motcua_refuse_event_change"},
        {"events_refuse_truncate", "BEFORE TRUNCATE ON", "motcua_refuse_event_change"},
        {"events_refuse_rewrite", "BEFORE INSERT ON", "motcua_refuse_event_rewrite"},
    };
    QStringList problems;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT t.tgname, t.tgenabled, pg_get_triggerdef(t.oid), p.proname, p.prosrc FROM "
            "pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 'events'::regclass "
            "AND NOT t.tgisinternal")))
        return {tr("The triggers cannot be read: %1").arg(query.lastError().text())};
    QMap<QString, int> seen;
    const QMap<QString, QString> bodies = expectedServerFunctions();
    while (query.next()) {
        const QString name = query.value(0).toString();
        const Guard *guard = nullptr;
        for (const Guard &candidate : guards) {
            if (name == QLatin1String(candidate.trigger))
                guard = &candidate;
        }
        if (!guard) {
            problems.append(tr("The events table has an unexpected trigger %1").arg(name));
            continue;
        }
        seen[name] += 1;
        const QString enabled = query.value(1).toString();
        const bool changed = !query.value(2).toString().contains(QLatin1String(guard->timing))
            || query.value(3).toString() != QLatin1String(guard->function)
            || query.value(4).toString().simplified() != bodies.value(QLatin1String(guard->function));
        if (enabled == QLatin1String("D"))
            problems.append(
                tr("The append-only trigger %1 is disabled: the events are not protected")
                    .arg(name));
        else if (changed)
            problems.append(
                tr("The append-only trigger %1 was changed: the events are not protected")
                    .arg(name));
    }
    for (const Guard &guard : guards) {
        if (!seen.contains(QLatin1String(guard.trigger)))
            problems.append(
                tr("The append-only trigger %1 is missing: the events are not protected")
                    .arg(QLatin1String(guard.trigger)));
    }
    return problems;
}

} // namespace motcua
