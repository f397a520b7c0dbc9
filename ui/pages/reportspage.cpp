#include "pages/reportspage.h"

#include "db/database.h"
#include "db/datachanges.h"
#include "dialogs/dialogsupport.h"
#include "domain/clock.h"
#include "domain/officesettings.h"
#include "item/reporttablemodel.h"
#include "print/reportexport.h"
#include "print/slipprinter.h"
#include "store/dossierquery.h"
#include "store/eventlog.h"
#include "store/exportlog.h"
#include "store/reportqueries.h"
#include "store/settingsstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

namespace motcua {

namespace {

enum BoardColumn { GroupColumn, OverdueColumn, DueSoonColumn };
constexpr int KeyRole = Qt::UserRole + 1;

const DossierQuery::Dimension dimensions[]
    = {DossierQuery::Dimension::Field, DossierQuery::Dimension::Procedure,
       DossierQuery::Dimension::DecidingOffice, DossierQuery::Dimension::Clerk};

QDate firstOfQuarter(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

QDateEdit *dateEdit(const QString &name, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace

ReportsPage::ReportsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(buildBoard(), QString());
    m_tabs->addTab(buildReport(), QString());
    m_tabs->addTab(buildRegister(), QString());
    m_denied = new QLabel(this);
    m_denied->setObjectName(QStringLiteral("reportsDenied"));
    m_denied->setAlignment(Qt::AlignCenter);
    m_denied->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_denied);
    layout->addWidget(m_tabs, 1);
    retranslate();
    connect(DataChanges::of(m_database.connection()), &DataChanges::changed, this,
            &ReportsPage::dataChanged);
}

void ReportsPage::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool allowed = actor.can(Permission::ViewReports);
    m_tabs->setVisible(allowed);
    m_denied->setVisible(!allowed);
    m_boardStale = true;
    if (allowed && isVisible())
        refreshBoard();
}

void ReportsPage::dataChanged()
{
    // The board on screen follows a committed change; a hidden one reads again when shown.
    m_boardStale = true;
    if (isVisible())
        refreshBoard();
}

QWidget *ReportsPage::buildBoard()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    m_boardAsOf = new QLabel(page);
    m_boardAsOf->setWordWrap(true); // a long office name must not widen the window
    m_boardAsOf->setObjectName(QStringLiteral("boardAsOf"));
    grid->addWidget(m_boardAsOf, 0, 0, 1, 2);
    const QStringList names = {QStringLiteral("boardField"), QStringLiteral("boardProcedure"),
                               QStringLiteral("boardOffice"), QStringLiteral("boardClerk")};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QWidget(page);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(box);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto *table = new QTableWidget(0, 3, box);
        table->setObjectName(names.at(i));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectItems);
        table->verticalHeader()->setVisible(false);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        table->setWordWrap(false);
        table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(OverdueColumn,
                                                        QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(DueSoonColumn,
                                                        QHeaderView::ResizeToContents);
        const DossierQuery::Dimension dimension = dimensions[i];
        connect(
            table, &QTableWidget::cellClicked, this, [this, table, dimension](int row, int column) {
                const QTableWidgetItem *group = table->item(row, GroupColumn);
                if (!group)
                    return;
                DossierFilter filter;
                filter.worklist = column == DueSoonColumn ? Worklist::DueSoon : Worklist::Overdue;
                const QString key = group->data(KeyRole).toString();
                switch (dimension) {
                case DossierQuery::Dimension::Field:
                    filter.field = key;
                    break;
                case DossierQuery::Dimension::Procedure:
                    filter.procedureId = key.toLongLong();
                    break;
                case DossierQuery::Dimension::DecidingOffice:
                    filter.decidingOffice = key;
                    break;
                case DossierQuery::Dimension::Clerk:
                    filter.receiver = key;
                    break;
                }
                emit drillDown(filter);
            });
        boxLayout->addWidget(title);
        boxLayout->addWidget(table);
        m_boards.append(table);
        m_boardTitles.append(title);
        grid->addWidget(box, 1 + i / 2, i % 2);
    }
    m_rateChart = new QChartView(page);
    m_rateChart->setObjectName(QStringLiteral("rateChart"));
    m_rateChart->setRenderHint(QPainter::Antialiasing);
    m_rateChart->setMinimumHeight(220);
    m_officeChart = new QChartView(page);
    m_officeChart->setObjectName(QStringLiteral("officeChart"));
    m_officeChart->setRenderHint(QPainter::Antialiasing);
    m_officeChart->setMinimumHeight(220);
    grid->addWidget(m_rateChart, 3, 0);
    grid->addWidget(m_officeChart, 3, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget *ReportsPage::buildReport()
{
    auto *page = new QWidget(this);
    const QDate today = Clock::local(Clock::now()).date();
    const QDate quarter = firstOfQuarter(today).addMonths(-3);
    m_reportFrom = dateEdit(QStringLiteral("reportFrom"), quarter, page);
    m_reportTo = dateEdit(QStringLiteral("reportTo"), quarter.addMonths(3).addDays(-1), page);
    m_reportField = new QComboBox(page);
    m_reportField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reportField->setMinimumContentsLength(12);
    m_reportField->setObjectName(QStringLiteral("reportField"));
    m_runReport = new QPushButton(page);
    m_runReport->setObjectName(QStringLiteral("runReport"));
    m_runReport->setDefault(true);
    connect(m_runReport, &QPushButton::clicked, this, &ReportsPage::runReport);
    auto *bar = new QHBoxLayout;
    for (int i = 0; i < 3; ++i)
        m_labels.append(new QLabel(page));
    bar->addWidget(m_labels.at(0));
    bar->addWidget(m_reportFrom);
    bar->addWidget(m_labels.at(1));
    bar->addWidget(m_reportTo);
    bar->addWidget(m_labels.at(2));
    bar->addWidget(m_reportField);
    bar->addWidget(m_runReport);
    bar->addStretch(1);
    auto *exports = new QHBoxLayout;
    exports->addStretch(1);
    const QStringList names = {QStringLiteral("reportCsv"), QStringLiteral("reportXlsx"),
                               QStringLiteral("reportPdf"), QStringLiteral("reportPrint")};
    const QStringList formats = {QStringLiteral("csv"), QStringLiteral("xlsx"),
                                 QStringLiteral("pdf"), QStringLiteral("print")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QPushButton(page);
        button->setObjectName(names.at(i));
        button->setEnabled(false);
        const QString format = formats.at(i);
        connect(button, &QPushButton::clicked, this, [this, format] { saveReport(format); });
        exports->addWidget(button);
        m_reportButtons.append(button);
    }
    m_reportModel = new ReportTableModel(this);
    m_reportTable = new QTableView(page);
    m_reportTable->setObjectName(QStringLiteral("reportTable"));
    m_reportTable->setModel(m_reportModel);
    m_reportTable->verticalHeader()->setVisible(false);
    m_reportTable->setWordWrap(true);
    m_reportTable->horizontalHeader()->setDefaultSectionSize(78);
    m_reportTable->horizontalHeader()->setMinimumSectionSize(40);
    m_reportTable->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_reportTable->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 3 + 8);
    m_reportTable->setColumnWidth(ReportTableModel::ProcedureName, 320);
    m_reportNote = new QLabel(page);
    m_reportNote->setObjectName(QStringLiteral("reportNote"));
    m_reportNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addLayout(exports);
    layout->addWidget(m_reportTable, 1);
    layout->addWidget(m_reportNote);
    return page;
}

