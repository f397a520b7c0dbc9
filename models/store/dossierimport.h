#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace motcua {

// Registers dossiers that arrived online or by post from a CSV file:
// procedure_code,channel,received_at,applicant_name,applicant_id,birth_date,phone,address,email,documents
// (UTF-8; received_at YYYY-MM-DDTHH:MM office time; documents separated by " | "; extra columns
// allowed, among them applicant_kind person|organisation, sets, return_method, return_address,
// note). The same validation, code and deadline path as the intake form; all or nothing.
class DossierImport final
{
    Q_DECLARE_TR_FUNCTIONS(DossierImport)

public:
    explicit DossierImport(const QSqlDatabase &db);

    static QStringList requiredColumns();

    struct Result
    {
        QList<Dossier> dossiers; // in file order; empty when anything failed
        QStringList errors; // "Line N: …"
        bool isOk() const { return errors.isEmpty(); }
    };
    Result run(const Actor &actor, const QString &csvText);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
