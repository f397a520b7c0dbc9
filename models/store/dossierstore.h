#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/reception.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// Dossiers: reception, reading, and (with DossierLifecycle) every later step.
class DossierStore final
{
    Q_DECLARE_TR_FUNCTIONS(DossierStore)

public:
    explicit DossierStore(const QSqlDatabase &db);

    // Validates, computes the deadline with the calendar in force, allocates the code
    // [office code]-[YYMMDD]-[NNNN], and writes the dossier, its documents and the "received"
    // event in one transaction. Field errors (nothing written) otherwise.
    std::optional<Dossier> receive(const Actor &actor, ReceptionRequest request,
                                   QList<FieldError> *errors);

    // All or nothing: the dossiers of an import file, in one transaction. errors[i] lists the
    // problems of requests[i]; nothing is written when any request has one.
    QList<Dossier> receiveAll(const Actor &actor, QList<ReceptionRequest> requests,
                              QList<QList<FieldError>> *errors, QString *failure);

    std::optional<Dossier> find(qint64 id) const;
    std::optional<Dossier> findByCode(const QString &code) const;

    // Open dossiers of the same applicant for the same procedure (the duplicate warning).
    QList<Dossier> openDuplicates(const QString &applicantId, qint64 procedureId) const;

    // A slip printed again ("BẢN IN LẠI") is logged.
    bool logReprint(const Actor &actor, qint64 dossierId, const QString &slip, QString *error);
    // Whether a slip of this dossier was printed before (so the next print is a reprint).
    bool wasPrinted(qint64 dossierId, const QString &slip) const;
    // Logs a print: "slip-printed" the first time, "slip-reprinted" after.
    bool logPrint(const Actor &actor, qint64 dossierId, const QString &slip, QString *error);

    static QString formatCode(const QString &officeCode, const QDate &day, int sequence);

private:
    bool insert(const Actor &actor, const ReceptionRequest &request, Dossier *dossier,
                QString *error);
    bool logSlipEvent(const Actor &actor, qint64 dossierId, const QString &kind,
                      const QString &slip, QString *error);
    int nextSequence(const QString &scope, const QString &key, QString *error);
    QList<Dossier> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace motcua
