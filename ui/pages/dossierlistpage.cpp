#include "pages/dossierlistpage.h"

#include "db/database.h"
#include "db/datachanges.h"
#include "dialogs/dialogsupport.h"
#include "domain/clock.h"
#include "dossier/actiondialog.h"
#include "dossier/dossierprinting.h"
#include "item/dossierlistmodel.h"
#include "print/reportexport.h"
#include "store/dossierlifecycle.h"
#include "store/dossierquery.h"
#include "store/dossierstore.h"
#include "store/exportlog.h"
#include "store/procedurestore.h"
#include "store/reportqueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

namespace {

// The list's natural order: deadlines first where a deadline is the point, newest otherwise.
int defaultSortColumn(Worklist worklist)
{
    switch (worklist) {
    case Worklist::InProcessing:
    case Worklist::DueToday:
    case Worklist::DueSoon:
    case Worklist::Overdue:
    case Worklist::AwaitingDocuments:
        return DossierListModel::Due;
    default:
        return -1;
    }
}

} // namespace

DossierListPage::DossierListPage(Database &database, QList<Worklist> worklists, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_worklists(std::move(worklists))
{
    build();
    retranslate();
}

void DossierListPage::build()
{
    m_model = new DossierListModel(m_database.connection(), this);

    m_worklist = new QComboBox(this);
    m_worklist->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_worklist->setMinimumContentsLength(12);
    m_worklist->setObjectName(QStringLiteral("worklistCombo"));
    for (Worklist worklist : std::as_const(m_worklists))
        m_worklist->addItem(QString(), int(worklist));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_dateFilter = new QCheckBox(this);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(Clock::local(Clock::now()).date().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("receivedFrom"));
    m_to = new QDateEdit(Clock::local(Clock::now()).date(), this);
    m_to->setObjectName(QStringLiteral("receivedTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
    }
    m_field = new QComboBox(this);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(12);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_office = new QComboBox(this);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_office->setMinimumContentsLength(12);
    m_office->setObjectName(QStringLiteral("officeCombo"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_transfer = new QPushButton(this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setEnabled(false);
    m_drillDown = new QLabel(this);
    m_drillDown->setObjectName(QStringLiteral("drillDownLabel"));
    m_drillDown->setVisible(false);
    m_clearDrillDown = new QPushButton(this);
    m_clearDrillDown->setObjectName(QStringLiteral("clearDrillDown"));
    m_clearDrillDown->setVisible(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for a batch transfer (Ctrl/Shift+click, Shift+arrows).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DossierListModel::Procedure,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(DossierListModel::Code, 27 * digit);
    m_table->setColumnWidth(DossierListModel::Applicant, 22 * digit);
    m_table->setColumnWidth(DossierListModel::Received, 17 * digit);
    m_table->setColumnWidth(DossierListModel::Due, 17 * digit);
    m_table->setColumnWidth(DossierListModel::Status, 20 * digit);
    m_table->setColumnWidth(DossierListModel::DaysLeft, 24 * digit);
    // Sorting is the model's (SQL); the view only shows the indicator and asks.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (column != m_model->sortColumn() || order != m_model->sortOrder()) {
                    m_model->sort(column, order);
                    updateCount();
                }
            });

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &DossierListPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DossierListPage::applyFilter);
    connect(m_worklist, &QComboBox::activated, this, [this] {
        const int column = defaultSortColumn(worklist());
        m_table->horizontalHeader()->blockSignals(true);
        m_table->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
        m_table->horizontalHeader()->blockSignals(false);
        m_searchTimer->stop();
        m_model->setQuery(filter(), column, Qt::AscendingOrder);
        m_stale = false;
        updateCount();
    });
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DossierListPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &DossierListPage::applyFilter);
    connect(m_field, &QComboBox::activated, this, &DossierListPage::applyFilter);
    connect(m_office, &QComboBox::activated, this, &DossierListPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &DossierListPage::exportCsv);
    connect(m_transfer, &QPushButton::clicked, this, &DossierListPage::transferSelected);
    // Not the button's own shortcut: its text's mnemonic (Alt+T) would replace it.
    auto *transferKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this, this,
                                      &DossierListPage::transferSelected);
    transferKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_transfer->setEnabled(m_actor.can(Permission::HandleDossier) && !selectedIds().isEmpty());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        // A double click or Enter (both "activate" the row) opens the dossier.
        if (const qint64 id = index.data(DossierListModel::IdRole).toLongLong())
            emit openDossier(id);
    });
    connect(m_clearDrillDown, &QPushButton::clicked, this, [this] {
        clearDrillDown();
        applyFilter();
    });
    // Whatever was committed (here, in a dossier window, at reception) shows at once.
    connect(DataChanges::of(m_database.connection()), &DataChanges::changed, this,
            &DossierListPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_worklist);
    filters->addWidget(m_search, 1);
    auto *narrowing = new QHBoxLayout;
    narrowing->addWidget(m_dateFilter);
    narrowing->addWidget(m_from);
    narrowing->addWidget(m_to);
    narrowing->addWidget(m_field, 1);
    narrowing->addWidget(m_office, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_drillDown);
    status->addWidget(m_clearDrillDown);
    status->addWidget(m_count, 1);
    status->addWidget(m_transfer);
    status->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(narrowing);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);

    const int column = defaultSortColumn(worklist());
    m_table->horizontalHeader()->blockSignals(true);
    m_table->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
    m_table->horizontalHeader()->blockSignals(false);
}

