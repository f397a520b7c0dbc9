#include "domain/dossierflow.h"

#include "domain/clock.h"
#include "domain/identity.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace motcua::DossierFlow {

namespace {

constexpr DossierAction actions[] = {
    DossierAction::Transfer,
    DossierAction::RequestDocuments,
    DossierAction::DocumentsReceived,
    DossierAction::RequestPayment,
    DossierAction::PaymentDone,
    DossierAction::ApologyExtension,
    DossierAction::RecordResult,
    DossierAction::RecordRefusal,
    DossierAction::Return,
    DossierAction::Withdraw,
};

constexpr int maxLineLength = 300;
constexpr int maxItems = 50;

QString quoted(DossierStatus status)
{
    return QCoreApplication::translate("DossierFlow", "“%1”").arg(Dossiers::statusLabel(status));
}

Transition allow(DossierStatus target)
{
    return {true, target, QString()};
}

Transition refuse(const QString &reason)
{
    return {false, DossierStatus::Received, reason};
}

QString minuteText(const QDateTime &t)
{
    return Clock::local(t).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QDateTime toWholeMinute(const QDateTime &t)
{
    QDateTime local = Clock::local(t);
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    return local;
}

} // namespace

QList<DossierAction> allActions()
{
    return QList<DossierAction>(std::begin(actions), std::end(actions));
}

Transition check(DossierStatus status, DossierAction action, const DossierFacts &facts)
{
    const bool open = Dossiers::isOpenStatus(status);
    switch (action) {
    case DossierAction::Transfer:
        // A dossier may be handed on from one office to another while it is processed.
        if (status == DossierStatus::Received || status == DossierStatus::Processing)
            return allow(DossierStatus::Processing);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "Only a dossier that is received or in processing "
                                        "can be transferred; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::RequestDocuments:
        if (status != DossierStatus::Processing)
            return refuse(
                QCoreApplication::translate("DossierFlow",
                                            "Additional documents can be requested only while "
                                            "the dossier is in processing; this dossier is %1.")
                    .arg(quoted(status)));
        if (facts.documentsRequested)
            return refuse(
                QCoreApplication::translate("DossierFlow",
                                            "Additional documents were already requested for "
                                            "this dossier: a dossier may be asked to be "
                                            "completed only once."));
        return allow(DossierStatus::AwaitingDocuments);
    case DossierAction::DocumentsReceived:
        if (status == DossierStatus::AwaitingDocuments)
            return allow(DossierStatus::Processing);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "Only a dossier waiting for additional documents can "
                                        "receive them; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::RequestPayment:
        if (status == DossierStatus::Processing)
            return allow(DossierStatus::AwaitingPayment);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "A financial obligation can be requested only while "
                                        "the dossier is in processing; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::PaymentDone:
        if (status == DossierStatus::AwaitingPayment)
            return allow(DossierStatus::Processing);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "Only a dossier waiting for a financial obligation can "
                                        "have it fulfilled; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::ApologyExtension:
        if (!open)
            return refuse(
                QCoreApplication::translate("DossierFlow",
                                            "An apology and a new date can be given only while "
                                            "the dossier is being handled; this dossier is %1.")
                    .arg(quoted(status)));
        if (facts.apologyGiven)
            return refuse(
                QCoreApplication::translate("DossierFlow",
                                            "An apology with a new return date was already "
                                            "given for this dossier: the return date may be "
                                            "re-set only once."));
        return allow(status);
    case DossierAction::RecordResult:
        if (status == DossierStatus::Processing)
            return allow(DossierStatus::ResultReady);
        return refuse(QCoreApplication::translate("DossierFlow",
                                                  "A result can be recorded only for a dossier in "
                                                  "processing; this dossier is %1.")
                          .arg(quoted(status)));
    case DossierAction::RecordRefusal:
        if (status == DossierStatus::Processing)
            return allow(DossierStatus::Refused);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "A refusal decision can be recorded only for a dossier "
                                        "in processing; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::Return:
        if (status == DossierStatus::ResultReady || status == DossierStatus::Refused)
            return allow(DossierStatus::Returned);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "Only a result or a refusal decision that is ready can "
                                        "be returned; this dossier is %1.")
                .arg(quoted(status)));
    case DossierAction::Withdraw:
        if (open)
            return allow(DossierStatus::Withdrawn);
        return refuse(
            QCoreApplication::translate("DossierFlow",
                                        "A dossier can be stopped only while no result exists; "
                                        "this dossier is %1.")
                .arg(quoted(status)));
    }
    return refuse(QString());
}

