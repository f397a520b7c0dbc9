#include "item/dossierlistmodel.h"

#include "domain/clock.h"
#include "domain/officesettings.h"
#include "domain/workingtime.h"
#include "store/calendarstore.h"
#include "store/settingsstore.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace motcua {

namespace {

QString shortDateTime(qint64 seconds)
{
    if (seconds == 0)
        return {};
    return Clock::local(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC))
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

DossierListModel::DossierListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

DossierListModel::~DossierListModel() = default;

void DossierListModel::setFilter(const DossierFilter &filter)
{
    m_filter = filter;
    refresh();
}

void DossierListModel::setQuery(const DossierFilter &filter, int sortColumn, Qt::SortOrder order)
{
    m_filter = filter;
    m_sortColumn = sortColumn < ColumnCount ? sortColumn : -1;
    m_sortOrder = order;
    refresh();
}

DossierQuery::SortBy DossierListModel::sortBy() const
{
    switch (m_sortColumn) {
    case Code:
        return DossierQuery::SortBy::Code;
    case Applicant:
        return DossierQuery::SortBy::Applicant;
    case Procedure:
        return DossierQuery::SortBy::Procedure;
    case Received:
        return DossierQuery::SortBy::Received;
    case Due:
    case DaysLeft:
        return DossierQuery::SortBy::Due;
    case Status:
        return DossierQuery::SortBy::Status;
    default:
        // A code (or its beginning) from the scanner: newest code first, read from the code
        // index rather than sorting every dossier of a month by registration.
        if (Worklists::parseSearch(m_filter.search).kind == SearchTerm::Kind::Code)
            return DossierQuery::SortBy::Code;
        return DossierQuery::SortBy::Newest;
    }
}

Qt::SortOrder DossierListModel::effectiveOrder() const
{
    return m_sortColumn < 0 ? Qt::DescendingOrder : m_sortOrder;
}

void DossierListModel::refresh()
{
    beginResetModel();
    const QMap<QString, QString> settings = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    m_calculator.reset();
    m_calendar = std::make_unique<WorkCalendar>(CalendarStore(m_db).calendar());
    m_calculator = std::make_unique<DeadlineCalculator>(
        *m_calendar, OfficeSettings::cutoffTime(settings), Clock::officeZone());
    m_clock = DossierQuery(m_db).clock(Clock::now());
    m_cache.clear();
    m_recent.clear();
    m_pageEnds.clear();
    m_lastError.clear();
    m_rowCount = 0;
    m_atEnd = false;
    // The first page comes with the reset: a view shows rows at once.
    QVector<Row> rows = load(std::nullopt, std::nullopt);
    m_atEnd = rows.size() < PageSize;
    if (!rows.isEmpty()) {
        m_rowCount = int(rows.size());
        m_pageEnds.append(DossierQuery::anchorOf(rows.last().data, sortBy()));
        remember(0, std::move(rows));
    }
    {
        // A view whose scroll bar was at the end asks for more from inside the reset signal:
        // not before every receiver has seen the reset (it asks again when it lays out).
        const QScopedValueRollback<bool> resetting(m_fetching, true);
        endResetModel();
    }
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

QVector<DossierListModel::Row>
DossierListModel::load(const std::optional<DossierQuery::Anchor> &after,
                       const std::optional<DossierQuery::Anchor> &upTo) const
{
    QString error;
    const QList<DossierListRow> found = DossierQuery(m_db).page(
        m_filter, m_clock, sortBy(), effectiveOrder(), after, upTo, PageSize, &error);
    if (!error.isEmpty())
        m_lastError = tr("The dossiers could not be read: %1").arg(error);
    const qint64 now = m_clock.now.toSecsSinceEpoch();
    const qint64 dueSoonFor = qint64(m_clock.dueSoonDays) * WorkingTime::SecondsPerWorkingDay;
    QVector<Row> rows;
    rows.reserve(found.size());
    for (const DossierListRow &data : found) {
        Row row;
        row.data = data;
        if (Dossiers::isOpenStatus(data.status)) {
            const qint64 stoppedAt = data.pausedAt != 0 ? data.pausedAt : now;
            row.overdue = data.dueAt < now && stoppedAt > data.dueAt;
            const QDateTime due = QDateTime::fromSecsSinceEpoch(data.dueAt, Qt::UTC);
            const QDateTime stopped = QDateTime::fromSecsSinceEpoch(stoppedAt, Qt::UTC);
            row.workingLeft = row.overdue ? -m_calculator->workingSecondsBetween(due, stopped)
                                          : m_calculator->workingSecondsBetween(stopped, due);
            // The working time left decides the colour, as it decides the words.
            row.dueSoon = !row.overdue && data.pausedAt == 0 && row.workingLeft <= dueSoonFor;
        }
        rows.append(row);
    }
    return rows;
}

void DossierListModel::remember(int page, QVector<Row> rows) const
{
    m_cache.insert(page, std::move(rows));
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > CachedPages)
        m_cache.remove(m_recent.takeFirst());
}

const DossierListModel::Row *DossierListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_cache.constFind(page);
    if (it == m_cache.constEnd()) {
        // Evicted: read again between the boundaries that defined it.
        QVector<Row> rows = load(page > 0 ? std::optional(m_pageEnds.at(page - 1)) : std::nullopt,
                                 m_pageEnds.at(page));
        remember(page, std::move(rows));
        it = m_cache.constFind(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 DossierListModel::dossierId(int row) const
{
    const Row *found = rowAt(row);
    return found ? found->data.id : 0;
}

int DossierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DossierListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DossierListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DossierListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may call back into fetchMore() from the insertion signals.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QVector<Row> rows = load(m_pageEnds.isEmpty() ? std::nullopt : std::optional(m_pageEnds.last()),
                             std::nullopt);
    m_atEnd = rows.size() < PageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, m_rowCount, m_rowCount + int(rows.size()) - 1);
    m_pageEnds.append(DossierQuery::anchorOf(rows.last().data, sortBy()));
    m_rowCount += int(rows.size());
    remember(int(m_pageEnds.size()) - 1, std::move(rows));
    endInsertRows();
}

void DossierListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QString DossierListModel::daysLeftText(const Row &row) const
{
    const DossierListRow &d = row.data;
    if (!Dossiers::isOpenStatus(d.status)) {
        if (d.status == DossierStatus::Withdrawn || d.finishedAt == 0)
            return {};
        if (d.finishedAt > d.dueAt)
            return tr("Finished late");
        const QDate finished
            = Clock::local(QDateTime::fromSecsSinceEpoch(d.finishedAt, Qt::UTC)).date();
        const QDate due = Clock::local(QDateTime::fromSecsSinceEpoch(d.dueAt, Qt::UTC)).date();
        return finished < due ? tr("Finished early") : tr("Finished on time");
    }
    if (row.overdue) {
        // Late by the clock but not yet by a minute of working time (before opening hours).
        return row.workingLeft == 0
            ? tr("Overdue since %1").arg(shortDateTime(d.dueAt))
            : tr("Overdue by %1").arg(WorkingTime::amountText(-row.workingLeft));
    }
    if (d.pausedAt != 0)
        return tr("Clock stopped, %1 left").arg(WorkingTime::amountText(row.workingLeft));
    if (row.workingLeft == 0)
        return tr("Due %1").arg(shortDateTime(d.dueAt));
    return tr("%1 left").arg(WorkingTime::amountText(row.workingLeft));
}

QVariant DossierListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const DossierListRow &d = row->data;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return d.code;
        case Applicant:
            return d.applicantName;
        case Procedure:
            return d.procedureName;
        case Received:
            return shortDateTime(d.receivedAt);
        case Due:
            return shortDateTime(d.dueAt);
        case Status:
            return Dossiers::statusLabel(d.status);
        case DaysLeft:
            return daysLeftText(*row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Procedure)
            return QStringLiteral("%1 %2").arg(d.procedureCode, d.procedureName);
        if (index.column() == Due && d.extendedDueAt != 0)
            return tr("New date promised in the apology: %1").arg(shortDateTime(d.extendedDueAt));
        break;
    case SortRole:
        switch (index.column()) {
        case Code:
            return d.code;
        case Applicant:
            return d.applicantKey;
        case Procedure:
            return d.procedureName;
        case Received:
            return d.receivedAt;
        case Due:
            return d.dueAt;
        case Status:
            return int(d.status);
        case DaysLeft:
            return row->workingLeft;
        }
        break;
    case IdRole:
        return d.id;
    case OverdueRole:
        return row->overdue;
    case DueSoonRole:
        return row->dueSoon;
    case Qt::BackgroundRole:
        if (row->overdue)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (row->dueSoon)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        break;
    case Qt::ForegroundRole:
        if (row->overdue)
            return QBrush(QColor(0x84, 0x20, 0x29));
        if (row->dueSoon)
            return QBrush(QColor(0x66, 0x4d, 0x03));
        break;
    default:
        break;
    }
    return {};
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Dossier code");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case DaysLeft:
        return tr("Days left");
    }
    return {};
}

} // namespace motcua
