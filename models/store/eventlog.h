#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace motcua {

struct EventRecord
{
    qint64 id = 0;
    qint64 dossierId = 0; // 0: an event of the office, not of one dossier
    QDateTime occurredAt; // when it happened (a handover may be recorded later)
    QDateTime recordedAt; // when it was written
    QString actor; // display name of who did it
    qint64 userId = 0;
    QString kind; // "received", "transferred", "calendar-edited" …
    QString fromStatus;
    QString toStatus;
    QString note;
    QJsonObject details; // structured facts of the event
};

// An event already in stored form, for appendBatch(): instants in seconds since the epoch,
// the details as the compact JSON text that is stored (keys in the order QJsonDocument writes
// them: sorted).
struct PreparedEvent
{
    qint64 dossierId = 0;
    qint64 occurredAt = 0;
    qint64 recordedAt = 0; // 0: now
    QString kind;
    QString fromStatus;
    QString toStatus;
    QString note;
    QString detailsText = QStringLiteral("{}");

    // Filled by EventLog::prepare() (on any thread): the id the event will get, its stored
    // texts in UTF-8, and the hash state after the part of the hashed bytes that precedes the
    // previous event's hash. appendBatch() then only finishes the hash. prepare() empties the
    // text members: the UTF-8 ones hold them from then on.
    qint64 preparedId = 0;
    QByteArray preparedState;
    QByteArray kindUtf8, fromUtf8, toUtf8, noteUtf8, detailsUtf8;
};

// Many events in their stored form, for bulk writes (demo data): made and hash-chained on a
// worker thread, so that EventLog::appendBatch(const EventBatch &) only binds them. Texts are
// UTF-8 slices of one buffer: no allocation per event.
class EventBatch final
{
public:
    // The chain continues after the event `lastId` whose hash is `lastHash` (empty: none yet).
    EventBatch(const Actor &actor, qint64 lastId, const QByteArray &lastHash);

    // Appends an event and computes its hash. `details` is the compact JSON text of the details
    // in UTF-8, keys sorted (as QJsonDocument writes them); `note` UTF-8. `kind` and the
    // statuses are texts that outlive the batch (literals); nullptr: no status (NULL).
    void append(qint64 dossierId, qint64 occurredAt, qint64 recordedAt, const char *kind,
                const char *fromStatus, const char *toStatus, QByteArrayView details,
                QByteArrayView note = {});

    // An empty batch for the events that follow these: same actor, the chain continued.
    EventBatch continuation() const;

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    qint64 lastId() const { return m_firstId + size() - 1; }
    QByteArray lastHash() const;
    void reserve(qsizetype events, qsizetype textBytes);

private:
    friend class EventLog;
    EventBatch(const QByteArray &actor, qint64 userId, qint64 lastId, const QByteArray &lastHash);
    struct Row
    {
        qint64 dossierId;
        qint64 occurredAt;
        qint64 recordedAt;
        const char *kind;
        const char *fromStatus;
        const char *toStatus;
        qsizetype note;
        qsizetype noteSize;
        qsizetype details;
        qsizetype detailsSize;
        char hash[64];
    };
    QByteArrayView text(qsizetype offset, qsizetype size) const
    {
        return QByteArrayView(m_texts.constData() + offset, size);
    }
    QByteArrayView previousHashOf(qsizetype index) const;

    QByteArray m_actor; // display name, UTF-8
    qint64 m_userId = 0;
    qint64 m_firstId = 1;
    QByteArray m_previousHash; // the hash before the first row
    QByteArray m_texts;
    QByteArray m_scratch; // the hashed bytes of the event being appended
    std::vector<Row> m_rows;
};

} // namespace motcua

Q_DECLARE_TYPEINFO(motcua::PreparedEvent, Q_RELOCATABLE_TYPE);

namespace motcua {

// The append-only, hash-chained history. Each row stores SHA-256 over its own content and
// the previous row's hash, so an edited, deleted or inserted row breaks the chain.
class EventLog final
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    explicit EventLog(const QSqlDatabase &db);

