#include "store/dossierstore.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "domain/officesettings.h"
#include "domain/text.h"
#include "store/calendarstore.h"
#include "store/dossieraudit.h"
#include "store/eventlog.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull()
        ? QDateTime()
        : Clock::local(QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC));
}

const QString dossierColumns = QStringLiteral(
    "SELECT d.id, d.code, d.procedure_id, p.code, p.name, p.field, p.deciding_office, d.status, "
    "d.channel, "
    "d.applicant_kind, d.applicant_name, d.applicant_id, d.applicant_birth, d.applicant_phone, "
    "d.applicant_address, d.applicant_email, d.proxy_name, d.proxy_id, d.proxy_phone, "
    "d.proxy_address, d.sets, "
    "d.return_method, d.return_address, d.note, d.rule_unit, d.rule_amount, d.rule_cutoff, "
    "d.received_at, "
    "d.due_at, d.extended_due_at, d.paused_at, d.finished_at, d.returned_at, d.result_kind, "
    "d.receiver_name, "
    "d.book_number, d.book_seq FROM dossiers d JOIN procedures p ON p.id = d.procedure_id ");

Dossier readDossier(const QSqlQuery &q)
{
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.procedureId = q.value(2).toLongLong();
    d.procedureCode = q.value(3).toString();
    d.procedureName = q.value(4).toString();
    d.field = q.value(5).toString();
    d.decidingOffice = q.value(6).toString();
    Dossiers::statusFromKey(q.value(7).toString(), &d.status);
    Dossiers::channelFromKey(q.value(8).toString(), &d.channel);
    Dossiers::applicantKindFromKey(q.value(9).toString(), &d.applicantKind);
    d.applicant = {q.value(10).toString(),
                   q.value(11).toString(),
                   QDate::fromString(q.value(12).toString(), Qt::ISODate),
                   q.value(13).toString(),
                   q.value(14).toString(),
                   q.value(15).toString()};
    d.proxy = {q.value(16).toString(), q.value(17).toString(), QDate(),
               q.value(18).toString(), q.value(19).toString(), QString()};
    d.sets = q.value(20).toInt();
    Dossiers::returnMethodFromKey(q.value(21).toString(), &d.returnMethod);
    d.returnAddress = q.value(22).toString();
    d.note = q.value(23).toString();
    Dossiers::unitFromKey(q.value(24).toString(), &d.rule.unit);
    d.rule.amount = q.value(25).toDouble();
    d.rule.cutoff = q.value(26).toBool();
    d.receivedAt = instantFrom(q.value(27));
    d.dueAt = instantFrom(q.value(28));
    d.extendedDueAt = instantFrom(q.value(29));
    d.pausedAt = instantFrom(q.value(30));
    d.finishedAt = instantFrom(q.value(31));
    d.returnedAt = instantFrom(q.value(32));
    d.resultKind = q.value(33).toString();
    d.receiverName = q.value(34).toString();
    d.bookNumber = q.value(35).toString();
    d.bookSequence = q.value(36).toInt();
    return d;
}

} // namespace

