#pragma once

#include <QDate>
#include <QString>

namespace motcua::Identity {

// Personal identification number (số định danh cá nhân / CCCD): 12 digits PPP G YY NNNNNN, PPP
// a birth-province code 001–096, G the century and sex (0/1 1900s, 2/3 2000s, 4/5 2100s …),
// YY the year of birth. With a known birth date, century and year must agree with it.
bool validatePersonalId(const QString &id, const QDate &birthDate, QString *error);

// An organisation's code: a tax/enterprise code (10 digits, or 10-3 for a branch) or another
// identifier of 3–20 digits, upper-case letters, dots and dashes.
bool validateOrganisationCode(const QString &code, QString *error);

// Accepts spaces, dots, dashes and a +84 prefix; returns the bare digits. Mobiles have 10
// digits and start 03, 05, 07, 08, 09; landlines have 11 and start 02.
bool normalizePhone(const QString &input, QString *digits, QString *error);

// A phone number as printed: "0912 345 678" for a mobile, "0236 3812 345" for a landline (area
// code, then the number); other text as given.
QString formatPhone(const QString &phone);

// The sex a 12-digit personal ID records (its 4th digit: even male, odd female); Unknown for
// an old 9-digit number, an organisation's code or anything else.
enum class Sex { Unknown, Male, Female };
Sex sexOf(const QString &personalId);

bool validateEmail(const QString &email, QString *error);

// The line a keyboard-wedge scanner types from the QR code of a chip ID card:
// CCCD|old CMND|Full name|DDMMYYYY birth|Gender|Address|DDMMYYYY issued
struct CitizenCard
{
    QString idNumber;
    QString oldIdNumber;
    QString fullName;
    QDate birthDate;
    QString gender;
    QString address;
    QDate issuedOn;
};
bool looksLikeCitizenCardQr(const QString &text);
bool parseCitizenCardQr(const QString &line, CitizenCard *card, QString *error);

} // namespace motcua::Identity
