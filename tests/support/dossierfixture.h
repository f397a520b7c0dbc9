#pragma once

// Dossiers written straight into the table, in any state, for tests of lists and reports:
// the lifecycle's own tests cover how a dossier gets there.

#include "db/database.h"
#include "domain/clock.h"
#include "storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace motcua::test {

struct DossierSpec
{
    QString code;
    QString applicant = QStringLiteral("Nguyễn Văn An");
    QString procedureCode = QStringLiteral("1.004873");
    QString status = QStringLiteral("processing");
    QString channel = QStringLiteral("direct");
    QDateTime received;
    QDateTime due;
    QDateTime finished; // result, refusal decision or withdrawal
    QDateTime returned;
    QDateTime paused; // an open pause since then
    QString resultKind; // "approved" / "refused"
    QString receiver = QStringLiteral("Lê Thị Hoa");
    QString idNumber = QStringLiteral("001090012345");
    QString phone = QStringLiteral("0912345678");
    QString address = QStringLiteral("Thôn Đông, xã Tân Hòa");
    QDateTime extendedDue;
};

inline DossierSpec dossier(const QString &code, const QString &applicant,
                           const QString &procedureCode, const QString &status,
                           const QString &channel, const QDateTime &received, const QDateTime &due,
                           const QDateTime &finished = {}, const QDateTime &returned = {},
                           const QDateTime &paused = {}, const QString &resultKind = {})
{
    DossierSpec spec;
    spec.code = code;
    spec.applicant = applicant;
    spec.procedureCode = procedureCode;
    spec.status = status;
    spec.channel = channel;
    spec.received = received;
    spec.due = due;
    spec.finished = finished;
    spec.returned = returned;
    spec.paused = paused;
    spec.resultKind = resultKind;
    return spec;
}

inline QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline qint64 insertDossier(const Database &db, const DossierSpec &spec)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO dossiers (code, procedure_id, status, channel, applicant_kind, "
        "applicant_name, applicant_key, "
        "applicant_id, applicant_phone, applicant_address, rule_unit, rule_amount, rule_cutoff, "
        "received_at, "
        "due_at, extended_due_at, paused_at, finished_at, returned_at, result_kind, receiver_name) "
        "VALUES (?, (SELECT id FROM procedures WHERE code = ?), ?, ?, 'person', ?, motcua_fold(?), "
        "?, ?, ?, "
        "'days', 3, 0, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         QVariantList {spec.code, spec.procedureCode, spec.status, spec.channel, spec.applicant,
                       spec.applicant, spec.idNumber, spec.phone, spec.address,
                       instant(spec.received), instant(spec.due), instant(spec.extendedDue),
                       instant(spec.paused), instant(spec.finished), instant(spec.returned),
                       spec.resultKind.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(spec.resultKind),
                       spec.receiver})
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("insertDossier %s: %s", qPrintable(spec.code),
                 qPrintable(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

inline void insertPause(const Database &db, qint64 dossierId, const QDateTime &from,
                        const QDateTime &to)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO dossier_pauses (dossier_id, kind, started_at, ended_at) "
                       "VALUES (?, 'documents', ?, ?)"));
    query.addBindValue(dossierId);
    query.addBindValue(instant(from));
    query.addBindValue(instant(to));
    if (!query.exec())
        qWarning("insertPause: %s", qPrintable(query.lastError().text()));
}

inline void insertRefusalSlip(const Database &db, const QString &procedureCode, const QDateTime &at)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO intake_slips (kind, procedure_id, applicant_name, reason, created_at, "
        "actor) VALUES ('refusal', (SELECT id FROM procedures WHERE code = ?), "
        "'Trần Văn Bình', 'Không thuộc thẩm quyền', ?, 'clerk')"));
    query.addBindValue(procedureCode);
    query.addBindValue(at.toSecsSinceEpoch());
    if (!query.exec())
        qWarning("insertRefusalSlip: %s", qPrintable(query.lastError().text()));
}

} // namespace motcua::test
