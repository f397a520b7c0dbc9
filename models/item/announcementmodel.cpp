#include "item/announcementmodel.h"

#include "domain/announcements.h"

#include <QColor>
#include <QLocale>

namespace motcua {

AnnouncementModel::AnnouncementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnouncementModel::setAnnouncements(QList<CalendarOverride> announcements)
{
    beginResetModel();
    m_announcements = std::move(announcements);
    endResetModel();
}

int AnnouncementModel::rowOf(const QDate &date) const
{
    for (int row = 0; row < m_announcements.size(); ++row) {
        if (m_announcements.at(row).date == date)
            return row;
    }
    return -1;
}

void AnnouncementModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_announcements.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AnnouncementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_announcements.size());
}

int AnnouncementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnouncementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarOverride &item = m_announcements.at(index.row());
    const bool working = item.kind == CalendarOverride::Kind::WorkingDay;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(item.date, QStringLiteral("ddd dd/MM/yyyy"));
        case KindColumn:
            return Announcements::kindLabel(item.kind);
        case NameColumn:
            return item.name;
        case ReferenceColumn:
            return item.legalReference;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return item.date.toString(Qt::ISODate);
        case KindColumn:
            return Announcements::kindKey(item.kind);
        case NameColumn:
            return item.name;
        case ReferenceColumn:
            return item.legalReference;
        }
        break;
    case DateRole:
        return item.date;
    case Qt::ForegroundRole:
        // The colours of the year view: red for a day off, green for a day worked.
        if (index.column() == KindColumn)
            return working ? QColor(0x0f, 0x51, 0x32) : QColor(0xa4, 0x16, 0x1a);
        break;
    default:
        break;
    }
    return {};
}

QVariant AnnouncementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case ReferenceColumn:
        return tr("Legal reference");
    }
    return {};
}

} // namespace motcua