void DossierListPage::setActor(const Actor &actor)
{
    m_actor = actor;
    m_transfer->setVisible(actor.can(Permission::HandleDossier));
    m_transfer->setEnabled(actor.can(Permission::HandleDossier) && !selectedIds().isEmpty());
}

QList<qint64> DossierListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const qint64 id = row.data(DossierListModel::IdRole).toLongLong())
            ids.append(id);
    }
    return ids;
}

void DossierListPage::transferSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_actor.can(Permission::HandleDossier))
        return;
    const auto first = DossierStore(m_database.connection()).find(ids.first());
    if (!first)
        return;
    DossierLifecycle lifecycle(m_database.connection());
    QList<Dossier> transferred;
    ActionDialog dialog(
        DossierAction::Transfer, *first,
        lifecycle.defaults(m_actor, *first, DossierAction::Transfer),
        [&](const ActionInput &input) {
            QList<FieldError> errors;
            transferred = lifecycle.transferAll(m_actor, ids, input, &errors);
            return errors;
        },
        this);
    dialog.setWindowTitle(tr("Transfer %n dossier(s)", nullptr, int(ids.size())));
    if (dialog.exec() != QDialog::Accepted || transferred.isEmpty())
        return;
    emit dossiersChanged();
    DossierPrinting::offerHandoverList(this, m_database, transferred, dialog.input(),
                                       tr("Dossiers transferred"),
                                       tr("%n dossier(s) handed over. Print the handover list now?",
                                          nullptr, int(transferred.size())));
}

void DossierListPage::retranslate()
{
    const DossierQuery query(m_database.connection());
    const WorklistClock clock = query.clock(Clock::now());
    for (int i = 0; i < m_worklist->count(); ++i)
        m_worklist->setItemText(i,
                                Worklists::label(Worklist(m_worklist->itemData(i).toInt()),
                                                 clock.dueSoonDays, clock.uncollectedDays));
    m_search->setPlaceholderText(tr("Code, name (without accents is fine), ID number or phone"));
    m_dateFilter->setText(tr("Received between"));
    m_export->setText(tr("Export CSV…"));
    m_transfer->setText(tr("&Transfer selected… (Ctrl+T)"));
    m_transfer->setToolTip(
        tr("Hand the selected dossiers over to the deciding office together and print the "
           "handover list"));
    m_clearDrillDown->setText(tr("Show all"));

    // Fields and offices from the catalogue.
    const QString field = m_field->currentData().toString();
    const QString office = m_office->currentData().toString();
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (const QString &name : ReportQueries(m_database.connection()).fields())
        m_field->addItem(name, name);
    m_field->setCurrentIndex(qMax(0, m_field->findData(field)));
    m_office->clear();
    m_office->addItem(tr("All deciding offices"), QString());
    for (const QString &name : ReportQueries(m_database.connection()).decidingOffices())
        m_office->addItem(name, name);
    m_office->setCurrentIndex(qMax(0, m_office->findData(office)));
    updateCount();
}

Worklist DossierListPage::worklist() const
{
    return m_worklist->currentIndex() >= 0 ? Worklist(m_worklist->currentData().toInt())
                                           : Worklist::All;
}

void DossierListPage::setWorklist(Worklist worklist)
{
    const int index = m_worklist->findData(int(worklist));
    if (index < 0)
        return;
    m_worklist->setCurrentIndex(index);
    const int column = defaultSortColumn(worklist);
    m_table->horizontalHeader()->blockSignals(true);
    m_table->horizontalHeader()->setSortIndicator(column, Qt::AscendingOrder);
    m_table->horizontalHeader()->blockSignals(false);
    m_searchTimer->stop();
    m_model->setQuery(filter(), column, Qt::AscendingOrder);
    m_stale = false;
    updateCount();
}

