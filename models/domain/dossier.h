#pragma once

#include "domain/deadline.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace motcua {

// National status names: Được tiếp nhận, Đang xử lý, Yêu cầu bổ sung giấy tờ, Yêu cầu thực hiện
// nghĩa vụ tài chính, Đã xử lý xong, (refusal decision), Đã trả kết quả, Dừng xử lý.
// "Overdue" is not a status: it is derived from the deadline.
enum class DossierStatus {
    Received,
    Processing,
    AwaitingDocuments,
    AwaitingPayment,
    ResultReady,
    Refused,
    Returned,
    Withdrawn,
};

enum class Channel { Direct, Postal, Online };
enum class ApplicantKind { Person, Organisation };
enum class ReturnMethod { Counter, Post };

struct Party
{
    QString name;
    QString idNumber; // 12-digit personal ID, or an organisation's code
    QDate birthDate;
    QString phone;
    QString address;
    QString email;
    bool isEmpty() const { return name.isEmpty() && idNumber.isEmpty(); }
};

struct DossierDocument
{
    QString name;
    int originals = 0;
    int copies = 0;
    bool received = true;
};

struct Dossier
{
    qint64 id = 0;
    QString code;
    qint64 procedureId = 0;
    QString procedureCode;
    QString procedureName;
    QString field;
    QString decidingOffice;
    DossierStatus status = DossierStatus::Received;
    Channel channel = Channel::Direct;
    ApplicantKind applicantKind = ApplicantKind::Person;
    Party applicant;
    Party proxy; // the authorised person, when there is one
    int sets = 1;
    ReturnMethod returnMethod = ReturnMethod::Counter;
    QString returnAddress;
    QString note;
    DeadlineRule rule; // in force on the day of reception
    QDateTime receivedAt;
    QDateTime dueAt; // decides lateness (pushed only by pauses)
    QDateTime extendedDueAt; // the apology's new date, if any
    QDateTime pausedAt; // the clock is stopped since then
    QDateTime finishedAt;
    QDateTime returnedAt;
    QString resultKind;
    QString receiverName;
    QString bookNumber;
    int bookSequence = 0;
    QList<DossierDocument> documents;

    // The time the applicant is now promised: the extension when there is one.
    QDateTime promisedAt() const { return extendedDueAt.isValid() ? extendedDueAt : dueAt; }
    bool isOpen() const;
    bool isOverdueAt(const QDateTime &now) const;
};

namespace Dossiers {

QString statusKey(DossierStatus status); // stored text: "received", "processing" …
bool statusFromKey(const QString &key, DossierStatus *status);
QString statusLabel(DossierStatus status); // translated national name
QList<DossierStatus> allStatuses();
bool isOpenStatus(DossierStatus status); // not yet finished

QString channelKey(Channel channel); // "direct", "postal", "online"
bool channelFromKey(const QString &key, Channel *channel);
QString channelLabel(Channel channel);

QString applicantKindKey(ApplicantKind kind);
bool applicantKindFromKey(const QString &key, ApplicantKind *kind);
QString returnMethodKey(ReturnMethod method);
bool returnMethodFromKey(const QString &key, ReturnMethod *method);

QString unitKey(DeadlineRule::Unit unit); // "days", "hours", "same-day"
bool unitFromKey(const QString &key, DeadlineRule::Unit *unit);
QString ruleText(const DeadlineRule &rule); // "5 working days", "same day" (translated)

} // namespace Dossiers
} // namespace motcua

Q_DECLARE_METATYPE(motcua::Dossier)
