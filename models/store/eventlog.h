#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace motcua {

struct EventRecord
{
    qint64 id = 0;
    qint64 dossierId = 0;         // 0: an event of the office, not of one dossier
    QDateTime occurredAt;         // when it happened (a handover may be recorded later)
    QDateTime recordedAt;         // when it was written
    QString actor;                // display name of who did it
    qint64 userId = 0;
    QString kind;                 // "received", "transferred", "calendar-edited" …
    QString fromStatus;
    QString toStatus;
    QString note;
    QJsonObject details;          // structured facts of the event
};

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
    // false (*error says why) the caller must not show or write the data.
    bool recordPersonalDataAccess(const Actor &actor, PersonalDataAccess access, const QString &subject,
                                  qint64 rows, const QJsonObject &details, QString *error);

    QList<EventRecord> forDossier(qint64 dossierId) const;

    struct ChainCheck
    {
        qint64 checked = 0;
        qint64 firstBrokenId = 0;   // 0 when the chain is intact
        QString reason;
        bool isIntact() const { return firstBrokenId == 0; }
    };
    ChainCheck verifyChain() const;

    static QString hashOf(const EventRecord &event, const QString &previousHash);

private:
    // Over the stored text of the details, exactly as written.
    static QString hashOf(const EventRecord &event, const QString &detailsText, const QString &previousHash);

    QSqlDatabase m_db;
};

} // namespace motcua