void DossierListPage::setSearch(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void DossierListPage::showFilter(const DossierFilter &filter)
{
    clearDrillDown();
    m_search->setText(filter.search);
    m_field->setCurrentIndex(qMax(0, m_field->findData(filter.field)));
    m_office->setCurrentIndex(qMax(0, m_office->findData(filter.decidingOffice)));
    m_drillProcedure = filter.procedureId;
    m_drillReceiver = filter.receiver;
    if (!filter.receiver.isEmpty())
        m_drillText = tr("Received by: %1").arg(filter.receiver);
    if (filter.procedureId > 0) {
        const auto procedure = ProcedureStore(m_database.connection()).find(filter.procedureId);
        m_drillText = tr("Procedure: %1")
                          .arg(procedure ? procedure->code + QLatin1Char(' ') + procedure->name
                                         : QString::number(filter.procedureId));
    }
    m_drillDown->setText(m_drillText);
    m_drillDown->setVisible(!m_drillText.isEmpty());
    m_clearDrillDown->setVisible(!m_drillText.isEmpty());
    setWorklist(filter.worklist);
    m_drilled = true;
}

void DossierListPage::resetDrillDown()
{
    if (!m_drilled)
        return;
    m_drilled = false;
    clearDrillDown();
    m_search->clear();
    m_field->setCurrentIndex(0);
    m_office->setCurrentIndex(0);
    applyFilter();
}

void DossierListPage::clearDrillDown()
{
    m_drillProcedure = 0;
    m_drillReceiver.clear();
    m_drillText.clear();
    m_drillDown->setVisible(false);
    m_clearDrillDown->setVisible(false);
}

DossierFilter DossierListPage::filter() const
{
    DossierFilter filter;
    filter.worklist = worklist();
    filter.search = m_search->text();
    if (m_dateFilter->isChecked()) {
        filter.receivedFrom = m_from->date();
        filter.receivedTo = m_to->date();
    }
    filter.field = m_field->currentData().toString();
    filter.decidingOffice = m_office->currentData().toString();
    filter.procedureId = m_drillProcedure;
    filter.receiver = m_drillReceiver;
    return filter;
}

void DossierListPage::applyFilter()
{
    m_searchTimer->stop();
    m_model->setQuery(filter(), m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
    m_stale = false;
    updateCount();
}

void DossierListPage::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // The reader keeps their place: the same dossiers selected, the same rows in view.
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_model->dossierId(m_table->currentIndex().row());
    const int currentColumn = qMax(0, m_table->currentIndex().column());
    const int fetched = m_model->rowCount();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    while (m_model->rowCount() < fetched && m_model->canFetchMore({}))
        m_model->fetchMore({});
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount() && (current || !selected.isEmpty()); ++row) {
        const qint64 id = m_model->dossierId(row);
        if (selected.contains(id))
            selection.select(m_model->index(row, 0),
                             m_model->index(row, DossierListModel::ColumnCount - 1));
        if (id == current)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, currentColumn),
                                                       QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->verticalScrollBar()->setValue(scroll);
    m_stale = false;
    updateCount();
}

void DossierListPage::updateCount()
{
    // The exact count for lists (cheap, indexed); for a search, what is shown so far.
    const DossierFilter current = m_model->filter();
    if (current.search.trimmed().isEmpty()) {
        constexpr qint64 Enough = 100000;
        const qint64 count = DossierQuery(m_database.connection())
                                 .count(current, m_model->worklistClock(), Enough + 1);
        m_count->setText(count > Enough ? tr("%1+ dossiers").arg(QLocale().toString(Enough))
                                        : tr("%1 dossier(s)").arg(QLocale().toString(count)));
    } else {
        m_count->setText(
            m_model->canFetchMore({})
                ? tr("%1+ dossiers found").arg(QLocale().toString(m_model->rowCount()))
                : tr("%1 dossier(s) found").arg(QLocale().toString(m_model->rowCount())));
    }
}

void DossierListPage::exportCsv()
{
    QString error;
    if (!ExportLog::allowed(m_actor, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    const QString path = DialogSupport::saveFileName(
        this, tr("Export the list"), QDir::home().filePath(QStringLiteral("danh-sach-ho-so.csv")),
        tr("CSV files (*.csv)"), QStringLiteral("listSaveDialog"));
    if (path.isEmpty())
        return;
    if (!ReportExport::exportDossierList(m_database.connection(), m_actor, m_model->filter(),
                                         m_model->worklistClock(), path, &error))
        QMessageBox::warning(this, tr("Export"), error);
    else
        DialogSupport::announceSaved(this, path);
}

void DossierListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        applyFilter();
}

void DossierListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua
