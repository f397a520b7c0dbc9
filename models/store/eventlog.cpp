#include "store/eventlog.h"

#include "db/bulkstatement.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>
#include <sodium.h>

#include <charconv>
#include <climits>
#include <cstring>
#include <optional>

namespace motcua {

namespace {

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

const QString selectColumns = QStringLiteral("SELECT id, dossier_id, occurred_at, recorded_at, "
                                             "actor, user_id, kind, from_status, to_status, "
                                             "note, details, prev_hash, hash FROM events ");

EventRecord readRow(const QSqlQuery &query)
{
    EventRecord event;
    event.id = query.value(0).toLongLong();
    event.dossierId = query.value(1).toLongLong();
    event.occurredAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    event.recordedAt = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    event.actor = query.value(4).toString();
    event.userId = query.value(5).toLongLong();
    event.kind = query.value(6).toString();
    event.fromStatus = query.value(7).toString();
    event.toStatus = query.value(8).toString();
    event.note = query.value(9).toString();
    event.details = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
    return event;
}

} // namespace

EventLog::EventLog(const QSqlDatabase &db)
    : m_db(db)
{ }

QString EventLog::hashOf(const EventRecord &event, const QString &previousHash)
{
    return hashOf(event,
                  QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)),
                  previousHash);
}

void EventLog::appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case '"':
                out.append('"');
                break;
            case '\\':
                out.append('\\');
                break;
            case '\b':
                out.append('b');
                break;
            case '\f':
                out.append('f');
                break;
            case '\n':
                out.append('n');
                break;
            case '\r':
                out.append('r');
                break;
            case '\t':
                out.append('t');
                break;
            default:
                out.append("u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t ucs = QChar::surrogateToUcs4(u, *p++);
            out.append(char(0xf0 | (ucs >> 18)));
            out.append(char(0x80 | ((ucs >> 12) & 0x3f)));
            out.append(char(0x80 | ((ucs >> 6) & 0x3f)));
            out.append(char(0x80 | (ucs & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate has no UTF-8 form: QJsonDocument writes it escaped.
            out.append("\\u");
            out.append(hex[(u >> 12) & 0xf]);
            out.append(hex[(u >> 8) & 0xf]);
            out.append(hex[(u >> 4) & 0xf]);
            out.append(hex[u & 0xf]);
        } else {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        }
    }
    out.append('"');
}

namespace {

// The JSON string of valid UTF-8 at `out`, which has room for jsonStringBound(utf8.size())
// bytes; returns the end.
char *writeJsonString(char *out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '"';
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    while (p != end) {
        const char c = *p++;
        if (uchar(c) >= 0x20 && c != '"' && c != '\\') {
            *out++ = c;
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *out++ = c;
            break;
        case '\b':
            *out++ = 'b';
            break;
        case '\f':
            *out++ = 'f';
            break;
        case '\n':
            *out++ = 'n';
            break;
        case '\r':
            *out++ = 'r';
            break;
        case '\t':
            *out++ = 't';
            break;
        default:
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[uchar(c) >> 4];
            *out++ = hex[uchar(c) & 0xf];
        }
    }
    *out++ = '"';
    return out;
}

constexpr qsizetype jsonStringBound(qsizetype size)
{
    return 2 + 6 * size; // quotes; at worst \u00XX for each byte
}

} // namespace

void EventLog::appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype size = out.size();
    out.resize(size + jsonStringBound(utf8.size()));
    out.resize(writeJsonString(out.data() + size, utf8) - out.constData());
}

QByteArray EventLog::hashInput(const EventRecord &event, const QString &detailsText,
                               const QString &previousHash)
{
    QByteArray out = hashPrefix(event, detailsText);
    appendJsonString(out, previousHash);
    out.append(']');
    return out;
}

