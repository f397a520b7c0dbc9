#pragma once

#include "domain/actor.h"
#include "domain/procedure.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// The procedure catalogue.
class ProcedureStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureStore)

public:
    explicit ProcedureStore(const QSqlDatabase &db);

    // Sorted by field then name, with their documents. `search` matches code or name, without
    // regard to diacritics or đ; a non-empty `field` keeps only that field.
    QList<Procedure> list(const QString &search = {}, bool includeInactive = true,
                          const QString &field = {}) const;
    std::optional<Procedure> find(qint64 id) const;
    std::optional<Procedure> findByCode(const QString &code) const;
    // The distinct non-empty values in use, sorted: what the catalogue editor offers.
    QStringList fields() const;
    QStringList levels() const;
    QStringList decidingOffices() const;

    // Inserts (id 0) or updates, documents replaced; validated first; one transaction with its
    // event. Administrators only.
    bool save(const Actor &actor, Procedure &procedure, QString *error);
    bool setActive(const Actor &actor, qint64 id, bool active, QString *error);

    struct ImportResult
    {
        int created = 0;
        int updated = 0;
        QStringList errors; // "Line N: …"; nothing was written when not empty
        bool isOk() const { return errors.isEmpty(); }
    };
    // CSV with the header of Procedures::csvHeader() (extra columns allowed): every row is
    // validated before anything is written; all rows or none. Existing codes are updated.
    ImportResult importCsv(const Actor &actor, const QString &text);
    QString exportCsv() const;

private:
    bool write(Procedure &procedure, QString *error);
    QList<Procedure> select(const QString &where, const QVariantList &values) const;
    QStringList distinctValues(const QString &column) const;

    QSqlDatabase m_db;
};

} // namespace motcua
