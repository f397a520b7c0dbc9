#include "domain/reception.h"

#include "domain/identity.h"
#include "domain/lunarcalendar.h"
#include "domain/text.h"

#include <QRegularExpression>

namespace motcua::Reception {

namespace {

constexpr int maxNameLength = 150;
constexpr int maxOrganisationNameLength = 300;
constexpr int maxAddressLength = 300;
constexpr int maxNoteLength = 2000;

// A person's name: letters with their marks, spaces, and the apostrophe, hyphen and dot some
// names carry (H'Hen Niê). Anything else — digits, semicolons, brackets — is a typing mistake.
bool isPersonNameCharacter(QChar ch)
{
    return ch.isLetter() || ch.isMark() || ch == QLatin1Char(' ') || ch == QLatin1Char('\'')
        || ch == QChar(0x2019) || ch == QLatin1Char('-') || ch == QLatin1Char('.');
}

QString offendingCharacters(const QString &text, bool (*allowed)(QChar))
{
    QString bad;
    for (const QChar ch : text) {
        if (!allowed(ch) && !bad.contains(ch))
            bad.append(ch);
    }
    return bad;
}

void checkPerson(Party &party, ApplicantKind kind, const QString &prefix, bool requireAddress,
                 const QDateTime &now, QList<FieldError> &errors)
{
    const bool person = kind == ApplicantKind::Person;
    const QString nameField = prefix + QStringLiteral(".name");
    const QString idField = prefix + QStringLiteral(".id");
    if (checkLine(party.name, nameField,
                  person ? QCoreApplication::translate("Reception", "The full name")
                         : QCoreApplication::translate("Reception", "The organisation's name"),
                  person ? maxNameLength : maxOrganisationNameLength, true, errors)
        && person) {
        const QString bad = offendingCharacters(party.name, isPersonNameCharacter);
        if (!bad.isEmpty())
            errors.append(
                {nameField,
                 QCoreApplication::translate(
                     "Reception", "The full name contains characters a name cannot have: %1")
                     .arg(bad)});
    }

    QString reason;
    party.idNumber = party.idNumber.trimmed();
    if (party.idNumber.isEmpty()) {
        errors.append({idField,
                       person ? QCoreApplication::translate("Reception",
                                                            "The personal ID number is required.")
                              : QCoreApplication::translate(
                                  "Reception", "The organisation's code is required.")});
    } else if (person ? !Identity::validatePersonalId(party.idNumber, party.birthDate, &reason)
                      : !Identity::validateOrganisationCode(party.idNumber, &reason)) {
        errors.append({idField, reason});
    }

    if (party.birthDate.isValid()) {
        const QDate today = now.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date();
        if (!person)
            party.birthDate = QDate();
        else if (!LunarCalendar::isInRange(party.birthDate))
            errors.append({prefix + QStringLiteral(".birth"), LunarCalendar::rangeMessage()});
        else if (party.birthDate > today)
            errors.append({prefix + QStringLiteral(".birth"),
                           QCoreApplication::translate(
                               "Reception", "The date of birth must be between 1900 and today.")});
    }

    if (!party.phone.trimmed().isEmpty()) {
        QString digits;
        if (Identity::normalizePhone(party.phone, &digits, &reason))
            party.phone = digits;
        else
            errors.append({prefix + QStringLiteral(".phone"), reason});
    } else {
        party.phone.clear();
    }

    checkLine(party.address, prefix + QStringLiteral(".address"),
              QCoreApplication::translate("Reception", "The address"), maxAddressLength,
              requireAddress, errors);

    party.email = party.email.trimmed();
    if (!party.email.isEmpty() && !Identity::validateEmail(party.email, &reason))
        errors.append({prefix + QStringLiteral(".email"), reason});
}

} // namespace

bool checkLine(QString &value, const QString &field, const QString &label, int maxLength,
               bool required, QList<FieldError> &errors)
{
    if (Text::hasControlCharacters(value)) {
        errors.append({field,
                       QCoreApplication::translate(
                           "Reception", "%1 contains control characters (tabs, line breaks).")
                           .arg(label)});
        return false;
    }
    value = Text::normalized(value);
    if (required && value.isEmpty()) {
        errors.append(
            {field, QCoreApplication::translate("Reception", "%1 is required.").arg(label)});
        return false;
    }
    if (value.size() > maxLength) {
        errors.append(
            {field,
             QCoreApplication::translate("Reception", "%1 is too long (%2 characters, at most %3).")
                 .arg(label)
                 .arg(value.size())
                 .arg(maxLength)});
        return false;
    }
    return true;
}

bool checkPersonName(QString &value, const QString &field, const QString &label, bool required,
                     QList<FieldError> &errors)
{
    if (!checkLine(value, field, label, maxNameLength, required, errors))
        return false;
    const QString bad = offendingCharacters(value, isPersonNameCharacter);
    if (bad.isEmpty())
        return true;
    errors.append(
        {field,
         QCoreApplication::translate("Reception", "%1 contains characters a name cannot have: %2")
             .arg(label, bad)});
    return false;
}

bool checkNote(QString &note, const QString &field, QList<FieldError> &errors)
{
    // A note may have several lines, but no other control characters.
    bool ok = true;
    if (Text::hasControlCharacters(
            QString(note).remove(QLatin1Char('\r')).remove(QLatin1Char('\n')))) {
        errors.append(
            {field,
             QCoreApplication::translate("Reception", "The note contains control characters.")});
        ok = false;
    }
    note = note.normalized(QString::NormalizationForm_C).trimmed();
    if (note.size() > maxNoteLength) {
        errors.append({field,
                       QCoreApplication::translate("Reception",
                                                   "The note is too long (at most %1 characters).")
                           .arg(maxNoteLength)});
        ok = false;
    }
    return ok;
}

QList<FieldError> validateApplicant(ApplicantKind kind, Party &applicant, const QDateTime &now)
{
    QList<FieldError> errors;
    checkPerson(applicant, kind, QStringLiteral("applicant"), true, now, errors);
    return errors;
}

QList<FieldError> validate(ReceptionRequest &request, const QDateTime &now, const QDate &firstUse)
{
    QList<FieldError> errors;
    if (request.procedureId <= 0)
        errors.append(
            {FieldProcedure, QCoreApplication::translate("Reception", "Choose the procedure.")});

    checkPerson(request.applicant, request.applicantKind, QStringLiteral("applicant"), true, now,
                errors);

    // An authorised person is recorded only when something of them was entered.
    const bool hasProxy = !(
        request.proxy.name.trimmed().isEmpty() && request.proxy.idNumber.trimmed().isEmpty()
        && request.proxy.phone.trimmed().isEmpty() && request.proxy.address.trimmed().isEmpty());
    if (hasProxy)
        checkPerson(request.proxy, ApplicantKind::Person, QStringLiteral("proxy"), false, now,
                    errors);
    else
        request.proxy = Party();

    int received = 0;
    for (DossierDocument &document : request.documents) {
        checkLine(document.name, FieldDocuments,
                  QCoreApplication::translate("Reception", "A document's name"), 10000, true,
                  errors);
        if (document.originals < 0 || document.copies < 0 || document.originals > 99
            || document.copies > 99)
            errors.append(
                {FieldDocuments,
                 QCoreApplication::translate(
                     "Reception", "The number of originals and copies is from 0 to 99.")});
        if (document.received)
            ++received;
    }
    if (received == 0)
        errors.append(
            {FieldDocuments,
             QCoreApplication::translate("Reception", "Tick at least one document handed in.")});

    if (request.sets < 1 || request.sets > 99)
        errors.append(
            {FieldSets,
             QCoreApplication::translate("Reception", "The number of sets is from 1 to 99.")});

    if (request.returnMethod == ReturnMethod::Post)
        checkLine(request.returnAddress, FieldReturnAddress,
                  QCoreApplication::translate("Reception", "The postal address for the result"),
                  maxAddressLength, true, errors);
    else
        request.returnAddress.clear();

    checkNote(request.note, FieldNote, errors);

    if (request.receivedAt.isValid()) {
        const QDateTime local = request.receivedAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
        const QString shown = local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const QDate birth = request.applicant.birthDate;
        if (!LunarCalendar::isInRange(local.date()))
            errors.append({FieldReceivedAt, LunarCalendar::rangeMessage()});
        else if (request.receivedAt > now.addSecs(60))
            errors.append({FieldReceivedAt,
                           QCoreApplication::translate("Reception",
                                                       "The time of receipt %1 is in the future.")
                               .arg(shown)});
        // Before the office used the program, its dossier codes (which show the day as YYMMDD)
        // could collide with those of a century later.
        else if (firstUse.isValid() && local.date() < firstUse)
            errors.append({FieldReceivedAt,
                           QCoreApplication::translate("Reception",
                                                       "The time of receipt %1 is before the "
                                                       "office's first day of use, %2 (setting "
                                                       "office.first_use_date).")
                               .arg(shown, firstUse.toString(QStringLiteral("dd/MM/yyyy")))});
        else if (birth.isValid() && local.date() < birth)
            errors.append({FieldReceivedAt,
                           QCoreApplication::translate("Reception",
                                                       "The time of receipt %1 is before the "
                                                       "applicant's date of birth, %2.")
                               .arg(shown, birth.toString(QStringLiteral("dd/MM/yyyy")))});
    }
    return errors;
}

QString joined(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines.append(error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace motcua::Reception

namespace motcua {

QString IntakeSlip::key(Kind kind)
{
    return kind == Kind::Completion ? QStringLiteral("completion") : QStringLiteral("refusal");
}

bool IntakeSlip::fromKey(const QString &key, Kind *kind)
{
    for (Kind each : {Kind::Completion, Kind::Refusal}) {
        if (key == IntakeSlip::key(each)) {
            *kind = each;
            return true;
        }
    }
    return false;
}

QString IntakeSlip::label(Kind kind)
{
    return kind == Kind::Completion
        ? QCoreApplication::translate("IntakeSlip", "Request to complete the dossier")
        : QCoreApplication::translate("IntakeSlip", "Refusal to receive the dossier");
}

namespace {

// The marks of the forms' own series (Vietnamese abbreviations, printed on the forms as they are
// in every language): yêu cầu bổ sung, từ chối tiếp nhận.
QString numberMark(IntakeSlip::Kind kind)
{
    return kind == IntakeSlip::Kind::Completion ? QStringLiteral("YCBS") : QStringLiteral("TCTN");
}

} // namespace

QString IntakeSlip::numberText() const
{
    return numberText(kind, number);
}

QString IntakeSlip::numberText(Kind kind, qint64 number)
{
    return QString::number(number) + QLatin1Char('/') + numberMark(kind);
}

bool IntakeSlip::parseNumber(const QString &text, Kind *kind, qint64 *number)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool isNumber = false;
    const qint64 value = parts.at(0).trimmed().toLongLong(&isNumber);
    if (!isNumber || value <= 0)
        return false;
    for (Kind each : {Kind::Completion, Kind::Refusal}) {
        if (parts.at(1).trimmed().compare(numberMark(each), Qt::CaseInsensitive) == 0) {
            *kind = each;
            *number = value;
            return true;
        }
    }
    return false;
}

} // namespace motcua