QByteArray EventLog::hashPrefix(const EventRecord &event, const QString &detailsText)
{
    // A fixed, ordered serialisation of every stored column but the hash itself: the compact
    // JSON array [id, dossierId, occurredAt, recordedAt, actor, userId, kind, fromStatus,
    // toStatus, note, details text, previous hash].
    QByteArray out;
    out.reserve(160 + 2 * (detailsText.size() + event.actor.size() + event.note.size()));
    out.append('[');
    out.append(QByteArray::number(event.id)).append(',');
    out.append(QByteArray::number(event.dossierId)).append(',');
    out.append(QByteArray::number(event.occurredAt.toSecsSinceEpoch())).append(',');
    out.append(QByteArray::number(event.recordedAt.toSecsSinceEpoch())).append(',');
    appendJsonString(out, event.actor);
    out.append(',').append(QByteArray::number(event.userId)).append(',');
    for (const QString *text :
         {&event.kind, &event.fromStatus, &event.toStatus, &event.note, &detailsText}) {
        appendJsonString(out, *text);
        out.append(',');
    }
    return out;
}

QString EventLog::hashOf(const EventRecord &event, const QString &detailsText,
                         const QString &previousHash)
{
    return QString::fromLatin1(QCryptographicHash::hash(hashInput(event, detailsText, previousHash),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

bool EventLog::append(const Actor &actor, EventRecord &event, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"))) {
        *error = query.lastError().text();
        return false;
    }
    QString previousHash;
    qint64 lastId = 0;
    if (query.next()) {
        lastId = query.value(0).toLongLong();
        previousHash = query.value(1).toString();
    }
    query.finish();

    event.id = lastId + 1;
    event.recordedAt = Clock::now();
    if (!event.occurredAt.isValid())
        event.occurredAt = event.recordedAt;
    event.actor = actor.displayName();
    event.userId = actor.userId;
    const QString hash = hashOf(event, previousHash);

    query.prepare(QStringLiteral("INSERT INTO events (id, dossier_id, occurred_at, recorded_at, "
                                 "actor, user_id, kind, from_status, "
                                 "to_status, note, details, prev_hash, hash) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.id);
    query.addBindValue(nullIfZero(event.dossierId));
    query.addBindValue(event.occurredAt.toSecsSinceEpoch());
    query.addBindValue(event.recordedAt.toSecsSinceEpoch());
    query.addBindValue(Sql::text(event.actor));
    query.addBindValue(nullIfZero(event.userId));
    query.addBindValue(Sql::text(event.kind));
    query.addBindValue(nullIfEmpty(event.fromStatus));
    query.addBindValue(nullIfEmpty(event.toStatus));
    query.addBindValue(Sql::text(event.note));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    query.addBindValue(Sql::text(previousHash));
    query.addBindValue(hash);
    if (!query.exec()) {
        *error = tr("Cannot record the event: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool EventLog::record(const Actor &actor, EventRecord &event, QString *error)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("Cannot record the event: %1").arg(transaction.errorText());
        return false;
    }
    if (!append(actor, event, error))
        return false;
    if (!transaction.commit()) {
        *error = tr("Cannot record the event: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

bool EventLog::recordPersonalDataAccess(const Actor &actor, PersonalDataAccess access,
                                        const QString &subject, qint64 rows,
                                        const QJsonObject &details, QString *error, qint64 *eventId)
{
    if (!actor.permits(Permission::ViewReports, error))
        return false;
    EventRecord event;
    event.kind = access == PersonalDataAccess::Exported ? QStringLiteral("personal-data-exported")
                                                        : QStringLiteral("personal-data-viewed");
    event.details = details;
    event.details.insert(QStringLiteral("subject"), subject);
    event.details.insert(QStringLiteral("rows"), rows);
    if (!record(actor, event, error))
        return false;
    if (eventId)
        *eventId = event.id;
    return true;
}

qint64 EventLog::lastId() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

namespace {

EventRecord recordOf(const Actor &actor, const PreparedEvent &event, qint64 id, qint64 now)
{
    EventRecord record;
    record.id = id;
    record.dossierId = event.dossierId;
    record.occurredAt = QDateTime::fromSecsSinceEpoch(event.occurredAt, Qt::UTC);
    record.recordedAt
        = QDateTime::fromSecsSinceEpoch(event.recordedAt != 0 ? event.recordedAt : now, Qt::UTC);
    record.actor = actor.displayName();
    record.userId = actor.userId;
    record.kind = event.kind;
    record.fromStatus = event.fromStatus;
    record.toStatus = event.toStatus;
    record.note = event.note;
    return record;
}

} // namespace

void EventLog::prepare(const Actor &actor, PreparedEvent &event, qint64 id)
{
    // recordedAt 0 means "now", known only when written: such events are hashed at write time.
    if (event.recordedAt == 0)
        return;
    const QByteArray prefix = hashPrefix(recordOf(actor, event, id, 0), event.detailsText);
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(prefix.constData()),
                              quint64(prefix.size()));
    event.preparedState = QByteArray(reinterpret_cast<const char *>(&state), sizeof state);
    event.preparedId = id;
    event.kindUtf8 = event.kind.toUtf8();
    event.fromUtf8 = event.fromStatus.toUtf8();
    event.toUtf8 = event.toStatus.toUtf8();
    event.noteUtf8 = event.note.toUtf8();
    event.detailsUtf8 = event.detailsText.toUtf8();
    // Only the stored form travels on: the texts are freed on this (worker) thread.
    event.kind = event.fromStatus = event.toStatus = event.note = event.detailsText = QString();
}

bool EventLog::appendBatch(const Actor &actor, const QList<PreparedEvent> &events, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"))) {
        *error = query.lastError().text();
        return false;
    }
    QByteArray previous;
    qint64 lastId = 0;
    if (query.next()) {
        lastId = query.value(0).toLongLong();
        previous = query.value(1).toString().toLatin1();
    }
    query.finish();

    BulkStatement insert(
        m_db,
        "INSERT INTO events (id, dossier_id, occurred_at, recorded_at, actor, user_id, kind, "
        "from_status, to_status, note, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid()) {
        *error = tr("Cannot record the event: %1").arg(insert.errorText());
        return false;
    }
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QByteArray actorText = actor.displayName().toUtf8();
    static const char hex[] = "0123456789abcdef";
    QByteArray hash(64, Qt::Uninitialized);
    for (const PreparedEvent &given : events) {
        const qint64 id = ++lastId;
        PreparedEvent local;
        const PreparedEvent *event = &given;
        if (given.preparedId != id
            || given.preparedState.size() != int(sizeof(crypto_hash_sha256_state))) {
            local = given;
            if (!local.preparedState.isEmpty()) {
                // Prepared for another id: its texts are in the stored form only.
                local.kind = QString::fromUtf8(local.kindUtf8);
                local.fromStatus = QString::fromUtf8(local.fromUtf8);
                local.toStatus = QString::fromUtf8(local.toUtf8);
                local.note = QString::fromUtf8(local.noteUtf8);
                local.detailsText = QString::fromUtf8(local.detailsUtf8);
            }
            if (local.recordedAt == 0)
                local.recordedAt = now;
            prepare(actor, local, id);
            event = &local;
        }
        // Finish the hash: the previous hash as a JSON string, and the closing bracket.
        crypto_hash_sha256_state state;
        memcpy(&state, event->preparedState.constData(), sizeof state);
        const QByteArray tail = '"' + previous + "\"]";
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(tail.constData()),
                                  quint64(tail.size()));
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&state, digest);
        for (int i = 0; i < int(crypto_hash_sha256_BYTES); ++i) {
            hash[2 * i] = hex[digest[i] >> 4];
            hash[2 * i + 1] = hex[digest[i] & 0xf];
        }

        insert.bind(1, id);
        if (event->dossierId != 0)
            insert.bind(2, event->dossierId);
        else
            insert.bindNull(2);
        insert.bind(3, event->occurredAt);
        insert.bind(4, event->recordedAt);
        insert.bind(5, actorText);
        if (actor.userId != 0)
            insert.bind(6, actor.userId);
        else
            insert.bindNull(6);
        insert.bindStatic(7, event->kindUtf8);
        if (event->fromUtf8.isEmpty())
            insert.bindNull(8);
        else
            insert.bindStatic(8, event->fromUtf8);
        if (event->toUtf8.isEmpty())
            insert.bindNull(9);
        else
            insert.bindStatic(9, event->toUtf8);
        insert.bindStatic(10, event->noteUtf8);
        insert.bindStatic(11, event->detailsUtf8);
        insert.bind(12, previous);
        insert.bind(13, hash);
        if (!insert.run()) {
            *error = tr("Cannot record the event: %1").arg(insert.errorText());
            return false;
        }
        previous = hash;
    }
    return true;
}

namespace {

// SHA-256 of the bytes, as 64 lower-case hex digits into `hex`. OpenSSL's (it uses the
// processor's SHA instructions: four times libsodium's speed), libsodium's when OpenSSL offers
// none. One context per thread, reused.
class Sha256
{
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_context(m_md ? EVP_MD_CTX_new() : nullptr)
    { }
    ~Sha256()
    {
        EVP_MD_CTX_free(m_context);
        EVP_MD_free(m_md);
    }
    Q_DISABLE_COPY_MOVE(Sha256)

    void hexDigest(QByteArrayView bytes, char *hex)
    {
        unsigned char digest[32];
        unsigned int size = 0;
        if (!m_context || EVP_DigestInit_ex2(m_context, m_md, nullptr) != 1
            || EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size())) != 1
            || EVP_DigestFinal_ex(m_context, digest, &size) != 1 || size != sizeof digest) {
            crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()),
                               quint64(bytes.size()));
        }
        static const char digits[] = "0123456789abcdef";
        for (int i = 0; i < 32; ++i) {
            hex[2 * i] = digits[digest[i] >> 4];
            hex[2 * i + 1] = digits[digest[i] & 0xf];
        }
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_context;
};

Sha256 &threadSha256()
{
    static thread_local Sha256 sha;
    return sha;
}

QByteArrayView statusText(const char *status)
{
    return status ? QByteArrayView(status, qsizetype(strlen(status))) : QByteArrayView();
}

} // namespace

EventBatch::EventBatch(const Actor &actor, qint64 lastId, const QByteArray &lastHash)
    : m_actor(actor.displayName().toUtf8())
    , m_userId(actor.userId)
    , m_firstId(lastId + 1)
    , m_previousHash(lastHash)
{ }

void EventBatch::reserve(qsizetype events, qsizetype textBytes)
{
    m_rows.reserve(size_t(events));
    m_texts.reserve(textBytes);
}

EventBatch EventBatch::continuation() const
{
    return EventBatch(m_actor, m_userId, lastId(), lastHash());
}

EventBatch::EventBatch(const QByteArray &actor, qint64 userId, qint64 lastId,
                       const QByteArray &lastHash)
    : m_actor(actor)
    , m_userId(userId)
    , m_firstId(lastId + 1)
    , m_previousHash(lastHash)
{ }

QByteArray EventBatch::lastHash() const
{
    return m_rows.empty() ? m_previousHash : QByteArray(m_rows.back().hash, 64);
}

QByteArrayView EventBatch::previousHashOf(qsizetype index) const
{
    return index == 0 ? QByteArrayView(m_previousHash)
                      : QByteArrayView(m_rows[size_t(index - 1)].hash, 64);
}

void EventBatch::append(qint64 dossierId, qint64 occurredAt, qint64 recordedAt, const char *kind,
                        const char *fromStatus, const char *toStatus, QByteArrayView details,
                        QByteArrayView note)
{
    Row row;
    row.dossierId = dossierId;
    row.occurredAt = occurredAt;
    row.recordedAt = recordedAt;
    row.kind = kind;
    row.fromStatus = fromStatus;
    row.toStatus = toStatus;
    row.note = m_texts.size();
    row.noteSize = note.size();
    m_texts.append(note);
    row.details = m_texts.size();
    row.detailsSize = details.size();
    m_texts.append(details);

    // What EventLog::hashInput() gives for the same event, byte for byte.
    const QByteArrayView texts[] = {QByteArrayView(m_actor),
                                    statusText(kind),
                                    statusText(fromStatus),
                                    statusText(toStatus),
                                    note,
                                    details,
                                    previousHashOf(size())};
    qsizetype bound = 16 + 5 * 21;
    for (const QByteArrayView text : texts)
        bound += 1 + jsonStringBound(text.size());
    QByteArray &in = m_scratch;
    if (in.size() < bound)
        in.resize(bound);
    char *out = in.data();
    const auto number = [&out](qint64 value) {
        out = std::to_chars(out, out + 21, value).ptr;
        *out++ = ',';
    };
    *out++ = '[';
    number(m_firstId + size());
    number(dossierId);
    number(occurredAt);
    number(recordedAt);
    out = writeJsonString(out, texts[0]);
    *out++ = ',';
    number(m_userId);
    for (int i = 1; i < 7; ++i) {
        out = writeJsonString(out, texts[i]);
        *out++ = i < 6 ? ',' : ']';
    }
    const QByteArrayView hashed(in.constData(), out - in.constData());
    threadSha256().hexDigest(hashed, row.hash);
    m_rows.push_back(row);
}

bool EventLog::appendBatch(const EventBatch &given, QString *error)
{
    if (given.isEmpty())
        return true;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"))) {
        *error = query.lastError().text();
        return false;
    }
    QByteArray previous;
    qint64 lastId = 0;
    if (query.next()) {
        lastId = query.value(0).toLongLong();
        previous = query.value(1).toString().toLatin1();
    }
    query.finish();

    // Chained after another end than the table's: the same events, hashed again.
    std::optional<EventBatch> rechained;
    if (lastId + 1 != given.m_firstId || previous != given.m_previousHash) {
        rechained.emplace(EventBatch(given.m_actor, given.m_userId, lastId, previous));
        for (const EventBatch::Row &row : given.m_rows)
            rechained->append(row.dossierId, row.occurredAt, row.recordedAt, row.kind,
                              row.fromStatus, row.toStatus,
                              given.text(row.details, row.detailsSize),
                              given.text(row.note, row.noteSize));
    }
    const EventBatch &batch = rechained ? *rechained : given;

    BulkInsert insert(m_db,
                      "INSERT INTO events (id, dossier_id, occurred_at, recorded_at, actor, "
                      "user_id, kind, from_status, to_status, note, details, prev_hash, hash) "
                      "VALUES ",
                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 13, 64);
    if (!insert.isValid()) {
        *error = tr("Cannot record the event: %1").arg(insert.errorText());
        return false;
    }
    const auto bindStatus = [&insert](int index, const char *status) {
        if (status && *status)
            insert.bindStatic(index, QByteArrayView(status, qsizetype(strlen(status))));
        else
            insert.bindNull(index);
    };
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const EventBatch::Row &row = batch.m_rows[size_t(i)];
        insert.bindStatic(5, QByteArrayView(batch.m_actor));
        if (batch.m_userId != 0)
            insert.bind(6, batch.m_userId);
        else
            insert.bindNull(6);
        insert.bind(1, batch.m_firstId + i);
        if (row.dossierId != 0)
            insert.bind(2, row.dossierId);
        else
            insert.bindNull(2);
        insert.bind(3, row.occurredAt);
        insert.bind(4, row.recordedAt);
        insert.bindStatic(7, statusText(row.kind));
        bindStatus(8, row.fromStatus);
        bindStatus(9, row.toStatus);
        insert.bindStatic(10, batch.text(row.note, row.noteSize));
        insert.bindStatic(11, batch.text(row.details, row.detailsSize));
        insert.bindStatic(12, batch.previousHashOf(i));
        insert.bindStatic(13, QByteArrayView(row.hash, 64));
        if (!insert.addRow()) {
            *error = tr("Cannot record the event: %1").arg(insert.errorText());
            return false;
        }
    }
    if (!insert.flush()) {
        *error = tr("Cannot record the event: %1").arg(insert.errorText());
        return false;
    }
    return true;
}

