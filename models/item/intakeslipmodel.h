#pragma once

#include "domain/reception.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// Requests for completion and refusals recorded at the counter, one a row, as
// IntakeSlipStore::list() gives them (newest first): the list a clerk reprints from.
class IntakeSlipModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeSlipModel)

public:
    enum Column { Number, Kind, Time, Applicant, IdNumber, Procedure, Reason, Clerk, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: the number, the key, seconds, text
        SlipIdRole,
    };

    explicit IntakeSlipModel(QObject *parent = nullptr);

    void setSlips(QList<IntakeSlip> slips);
    const QList<IntakeSlip> &slips() const { return m_slips; }
    // Headers and texts in the current language (after a LanguageChange).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<IntakeSlip> m_slips;
};

} // namespace motcua
