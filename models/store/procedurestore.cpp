#include "store/procedurestore.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/dossier.h"
#include "domain/text.h"
#include "store/eventlog.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

ProcedureStore::ProcedureStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<Procedure> ProcedureStore::select(const QString &where, const QVariantList &values) const
{
    QList<Procedure> procedures;
    QHash<qint64, int> indexById;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT id, code, name, field, level, deciding_office, duration, duration_unit, "
            "cutoff, fee, active, effective_from, step_budgets FROM procedures ")
        + where + QStringLiteral(" ORDER BY field, name"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    while (query.next()) {
        Procedure p;
        p.id = query.value(0).toLongLong();
        p.code = query.value(1).toString();
        p.name = query.value(2).toString();
        p.field = query.value(3).toString();
        p.level = query.value(4).toString();
        p.decidingOffice = query.value(5).toString();
        p.rule.amount = query.value(6).toDouble();
        Dossiers::unitFromKey(query.value(7).toString(), &p.rule.unit);
        p.rule.cutoff = query.value(8).toBool();
        p.fee = query.value(9).toString();
        p.active = query.value(10).toBool();
        p.effectiveFrom = QDate::fromString(query.value(11).toString(), Qt::ISODate);
        p.stepBudgets = query.value(12).toString() + QStringLiteral("");
        indexById.insert(p.id, int(procedures.size()));
        procedures.append(p);
    }
    if (procedures.isEmpty())
        return procedures;

    // The documents of the selected procedures, in one pass over the (small) table.
    QSqlQuery documents(m_db);
    documents.exec(
        QStringLiteral("SELECT procedure_id, name, originals, copies FROM procedure_documents "
                       "ORDER BY procedure_id, position"));
    while (documents.next()) {
        const auto it = indexById.constFind(documents.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        procedures[*it].documents.append({documents.value(1).toString(), documents.value(2).toInt(),
                                          documents.value(3).toInt()});
    }
    return procedures;
}

QList<Procedure> ProcedureStore::list(const QString &search, bool includeInactive,
                                      const QString &field) const
{
    QString where
        = includeInactive ? QStringLiteral("WHERE 1 = 1") : QStringLiteral("WHERE active = 1");
    QVariantList values;
    if (!field.isEmpty()) {
        where += QStringLiteral(" AND field = ?");
        values << field;
    }
    const QString key = Text::searchKey(search);
    if (!key.isEmpty()) {
        // Every word of the search must appear, in any order.
        for (const QString &word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            where += QStringLiteral(
                " AND (search_key LIKE ? ESCAPE '\\' OR lower(code) LIKE ? ESCAPE '\\')");
            QString pattern = word;
            pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            values << QStringLiteral("%") + pattern + QStringLiteral("%")
                   << pattern + QStringLiteral("%");
        }
    }
    return select(where, values);
}

std::optional<Procedure> ProcedureStore::find(qint64 id) const
{
    const QList<Procedure> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Procedure>(found.first());
}

std::optional<Procedure> ProcedureStore::findByCode(const QString &code) const
{
    const QList<Procedure> found = select(QStringLiteral("WHERE code = ?"), {code.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Procedure>(found.first());
}

QStringList ProcedureStore::distinctValues(const QString &column) const
{
    // `column` is one of the fixed names below, never user text.
    QStringList result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT DISTINCT %1 FROM procedures WHERE %1 <> '' ORDER BY %1")
                   .arg(column));
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList ProcedureStore::fields() const
{
    return distinctValues(QStringLiteral("field"));
}

QStringList ProcedureStore::levels() const
{
    return distinctValues(QStringLiteral("level"));
}

QStringList ProcedureStore::decidingOffices() const
{
    return distinctValues(QStringLiteral("deciding_office"));
}

bool ProcedureStore::write(Procedure &procedure, QString *error)
{
    QSqlQuery query(m_db);
    const auto existing = procedure.id ? find(procedure.id) : findByCode(procedure.code);
    if (existing)
        procedure.id = existing->id;
    if (procedure.id) {
        query.prepare(QStringLiteral(
            "UPDATE procedures SET code = ?, name = ?, search_key = ?, field = ?, level = ?, "
            "deciding_office = ?, duration = ?, duration_unit = ?, cutoff = ?, fee = ?, "
            "active = ?, effective_from = ?, step_budgets = COALESCE(?, step_budgets) WHERE id = "
            "? RETURNING id"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO procedures (code, name, search_key, field, level, deciding_office, "
            "duration, duration_unit, cutoff, fee, active, effective_from, step_budgets) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, '')) RETURNING id"));
    }
    query.addBindValue(procedure.code);
    query.addBindValue(Sql::text(procedure.name));
    query.addBindValue(Text::searchKey(procedure.name));
    query.addBindValue(Sql::text(procedure.field));
    query.addBindValue(Sql::text(procedure.level));
    query.addBindValue(Sql::text(procedure.decidingOffice));
    query.addBindValue(procedure.rule.amount);
    query.addBindValue(Dossiers::unitKey(procedure.rule.unit));
    query.addBindValue(procedure.rule.cutoff ? 1 : 0);
    query.addBindValue(Sql::text(procedure.fee));
    query.addBindValue(procedure.active ? 1 : 0);
    query.addBindValue(procedure.effectiveFrom.isValid()
                           ? QVariant(procedure.effectiveFrom.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>()));
    // Null: keep what is stored (a CSV without the column, an editor that does not show it).
    query.addBindValue(procedure.stepBudgets.isNull() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(procedure.stepBudgets));
    if (procedure.id)
        query.addBindValue(procedure.id);
    if (!query.exec() || !query.next()) {
        *error
            = tr("Cannot save the procedure %1: %2").arg(procedure.code, query.lastError().text());
        return false;
    }
    procedure.id = query.value(0).toLongLong();
    query.finish();

    QSqlQuery documents(m_db);
    documents.prepare(QStringLiteral("DELETE FROM procedure_documents WHERE procedure_id = ?"));
    documents.addBindValue(procedure.id);
    if (!documents.exec()) {
        *error = documents.lastError().text();
        return false;
    }
    documents.prepare(QStringLiteral(
        "INSERT INTO procedure_documents (procedure_id, position, name, originals, copies) "
        "VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const RequiredDocument &document : procedure.documents) {
        documents.addBindValue(procedure.id);
        documents.addBindValue(++position);
        documents.addBindValue(Sql::text(document.name));
        documents.addBindValue(document.originals);
        documents.addBindValue(document.copies);
        if (!documents.exec()) {
            *error = documents.lastError().text();
            return false;
        }
    }
    return true;
}

bool ProcedureStore::save(const Actor &actor, Procedure &procedure, QString *error)
{
    if (!actor.can(Permission::EditCatalogue)) {
        *error = Roles::deniedMessage(Permission::EditCatalogue);
        return false;
    }
    const QStringList problems = Procedures::validate(procedure);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    // Also for a new procedure (id 0): write() would otherwise update the one with that code.
    const auto sameCode = findByCode(procedure.code);
    if (sameCode && sameCode->id != procedure.id) {
        *error = tr("Another procedure already has the code %1.").arg(procedure.code);
        return false;
    }
    WriteTransaction transaction(m_db);
    EventRecord event;
    event.kind = QStringLiteral("procedure-saved");
    event.details
        = {{QStringLiteral("code"), procedure.code},
           {QStringLiteral("name"), procedure.name},
           {QStringLiteral("csv"), Procedures::csvFields(procedure).join(QLatin1Char('\t'))}};
    if (!transaction.isActive() || !write(procedure, error)
        || !EventLog(m_db).append(actor, event, error) || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.errorText();
        return false;
    }
    return true;
}

bool ProcedureStore::setActive(const Actor &actor, qint64 id, bool active, QString *error)
{
    auto procedure = find(id);
    if (!procedure) {
        *error = tr("The procedure no longer exists.");
        return false;
    }
    procedure->active = active;
    return save(actor, *procedure, error);
}

ProcedureStore::ImportResult ProcedureStore::importCsv(const Actor &actor, const QString &text)
{
    ImportResult result;
    if (!actor.can(Permission::EditCatalogue)) {
        result.errors.append(Roles::deniedMessage(Permission::EditCatalogue));
        return result;
    }
    CsvTable table;
    QString error;
    if (!table.parse(text, Procedures::csvHeader(), &error)) {
        result.errors.append(error);
        return result;
    }

    QList<Procedure> procedures;
    QHash<QString, int> lineOfCode;
    for (const CsvTable::Row &row : table.rows()) {
        Procedure procedure;
        if (!Procedures::fromCsv(table, row, &procedure, &result.errors))
            continue;
        if (lineOfCode.contains(procedure.code)) {
            result.errors.append(tr("Line %1: the code %2 already appears on line %3.")
                                     .arg(row.line)
                                     .arg(procedure.code)
                                     .arg(lineOfCode.value(procedure.code)));
            continue;
        }
        lineOfCode.insert(procedure.code, row.line);
        procedures.append(procedure);
    }
    if (procedures.isEmpty() && result.errors.isEmpty())
        result.errors.append(tr("The file has no procedure rows."));
    if (!result.isOk())
        return result;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        result.errors.append(transaction.errorText());
        return result;
    }
    for (Procedure &procedure : procedures) {
        const bool exists = findByCode(procedure.code).has_value();
        if (!write(procedure, &error)) {
            result.errors.append(
                tr("Line %1: %2").arg(lineOfCode.value(procedure.code)).arg(error));
            result.created = result.updated = 0;
            return result;
        }
        ++(exists ? result.updated : result.created);
    }
    EventRecord event;
    event.kind = QStringLiteral("procedures-imported");
    event.details = {{QStringLiteral("created"), result.created},
                     {QStringLiteral("updated"), result.updated}};
    if (!EventLog(m_db).append(actor, event, &error) || !transaction.commit()) {
        result.errors.append(error.isEmpty() ? transaction.errorText() : error);
        result.created = result.updated = 0;
    }
    return result;
}

QString ProcedureStore::exportCsv() const
{
    QString text = CsvTable::line(Procedures::csvExportHeader());
    for (const Procedure &procedure : list())
        text += CsvTable::line(Procedures::csvFields(procedure));
    return text;
}

} // namespace motcua