QList<EventRecord> EventLog::forDossier(qint64 dossierId) const
{
    QList<EventRecord> events;
    QSqlQuery query(m_db);
    query.prepare(selectColumns + QStringLiteral("WHERE dossier_id = ? ORDER BY id"));
    query.addBindValue(dossierId);
    query.exec();
    while (query.next())
        events.append(readRow(query));
    return events;
}

EventLog::ChainCheck EventLog::verifyChain() const
{
    // Over the stored bytes on the raw handle: the same hashed bytes as hashInput() (as
    // EventBatch makes them), without a QVariant or a QString per value (8,000,000 events).
    ChainCheck check;
    const ReadSnapshot snapshot(m_db);
    BulkReader rows(m_db,
                    "SELECT id, dossier_id, occurred_at, recorded_at, actor, user_id, kind, "
                    "from_status, to_status, note, details, prev_hash, hash FROM events "
                    "ORDER BY id");
    QByteArray previousHash;
    qint64 previousId = 0;
    QByteArray hashed;
    char hash[64];
    const auto number = [&hashed](qint64 value) {
        char digits[24];
        hashed.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
        hashed.append(',');
    };
    for (; rows.isValid() && rows.hasRow(); rows.next()) {
        const qint64 id = rows.integer(0);
        ++check.checked;
        if (id != previousId + 1) {
            check.firstBrokenId = id;
            check.reason = tr("event %1 follows event %2: rows are missing or were inserted")
                               .arg(id)
                               .arg(previousId);
            return check;
        }
        const QByteArrayView storedPrevious = rows.text(11);
        if (storedPrevious != previousHash) {
            check.firstBrokenId = id;
            check.reason
                = tr("event %1 does not continue the chain: the event before it was changed, "
                     "removed or inserted")
                      .arg(id);
            return check;
        }
        hashed.resize(0);
        hashed.append('[');
        for (int column : {0, 1, 2, 3})
            number(rows.integer(column));
        appendJsonString(hashed, rows.text(4));
        hashed.append(',');
        number(rows.integer(5));
        for (int column : {6, 7, 8, 9, 10, 11}) {
            appendJsonString(hashed, rows.text(column));
            hashed.append(column < 11 ? ',' : ']');
        }
        sha256Hex(hashed, hash);
        const QByteArrayView storedHash = rows.text(12);
        if (storedHash != QByteArrayView(hash, 64)) {
            check.firstBrokenId = id;
            check.reason = tr("event %1 was changed after it was recorded").arg(id);
            return check;
        }
        previousHash = storedHash.toByteArray();
        previousId = id;
    }
    if (!rows.isValid()) {
        check.firstBrokenId = -1;
        check.reason = rows.errorText();
    }
    return check;
}

