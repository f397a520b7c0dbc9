#pragma once

#include "store/reportqueries.h"

#include <QAbstractTableModel>

namespace motcua {

// The period report as a table: a subtotal line per field, a line per procedure, the total
// last. Columns follow ReportQueries::csvHeader().
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column {
        ProcedureCode,
        ProcedureName,
        CarriedOver,
        Received,
        ReceivedDirect,
        ReceivedPostal,
        ReceivedOnline,
        FinishedEarly,
        FinishedOnTime,
        FinishedLate,
        InProgressOnTime,
        InProgressOverdue,
        Returned,
        Withdrawn,
        Refused,
        OnTimeRate,
        AverageWorkingDays,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KindRole, ProcedureIdRole };
    enum class Kind { Procedure, FieldTotal, Total };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const PeriodReport &report);
    const PeriodReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        Kind kind = Kind::Procedure;
        ReportRow row;
    };
    PeriodReport m_report;
    QList<Line> m_lines;
};

} // namespace motcua
