#include "pages/calendarpage.h"

#include "dialogs/announcementdialog.h"
#include "domain/clock.h"
#include "domain/lunarcalendar.h"
#include "item/announcementmodel.h"
#include "store/calendarstore.h"
#include "widgets/yearview.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStringDecoder>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua {

namespace {

// Import errors listed in the message itself; the rest are in its details.
constexpr int kShownErrors = 12;

QString shownDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

CalendarPage::CalendarPage(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_previousYear(new QToolButton(this))
    , m_nextYear(new QToolButton(this))
    , m_year(new QSpinBox(this))
    , m_view(new YearView(this))
    , m_tableTitle(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new AnnouncementModel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_readOnlyHint(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("CalendarPage"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_view->setObjectName(QStringLiteral("yearView"));
    m_table->setObjectName(QStringLiteral("announcementTable"));
    m_add->setObjectName(QStringLiteral("addAnnouncementButton"));
    m_edit->setObjectName(QStringLiteral("editAnnouncementButton"));
    m_remove->setObjectName(QStringLiteral("removeAnnouncementButton"));
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_readOnlyHint->setObjectName(QStringLiteral("readOnlyHint"));
    m_status->setObjectName(QStringLiteral("calendarStatus"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_year->setRange(LunarCalendar::firstYear, LunarCalendar::lastYear);
    m_year->setValue(Clock::local(Clock::now()).date().year());
    m_year->setAccelerated(true);
    m_yearLabel->setBuddy(m_year);
    m_previousYear->setArrowType(Qt::LeftArrow);
    m_nextYear->setArrowType(Qt::RightArrow);
    m_previousYear->setAutoRaise(true);
    m_nextYear->setAutoRaise(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_readOnlyHint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_yearLabel);
    header->addWidget(m_previousYear);
    header->addWidget(m_year);
    header->addWidget(m_nextYear);

    // Below the year: the table, its buttons in a column beside it, then the messages.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_tableTitle);
    bottomLayout->addLayout(tableRow, 1);
    bottomLayout->addWidget(m_readOnlyHint);
    bottomLayout->addWidget(m_status);

    // A small window scrolls the year rather than squeezing the days unreadable.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("yearScroll"));
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 220});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::reload);
    connect(m_previousYear, &QToolButton::clicked, this, [this] { setYear(year() - 1); });
    connect(m_nextYear, &QToolButton::clicked, this, [this] { setYear(year() + 1); });
    connect(m_add, &QPushButton::clicked, this,
            [this] { addAnnouncement(m_view->selectedDate()); });
    connect(m_edit, &QPushButton::clicked, this, &CalendarPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CalendarPage::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &CalendarPage::exportCsv);
    connect(m_table, &QTableView::activated, this, &CalendarPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QDate date = selectedAnnouncementDate();
        if (date.isValid())
            m_view->setSelectedDate(date);
        updateActions();
    });
    connect(m_view, &YearView::selectedDateChanged, this, &CalendarPage::selectDate);
    connect(m_view, &YearView::dateActivated, this, &CalendarPage::activateDate);

    // The page's keys, wherever the focus is inside it (a line edit keeps Del for itself).
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { setYear(year() - 1); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { setYear(year() + 1); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addAnnouncement(m_view->selectedDate()); });

    retranslate();
    reload();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setActor(const Actor &actor)
{
    m_actor = actor;
    updateActions();
}

int CalendarPage::year() const
{
    return m_year->value();
}

void CalendarPage::setYear(int year)
{
    m_year->setValue(year); // reloads through valueChanged; clamped to the supported years
}

QString CalendarPage::statusText() const
{
    return m_status->text();
}

void CalendarPage::reload()
{
    const QDate selected = selectedAnnouncementDate().isValid() ? selectedAnnouncementDate()
                                                                : m_view->selectedDate();
    const CalendarStore store(m_db);
    m_calendar = store.calendar();
    // The table first: the view may move its selected day into the new year and select it.
    m_model->setAnnouncements(store.overrides(year()));
    m_view->setCalendar(m_calendar, year());
    m_table->resizeColumnsToContents();
    m_tableTitle->setText(tr("Announcements of %1").arg(year()));
    if (selected.isValid() && selected.year() == year())
        selectDate(selected);
    updateActions();
}

void CalendarPage::selectDate(const QDate &date)
{
    m_view->setSelectedDate(date);
    const int row = m_model->rowOf(date);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    } else if (m_table->currentIndex().row() != row) {
        m_table->selectRow(row);
    }
    updateActions();
}

QDate CalendarPage::selectedAnnouncementDate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QDate() : rows.first().data(AnnouncementModel::DateRole).toDate();
}

void CalendarPage::updateActions()
{
    const bool editable = !isReadOnly();
    const bool selected = selectedAnnouncementDate().isValid();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && selected);
    m_remove->setEnabled(editable && selected);
    m_import->setEnabled(editable);
    m_export->setEnabled(true); // the announcements are public: anyone may export them
    m_readOnlyHint->setVisible(!editable);
}

void CalendarPage::activateDate(const QDate &date)
{
    if (isReadOnly())
        return;
    if (const std::optional<CalendarOverride> existing = CalendarStore(m_db).find(date))
        openDialog(*existing, false);
    else
        addAnnouncement(date);
}