QList<DossierAction> allowedActions(DossierStatus status, const DossierFacts &facts)
{
    QList<DossierAction> allowed;
    for (DossierAction action : actions) {
        if (check(status, action, facts).allowed)
            allowed.append(action);
    }
    return allowed;
}

Permission permission(DossierAction action)
{
    // The apology is signed by the head of the office: supervisors only.
    return action == DossierAction::ApologyExtension ? Permission::ApproveExtension
                                                     : Permission::HandleDossier;
}

QString actionKey(DossierAction action)
{
    switch (action) {
    case DossierAction::Transfer:
        return QStringLiteral("transfer");
    case DossierAction::RequestDocuments:
        return QStringLiteral("request-documents");
    case DossierAction::DocumentsReceived:
        return QStringLiteral("documents-received");
    case DossierAction::RequestPayment:
        return QStringLiteral("request-payment");
    case DossierAction::PaymentDone:
        return QStringLiteral("payment-done");
    case DossierAction::ApologyExtension:
        return QStringLiteral("apology");
    case DossierAction::RecordResult:
        return QStringLiteral("result");
    case DossierAction::RecordRefusal:
        return QStringLiteral("refusal");
    case DossierAction::Return:
        return QStringLiteral("return");
    case DossierAction::Withdraw:
        return QStringLiteral("withdraw");
    }
    return {};
}

bool actionFromKey(const QString &key, DossierAction *action)
{
    for (DossierAction candidate : actions) {
        if (actionKey(candidate) == key) {
            *action = candidate;
            return true;
        }
    }
    return false;
}

QString actionLabel(DossierAction action)
{
    switch (action) {
    case DossierAction::Transfer:
        return QCoreApplication::translate("DossierFlow", "Transfer");
    case DossierAction::RequestDocuments:
        return QCoreApplication::translate("DossierFlow", "Request additional documents");
    case DossierAction::DocumentsReceived:
        return QCoreApplication::translate("DossierFlow", "Additional documents received");
    case DossierAction::RequestPayment:
        return QCoreApplication::translate("DossierFlow", "Request a financial obligation");
    case DossierAction::PaymentDone:
        return QCoreApplication::translate("DossierFlow", "Financial obligation fulfilled");
    case DossierAction::ApologyExtension:
        return QCoreApplication::translate("DossierFlow", "Apology and new date");
    case DossierAction::RecordResult:
        return QCoreApplication::translate("DossierFlow", "Result received");
    case DossierAction::RecordRefusal:
        return QCoreApplication::translate("DossierFlow", "Refusal decision received");
    case DossierAction::Return:
        return QCoreApplication::translate("DossierFlow", "Return the result");
    case DossierAction::Withdraw:
        return QCoreApplication::translate("DossierFlow", "Stop / withdraw");
    }
    return {};
}

QString eventKind(DossierAction action)
{
    switch (action) {
    case DossierAction::Transfer:
        return QStringLiteral("transferred");
    case DossierAction::RequestDocuments:
        return QStringLiteral("documents-requested");
    case DossierAction::DocumentsReceived:
        return QStringLiteral("documents-received");
    case DossierAction::RequestPayment:
        return QStringLiteral("payment-requested");
    case DossierAction::PaymentDone:
        return QStringLiteral("payment-done");
    case DossierAction::ApologyExtension:
        return QStringLiteral("apology-extension");
    case DossierAction::RecordResult:
        return QStringLiteral("result-recorded");
    case DossierAction::RecordRefusal:
        return QStringLiteral("refusal-recorded");
    case DossierAction::Return:
        return QStringLiteral("returned");
    case DossierAction::Withdraw:
        return QStringLiteral("withdrawn");
    }
    return {};
}

bool isHandover(DossierAction action)
{
    return action == DossierAction::Transfer || action == DossierAction::RecordResult
        || action == DossierAction::RecordRefusal;
}

QString pauseKind(DossierAction action)
{
    if (action == DossierAction::RequestDocuments)
        return QStringLiteral("documents");
    if (action == DossierAction::RequestPayment)
        return QStringLiteral("payment");
    return {};
}

bool resumes(DossierAction action)
{
    return action == DossierAction::DocumentsReceived || action == DossierAction::PaymentDone;
}

