#include "dialogs/issuedslipsdialog.h"

#include "db/database.h"
#include "domain/clock.h"
#include "item/intakeslipmodel.h"
#include "print/intakeslipprinting.h"
#include "store/intakeslipstore.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

namespace {

// Slips shown at once: a month of a busy counter; older ones are found by searching.
constexpr int shownLimit = 500;

} // namespace

IssuedSlipsDialog::IssuedSlipsDialog(Database &database, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
    , m_model(new IntakeSlipModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("issuedSlipsDialog"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(IntakeSlipModel::SortRole);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("issuedSlipSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    const QDate today = Clock::local(Clock::now()).date();
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("issuedSlipFrom"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("issuedSlipTo"));
    m_toLabel->setBuddy(m_to);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("issuedSlipTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IntakeSlipModel::Number, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // One line a slip; the whole reason and the items are in the tooltip.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IntakeSlipModel::Procedure,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IntakeSlipModel::Reason,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);

    m_count = new QLabel(this);
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("issuedSlipReprint"));
    // No default button: Enter in the search box goes to the list, Enter on the list reprints.
    m_reprint->setAutoDefault(false);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("issuedSlipClose"));
    m_close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Typing searches after a pause, so that a name is not looked up letter by letter.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &IssuedSlipsDialog::refresh);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        refresh();
        m_table->setFocus();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &IssuedSlipsDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &IssuedSlipsDialog::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &IssuedSlipsDialog::reprintSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IssuedSlipsDialog::updateButtons);
    connect(m_reprint, &QPushButton::clicked, this, &IssuedSlipsDialog::reprintSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    retranslate();
    refresh();
    resize(980, 520);
    m_search->setFocus();
}

void IssuedSlipsDialog::refresh()
{
    IntakeSlipStore::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.search = m_search->text();
    filter.limit = shownLimit;
    m_model->setSlips(IntakeSlipStore(m_database.connection()).list(filter));
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    const int shown = m_model->rowCount();
    m_count->setText(shown >= shownLimit
                         ? tr("The newest %n slips; search to find older ones.", nullptr, shown)
                         : tr("%n slip(s)", nullptr, shown));
    updateButtons();
}

qint64 IssuedSlipsDialog::selectedSlip() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(IntakeSlipModel::SlipIdRole).toLongLong();
}

void IssuedSlipsDialog::reprintSelected()
{
    const qint64 slip = selectedSlip();
    if (!slip || !m_reprint->isEnabled())
        return;
    const QModelIndex row = m_table->selectionModel()->selectedRows().constFirst();
    const QString applicant = row.siblingAtColumn(IntakeSlipModel::Applicant).data().toString();
    const QString number = row.siblingAtColumn(IntakeSlipModel::Number).data().toString();
    const QString message = IntakeSlipStore(m_database.connection()).wasPrinted(slip)
        ? tr("Slip no. %1 for %2 was printed before: this copy is marked \"BẢN IN LẠI\" and "
             "the reprint is logged.")
        : tr("Slip no. %1 for %2 has not been printed yet.");
    QString error;
    if (!IntakeSlipPrinting::offer(this, m_database, m_actor, slip, tr("Print the slip"),
                                   message.arg(number, applicant), &error))
        QMessageBox::warning(this, tr("Print the slip"), error);
}

void IssuedSlipsDialog::updateButtons()
{
    m_reprint->setEnabled(selectedSlip() != 0 && m_actor.can(Permission::ReceiveDossier));
}

bool IssuedSlipsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the list reprints, as a double click does; the dialog would otherwise close.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            reprintSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IssuedSlipsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IssuedSlipsDialog::retranslate()
{
    setWindowTitle(tr("Slips issued at the counter"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Slip number, name (diacritics optional), ID number or phone"));
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("&To:"));
    m_reprint->setText(tr("&Print again…"));
    m_close->setText(tr("&Close"));
    m_model->retranslate();
}

} // namespace motcua
