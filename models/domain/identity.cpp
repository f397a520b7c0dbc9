#include "domain/identity.h"

#include "domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::Identity {

namespace {

bool allDigits(const QString &text)
{
    for (const QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

bool validatePersonalId(const QString &id, const QDate &birthDate, QString *error)
{
    if (!allDigits(id)) {
        *error = QCoreApplication::translate(
            "Identity", "A personal ID number must contain digits only (0 to 9), 12 of them.");
        return false;
    }
    if (id.size() != 12) {
        *error = QCoreApplication::translate(
                     "Identity", "A personal ID number has exactly 12 digits (%1 given).")
                     .arg(id.size());
        return false;
    }
    const int province = id.left(3).toInt();
    if (province < 1 || province > 96) {
        *error = QCoreApplication::translate(
            "Identity",
            "The first three digits of a personal ID number are a province code from 001 to 096.");
        return false;
    }
    if (birthDate.isValid()) {
        const int centuryDigit = id.at(3).digitValue();
        const int century = 1900 + (centuryDigit / 2) * 100;
        const int year = century + id.mid(4, 2).toInt();
        if (year != birthDate.year()) {
            *error = QCoreApplication::translate("Identity",
                                                 "The ID number gives %1 as the year of birth, the "
                                                 "date of birth says %2: check both.")
                         .arg(year)
                         .arg(birthDate.year());
            return false;
        }
    }
    return true;
}

bool validateOrganisationCode(const QString &code, QString *error)
{
    static const QRegularExpression taxCode(QStringLiteral("^\\d{10}(-\\d{3})?$"));
    static const QRegularExpression other(QStringLiteral("^[0-9A-Z][0-9A-Z.\\-]{2,19}$"));
    if (taxCode.match(code).hasMatch() || other.match(code).hasMatch())
        return true;
    *error = QCoreApplication::translate(
        "Identity",
        "An organisation code is a tax code (10 digits, or 10-3 for a branch) or an identifier of "
        "3 to 20 digits, capital letters, dots and dashes.");
    return false;
}

QString formatPhone(const QString &phone)
{
    QString digits;
    QString error;
    if (!normalizePhone(phone, &digits, &error))
        return phone;
    return digits.size() == 10
        ? QStringLiteral("%1 %2 %3").arg(digits.left(4), digits.mid(4, 3), digits.mid(7))
        : QStringLiteral("%1 %2 %3").arg(digits.left(4), digits.mid(4, 4), digits.mid(8));
}

Sex sexOf(const QString &personalId)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    if (!twelveDigits.match(personalId).hasMatch())
        return Sex::Unknown;
    return personalId.at(3).digitValue() % 2 == 0 ? Sex::Male : Sex::Female;
}

bool normalizePhone(const QString &input, QString *digits, QString *error)
{
    QString bare;
    for (const QChar ch : input.trimmed()) {
        if (ch.isDigit())
            bare.append(ch);
        else if (ch == QLatin1Char('+') && bare.isEmpty())
            bare.append(ch);
        else if (ch != QLatin1Char(' ') && ch != QLatin1Char('.') && ch != QLatin1Char('-')
                 && ch != QLatin1Char('(') && ch != QLatin1Char(')')) {
            *error = QCoreApplication::translate("Identity",
                                                 "A phone number has only digits (spaces, dots and "
                                                 "dashes are allowed between them).");
            return false;
        }
    }
    if (bare.startsWith(QLatin1String("+84")))
        bare = QLatin1Char('0') + bare.mid(3);
    else if (bare.startsWith(QLatin1Char('+'))) {
        *error = QCoreApplication::translate(
            "Identity", "Only Vietnamese phone numbers are accepted (+84 or 0…).");
        return false;
    }
    static const QRegularExpression mobile(QStringLiteral("^0[35789]\\d{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02\\d{9}$"));
    if (!mobile.match(bare).hasMatch() && !landline.match(bare).hasMatch()) {
        *error = QCoreApplication::translate(
            "Identity",
            "A mobile number has 10 digits starting 03, 05, 07, 08 or 09; a landline has 11 digits "
            "starting 02.");
        return false;
    }
    *digits = bare;
    return true;
}

bool validateEmail(const QString &email, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    if (email.size() <= 254 && pattern.match(email).hasMatch())
        return true;
    *error = QCoreApplication::translate("Identity",
                                         "This is not an e-mail address (name@example.vn).");
    return false;
}

bool looksLikeCitizenCardQr(const QString &text)
{
    return text.count(QLatin1Char('|')) >= 5
        && allDigits(text.section(QLatin1Char('|'), 0, 0).trimmed());
}

bool parseCitizenCardQr(const QString &line, CitizenCard *card, QString *error)
{
    const QStringList fields = line.trimmed().split(QLatin1Char('|'));
    if (fields.size() != 7) {
        *error = QCoreApplication::translate(
                     "Identity", "The ID card code has %1 fields instead of 7: scan it again.")
                     .arg(fields.size());
        return false;
    }
    CitizenCard parsed;
    parsed.idNumber = fields.at(0).trimmed();
    parsed.oldIdNumber = fields.at(1).trimmed();
    parsed.fullName = Text::normalized(fields.at(2));
    parsed.birthDate = QDate::fromString(fields.at(3).trimmed(), QStringLiteral("ddMMyyyy"));
    parsed.gender = Text::normalized(fields.at(4));
    parsed.address = Text::normalized(fields.at(5));
    parsed.issuedOn = QDate::fromString(fields.at(6).trimmed(), QStringLiteral("ddMMyyyy"));

    QString reason;
    if (!validatePersonalId(parsed.idNumber, parsed.birthDate, &reason)) {
        *error = QCoreApplication::translate("Identity", "The ID card code is not valid: %1")
                     .arg(reason);
        return false;
    }
    if (!parsed.oldIdNumber.isEmpty()
        && !((parsed.oldIdNumber.size() == 9 || parsed.oldIdNumber.size() == 12)
             && allDigits(parsed.oldIdNumber))) {
        *error = QCoreApplication::translate(
            "Identity",
            "The ID card code is not valid: the old ID number must have 9 or 12 digits.");
        return false;
    }
    if (parsed.fullName.isEmpty() || Text::hasControlCharacters(fields.at(2))) {
        *error = QCoreApplication::translate("Identity",
                                             "The ID card code is not valid: the name is missing.");
        return false;
    }
    if (!parsed.birthDate.isValid() || !parsed.issuedOn.isValid()) {
        *error = QCoreApplication::translate(
            "Identity", "The ID card code is not valid: a date is not DDMMYYYY.");
        return false;
    }
    *card = parsed;
    return true;
}

} // namespace motcua::Identity