QString eventLabel(const QString &kind)
{
    for (DossierAction action : actions) {
        if (eventKind(action) == kind)
            return actionLabel(action);
    }
    if (kind == QLatin1String("received"))
        return QCoreApplication::translate("DossierFlow", "Received");
    if (kind == QLatin1String("slip-reprinted"))
        return QCoreApplication::translate("DossierFlow", "Slip reprinted");
    if (kind == QLatin1String("slip-printed"))
        return QCoreApplication::translate("DossierFlow", "Slip printed");
    if (kind == QLatin1String("deadline-recomputed"))
        return QCoreApplication::translate("DossierFlow", "Deadline recomputed");
    return kind;
}

QString detailLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"code", QT_TRANSLATE_NOOP("DossierFlow", "Dossier code")},
        {"procedure", QT_TRANSLATE_NOOP("DossierFlow", "Procedure")},
        {"channel", QT_TRANSLATE_NOOP("DossierFlow", "Channel")},
        {"due", QT_TRANSLATE_NOOP("DossierFlow", "Due")},
        {"documents", QT_TRANSLATE_NOOP("DossierFlow", "Documents")},
        {"giver", QT_TRANSLATE_NOOP("DossierFlow", "Handed over by")},
        {"receiver", QT_TRANSLATE_NOOP("DossierFlow", "Received by")},
        {"fromOffice", QT_TRANSLATE_NOOP("DossierFlow", "From")},
        {"office", QT_TRANSLATE_NOOP("DossierFlow", "Office")},
        {"items", QT_TRANSLATE_NOOP("DossierFlow", "Items")},
        {"reason", QT_TRANSLATE_NOOP("DossierFlow", "Reason")},
        {"amount", QT_TRANSLATE_NOOP("DossierFlow", "Amount")},
        {"pausedFrom", QT_TRANSLATE_NOOP("DossierFlow", "Paused since")},
        {"oldDue", QT_TRANSLATE_NOOP("DossierFlow", "Previous due time")},
        {"newDue", QT_TRANSLATE_NOOP("DossierFlow", "New due time")},
        {"previousPromise", QT_TRANSLATE_NOOP("DossierFlow", "Previously promised")},
        {"newPromise", QT_TRANSLATE_NOOP("DossierFlow", "New promised time")},
        {"description", QT_TRANSLATE_NOOP("DossierFlow", "Result")},
        {"resultKind", QT_TRANSLATE_NOOP("DossierFlow", "Kind of result")},
        {"method", QT_TRANSLATE_NOOP("DossierFlow", "Returned")},
        {"collector", QT_TRANSLATE_NOOP("DossierFlow", "Collected by")},
        {"collectorId", QT_TRANSLATE_NOOP("DossierFlow", "Collector's ID")},
        {"collectorRole", QT_TRANSLATE_NOOP("DossierFlow", "Collected as")},
        {"originalsTakenBack", QT_TRANSLATE_NOOP("DossierFlow", "Originals taken back")},
        {"receiptHandedBack", QT_TRANSLATE_NOOP("DossierFlow", "Receipt handed back")},
        {"trackingNumber", QT_TRANSLATE_NOOP("DossierFlow", "Postal tracking number")},
        {"slip", QT_TRANSLATE_NOOP("DossierFlow", "Slip")},
        {"old", QT_TRANSLATE_NOOP("DossierFlow", "Previous due time")},
        {"new", QT_TRANSLATE_NOOP("DossierFlow", "New due time")},
    };
    for (const auto &entry : labels) {
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("DossierFlow", entry.label);
    }
    return key;
}