    // Appends within the caller's write transaction; fills id, recordedAt and the actor.
    bool append(const Actor &actor, EventRecord &event, QString *error);

    // Appends in a write transaction of its own, for events that accompany no other change
    // (a backup, a report viewed). Call it outside any other transaction.
    bool record(const Actor &actor, EventRecord &event, QString *error);

    enum class PersonalDataAccess { Viewed, Exported };
    // Viewing or exporting personal data in bulk (a register, a report listing applicants, a
    // spreadsheet) is itself logged: kind "personal-data-viewed" or "personal-data-exported",
    // details {subject, rows, …details}. Requires Permission::ViewReports; when this returns
    // false (*error says why) the caller must not show or write the data. `eventId`: the new
    // event's id.
    bool recordPersonalDataAccess(const Actor &actor, PersonalDataAccess access,
                                  const QString &subject, qint64 rows, const QJsonObject &details,
                                  QString *error, qint64 *eventId = nullptr);

    // Many events at once, in order, within the caller's write transaction: the same rows and
    // the same chain as append() one by one, at bulk speed (demo data, migrations of history).
    bool appendBatch(const Actor &actor, const QList<PreparedEvent> &events, QString *error);
    // The expensive part of appendBatch(), for a worker thread: `id` is the id the event will
    // get (the last id in the table + its position); a wrong guess only costs the fast path.
    static void prepare(const Actor &actor, PreparedEvent &event, qint64 id);
    // Events made and chained by EventBatch, within the caller's write transaction. When the
    // table does not end where the batch expects (another writer came between), the hashes are
    // computed again from where it ends: the chain is never broken.
    bool appendBatch(const EventBatch &batch, QString *error);
    qint64 lastId() const;

    QList<EventRecord> forDossier(qint64 dossierId) const;

    struct ChainCheck
    {
        qint64 checked = 0;
        qint64 firstBrokenId = 0; // 0 when the chain is intact
        QString reason;
        bool isIntact() const { return firstBrokenId == 0; }
    };
    ChainCheck verifyChain() const;

    // A point of the chain kept outside the file (beside a backup, printed on a report): the
    // number of events and the hash of the last one, written "HASH:COUNT".
    struct Anchor
    {
        QByteArray hash; // 64 hex digits (a printed one may give a prefix of 16 or more)
        qint64 count = 0;
        QString text() const;
        // std::nullopt when `text` is not HASH:COUNT.
        static std::optional<Anchor> parse(const QString &text);
    };
    Anchor head() const;
    // Empty when the chain holds the anchor; else why not (shorter, or another hash there).
    QString checkAnchor(const Anchor &anchor) const;

    // SHA-256 of the bytes as 64 lower-case hex digits into `hex` (OpenSSL, per thread).
    static void sha256Hex(QByteArrayView bytes, char *hex);

    static QString hashOf(const EventRecord &event, const QString &previousHash);
    // The bytes that are hashed: the compact JSON array of every stored column but the hash,
    // byte for byte what QJsonDocument writes, built without it (it is the cost of bulk writes).
    static QByteArray hashInput(const EventRecord &event, const QString &detailsText,
                                const QString &previousHash);
    // hashInput() up to the previous hash: hashInput = prefix + JSON string of the hash + "]".
    static QByteArray hashPrefix(const EventRecord &event, const QString &detailsText);
    // A JSON string literal exactly as QJsonDocument writes it (for details texts).
    static void appendJsonString(QByteArray &out, QStringView text);
    // The same from valid UTF-8 (the bytes are copied, only '"', '\\' and controls escaped).
    static void appendJsonString(QByteArray &out, QByteArrayView utf8);

private:
    // Over the stored text of the details, exactly as written.
    static QString hashOf(const EventRecord &event, const QString &detailsText,
                          const QString &previousHash);

    QSqlDatabase m_db;
};

} // namespace motcua
