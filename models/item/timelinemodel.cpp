#include "item/timelinemodel.h"

#include "domain/clock.h"
#include "domain/dossier.h"
#include "domain/dossierflow.h"

namespace motcua {

namespace {

QString statusText(const QString &key)
{
    DossierStatus status;
    return Dossiers::statusFromKey(key, &status) ? Dossiers::statusLabel(status) : key;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::setEvents(QList<EventRecord> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void TimelineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return Clock::local(event.occurredAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
        case Action:
            return DossierFlow::eventLabel(event.kind);
        case Actor:
            return event.actor;
        case FromStatus:
            return statusText(event.fromStatus);
        case ToStatus:
            return statusText(event.toStatus);
        case Note:
            return event.note;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            // The minute shown, then the order of writing (as `dossier show`): a deadline
            // recalculated a few seconds before a handover stated at the full minute stays
            // before it.
            return (event.occurredAt.toSecsSinceEpoch() / 60) * TimeSortIdSpan
                + qBound<qint64>(0, event.id, TimeSortIdSpan - 1);
        case Action:
            return event.kind;
        case Actor:
            return event.actor;
        case FromStatus:
            return event.fromStatus;
        case ToStatus:
            return event.toStatus;
        case Note:
            return event.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        // The step in full, its structured facts, and when it was written if that was later.
        QString text = event.toStatus.isEmpty()
            ? QString()
            : QStringLiteral("%1 → %2").arg(statusText(event.fromStatus),
                                            statusText(event.toStatus));
        const QString details = DossierFlow::detailsText(event.details);
        if (!details.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + details;
        if (event.recordedAt.toSecsSinceEpoch() / 60 != event.occurredAt.toSecsSinceEpoch() / 60)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Recorded at %1")
                      .arg(Clock::local(event.recordedAt)
                               .toString(QStringLiteral("HH:mm dd/MM/yyyy")));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case KindRole:
        return event.kind;
    case EventIdRole:
        return event.id;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Actor:
        return tr("By");
    case FromStatus:
        return tr("From");
    case ToStatus:
        return tr("To");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace motcua