void CalendarPage::addAnnouncement(const QDate &date)
{
    if (isReadOnly())
        return;
    CalendarOverride announcement;
    announcement.date = date.isValid() && date.year() == year() ? date : QDate(year(), 1, 1);
    // A rest day is announced to be worked; any other day to be off.
    announcement.kind = m_calendar.day(announcement.date).source == DayInfo::Source::RestDay
        ? CalendarOverride::Kind::WorkingDay
        : CalendarOverride::Kind::DayOff;
    openDialog(announcement, true);
}

void CalendarPage::editSelected()
{
    const QDate date = selectedAnnouncementDate();
    if (isReadOnly() || !date.isValid())
        return;
    if (const std::optional<CalendarOverride> existing = CalendarStore(m_db).find(date))
        openDialog(*existing, false);
}

void CalendarPage::openDialog(const CalendarOverride &announcement, bool isNew)
{
    auto *dialog = new AnnouncementDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCalendar(m_calendar);
    dialog->setAnnouncement(announcement, isNew);
    const QDate original = isNew ? QDate() : announcement.date;
    dialog->setSaveHandler([this, original](const CalendarOverride &edited, QString *error) {
        CalendarStore store(m_db);
        int recomputed = 0;
        const bool saved = original.isValid()
            ? store.edit(m_actor, original, edited, &recomputed, error)
            : store.add(m_actor, edited, &recomputed, error);
        if (!saved)
            return false;
        if (edited.date.year() != year())
            setYear(edited.date.year());
        reload();
        selectDate(edited.date);
        reportSaved(tr("Saved the announcement of %1.").arg(shownDate(edited.date)), recomputed);
        emit calendarChanged();
        return true;
    });
    dialog->open();
}

void CalendarPage::removeSelected()
{
    const QDate date = selectedAnnouncementDate();
    if (isReadOnly() || !date.isValid())
        return;
    const CalendarOverride announcement = m_model->announcement(m_model->rowOf(date));
    QMessageBox question(
        QMessageBox::Question, tr("Remove announcement"),
        tr("Remove the announcement of %1 (%2)?").arg(shownDate(date), announcement.name),
        QMessageBox::NoButton, this);
    question.setInformativeText(
        tr("The day becomes what the statutory rules make of it, and the deadlines of open "
           "dossiers are recomputed."));
    QPushButton *remove = question.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = question.addButton(tr("Cancel"), QMessageBox::RejectRole);
    question.setDefaultButton(cancel);
    question.setEscapeButton(cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;

    QString error;
    int recomputed = 0;
    if (!CalendarStore(m_db).remove(m_actor, date, &recomputed, &error)) {
        QMessageBox::warning(this, tr("Remove announcement"), error);
        reload();
        return;
    }
    reload();
    reportSaved(tr("Removed the announcement of %1.").arg(shownDate(date)), recomputed);
    emit calendarChanged();
}

void CalendarPage::reportSaved(const QString &what, int recomputed)
{
    const QString deadlines = recomputed == 0
        ? tr("No open dossier's deadline changed.")
        : tr("The deadline of %n open dossier(s) was recomputed.", nullptr, recomputed);
    m_status->setText(what + QLatin1Char(' ') + deadlines);
}

void CalendarPage::importCsv()
{
    if (isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import announcements"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Import announcements"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(file.readAll());
    if (decoder.hasError()) {
        QMessageBox::warning(
            this, tr("Import announcements"),
            tr("%1 is not UTF-8 text: save it as CSV UTF-8.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const CalendarStore::ImportResult result = CalendarStore(m_db).importCsv(m_actor, text);
    if (!result.isOk()) {
        QMessageBox box(QMessageBox::Warning, tr("Import announcements"),
                        tr("Nothing was imported: correct the file and import it again."),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.errors.mid(0, kShownErrors).join(QLatin1Char('\n')));
        if (result.errors.size() > kShownErrors)
            box.setDetailedText(result.errors.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    reload();
    reportSaved(tr("Imported: %1 added, %2 changed, %3 unchanged.")
                    .arg(result.added)
                    .arg(result.changed)
                    .arg(result.unchanged),
                result.recomputed);
    if (result.added + result.changed > 0)
        emit calendarChanged();
}

void CalendarPage::exportCsv()
{
    const QString suggested
        = QDir::home().filePath(QStringLiteral("lich-lam-viec-%1.csv").arg(year()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export announcements"), suggested,
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    QSaveFile file(path);
    const QByteArray csv = CalendarStore(m_db).exportCsv(year()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export announcements"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_status->setText(tr("Exported the announcements of %1 to %2.")
                          .arg(year())
                          .arg(QDir::toNativeSeparators(path)));
}

void CalendarPage::retranslate()
{
    m_title->setText(tr("Working calendar"));
    m_yearLabel->setText(tr("&Year:"));
    m_previousYear->setToolTip(tr("Previous year (PgUp)"));
    m_nextYear->setToolTip(tr("Next year (PgDown)"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Announce a day off or a working day (Insert)"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected announcement (Del)"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Columns: date,kind,name,legal_reference; kind is off or work"));
    m_export->setText(tr("E&xport CSV…"));
    m_readOnlyHint->setText(
        tr("Only an administrator can change the calendar; you can view and export it."));
    m_view->setToolTip(QString());
    m_model->retranslate();
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // holiday names are translated when the calendar is built
    }
    QWidget::changeEvent(event);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    reload(); // another counter may have changed the calendar
    QWidget::showEvent(event);
}

} // namespace motcua
