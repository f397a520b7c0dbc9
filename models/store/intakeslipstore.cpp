#include "store/intakeslipstore.h"

#include "db/sqldialect.h"
#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/text.h"
#include "store/eventlog.h"
#include "store/procedurestore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

const QString selectSlips = QStringLiteral(
    "SELECT s.id, s.kind, s.procedure_id, p.code, p.name, s.channel, s.applicant_kind, "
    "s.applicant_name, s.applicant_id, s.applicant_phone, s.applicant_address, "
    "s.applicant_email, s.items, s.reason, s.created_at, s.actor, s.kind_number "
    "FROM (SELECT intake_slips.*, "
    "ROW_NUMBER() OVER (PARTITION BY kind ORDER BY id) AS kind_number FROM intake_slips) s "
    "LEFT JOIN procedures p ON p.id = s.procedure_id ");

IntakeSlip slipFrom(const QSqlQuery &query)
{
    IntakeSlip slip;
    slip.id = query.value(0).toLongLong();
    IntakeSlip::fromKey(query.value(1).toString(), &slip.kind);
    slip.procedureId = query.value(2).toLongLong();
    slip.procedureCode = query.value(3).toString();
    slip.procedureName = query.value(4).toString();
    Dossiers::channelFromKey(query.value(5).toString(), &slip.channel);
    Dossiers::applicantKindFromKey(query.value(6).toString(), &slip.applicantKind);
    slip.applicant.name = query.value(7).toString();
    slip.applicant.idNumber = query.value(8).toString();
    slip.applicant.phone = query.value(9).toString();
    slip.applicant.address = query.value(10).toString();
    slip.applicant.email = query.value(11).toString();
    const QString items = query.value(12).toString();
    if (!items.isEmpty())
        slip.items = items.split(QLatin1Char('\n'));
    slip.reason = query.value(13).toString();
    slip.createdAt = QDateTime::fromSecsSinceEpoch(query.value(14).toLongLong(), Qt::UTC);
    slip.actor = query.value(15).toString();
    slip.number = query.value(16).toLongLong();
    return slip;
}

// The first instant of an office day, in seconds since the epoch.
qint64 dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Clock::officeZone()).toSecsSinceEpoch();
}

QString likePattern(const QString &text, bool anywhere)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (anywhere ? QStringLiteral("%") : QString()) + escaped + QStringLiteral("%");
}

const QString printedKinds = QStringLiteral("kind IN ('slip-printed', 'slip-reprinted')");

} // namespace

IntakeSlipStore::IntakeSlipStore(const QSqlDatabase &db)
    : m_db(db)
{ }

qint64 IntakeSlipStore::record(const Actor &actor, IntakeSlip slip, QList<FieldError> *errors)
{
    errors->clear();
    QString refusal;
    if (!actor.permits(Permission::ReceiveDossier, &refusal)) {
        errors->append({QString(), refusal});
        return 0;
    }
    *errors = Reception::validateApplicant(slip.applicantKind, slip.applicant, Clock::now());
    if (slip.procedureId <= 0 || !ProcedureStore(m_db).find(slip.procedureId))
        errors->append({Reception::FieldProcedure, tr("Choose the procedure.")});
    QStringList items;
    for (const QString &item : qAsConst(slip.items)) {
        if (!Text::normalized(item).isEmpty())
            items.append(Text::normalized(item));
    }
    // A refusal lists nothing to add: only its reason.
    if (slip.kind == IntakeSlip::Kind::Refusal)
        items.clear();
    const QString reason = slip.reason.normalized(QString::NormalizationForm_C).trimmed();
    if (slip.kind == IntakeSlip::Kind::Completion && items.isEmpty())
        errors->append(
            {Reception::FieldDocuments, tr("List what the applicant must add or complete.")});
    if (reason.isEmpty())
        errors->append({Reception::FieldNote,
                        slip.kind == IntakeSlip::Kind::Completion
                            ? tr("Give the reason the dossier must be completed.")
                            : tr("Give the reason for refusing the dossier.")});
    if (!errors->isEmpty())
        return 0;

    const auto failed = [errors](const QString &reason) {
        errors->append({QString(), tr("The slip could not be recorded: %1").arg(reason)});
        return 0;
    };
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.errorText());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO intake_slips (kind, procedure_id, channel, applicant_kind, applicant_name, "
        "applicant_id, applicant_phone, applicant_address, applicant_email, items, reason, "
        "created_at, user_id, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    query.addBindValue(IntakeSlip::key(slip.kind));
    query.addBindValue(slip.procedureId);
    query.addBindValue(Dossiers::channelKey(slip.channel));
    query.addBindValue(Dossiers::applicantKindKey(slip.applicantKind));
    query.addBindValue(Sql::text(slip.applicant.name));
    query.addBindValue(Sql::text(slip.applicant.idNumber));
    query.addBindValue(Sql::text(slip.applicant.phone));
    query.addBindValue(Sql::text(slip.applicant.address));
    query.addBindValue(Sql::text(slip.applicant.email));
    query.addBindValue(Sql::text(items.join(QLatin1Char('\n'))));
    query.addBindValue(Sql::text(reason));
    query.addBindValue(Clock::now().toSecsSinceEpoch());
    query.addBindValue(actor.userId ? QVariant(actor.userId)
                                    : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(Sql::text(actor.displayName()));
    if (!query.exec() || !query.next())
        return failed(query.lastError().text());
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    EventRecord event;
    event.kind = slip.kind == IntakeSlip::Kind::Completion ? QStringLiteral("completion-requested")
                                                           : QStringLiteral("reception-refused");
    event.note = reason;
    event.details = {{QStringLiteral("slip"), id},
                     {QStringLiteral("procedureId"), slip.procedureId},
                     {QStringLiteral("applicant"), slip.applicant.name},
                     {QStringLiteral("items"), QJsonArray::fromStringList(items)}};
    QString error;
    if (!EventLog(m_db).append(actor, event, &error))
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.errorText());
    return id;
}

