#pragma once

#include "store/eventlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// The history of one dossier, one event a row, oldest first: the timeline of the dossier window.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column { Time, Action, Actor, FromStatus, ToStatus, Note, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The raw value: keys, text; for the time, minutes since the epoch × TimeSortIdSpan +
        // the event id (same-minute events in the order they were written).
        SortRole = Qt::UserRole + 1,
        KindRole, // the event kind ("transferred" …)
        EventIdRole,
    };

    static constexpr qint64 TimeSortIdSpan = qint64(1) << 36;

    explicit TimelineModel(QObject *parent = nullptr);

    void setEvents(QList<EventRecord> events);
    const QList<EventRecord> &events() const { return m_events; }
    // Headers and texts in the current language (after a LanguageChange).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EventRecord> m_events;
};

} // namespace motcua