DossierStore::DossierStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QString DossierStore::formatCode(const QString &officeCode, const QDate &day, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(officeCode, day.toString(QStringLiteral("yyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

QList<Dossier> DossierStore::select(const QString &where, const QVariantList &values) const
{
    QList<Dossier> dossiers;
    QSqlQuery query(m_db);
    query.prepare(dossierColumns + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    while (query.next())
        dossiers.append(readDossier(query));
    if (dossiers.size() == 1) {
        QSqlQuery documents(m_db);
        documents.prepare(
            QStringLiteral("SELECT name, originals, copies, received FROM dossier_documents "
                           "WHERE dossier_id = ? ORDER BY position"));
        documents.addBindValue(dossiers.first().id);
        documents.exec();
        while (documents.next())
            dossiers.first().documents.append(
                {documents.value(0).toString(), documents.value(1).toInt(),
                 documents.value(2).toInt(), documents.value(3).toBool()});
    }
    return dossiers;
}

std::optional<Dossier> DossierStore::find(qint64 id) const
{
    const QList<Dossier> found = select(QStringLiteral("WHERE d.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Dossier>(found.first());
}

std::optional<Dossier> DossierStore::findByCode(const QString &code) const
{
    const QList<Dossier> found
        = select(QStringLiteral("WHERE d.code = ?"), {code.trimmed().toUpper()});
    return found.isEmpty() ? std::nullopt : std::optional<Dossier>(found.first());
}

QList<Dossier> DossierStore::openDuplicates(const QString &applicantId, qint64 procedureId) const
{
    if (applicantId.trimmed().isEmpty())
        return {};
    return select(
        QStringLiteral("WHERE d.applicant_id = ? AND d.procedure_id = ? AND d.status IN "
                       "('received', 'processing', 'awaiting_documents', 'awaiting_payment') "
                       "ORDER BY d.received_at DESC"),
        {applicantId.trimmed(), procedureId});
}

int DossierStore::nextSequence(const QString &scope, const QString &key, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO code_sequences (office_code, day, last_value) VALUES (?, ?, 1) "
                       "ON CONFLICT (office_code, day) DO UPDATE SET last_value = code_sequences.last_value + 1 "
                       "RETURNING last_value"));
    query.addBindValue(scope);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

std::optional<Dossier> DossierStore::receive(const Actor &actor, ReceptionRequest request,
                                             QList<FieldError> *errors)
{
    QList<QList<FieldError>> perRequest;
    QString failure;
    const QList<Dossier> received = receiveAll(actor, {request}, &perRequest, &failure);
    if (received.isEmpty()) {
        *errors = perRequest.value(0);
        if (!failure.isEmpty())
            errors->append({QString(), failure});
        return std::nullopt;
    }
    return received.first();
}

QList<Dossier> DossierStore::receiveAll(const Actor &actor, QList<ReceptionRequest> requests,
                                        QList<QList<FieldError>> *errors, QString *failure)
{
    errors->clear();
    if (!actor.can(Permission::ReceiveDossier)) {
        *failure = Roles::deniedMessage(Permission::ReceiveDossier);
        return {};
    }
    const QMap<QString, QString> settings = SettingsStore(m_db).all();
    const QString officeCode = settings.value(QStringLiteral("office.code"));
    if (officeCode.isEmpty()) {
        *failure = tr("The office code is not set: an administrator must enter it in Settings "
                      "before dossiers "
                      "can be received.");
        return {};
    }

    const QDateTime now = Clock::now();
    const QDate firstUse = OfficeSettings::firstUseDate(SettingsStore(m_db).all());
    ProcedureStore procedures(m_db);
    QHash<qint64, Procedure> procedureById;
    bool anyError = false;
    for (ReceptionRequest &request : requests) {
        QList<FieldError> problems = Reception::validate(request, now, firstUse);
        if (request.procedureId > 0 && !procedureById.contains(request.procedureId)) {
            if (const auto procedure = procedures.find(request.procedureId))
                procedureById.insert(procedure->id, *procedure);
        }
        if (request.procedureId > 0) {
            const auto it = procedureById.constFind(request.procedureId);
            if (it == procedureById.constEnd())
                problems.append({Reception::FieldProcedure,
                                 tr("The procedure does not exist in the catalogue.")});
            else if (!it->active)
                problems.append(
                    {Reception::FieldProcedure,
                     tr("The procedure %1 is no longer in use (inactive in the catalogue).")
                         .arg(it->code)});
        }
        anyError = anyError || !problems.isEmpty();
        errors->append(problems);
    }
    if (anyError)
        return {};

    const WorkCalendar calendar = CalendarStore(m_db).calendar();
    const DeadlineCalculator calculator(calendar, OfficeSettings::cutoffTime(settings),
                                        Clock::officeZone());
    const QString book
        = OfficeSettings::withDefaults(settings).value(QStringLiteral("office.receipt_book"));

    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *failure = tr("The dossier could not be saved: %1").arg(transaction.errorText());
        return {};
    }
    QList<Dossier> received;
    for (const ReceptionRequest &request : requests) {
        const Procedure &procedure = procedureById.value(request.procedureId);
        Dossier dossier;
        dossier.procedureId = procedure.id;
        dossier.procedureCode = procedure.code;
        dossier.procedureName = procedure.name;
        dossier.field = procedure.field;
        dossier.decidingOffice = procedure.decidingOffice;
        dossier.channel = request.channel;
        dossier.applicantKind = request.applicantKind;
        dossier.applicant = request.applicant;
        dossier.proxy = request.proxy;
        dossier.sets = request.sets;
        dossier.returnMethod = request.returnMethod;
        dossier.returnAddress = request.returnAddress;
        dossier.note = request.note;
        dossier.documents = request.documents;
        dossier.rule = procedure.rule;
        dossier.receivedAt = Clock::local(request.receivedAt.isValid() ? request.receivedAt : now);
        // Seconds are dropped: receipts print hours and minutes, and so does every comparison.
        dossier.receivedAt.setTime(
            QTime(dossier.receivedAt.time().hour(), dossier.receivedAt.time().minute()));
        const DeadlineResult deadline = calculator.compute(dossier.receivedAt, dossier.rule);
        if (!deadline.isValid()) {
            *failure = tr("No deadline can be computed for %1: check the working calendar and "
                          "office hours.")
                           .arg(procedure.code);
            return {};
        }
        dossier.dueAt = deadline.due;
        dossier.receiverName = actor.displayName();
        dossier.bookNumber = book;

        QString error;
        const int sequence = nextSequence(
            officeCode, dossier.receivedAt.date().toString(QStringLiteral("yyMMdd")), &error);
        dossier.bookSequence
            = sequence > 0 ? nextSequence(QStringLiteral("#book"), book, &error) : 0;
        if (sequence <= 0 || dossier.bookSequence <= 0) {
            *failure = tr("The dossier could not be numbered: %1").arg(error);
            return {};
        }
        dossier.code = formatCode(officeCode, dossier.receivedAt.date(), sequence);
        if (!insert(actor, request, &dossier, &error)) {
            *failure = tr("The dossier could not be saved: %1").arg(error);
            return {};
        }
        received.append(dossier);
    }
    if (!transaction.commit()) {
        *failure = tr("The dossier could not be saved: %1").arg(transaction.errorText());
        return {};
    }
    return received;
}

bool DossierStore::insert(const Actor &actor, const ReceptionRequest &request, Dossier *dossier,
                          QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO dossiers (code, procedure_id, status, channel, applicant_kind, "
        "applicant_name, applicant_key, "
        "applicant_id, applicant_birth, applicant_phone, applicant_address, applicant_email, "
        "proxy_name, proxy_id, "
        "proxy_phone, proxy_address, sets, return_method, return_address, note, rule_unit, "
        "rule_amount, "
        "rule_cutoff, received_at, due_at, receiver_id, receiver_name, book_number, book_seq) "
        "VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?) RETURNING id"));
    const Party &a = dossier->applicant;
    query.addBindValue(dossier->code);
    query.addBindValue(dossier->procedureId);
    query.addBindValue(Dossiers::channelKey(dossier->channel));
    query.addBindValue(Dossiers::applicantKindKey(dossier->applicantKind));
    query.addBindValue(Sql::text(a.name));
    query.addBindValue(Text::searchKey(a.name));
    query.addBindValue(Sql::text(a.idNumber));
    query.addBindValue(a.birthDate.isValid() ? QVariant(a.birthDate.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(Sql::text(a.phone));
    query.addBindValue(Sql::text(a.address));
    query.addBindValue(Sql::text(a.email));
    query.addBindValue(Sql::text(dossier->proxy.name));
    query.addBindValue(Sql::text(dossier->proxy.idNumber));
    query.addBindValue(Sql::text(dossier->proxy.phone));
    query.addBindValue(Sql::text(dossier->proxy.address));
    query.addBindValue(dossier->sets);
    query.addBindValue(Dossiers::returnMethodKey(dossier->returnMethod));
    query.addBindValue(Sql::text(dossier->returnAddress));
    query.addBindValue(Sql::text(dossier->note));
    query.addBindValue(Dossiers::unitKey(dossier->rule.unit));
    query.addBindValue(dossier->rule.amount);
    query.addBindValue(dossier->rule.cutoff ? 1 : 0);
    query.addBindValue(dossier->receivedAt.toSecsSinceEpoch());
    query.addBindValue(dossier->dueAt.toSecsSinceEpoch());
    query.addBindValue(actor.userId ? QVariant(actor.userId)
                                    : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(Sql::text(dossier->receiverName));
    query.addBindValue(Sql::text(dossier->bookNumber));
    query.addBindValue(dossier->bookSequence);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    dossier->id = query.value(0).toLongLong();
    query.finish();

    QSqlQuery documents(m_db);
    documents.prepare(QStringLiteral(
        "INSERT INTO dossier_documents (dossier_id, position, name, originals, copies, "
        "received) VALUES (?, ?, ?, ?, ?, ?)"));
    QJsonArray handedIn;
    int position = 0;
    for (const DossierDocument &document : request.documents) {
        documents.addBindValue(dossier->id);
        documents.addBindValue(++position);
        documents.addBindValue(Sql::text(document.name));
        documents.addBindValue(document.originals);
        documents.addBindValue(document.copies);
        documents.addBindValue(document.received ? 1 : 0);
        if (!documents.exec()) {
            *error = documents.lastError().text();
            return false;
        }
        if (document.received)
            handedIn.append(document.name);
    }

    EventRecord event;
    event.dossierId = dossier->id;
    event.kind = QStringLiteral("received");
    event.occurredAt = dossier->receivedAt;
    event.toStatus = Dossiers::statusKey(DossierStatus::Received);
    // The applicant as received, by its hash: `motcua check` tells an edited row (DossierAudit).
    const QByteArray birth
        = a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate).toUtf8() : QByteArray();
    const Party &p = dossier->proxy;
    const QByteArray applicant = DossierAudit::applicantHash(
        {Dossiers::applicantKindKey(dossier->applicantKind).toUtf8(), a.name.toUtf8(),
         a.idNumber.toUtf8(), birth, a.phone.toUtf8(), a.address.toUtf8(), a.email.toUtf8(),
         p.name.toUtf8(), p.idNumber.toUtf8(), p.phone.toUtf8(), p.address.toUtf8()});
    event.details = {{QStringLiteral("applicant"), QString::fromLatin1(applicant)},
                     {QStringLiteral("code"), dossier->code},
                     {QStringLiteral("procedure"), dossier->procedureCode},
                     {QStringLiteral("channel"), Dossiers::channelKey(dossier->channel)},
                     {QStringLiteral("due"), dossier->dueAt.toString(Qt::ISODate)},
                     {QStringLiteral("documents"), handedIn}};
    return EventLog(m_db).append(actor, event, error);
}

bool DossierStore::wasPrinted(qint64 dossierId, const QString &slip) const
{
    for (const EventRecord &event : EventLog(m_db).forDossier(dossierId)) {
        if ((event.kind == QLatin1String("slip-printed")
             || event.kind == QLatin1String("slip-reprinted"))
            && event.details.value(QStringLiteral("slip")).toString() == slip)
            return true;
    }
    return false;
}

bool DossierStore::logPrint(const Actor &actor, qint64 dossierId, const QString &slip,
                            QString *error)
{
    if (wasPrinted(dossierId, slip))
        return logReprint(actor, dossierId, slip, error);
    return logSlipEvent(actor, dossierId, QStringLiteral("slip-printed"), slip, error);
}

bool DossierStore::logReprint(const Actor &actor, qint64 dossierId, const QString &slip,
                              QString *error)
{
    return logSlipEvent(actor, dossierId, QStringLiteral("slip-reprinted"), slip, error);
}

bool DossierStore::logSlipEvent(const Actor &actor, qint64 dossierId, const QString &kind,
                                const QString &slip, QString *error)
{
    WriteTransaction transaction(m_db);
    EventRecord event;
    event.dossierId = dossierId;
    event.kind = kind;
    event.details = {{QStringLiteral("slip"), slip}};
    if (!transaction.isActive() || !EventLog(m_db).append(actor, event, error)
        || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace motcua
