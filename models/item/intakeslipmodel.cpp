#include "item/intakeslipmodel.h"

#include "domain/clock.h"

namespace motcua {

IntakeSlipModel::IntakeSlipModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IntakeSlipModel::setSlips(QList<IntakeSlip> slips)
{
    beginResetModel();
    m_slips = std::move(slips);
    endResetModel();
}

void IntakeSlipModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_slips.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int IntakeSlipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slips.size());
}

int IntakeSlipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeSlipModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const IntakeSlip &slip = m_slips.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return slip.numberText();
        case Kind:
            return slip.kind == IntakeSlip::Kind::Completion ? tr("Completion") : tr("Refusal");
        case Time:
            return Clock::local(slip.createdAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        case Applicant:
            return slip.applicant.name;
        case IdNumber:
            return slip.applicant.idNumber;
        case Procedure:
            return slip.procedureName;
        case Reason:
            // One line in the table; the whole text is in the tooltip.
            return QString(slip.reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Clerk:
            return slip.actor;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        // Raw values where the shown text does not sort; the text itself elsewhere.
        switch (Column(index.column())) {
        case Number:
            return slip.id; // the order of recording, across both kinds
        case Kind:
            return IntakeSlip::key(slip.kind);
        case Time:
            return slip.createdAt.toSecsSinceEpoch();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QString text = IntakeSlip::label(slip.kind) + QLatin1Char('\n') + slip.procedureName;
        if (!slip.items.isEmpty())
            text += QStringLiteral("\n• ") + slip.items.join(QStringLiteral("\n• "));
        if (!slip.reason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(slip.reason);
        return text;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SlipIdRole:
        return slip.id;
    default:
        break;
    }
    return {};
}

QVariant IntakeSlipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Kind:
        return tr("Slip");
    case Time:
        return tr("Time");
    case Applicant:
        return tr("Applicant");
    case IdNumber:
        return tr("ID number");
    case Procedure:
        return tr("Procedure");
    case Reason:
        return tr("Reason");
    case Clerk:
        return tr("Clerk");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace motcua
