#include "domain/dossierflow.h"

#include "domain/cliparse.h"
#include "domain/clock.h"
#include "domain/identity.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace motcua::DossierFlow {

namespace {

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

// The text member of `input` a field of the table names; nullptr for the others.
QString *textField(ActionInput &input, const QString &field)
{
    const struct
    {
        const QString &key;
        QString ActionInput::*member;
    } members[] = {
        {FieldGiver, &ActionInput::giver},
        {FieldReceiver, &ActionInput::receiver},
        {FieldOffice, &ActionInput::office},
        {FieldReason, &ActionInput::reason},
        {FieldAmount, &ActionInput::amount},
        {FieldDescription, &ActionInput::description},
        {FieldCollectorName, &ActionInput::collectorName},
        {FieldCollectorId, &ActionInput::collectorId},
        {FieldTracking, &ActionInput::trackingNumber},
    };
    for (const auto &entry : members) {
        if (entry.key == field)
            return &(input.*entry.member);
    }
    return nullptr;
}

} // namespace

QList<DossierAction> allActions()
{
    QList<DossierAction> actions;
    for (const ActionSpec &spec : DossierActions::all())
        actions.append(spec.action);
    return actions;
}

Transition check(DossierStatus status, DossierAction action, const DossierFacts &facts)
{
    const ActionSpec &spec = DossierActions::spec(action);
    if (!spec.from.contains(status))
        return refuse(
            QCoreApplication::translate("DossierFlow", spec.wrongStatus).arg(quoted(status)));
    // The rules besides the status: each of these may happen once in a dossier's life.
    if (action == DossierAction::RequestDocuments && facts.documentsRequested)
        return refuse(QCoreApplication::translate("DossierFlow",
                                                  "Additional documents were already requested for "
                                                  "this dossier: a dossier may be asked to be "
                                                  "completed only once."));
    if (action == DossierAction::ApologyExtension && facts.apologyGiven)
        return refuse(QCoreApplication::translate("DossierFlow",
                                                  "An apology with a new return date was already "
                                                  "given for this dossier: the return date may be "
                                                  "re-set only once."));
    return allow(spec.target.value_or(status));
}

QList<DossierAction> allowedActions(DossierStatus status, const DossierFacts &facts)
{
    QList<DossierAction> allowed;
    for (const ActionSpec &spec : DossierActions::all()) {
        if (check(status, spec.action, facts).allowed)
            allowed.append(spec.action);
    }
    return allowed;
}

Permission permission(DossierAction action)
{
    return DossierActions::spec(action).permission;
}

QString actionKey(DossierAction action)
{
    return QString::fromLatin1(DossierActions::spec(action).key);
}

bool actionFromKey(const QString &key, DossierAction *action)
{
    const ActionSpec *spec = DossierActions::fromKey(key);
    if (spec)
        *action = spec->action;
    return spec;
}

QString actionLabel(DossierAction action)
{
    return QCoreApplication::translate("DossierFlow", DossierActions::spec(action).label);
}

QString eventKind(DossierAction action)
{
    return QString::fromLatin1(DossierActions::spec(action).eventKind);
}

QString fieldText(const ActionInput &input, const QString &field)
{
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    };
    if (const QString *text = textField(const_cast<ActionInput &>(input), field))
        return *text;
    if (field == FieldItems)
        return input.items.join(QLatin1Char('\n'));
    if (field == FieldNewDue)
        return CliParse::formatDateTime(input.newDueAt, Clock::officeZone());
    if (field == FieldMethod)
        return Dossiers::returnMethodKey(input.returnMethod);
    if (field == FieldRole)
        return input.collectorRole == CollectorRole::Applicant ? QStringLiteral("applicant")
                                                               : QStringLiteral("authorised");
    if (field == FieldOriginals)
        return yesNo(input.originalsTakenBack);
    if (field == FieldReceipt)
        return yesNo(input.receiptHandedBack);
    return {};
}

bool setFieldText(ActionInput &input, const QString &field, const QString &text)
{
    const auto flag = [&text](bool *value) {
        if (text != QLatin1String("yes") && text != QLatin1String("no"))
            return false;
        *value = text == QLatin1String("yes");
        return true;
    };
    if (QString *member = textField(input, field)) {
        *member = text;
        return true;
    }
    if (field == FieldItems) {
        input.items = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return true;
    }
    if (field == FieldNewDue) {
        QString error;
        const auto at = CliParse::dateTime(text, Clock::officeZone(), &error);
        if (at)
            input.newDueAt = *at;
        return at.has_value();
    }
    if (field == FieldMethod)
        return Dossiers::returnMethodFromKey(text, &input.returnMethod);
    if (field == FieldRole) {
        if (text != QLatin1String("applicant") && text != QLatin1String("authorised"))
            return false;
        input.collectorRole = text == QLatin1String("applicant") ? CollectorRole::Applicant
                                                                 : CollectorRole::AuthorisedPerson;
        return true;
    }
    if (field == FieldOriginals)
        return flag(&input.originalsTakenBack);
    if (field == FieldReceipt)
        return flag(&input.receiptHandedBack);
    return false;
}

bool isHandover(DossierAction action)
{
    return DossierActions::spec(action).handover;
}

QString pauseKind(DossierAction action)
{
    return QString::fromLatin1(DossierActions::spec(action).pauseKind);
}

bool resumes(DossierAction action)
{
    return DossierActions::spec(action).resumes;
}

QString eventLabel(const QString &kind)
{
    for (const ActionSpec &spec : DossierActions::all()) {
        if (kind == QLatin1String(spec.eventKind))
            return actionLabel(spec.action);
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

    const ActionSpec &spec = DossierActions::spec(action);
    for (const ActionField &field : spec.fields) {
        if (field.byRule)
            continue;
        const QString key = QString::fromLatin1(field.key);
        switch (field.kind) {
        case ActionFieldKind::Person:
            Reception::checkPersonName(*textField(input, key), key, label(field.name),
                                       field.required, errors);
            break;
        case ActionFieldKind::Line:
            Reception::checkLine(*textField(input, key), key, label(field.name), field.maxLength,
                                 field.required, errors);
            break;
        case ActionFieldKind::List:
            checkItems(field.required);
            break;
        default:
            break; // choices and flags cannot be wrong
        }
    }

    // The rules of the fields that depend on each other or on the dossier.
    switch (action) {
    case DossierAction::ApologyExtension:
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
    default:
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
