#include "item/reporttablemodel.h"

#include "print/reportexport.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace motcua {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setReport(const PeriodReport &report)
{
    beginResetModel();
    m_report = report;
    m_lines.clear();
    const QList<ReportRow> subtotals = report.fieldTotals();
    int subtotal = 0;
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        if (i == 0 || report.rows.at(i).field != report.rows.at(i - 1).field)
            m_lines.append({Kind::FieldTotal, subtotals.value(subtotal++)});
        m_lines.append({Kind::Procedure, report.rows.at(i)});
    }
    if (!report.rows.isEmpty())
        m_lines.append({Kind::Total, report.total});
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const ReportRow &r = line.row;
    const int column = index.column();
    const QList<qint64> counts
        = {r.carriedOver,      r.received,          r.receivedDirect, r.receivedPostal,
           r.receivedOnline,   r.finishedEarly,     r.finishedOnTime, r.finishedLate,
           r.inProgressOnTime, r.inProgressOverdue, r.returned,       r.withdrawn,
           r.refused};
    switch (role) {
    case Qt::DisplayRole:
        if (column == ProcedureCode)
            return line.kind == Kind::Procedure ? r.procedureCode : QString();
        if (column == ProcedureName) {
            if (line.kind == Kind::FieldTotal)
                return tr("Field: %1").arg(r.field);
            return line.kind == Kind::Total ? tr("Total") : r.procedureName;
        }
        if (column == OnTimeRate)
            return r.onTimeRate() < 0 ? QStringLiteral("—")
                                      : QLocale().toString(r.onTimeRate(), 'f', 1);
        if (column == AverageWorkingDays)
            return r.averageWorkingDays() < 0 ? QStringLiteral("—")
                                              : QLocale().toString(r.averageWorkingDays(), 'f', 2);
        if (column >= CarriedOver && column <= Refused)
            return QLocale().toString(counts.at(column - CarriedOver));
        break;
    case SortRole:
        if (column == ProcedureCode)
            return r.procedureCode;
        if (column == ProcedureName)
            return r.procedureName;
        if (column == OnTimeRate)
            return r.onTimeRate();
        if (column == AverageWorkingDays)
            return r.averageWorkingDays();
        if (column >= CarriedOver && column <= Refused)
            return counts.at(column - CarriedOver);
        break;
    case Qt::TextAlignmentRole:
        if (column >= CarriedOver)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (line.kind != Kind::Procedure) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (line.kind == Kind::FieldTotal)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (column == InProgressOverdue && r.inProgressOverdue > 0)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        break;
    case Qt::ToolTipRole:
        if (line.kind == Kind::Procedure && !r.balances())
            return tr("The figures of this line do not balance.");
        break;
    case KindRole:
        return int(line.kind);
    case ProcedureIdRole:
        return r.procedureId;
    default:
        break;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < ColumnCount)
        return ReportExport::columnTitles().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace motcua
