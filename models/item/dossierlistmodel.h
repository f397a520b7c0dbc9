#pragma once

#include "domain/deadline.h"
#include "domain/workcalendar.h"
#include "domain/worklist.h"
#include "store/dossierquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace motcua {

// A worklist or search result of any size, read a page (200 rows) at a time.
//
// Filtering and ordering happen in SQL (DossierQuery). fetchMore() appends the next page after
// the last row's sort key (keyset paging: page n costs what page 1 costs). Only the sort key of
// each page's last row is kept for every fetched page; the rows themselves live in a cache of
// recently used pages, and a page that fell out of it is read again between its two boundary
// keys when the view scrolls back to it. Memory stays bounded however far the view scrolls.
//
// Everything is reckoned against the instant of the last refresh() (Clock::now() then). A new
// model is empty until the first refresh(), setFilter() or setQuery().
class DossierListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierListModel)

public:
    enum Column { Code, Applicant, Procedure, Received, Due, Status, DaysLeft, ColumnCount };
    enum Role {
        SortRole
        = Qt::UserRole + 1, // the raw value: text, seconds since the epoch, signed seconds left
        IdRole, // the dossier's id
        OverdueRole, // bool
        DueSoonRole, // bool
    };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 50;

    explicit DossierListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~DossierListModel() override;

    const DossierFilter &filter() const { return m_filter; }
    void setFilter(const DossierFilter &filter); // refreshes
    // Filter and order at once: one query.
    void setQuery(const DossierFilter &filter, int sortColumn, Qt::SortOrder order);
    // Reads the first page again, reckoned as of Clock::now().
    void refresh();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 dossierId(int row) const;
    const WorklistClock &worklistClock() const { return m_clock; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Column -1: the order of registration, newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The number of pages whose rows are held now (for tests of the bound on memory).
    int cachedPageCount() const { return int(m_cache.size()); }

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        DossierListRow data;
        qint64 workingLeft = 0; // signed: negative when late
        bool overdue = false;
        bool dueSoon = false;
    };

    DossierQuery::SortBy sortBy() const;
    Qt::SortOrder effectiveOrder() const;
    QVector<Row> load(const std::optional<DossierQuery::Anchor> &after,
                      const std::optional<DossierQuery::Anchor> &upTo) const;
    const Row *rowAt(int row) const;
    void remember(int page, QVector<Row> rows) const;
    QString daysLeftText(const Row &row) const;

    QSqlDatabase m_db;
    DossierFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    WorklistClock m_clock;
    std::unique_ptr<WorkCalendar> m_calendar;
    std::unique_ptr<DeadlineCalculator> m_calculator;

    int m_rowCount = 0;
    bool m_atEnd = true;
    bool m_fetching = false;
    QVector<DossierQuery::Anchor> m_pageEnds; // the last row of each fetched page
    mutable QHash<int, QVector<Row>> m_cache;
    mutable QList<int> m_recent; // most recently used page last
    mutable QString m_lastError;
};

} // namespace motcua