QWidget *ReportsPage::buildRegister()
{
    auto *page = new QWidget(this);
    const QDate today = Clock::local(Clock::now()).date();
    m_registerFrom
        = dateEdit(QStringLiteral("registerFrom"), QDate(today.year(), today.month(), 1), page);
    m_registerTo = dateEdit(QStringLiteral("registerTo"), today, page);
    m_registerField = new QComboBox(page);
    m_registerField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_registerField->setMinimumContentsLength(12);
    m_registerField->setObjectName(QStringLiteral("registerField"));
    auto *bar = new QHBoxLayout;
    for (int i = 0; i < 3; ++i)
        m_labels.append(new QLabel(page));
    bar->addWidget(m_labels.at(3));
    bar->addWidget(m_registerFrom);
    bar->addWidget(m_labels.at(4));
    bar->addWidget(m_registerTo);
    bar->addWidget(m_labels.at(5));
    bar->addWidget(m_registerField);
    bar->addStretch(1);
    auto *exports = new QHBoxLayout;
    exports->addStretch(1);
    const QStringList names = {QStringLiteral("registerPdf"), QStringLiteral("registerCsv"),
                               QStringLiteral("registerPrint")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QPushButton(page);
        button->setObjectName(names.at(i));
        m_registerButtons.append(button);
        exports->addWidget(button);
    }
    connect(m_registerButtons.at(0), &QPushButton::clicked, this,
            [this] { saveRegister(QStringLiteral("pdf")); });
    connect(m_registerButtons.at(1), &QPushButton::clicked, this,
            [this] { saveRegister(QStringLiteral("csv")); });
    connect(m_registerButtons.at(2), &QPushButton::clicked, this, &ReportsPage::printRegister);
    m_labels.append(new QLabel(page));
    m_labels.last()->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addLayout(exports);
    layout->addWidget(m_labels.last());
    layout->addStretch(1);
    return page;
}

void ReportsPage::retranslate()
{
    m_tabs->setTabText(0, tr("Supervisor board"));
    m_tabs->setTabText(1, tr("Period report"));
    m_tabs->setTabText(2, tr("Register"));
    m_denied->setText(Roles::deniedMessage(Permission::ViewReports));
    const QStringList titles
        = {tr("By field"), tr("By procedure"), tr("By deciding office"), tr("By receiving clerk")};
    const QStringList groups = {tr("Field"), tr("Procedure"), tr("Deciding office"), tr("Clerk")};
    for (int i = 0; i < m_boards.size(); ++i) {
        m_boardTitles.at(i)->setText(titles.at(i));
        m_boards.at(i)->setHorizontalHeaderLabels({groups.at(i), tr("Overdue"), tr("Due soon")});
    }
    m_labels.at(0)->setText(tr("From"));
    m_labels.at(1)->setText(tr("to"));
    m_labels.at(2)->setText(tr("Field"));
    m_labels.at(3)->setText(tr("From"));
    m_labels.at(4)->setText(tr("to"));
    m_labels.at(5)->setText(tr("Field"));
    m_labels.at(6)->setText(
        tr("The register (Sổ theo dõi hồ sơ) lists the dossiers received in the period, one "
           "line each with every column of the official book: code, procedure, applicant, "
           "address and phone, deciding office, reception, promised and actual return, how "
           "the result is received, and a column to sign. It is kept per field. Every export "
           "is recorded in the audit trail."));
    m_runReport->setText(tr("Show"));
    const QStringList reportButtons = {tr("CSV…"), tr("Excel…"), tr("PDF…"), tr("Print…")};
    for (int i = 0; i < m_reportButtons.size(); ++i)
        m_reportButtons.at(i)->setText(reportButtons.at(i));
    const QStringList registerButtons = {tr("Save PDF…"), tr("Export CSV…"), tr("Print…")};
    for (int i = 0; i < m_registerButtons.size(); ++i)
        m_registerButtons.at(i)->setText(registerButtons.at(i));
    for (QComboBox *combo : {m_reportField, m_registerField}) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("All fields"), QString());
        for (const QString &field : ReportQueries(m_database.connection()).fields())
            combo->addItem(field, field);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
    m_reportNote->setText(
        tr("Early: finished before the due day. On time: on the due day, not after the due "
           "time. Late: after the due time (the apology's new date does not count). In "
           "progress: counted at the end of the period. Refusals at reception are not "
           "received dossiers. Average time: working days from reception to result, paused "
           "time excluded."));
    if (!m_boardStale)
        refreshBoard();
}

void ReportsPage::refreshBoard()
{
    if (!m_actor.can(Permission::ViewReports))
        return;
    m_boardStale = false;
    const DossierQuery query(m_database.connection());
    const WorklistClock clock = query.clock(Clock::now());
    m_boardAsOf->setText(
        tr("Open dossiers overdue or due within %n working day(s), as of %1. Click a count to "
           "see the dossiers.",
           nullptr, clock.dueSoonDays)
            .arg(QLocale().toString(Clock::local(clock.now), QStringLiteral("HH:mm dd/MM/yyyy"))));
    for (int i = 0; i < m_boards.size(); ++i) {
        QTableWidget *table = m_boards.at(i);
        const QList<BoardCount> counts = query.board(dimensions[i], clock);
        table->setRowCount(int(counts.size()));
        for (int row = 0; row < counts.size(); ++row) {
            const BoardCount &count = counts.at(row);
            auto *group = new QTableWidgetItem(count.label.isEmpty() ? tr("(none)") : count.label);
            group->setData(KeyRole, count.key);
            group->setToolTip(count.label);
            auto *overdue = new QTableWidgetItem(QLocale().toString(count.overdue));
            overdue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (count.overdue > 0) {
                overdue->setBackground(QColor(0xf8, 0xd7, 0xda));
                overdue->setForeground(QColor(0x84, 0x20, 0x29));
            }
            auto *dueSoon = new QTableWidgetItem(QLocale().toString(count.dueSoon));
            dueSoon->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (count.dueSoon > 0) {
                dueSoon->setBackground(QColor(0xff, 0xf3, 0xcd));
                dueSoon->setForeground(QColor(0x66, 0x4d, 0x03));
            }
            table->setItem(row, GroupColumn, group);
            table->setItem(row, OverdueColumn, overdue);
            table->setItem(row, DueSoonColumn, dueSoon);
        }
    }
    updateCharts();
}

void ReportsPage::updateCharts()
{
    const QList<MonthRate> months
        = ReportQueries(m_database.connection()).onTimeByMonth(12, Clock::now());
    auto *rate = new QBarSet(tr("On-time rate (%)"));
    rate->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    for (const MonthRate &month : months) {
        rate->append(month.finished > 0 ? 100.0 * double(month.onTime) / double(month.finished)
                                        : 0.0);
        categories << QString::number(month.month.month());
    }
    auto *rateSeries = new QBarSeries;
    rateSeries->append(rate);
    auto *rateChart = new QChart;
    rateChart->addSeries(rateSeries);
    rateChart->setTitle(tr("On-time rate by month (%)"));
    rateChart->legend()->setVisible(false);
    auto *months12 = new QBarCategoryAxis;
    months12->append(categories);
    QFont small = months12->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    months12->setLabelsFont(small);
    // Month numbers under the bars, the months of the range in the axis title.
    if (!months.isEmpty())
        months12->setTitleText(
            QStringLiteral("%1 – %2").arg(months.first().month.toString(QStringLiteral("MM/yyyy")),
                                          months.last().month.toString(QStringLiteral("MM/yyyy"))));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d"));
    rateChart->addAxis(months12, Qt::AlignBottom);
    rateChart->addAxis(percent, Qt::AlignLeft);
    rateSeries->attachAxis(months12);
    rateSeries->attachAxis(percent);
    QChart *oldRate = m_rateChart->chart();
    m_rateChart->setChart(rateChart);
    delete oldRate;

    const DossierQuery query(m_database.connection());
    const QList<BoardCount> offices
        = query.board(DossierQuery::Dimension::DecidingOffice, query.clock(Clock::now()));
    auto *overdue = new QBarSet(tr("Overdue"));
    overdue->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList names;
    qint64 maximum = 1;
    for (qsizetype i = offices.size() - 1; i >= 0; --i) {
        overdue->append(double(offices.at(i).overdue));
        names << offices.at(i).label;
        maximum = qMax(maximum, offices.at(i).overdue);
    }
    auto *officeSeries = new QHorizontalBarSeries;
    officeSeries->append(overdue);
    auto *officeChart = new QChart;
    officeChart->addSeries(officeSeries);
    officeChart->setTitle(tr("Overdue dossiers by deciding office"));
    officeChart->legend()->setVisible(false);
    auto *officeAxis = new QBarCategoryAxis;
    officeAxis->append(names.isEmpty() ? QStringList {QString()} : names);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, double(maximum));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->applyNiceNumbers();
    // Whole dossiers: with few of them, one tick per count, never "0 0 0 1".
    if (countAxis->max() <= 5)
        countAxis->setTickCount(int(countAxis->max()) + 1);
    officeChart->addAxis(officeAxis, Qt::AlignLeft);
    officeChart->addAxis(countAxis, Qt::AlignBottom);
    officeSeries->attachAxis(officeAxis);
    officeSeries->attachAxis(countAxis);
    QChart *oldOffice = m_officeChart->chart();
    m_officeChart->setChart(officeChart);
    delete oldOffice;
}

void ReportsPage::runReport()
{
    QString error;
    const PeriodReport report = ReportQueries(m_database.connection())
                                    .period(m_actor, m_reportFrom->date(), m_reportTo->date(),
                                            m_reportField->currentData().toString(), &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Period report"), error);
        return;
    }
    m_reportModel->setReport(report);
    for (QPushButton *button : std::as_const(m_reportButtons))
        button->setEnabled(true);
}

QString ReportsPage::checkCode() const
{
    return EventLog(m_database.connection()).head().text();
}