QString detailsText(const QJsonObject &details)
{
    const auto yesNo = [](bool value) {
        return value ? QCoreApplication::translate("DossierFlow", "yes")
                     : QCoreApplication::translate("DossierFlow", "no");
    };
    const auto word = [&](const QString &key, const QString &value) -> QString {
        Channel channel;
        if (key == QLatin1String("channel") && Dossiers::channelFromKey(value, &channel))
            return Dossiers::channelLabel(channel);
        if (key == QLatin1String("method"))
            return value == QLatin1String("post")
                ? QCoreApplication::translate("DossierFlow", "by post")
                : QCoreApplication::translate("DossierFlow", "at the counter");
        if (key == QLatin1String("collectorRole"))
            return value == QLatin1String("applicant")
                ? QCoreApplication::translate("DossierFlow", "the applicant")
                : QCoreApplication::translate("DossierFlow", "authorised person");
        if (key == QLatin1String("resultKind"))
            return value == QLatin1String("refused")
                ? QCoreApplication::translate("DossierFlow", "refusal decision")
                : QCoreApplication::translate("DossierFlow", "result");
        // Instants are stored as ISO 8601 with their offset.
        if (value.size() >= 16 && value.at(4) == QLatin1Char('-')
            && value.at(10) == QLatin1Char('T')) {
            const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
            if (t.isValid())
                return minuteText(t);
        }
        return value;
    };
    QStringList lines;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList parts;
            for (const QJsonValue &part : it.value().toArray())
                parts.append(part.toVariant().toString());
            value = parts.join(QStringLiteral("; "));
        } else if (it.value().isBool()) {
            value = yesNo(it.value().toBool());
        } else {
            value = word(it.key(), it.value().toVariant().toString());
        }
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(detailLabel(it.key()), value));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<FieldError> validate(DossierAction action, ActionInput &input, const Dossier &dossier,
                           const QDateTime &now, const QDateTime &earliest)
{
    QList<FieldError> errors;
    const auto label = [](const char *text) {
        return QCoreApplication::translate("DossierFlow", text);
    };

    // The time the clerk states: whole minutes, as on the slips.
    input.occurredAt = toWholeMinute(input.occurredAt.isValid() ? input.occurredAt : now);
    if (input.occurredAt > now)
        errors.append({FieldTime,
                       QCoreApplication::translate("DossierFlow", "The time %1 is in the future.")
                           .arg(minuteText(input.occurredAt))});
    else if (earliest.isValid() && input.occurredAt < earliest)
        errors.append({FieldTime,
                       QCoreApplication::translate("DossierFlow",
                                                   "The time %1 is before the dossier's last "
                                                   "recorded step (%2).")
                           .arg(minuteText(input.occurredAt), minuteText(earliest))});
    Reception::checkNote(input.note, FieldNote, errors);

    const auto checkItems = [&](bool required) {
        QStringList clean;
        for (QString item : std::as_const(input.items)) {
            if (Reception::checkLine(item, FieldItems,
                                     label(QT_TRANSLATE_NOOP("DossierFlow", "A listed item")),
                                     maxLineLength, false, errors)
                && !item.isEmpty())
                clean.append(item);
        }
        input.items = clean;
        if (required && clean.isEmpty())
            errors.append({FieldItems,
                           QCoreApplication::translate("DossierFlow",
                                                       "List what the applicant must add "
                                                       "or complete.")});
        else if (clean.size() > maxItems)
            errors.append(
                {FieldItems,
                 QCoreApplication::translate("DossierFlow", "At most %1 items.").arg(maxItems)});
    };
    const auto checkReason = [&](const char *what) {
        Reception::checkLine(input.reason, FieldReason, label(what), 1000, true, errors);
    };
    const auto checkHandover = [&](const char *officeLabel) {
        Reception::checkPersonName(
            input.giver, FieldGiver,
            label(QT_TRANSLATE_NOOP("DossierFlow", "The name of who hands over")), true, errors);
        Reception::checkPersonName(
            input.receiver, FieldReceiver,
            label(QT_TRANSLATE_NOOP("DossierFlow", "The name of who receives")), true, errors);
        Reception::checkLine(input.office, FieldOffice, label(officeLabel), maxLineLength, true,
                             errors);
    };

    switch (action) {
    case DossierAction::Transfer:
        checkHandover(QT_TRANSLATE_NOOP("DossierFlow", "The receiving office"));
        break;
    case DossierAction::RequestDocuments:
        checkItems(true);
        checkReason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the request"));
        Reception::checkLine(input.office, FieldOffice,
                             label(QT_TRANSLATE_NOOP("DossierFlow", "The requesting office")),
                             maxLineLength, false, errors);
        break;
    case DossierAction::DocumentsReceived:
        checkItems(false);
        break;
    case DossierAction::RequestPayment:
        checkReason(QT_TRANSLATE_NOOP("DossierFlow", "The financial obligation"));
        Reception::checkLine(input.amount, FieldAmount,
                             label(QT_TRANSLATE_NOOP("DossierFlow", "The amount")), 100, false,
                             errors);
        break;
    case DossierAction::PaymentDone:
        Reception::checkLine(input.amount, FieldAmount,
                             label(QT_TRANSLATE_NOOP("DossierFlow", "The amount")), 100, false,
                             errors);
        break;
    case DossierAction::ApologyExtension:
        checkReason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the delay"));
        if (!input.newDueAt.isValid()) {
            errors.append(
                {FieldNewDue,
                 QCoreApplication::translate("DossierFlow", "The new return date is required.")});
        } else {
            input.newDueAt = toWholeMinute(input.newDueAt);
            if (input.newDueAt <= dossier.promisedAt())
                errors.append({FieldNewDue,
                               QCoreApplication::translate("DossierFlow",
                                                           "The new return time must be "
                                                           "later than the promised time "
                                                           "%1.")
                                   .arg(minuteText(dossier.promisedAt()))});
        }
        break;
    case DossierAction::RecordResult:
        checkHandover(QT_TRANSLATE_NOOP("DossierFlow", "The office that hands back the result"));
        Reception::checkLine(
            input.description, FieldDescription,
            label(QT_TRANSLATE_NOOP("DossierFlow", "The description of the result")), maxLineLength,
            true, errors);
        break;
    case DossierAction::RecordRefusal:
        checkHandover(QT_TRANSLATE_NOOP("DossierFlow", "The office that hands back the result"));
        checkReason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for the refusal"));
        Reception::checkLine(
            input.description, FieldDescription,
            label(QT_TRANSLATE_NOOP("DossierFlow", "The description of the result")), maxLineLength,
            false, errors);
        break;
    case DossierAction::Return:
        if (input.returnMethod == ReturnMethod::Post) {
            // Tracking numbers are letters and digits (EL123456789VN); spaces typed in are dropped.
            input.trackingNumber
                = input.trackingNumber.simplified().remove(QLatin1Char(' ')).toUpper();
            static const QRegularExpression tracking(QStringLiteral("^[A-Z0-9]{6,30}$"));
            if (input.trackingNumber.isEmpty())
                errors.append({FieldTracking,
                               QCoreApplication::translate("DossierFlow",
                                                           "The postal tracking number "
                                                           "is required for a return by "
                                                           "post.")});
            else if (!tracking.match(input.trackingNumber).hasMatch())
                errors.append({FieldTracking,
                               QCoreApplication::translate("DossierFlow",
                                                           "The postal tracking number "
                                                           "has 6 to 30 letters and "
                                                           "digits.")});
            Reception::checkPersonName(
                input.collectorName, FieldCollectorName,
                label(QT_TRANSLATE_NOOP("DossierFlow", "The addressee's name")), false, errors);
            input.collectorId = input.collectorId.trimmed();
        } else {
            input.trackingNumber.clear();
            Reception::checkPersonName(
                input.collectorName, FieldCollectorName,
                label(QT_TRANSLATE_NOOP("DossierFlow", "The collector's name")), true, errors);
            input.collectorId = input.collectorId.simplified().remove(QLatin1Char(' '));
            QString reason;
            if (input.collectorId.isEmpty())
                errors.append({FieldCollectorId,
                               QCoreApplication::translate("DossierFlow",
                                                           "The collector's personal "
                                                           "ID number is required.")});
            else if (!Identity::validatePersonalId(input.collectorId, QDate(), &reason))
                errors.append({FieldCollectorId, reason});
        }
        break;
    case DossierAction::Withdraw:
        checkReason(QT_TRANSLATE_NOOP("DossierFlow", "The reason for stopping"));
        break;
    }
    return errors;
}

DeadlineResult deadline(const DeadlineCalculator &calculator, const QDateTime &receivedAt,
                        const DeadlineRule &rule, QList<Pause> pauses)
{
    std::sort(pauses.begin(), pauses.end(),
              [](const Pause &a, const Pause &b) { return a.from < b.from; });
    // Pauses in order of start: each one that began before the due time it found pushes it on.
    QList<Pause> counted;
    DeadlineResult result = calculator.compute(receivedAt, rule);
    for (const Pause &pause : std::as_const(pauses)) {
        if (!result.isValid())
            break;
        if (!pause.from.isValid() || !pause.to.isValid() || pause.from > result.due)
            continue;
        counted.append(pause);
        result = calculator.compute(receivedAt, rule, counted);
    }
    return result;
}

} // namespace motcua::DossierFlow
