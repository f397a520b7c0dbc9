#include "domain/dossier.h"

#include <QCoreApplication>
#include <QLocale>

namespace motcua {

bool Dossier::isOpen() const
{
    return Dossiers::isOpenStatus(status);
}

bool Dossier::isOverdueAt(const QDateTime &now) const
{
    // Lateness is judged against the original deadline, whatever the apology promised. While
    // paused the clock stands still: late only if it was already late when the pause began.
    if (!isOpen() || !dueAt.isValid())
        return false;
    return pausedAt.isValid() ? pausedAt > dueAt : now > dueAt;
}

namespace Dossiers {

namespace {

template<typename Enum, size_t N>
bool fromKey(const QString &key, Enum *value, const Enum (&all)[N], QString (*keyOf)(Enum))
{
    for (Enum candidate : all) {
        if (keyOf(candidate) == key) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

constexpr DossierStatus statuses[]
    = {DossierStatus::Received,        DossierStatus::Processing,  DossierStatus::AwaitingDocuments,
       DossierStatus::AwaitingPayment, DossierStatus::ResultReady, DossierStatus::Refused,
       DossierStatus::Returned,        DossierStatus::Withdrawn};
constexpr Channel channels[] = {Channel::Direct, Channel::Postal, Channel::Online};
constexpr ApplicantKind applicantKinds[] = {ApplicantKind::Person, ApplicantKind::Organisation};
constexpr ReturnMethod returnMethods[] = {ReturnMethod::Counter, ReturnMethod::Post};
constexpr DeadlineRule::Unit units[]
    = {DeadlineRule::Unit::Days, DeadlineRule::Unit::Hours, DeadlineRule::Unit::SameDay};

} // namespace

QString statusKey(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return QStringLiteral("received");
    case DossierStatus::Processing:
        return QStringLiteral("processing");
    case DossierStatus::AwaitingDocuments:
        return QStringLiteral("awaiting_documents");
    case DossierStatus::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    case DossierStatus::ResultReady:
        return QStringLiteral("result_ready");
    case DossierStatus::Refused:
        return QStringLiteral("refused");
    case DossierStatus::Returned:
        return QStringLiteral("returned");
    case DossierStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

bool statusFromKey(const QString &key, DossierStatus *status)
{
    return fromKey(key, status, statuses, statusKey);
}

QString statusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return QCoreApplication::translate("Dossiers", "Received");
    case DossierStatus::Processing:
        return QCoreApplication::translate("Dossiers", "In processing");
    case DossierStatus::AwaitingDocuments:
        return QCoreApplication::translate("Dossiers", "Additional documents requested");
    case DossierStatus::AwaitingPayment:
        return QCoreApplication::translate("Dossiers", "Financial obligation requested");
    case DossierStatus::ResultReady:
        return QCoreApplication::translate("Dossiers", "Processed, result ready");
    case DossierStatus::Refused:
        return QCoreApplication::translate("Dossiers", "Refusal decided, to return");
    case DossierStatus::Returned:
        return QCoreApplication::translate("Dossiers", "Result returned");
    case DossierStatus::Withdrawn:
        return QCoreApplication::translate("Dossiers", "Stopped (withdrawn)");
    }
    return {};
}

QList<DossierStatus> allStatuses()
{
    return QList<DossierStatus>(std::begin(statuses), std::end(statuses));
}

bool isOpenStatus(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
    case DossierStatus::Processing:
    case DossierStatus::AwaitingDocuments:
    case DossierStatus::AwaitingPayment:
        return true;
    default:
        return false;
    }
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Direct:
        return QStringLiteral("direct");
    case Channel::Postal:
        return QStringLiteral("postal");
    case Channel::Online:
        return QStringLiteral("online");
    }
    return {};
}

bool channelFromKey(const QString &key, Channel *channel)
{
    return fromKey(key, channel, channels, channelKey);
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Direct:
        return QCoreApplication::translate("Dossiers", "At the counter");
    case Channel::Postal:
        return QCoreApplication::translate("Dossiers", "Public postal service");
    case Channel::Online:
        return QCoreApplication::translate("Dossiers", "Online");
    }
    return {};
}

QString applicantKindKey(ApplicantKind kind)
{
    return kind == ApplicantKind::Person ? QStringLiteral("person")
                                         : QStringLiteral("organisation");
}

bool applicantKindFromKey(const QString &key, ApplicantKind *kind)
{
    return fromKey(key, kind, applicantKinds, applicantKindKey);
}

QString returnMethodKey(ReturnMethod method)
{
    return method == ReturnMethod::Counter ? QStringLiteral("counter") : QStringLiteral("post");
}

bool returnMethodFromKey(const QString &key, ReturnMethod *method)
{
    return fromKey(key, method, returnMethods, returnMethodKey);
}

QString unitKey(DeadlineRule::Unit unit)
{
    switch (unit) {
    case DeadlineRule::Unit::Days:
        return QStringLiteral("days");
    case DeadlineRule::Unit::Hours:
        return QStringLiteral("hours");
    case DeadlineRule::Unit::SameDay:
        return QStringLiteral("same-day");
    }
    return {};
}

bool unitFromKey(const QString &key, DeadlineRule::Unit *unit)
{
    return fromKey(key, unit, units, unitKey);
}

QString ruleText(const DeadlineRule &rule)
{
    const QString amount = QLocale().toString(rule.amount, 'g', 6);
    // Plural forms for whole numbers; a fraction ("0,5", "5,5") reads as a plural in English.
    const int whole = int(rule.amount);
    const bool isWhole = whole == rule.amount;
    switch (rule.unit) {
    case DeadlineRule::Unit::Days:
        return isWhole
            ? QCoreApplication::translate("Dossiers", "%n working day(s)", nullptr, whole)
            : QCoreApplication::translate("Dossiers", "%1 working days").arg(amount);
    case DeadlineRule::Unit::Hours:
        return isWhole
            ? QCoreApplication::translate("Dossiers", "%n working hour(s)", nullptr, whole)
            : QCoreApplication::translate("Dossiers", "%1 working hours").arg(amount);
    case DeadlineRule::Unit::SameDay:
        return QCoreApplication::translate("Dossiers", "the same working day");
    }
    return {};
}

} // namespace Dossiers
} // namespace motcua
