#include "item/proceduretablemodel.h"

#include "domain/dossier.h"
#include "domain/officesettings.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QCollator>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace motcua {

ProcedureTableModel::ProcedureTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

ProcedureTableModel::~ProcedureTableModel() = default;

void ProcedureTableModel::refresh(const QString &search, const QString &field)
{
    m_search = search;
    m_field = field;
    reload();
}

void ProcedureTableModel::reload()
{
    QList<Procedure> rows = ProcedureStore(m_db).list(m_search, true, m_field);
    QHash<qint64, int> storeOrder;
    for (int i = 0; i < rows.size(); ++i)
        storeOrder.insert(rows.at(i).id, i);
    beginResetModel();
    m_rows = rows;
    m_storeOrder = storeOrder;
    m_cutoff
        = OfficeSettings::cutoffTime(SettingsStore(m_db).all()).toString(QStringLiteral("HH:mm"));
    sortRows(m_rows);
    endResetModel();
}

int ProcedureTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ProcedureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcedureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcedureTableModel::displayText(const Procedure &procedure, int column) const
{
    switch (column) {
    case Code:
        return procedure.code;
    case Name:
        return procedure.name;
    case Field:
        return procedure.field;
    case Duration:
        // A cell, not a sentence: "Trong ngày" rather than ruleText's "trong ngày làm việc".
        return procedure.rule.unit == DeadlineRule::Unit::SameDay
            ? tr("Same day")
            : Dossiers::ruleText(procedure.rule);
    case Cutoff:
        return procedure.rule.cutoff ? m_cutoff : QString();
    case DecidingOffice:
        return procedure.decidingOffice;
    case Active:
        return procedure.active ? tr("In use") : tr("Not in use");
    }
    return {};
}

QVariant ProcedureTableModel::sortValue(const Procedure &procedure, int column) const
{
    switch (column) {
    case Code:
        return procedure.code;
    case Name:
        return procedure.name;
    case Field:
        return procedure.field;
    case Duration:
        // In working hours (one day is 8): same-day procedures first.
        switch (procedure.rule.unit) {
        case DeadlineRule::Unit::Days:
            return procedure.rule.amount * 8;
        case DeadlineRule::Unit::Hours:
            return procedure.rule.amount;
        case DeadlineRule::Unit::SameDay:
            return 0.0;
        }
        return 0.0;
    case Cutoff:
        return procedure.rule.cutoff;
    case DecidingOffice:
        return procedure.decidingOffice;
    case Active:
        return procedure.active;
    }
    return {};
}

QVariant ProcedureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Procedure &procedure = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(procedure, index.column());
    case Qt::ToolTipRole:
        // The name, field and office are often elided in their cells.
        if (index.column() == Name || index.column() == Field || index.column() == DecidingOffice)
            return displayText(procedure, index.column());
        if (index.column() == Cutoff && procedure.rule.cutoff)
            return tr("Dossiers received at or after %1 count from the next working day.")
                .arg(m_cutoff);
        return {};
    case Qt::ForegroundRole:
        if (!procedure.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Cutoff)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case SortRole:
        return sortValue(procedure, index.column());
    case IdRole:
        return procedure.id;
    }
    return {};
}

QVariant ProcedureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Procedure");
    case Field:
        return tr("Field");
    case Duration:
        return tr("Time limit");
    case Cutoff:
        return tr("Cut-off");
    case DecidingOffice:
        return tr("Deciding office");
    case Active:
        return tr("Status");
    }
    return {};
}

void ProcedureTableModel::sortRows(QList<Procedure> &rows) const
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount) {
        // Back to the store's order: field, then name.
        std::sort(rows.begin(), rows.end(), [this](const Procedure &a, const Procedure &b) {
            return m_storeOrder.value(a.id) < m_storeOrder.value(b.id);
        });
        return;
    }
    // Vietnamese alphabetical order for text ("Đ" after "D", not after "Z").
    QCollator collator;
    collator.setNumericMode(true);
    const auto less = [&](const Procedure &a, const Procedure &b) {
        const QVariant left = sortValue(a, m_sortColumn);
        const QVariant right = sortValue(b, m_sortColumn);
        if (left.typeId() == QMetaType::QString)
            return collator.compare(left.toString(), right.toString()) < 0;
        if (left.typeId() == QMetaType::Bool)
            return left.toBool() < right.toBool();
        return left.toDouble() < right.toDouble();
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const Procedure &a, const Procedure &b) { return less(b, a); });
}

void ProcedureTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    sortRows(m_rows);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfId(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace motcua