QString IntakeSlipStore::unknownSlipMessage(const QString &number)
{
    return tr("No slip has the number %1.").arg(number);
}

std::optional<IntakeSlip> IntakeSlipStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectSlips + QStringLiteral("WHERE s.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return slipFrom(query);
}

std::optional<IntakeSlip> IntakeSlipStore::find(const QString &number) const
{
    IntakeSlip::Kind kind;
    qint64 sequence = 0;
    if (!IntakeSlip::parseNumber(number, &kind, &sequence)) {
        bool isId = false;
        const qint64 id = number.toLongLong(&isId);
        return isId ? find(id) : std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(selectSlips + QStringLiteral("WHERE s.kind = ? AND s.kind_number = ?"));
    query.addBindValue(IntakeSlip::key(kind));
    query.addBindValue(sequence);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return slipFrom(query);
}

QList<IntakeSlip> IntakeSlipStore::list(const Filter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("s.created_at >= ?"));
        values.append(dayStart(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("s.created_at < ?"));
        values.append(dayStart(filter.to.addDays(1)));
    }
    const QString search = Text::normalized(filter.search);
    if (!search.isEmpty()) {
        QStringList any {QStringLiteral("motcua_fold(s.applicant_name) LIKE ? ESCAPE '\\'"),
                         QStringLiteral("s.applicant_id LIKE ? ESCAPE '\\'"),
                         QStringLiteral("s.applicant_phone LIKE ? ESCAPE '\\'")};
        values << likePattern(Text::searchKey(search), true) << likePattern(search, false)
               << likePattern(search, false);
        // The number as printed: "3" is the third of either kind, "3/YCBS" one slip.
        IntakeSlip::Kind kind;
        qint64 number = 0;
        bool isNumber = false;
        if (IntakeSlip::parseNumber(search, &kind, &number)) {
            any.append(QStringLiteral("(s.kind = ? AND s.kind_number = ?)"));
            values << IntakeSlip::key(kind) << number;
        } else if (number = search.toLongLong(&isNumber); isNumber) {
            any.append(QStringLiteral("s.kind_number = ?"));
            values.append(number);
        }
        conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    QString sql = selectSlips;
    if (!conditions.isEmpty())
        sql += QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY s.id DESC LIMIT ?");
    values.append(qMax(1, filter.limit));

    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : qAsConst(values))
        query.addBindValue(value);
    QList<IntakeSlip> slips;
    if (query.exec()) {
        while (query.next())
            slips.append(slipFrom(query));
    }
    return slips;
}

bool IntakeSlipStore::wasPrinted(qint64 id) const
{
    // Office events (no dossier) are few next to the dossiers' own: the index on dossier_id
    // narrows to them before the details are read.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM events WHERE dossier_id IS NULL AND ")
                  + printedKinds
                  + QStringLiteral(" AND %1 = ? LIMIT 1")
                        .arg(SqlDialect::of(m_db).jsonText(QStringLiteral("details"),
                                                           QStringLiteral("intakeSlip"))));
    // As text, as jsonText() reads it.
    query.addBindValue(QString::number(id));
    return query.exec() && query.next();
}

bool IntakeSlipStore::logPrint(const Actor &actor, qint64 id, QString *error)
{
    if (!actor.permits(Permission::ReceiveDossier, error))
        return false;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    const std::optional<IntakeSlip> slip = find(id);
    if (!slip) {
        *error = unknownSlipMessage(QString::number(id));
        return false;
    }
    EventRecord event;
    event.kind = wasPrinted(id) ? QStringLiteral("slip-reprinted") : QStringLiteral("slip-printed");
    event.details = {{QStringLiteral("slip"), IntakeSlip::key(slip->kind)},
                     {QStringLiteral("intakeSlip"), id}};
    if (!EventLog(m_db).append(actor, event, error) || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace motcua
