#pragma once

#include "domain/workcalendar.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// The yearly announcements of the working calendar, one row each, for the calendar page.
// Small (a dozen rows a year): the page hands it the whole list.
class AnnouncementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementModel)

public:
    enum Column { DateColumn, KindColumn, NameColumn, ReferenceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: ISO date, kind key, text
        DateRole, // QDate of the row
    };

    explicit AnnouncementModel(QObject *parent = nullptr);

    void setAnnouncements(QList<CalendarOverride> announcements);
    const QList<CalendarOverride> &announcements() const { return m_announcements; }
    CalendarOverride announcement(int row) const { return m_announcements.value(row); }
    int rowOf(const QDate &date) const; // -1 when absent

    // Texts of the headers and kinds were translated when shown: shows them again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CalendarOverride> m_announcements;
};

} // namespace motcua
