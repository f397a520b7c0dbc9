#pragma once

#include "domain/dossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace motcua {

// What the clerk (or an import file) hands in to receive a dossier.
struct ReceptionRequest
{
    qint64 procedureId = 0;
    Channel channel = Channel::Direct;
    ApplicantKind applicantKind = ApplicantKind::Person;
    Party applicant;
    Party proxy; // empty: the applicant submits in person
    QList<DossierDocument> documents; // the checklist as ticked, plus extra documents
    int sets = 1;
    ReturnMethod returnMethod = ReturnMethod::Counter;
    QString returnAddress;
    QString note;
    QDateTime receivedAt; // invalid: now
};

// A reception outcome that creates no dossier (table intake_slips): a request to complete the
// dossier (items: what is missing) or a refusal (reason), each printed for the applicant.
struct IntakeSlip
{
    enum class Kind { Completion, Refusal };

    qint64 id = 0; // the row's key (`motcua print intake-slip ID` still takes it)
    Kind kind = Kind::Completion;
    qint64 number = 0; // read back: the n-th slip of its kind, so each kind numbers on its own
    qint64 procedureId = 0;
    QString procedureCode; // read back from the catalogue
    QString procedureName;
    Channel channel = Channel::Direct;
    ApplicantKind applicantKind = ApplicantKind::Person;
    Party applicant;
    QStringList items; // completion: in order
    QString reason;
    QDateTime createdAt; // read back
    QString actor; // the clerk who recorded it, read back

    static QString key(Kind kind); // "completion", "refusal"
    static bool fromKey(const QString &key, Kind *kind);
    static QString label(Kind kind); // translated name of the slip

    // The number as printed ("Số: 3/YCBS"): the kind's own sequence and the kind's mark, so that
    // a request for completion and a refusal never both read "Số: 3".
    QString numberText() const;
    static QString numberText(Kind kind, qint64 number);
    // Reads numberText() back ("3/YCBS", any case); false for anything else.
    static bool parseNumber(const QString &text, Kind *kind, qint64 *number);
};

// A message about one field of the form, so that the form can point at it.
struct FieldError
{
    QString field; // one of the Reception::Field… names
    QString message; // translated
};

namespace Reception {

inline const QString FieldProcedure = QStringLiteral("procedure");
inline const QString FieldApplicantName = QStringLiteral("applicant.name");
inline const QString FieldApplicantId = QStringLiteral("applicant.id");
inline const QString FieldApplicantBirth = QStringLiteral("applicant.birth");
inline const QString FieldApplicantPhone = QStringLiteral("applicant.phone");
inline const QString FieldApplicantAddress = QStringLiteral("applicant.address");
inline const QString FieldApplicantEmail = QStringLiteral("applicant.email");
inline const QString FieldProxyName = QStringLiteral("proxy.name");
inline const QString FieldProxyId = QStringLiteral("proxy.id");
inline const QString FieldProxyPhone = QStringLiteral("proxy.phone");
inline const QString FieldDocuments = QStringLiteral("documents");
inline const QString FieldSets = QStringLiteral("sets");
inline const QString FieldReturnAddress = QStringLiteral("return.address");
inline const QString FieldNote = QStringLiteral("note");
inline const QString FieldReceivedAt = QStringLiteral("receivedAt");

// Normalises the request in place (NFC, trimmed, phone digits) and lists what is wrong.
// `now` bounds dates: no birth or receipt in the future; a receipt is neither before
// `firstUse` (the setting office.first_use_date) nor before the applicant's birth.
QList<FieldError> validate(ReceptionRequest &request, const QDateTime &now, const QDate &firstUse);

// The same checks for the applicant of a request for completion or a refusal, which need
// less (no documents, no return method).
QList<FieldError> validateApplicant(ApplicantKind kind, Party &applicant, const QDateTime &now);

QString joined(const QList<FieldError> &errors); // one message per line

// Checks shared with the later steps of a dossier's life. Each normalises `value` (NFC, trimmed,
// white space collapsed), appends its translated message for `field` and returns false when
// the value is wrong. `label` names the field in the message ("The giver's name").
bool checkLine(QString &value, const QString &field, const QString &label, int maxLength,
               bool required, QList<FieldError> &errors);
// A person's name: letters, marks, spaces, apostrophes, hyphens and dots.
bool checkPersonName(QString &value, const QString &field, const QString &label, bool required,
                     QList<FieldError> &errors);
// A free note: several lines allowed, no other control characters, at most 2000 characters.
bool checkNote(QString &note, const QString &field, QList<FieldError> &errors);

} // namespace Reception
} // namespace motcua
