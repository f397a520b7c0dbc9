#include "store/eventlog.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

const QString selectColumns = QStringLiteral(
    "SELECT id, dossier_id, occurred_at, recorded_at, actor, user_id, kind, from_status, to_status, "
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
{
}

QString EventLog::hashOf(const EventRecord &event, const QString &previousHash)
{
    return hashOf(event, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)),
                  previousHash);
}

QString EventLog::hashOf(const EventRecord &event, const QString &detailsText, const QString &previousHash)
{
    // A fixed, ordered serialisation of every stored column but the hash itself.
    const QJsonArray content{
        event.id,
        event.dossierId,
        event.occurredAt.toSecsSinceEpoch(),
        event.recordedAt.toSecsSinceEpoch(),
        event.actor,
        event.userId,
        event.kind,
        event.fromStatus,
        event.toStatus,
        event.note,
        detailsText,
        previousHash,
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
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

    query.prepare(QStringLiteral(
        "INSERT INTO events (id, dossier_id, occurred_at, recorded_at, actor, user_id, kind, from_status, "
        "to_status, note, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
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

bool EventLog::recordPersonalDataAccess(const Actor &actor, PersonalDataAccess access, const QString &subject,
                                        qint64 rows, const QJsonObject &details, QString *error)
{
    if (!actor.permits(Permission::ViewReports, error))
        return false;
    EventRecord event;
    event.kind = access == PersonalDataAccess::Exported ? QStringLiteral("personal-data-exported")
                                                        : QStringLiteral("personal-data-viewed");
    event.details = details;
    event.details.insert(QStringLiteral("subject"), subject);
    event.details.insert(QStringLiteral("rows"), rows);
    return record(actor, event, error);
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
    ChainCheck check;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral("ORDER BY id"))) {
        check.firstBrokenId = -1;
        check.reason = query.lastError().text();
        return check;
    }
    QString previousHash;
    qint64 previousId = 0;
    while (query.next()) {
        const EventRecord event = readRow(query);
        const QString storedPrevious = query.value(11).toString();
        const QString storedHash = query.value(12).toString();
        ++check.checked;
        if (event.id != previousId + 1) {
            check.firstBrokenId = event.id;
            check.reason = tr("event %1 follows event %2: rows are missing or were inserted")
                               .arg(event.id)
                               .arg(previousId);
            return check;
        }
        if (storedPrevious != previousHash) {
            check.firstBrokenId = event.id;
            check.reason = tr("event %1 does not continue the chain: the event before it was changed, "
                              "removed or inserted")
                               .arg(event.id);
            return check;
        }
        if (hashOf(event, query.value(10).toString(), storedPrevious) != storedHash) {
            check.firstBrokenId = event.id;
            check.reason = tr("event %1 was changed after it was recorded").arg(event.id);
            return check;
        }
        previousHash = storedHash;
        previousId = event.id;
    }
    return check;
}

} // namespace motcua