void ReportsPage::saveReport(const QString &format)
{
    const PeriodReport &report = m_reportModel->report();
    const QMap<QString, QString> office
        = OfficeSettings::withDefaults(SettingsStore(m_database.connection()).all());
    const QString title = tr("Report %1 to %2")
                              .arg(report.from.toString(QStringLiteral("dd/MM/yyyy")),
                                   report.to.toString(QStringLiteral("dd/MM/yyyy")));
    if (format == QLatin1String("print")) {
        SlipPrinter(this).print(ReportExport::reportDocument(report, office, checkCode()));
        return;
    }
    const QString base = QStringLiteral("bao-cao-%1-%2.%3")
                             .arg(report.from.toString(QStringLiteral("yyyyMMdd")),
                                  report.to.toString(QStringLiteral("yyyyMMdd")), format);
    const QString filter = format == QLatin1String("csv") ? tr("CSV files (*.csv)")
        : format == QLatin1String("xlsx")                 ? tr("Excel workbooks (*.xlsx)")
                                                          : tr("PDF files (*.pdf)");
    const QString path = DialogSupport::saveFileName(this, title, QDir::home().filePath(base),
                                                     filter, QStringLiteral("reportSaveDialog"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("csv") ? ReportExport::writeCsv(report, path, &error)
        : format == QLatin1String("xlsx")
        ? ReportExport::writeXlsx(report, office, path, &error)
        : writePdf(ReportExport::reportDocument(report, office, checkCode()), path, &error);
    if (!ok)
        QMessageBox::warning(this, title, error);
    else
        DialogSupport::announceSaved(this, path);
}

void ReportsPage::saveRegister(const QString &format)
{
    const QString field = m_registerField->currentData().toString();
    QString error;
    const QList<Dossier> dossiers = ReportQueries(m_database.connection())
                                        .registerDossiers(m_actor, m_registerFrom->date(),
                                                          m_registerTo->date(), field, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Register"), error);
        return;
    }
    const QString base
        = QStringLiteral("so-theo-doi-%1-%2.%3")
              .arg(m_registerFrom->date().toString(QStringLiteral("yyyyMMdd")),
                   m_registerTo->date().toString(QStringLiteral("yyyyMMdd")), format);
    const QString path = DialogSupport::saveFileName(
        this, tr("Register"), QDir::home().filePath(base),
        format == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"),
        QStringLiteral("registerSaveDialog"));
    if (path.isEmpty())
        return;
    const QMap<QString, QString> office
        = OfficeSettings::withDefaults(SettingsStore(m_database.connection()).all());
    const QDate from = m_registerFrom->date();
    const QDate to = m_registerTo->date();
    // Read before the export is logged, as printing does: the head the register was drawn from.
    const QString code = checkCode();
    const auto write = [&](QString *writeError) {
        return format == QLatin1String("csv")
            ? ReportExport::writeRegisterCsv(dossiers, path, writeError)
            : writePdf(ReportExport::registerDocument(dossiers, from, to, field, office, code),
                       path, writeError);
    };
    if (!ExportLog(m_database.connection())
             .logThenWrite(m_actor,
                           ReportExport::registerEntry(format, dossiers.size(), from, to, field),
                           write, &error))
        QMessageBox::warning(this, tr("Register"), error);
    else
        DialogSupport::announceSaved(this, path);
}

void ReportsPage::printRegister()
{
    const QString field = m_registerField->currentData().toString();
    QString error;
    const QList<Dossier> dossiers = ReportQueries(m_database.connection())
                                        .registerDossiers(m_actor, m_registerFrom->date(),
                                                          m_registerTo->date(), field, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Register"), error);
        return;
    }
    const QMap<QString, QString> office
        = OfficeSettings::withDefaults(SettingsStore(m_database.connection()).all());
    const QDate from = m_registerFrom->date();
    const QDate to = m_registerTo->date();
    // Logged once the print dialog was accepted, before the printer gets the register.
    SlipPrinter(this).print(
        ReportExport::registerDocument(dossiers, from, to, field, office, checkCode()),
        [&](const std::function<bool(QString *)> &draw, QString *printError) {
            return ExportLog(m_database.connection())
                .logThenWrite(m_actor,
                              ReportExport::registerEntry(QStringLiteral("print"), dossiers.size(),
                                                          from, to, field),
                              draw, printError);
        });
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_boardStale)
        refreshBoard();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua
