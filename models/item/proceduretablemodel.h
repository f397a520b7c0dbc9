#pragma once

#include "domain/procedure.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace motcua {

// The procedure catalogue as a table. Filtering is done by ProcedureStore::list (search and
// field), so that the page and the intake picker find the same procedures; the catalogue is
// small (hundreds of rows), so all matching rows are held and sorted here.
class ProcedureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureTableModel)

public:
    enum Column { Code, Name, Field, Duration, Cutoff, DecidingOffice, Active, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        SortRole = Qt::UserRole + 1, // the raw value: text, working hours, bool
        IdRole, // procedure id
    };

    explicit ProcedureTableModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ProcedureTableModel() override;

    // Reloads with a new filter (search text as typed, field "" for all).
    void refresh(const QString &search, const QString &field = {});
    // Reloads with the current filter (after a save or an import).
    void reload();
    QString search() const { return m_search; }
    QString field() const { return m_field; }

    const Procedure &procedure(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Column -1 restores the catalogue's order (field, then name).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayText(const Procedure &procedure, int column) const;
    QVariant sortValue(const Procedure &procedure, int column) const;
    void sortRows(QList<Procedure> &rows) const;

    QSqlDatabase m_db;
    QList<Procedure> m_rows;
    QHash<qint64, int> m_storeOrder; // id -> position as the store listed it (sort column -1)
    QString m_cutoff; // the office's cut-off hour, "15:00"
    QString m_search;
    QString m_field;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace motcua