void EventLog::sha256Hex(QByteArrayView bytes, char *hex)
{
    threadSha256().hexDigest(bytes, hex);
}

QString EventLog::Anchor::text() const
{
    return QStringLiteral("%1:%2").arg(QString::fromLatin1(hash)).arg(count);
}

std::optional<EventLog::Anchor> EventLog::Anchor::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-fA-F]{16,64}):(\\d{1,18})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Anchor {match.captured(1).toLower().toLatin1(), match.captured(2).toLongLong()};
}

EventLog::Anchor EventLog::head() const
{
    Anchor anchor;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"))
        && query.next()) {
        anchor.count = query.value(0).toLongLong();
        anchor.hash = query.value(1).toString().toLatin1();
    }
    return anchor;
}

QString EventLog::checkAnchor(const Anchor &anchor) const
{
    if (anchor.count == 0)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT hash FROM events WHERE id = ?"));
    query.addBindValue(anchor.count);
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return tr("the chain is shorter than the anchor: %n event(s) anchored, %1 present", nullptr,
                  int(qMin<qint64>(anchor.count, INT_MAX)))
            .arg(lastId());
    if (!query.value(0).toString().toLatin1().startsWith(anchor.hash))
        return tr("event %1 does not have the anchored hash: the history up to it was rewritten")
            .arg(anchor.count);
    return {};
}

} // namespace motcua
