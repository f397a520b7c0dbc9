#include "store/dossierimport.h"

#include "domain/clock.h"
#include "domain/csv.h"
#include "domain/officesettings.h"
#include "domain/procedure.h"
#include "domain/reception.h"
#include "store/dossierstore.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QTimeZone>

namespace motcua {

DossierImport::DossierImport(const QSqlDatabase &db)
    : m_db(db)
{ }

QStringList DossierImport::requiredColumns()
{
    return {QStringLiteral("procedure_code"), QStringLiteral("channel"),
            QStringLiteral("received_at"),    QStringLiteral("applicant_name"),
            QStringLiteral("applicant_id"),   QStringLiteral("birth_date"),
            QStringLiteral("phone"),          QStringLiteral("address"),
            QStringLiteral("email"),          QStringLiteral("documents")};
}

DossierImport::Result DossierImport::run(const Actor &actor, const QString &csvText)
{
    Result result;
    CsvTable table;
    QString error;
    if (!table.parse(csvText, requiredColumns(), &error)) {
        result.errors.append(error);
        return result;
    }
    if (table.rows().isEmpty()) {
        result.errors.append(tr("The file has no dossier rows."));
        return result;
    }

    ProcedureStore procedures(m_db);
    QHash<QString, qint64> procedureIds;
    QList<ReceptionRequest> requests;
    QList<int> lines;
    for (const CsvTable::Row &row : table.rows()) {
        QStringList problems;
        ReceptionRequest request;

        const QString code = table.value(row, QStringLiteral("procedure_code")).trimmed();
        if (!procedureIds.contains(code)) {
            const auto procedure = procedures.findByCode(code);
            procedureIds.insert(code, procedure ? procedure->id : 0);
        }
        request.procedureId = procedureIds.value(code);
        if (request.procedureId == 0)
            problems.append(tr("unknown procedure code \"%1\".").arg(code));

        const QString channel = table.value(row, QStringLiteral("channel")).trimmed();
        if (!Dossiers::channelFromKey(channel, &request.channel))
            problems.append(
                tr("channel \"%1\" is not one of direct, postal, online.").arg(channel));

        const QString receivedText = table.value(row, QStringLiteral("received_at")).trimmed();
        const QDateTime received
            = QDateTime::fromString(receivedText, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!received.isValid())
            problems.append(tr("received_at \"%1\" is not YYYY-MM-DDTHH:MM.").arg(receivedText));
        else
            request.receivedAt
                = QDateTime(received.date(), received.time(), QTimeZone("Asia/Ho_Chi_Minh"));

        const QString kind = table.value(row, QStringLiteral("applicant_kind")).trimmed();
        if (!kind.isEmpty() && !Dossiers::applicantKindFromKey(kind, &request.applicantKind))
            problems.append(tr("applicant_kind \"%1\" is not person or organisation.").arg(kind));

        request.applicant.name = table.value(row, QStringLiteral("applicant_name"));
        request.applicant.idNumber = table.value(row, QStringLiteral("applicant_id"));
        const QString birth = table.value(row, QStringLiteral("birth_date")).trimmed();
        if (!birth.isEmpty()) {
            request.applicant.birthDate = QDate::fromString(birth, Qt::ISODate);
            if (!request.applicant.birthDate.isValid())
                request.applicant.birthDate
                    = QDate::fromString(birth, QStringLiteral("dd/MM/yyyy"));
            if (!request.applicant.birthDate.isValid())
                problems.append(tr("birth_date \"%1\" is not YYYY-MM-DD.").arg(birth));
        }
        request.applicant.phone = table.value(row, QStringLiteral("phone"));
        request.applicant.address = table.value(row, QStringLiteral("address"));
        request.applicant.email = table.value(row, QStringLiteral("email"));

        for (const QString &part :
             table.value(row, QStringLiteral("documents")).split(QLatin1Char('|'))) {
            if (part.trimmed().isEmpty())
                continue;
            const RequiredDocument document = Procedures::parseDocument(part);
            request.documents.append({document.name, document.originals, document.copies, true});
        }

        const QString sets = table.value(row, QStringLiteral("sets")).trimmed();
        if (!sets.isEmpty()) {
            bool ok = false;
            request.sets = sets.toInt(&ok);
            if (!ok)
                problems.append(tr("sets \"%1\" is not a number.").arg(sets));
        }
        const QString returnMethod = table.value(row, QStringLiteral("return_method")).trimmed();
        if (!returnMethod.isEmpty()
            && !Dossiers::returnMethodFromKey(returnMethod, &request.returnMethod))
            problems.append(tr("return_method \"%1\" is not counter or post.").arg(returnMethod));
        request.returnAddress = table.value(row, QStringLiteral("return_address"));
        request.note = table.value(row, QStringLiteral("note"));

        for (const QString &problem : problems)
            result.errors.append(tr("Line %1: %2").arg(row.line).arg(problem));
        requests.append(request);
        lines.append(row.line);
    }

    // The rows that parsed are validated exactly as the form validates them.
    QList<QList<FieldError>> fieldErrors;
    QString failure;
    if (result.errors.isEmpty()) {
        result.dossiers = DossierStore(m_db).receiveAll(actor, requests, &fieldErrors, &failure);
    } else {
        // Still report the form-level problems of every row, so that one run lists them all.
        const QDate firstUse = OfficeSettings::firstUseDate(SettingsStore(m_db).all());
        for (ReceptionRequest &request : requests)
            fieldErrors.append(Reception::validate(request, Clock::now(), firstUse));
    }
    for (int i = 0; i < fieldErrors.size(); ++i) {
        for (const FieldError &fieldError : fieldErrors.at(i)) {
            if (fieldError.field == Reception::FieldProcedure && requests.at(i).procedureId == 0)
                continue; // already reported as an unknown code
            result.errors.append(tr("Line %1: %2").arg(lines.at(i)).arg(fieldError.message));
        }
    }
    if (!failure.isEmpty())
        result.errors.append(failure);
    if (!result.errors.isEmpty())
        result.dossiers.clear();
    std::stable_sort(
        result.errors.begin(), result.errors.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), -1).toInt()
                < b.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), -1).toInt();
        });
    return result;
}

} // namespace motcua
