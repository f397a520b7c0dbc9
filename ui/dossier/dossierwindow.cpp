#include "dossier/dossierwindow.h"

#include "db/database.h"
#include "db/datachanges.h"
#include "domain/clock.h"
#include "dossier/actiondialog.h"
#include "dossier/dossierprinting.h"
#include "item/timelinemodel.h"
#include "store/deadlineservice.h"
#include "store/dossierlifecycle.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {

QString minuteText(const QDateTime &t)
{
    return t.isValid() ? Clock::local(t).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

const QColor overdueColor(0xc6, 0x28, 0x28);

// A coloured tag in the header (status, overdue, paused).
void badge(QLabel *label, const QColor &background, const QColor &text, bool bold)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setMargin(4);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}

QString partyText(const Party &party)
{
    QStringList parts {party.name};
    if (!party.idNumber.isEmpty())
        parts.append(party.idNumber);
    return parts.join(QStringLiteral(" — "));
}

} // namespace

DossierWindow::DossierWindow(Database &database, const Actor &actor, qint64 dossierId,
                             QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
    , m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("DossierWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    // Header: the code, the status, and the flags that must catch the eye.
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("codeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_code->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    badge(m_status, QColor(0xe3, 0xec, 0xf7), QColor(0x11, 0x22, 0x33), true);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    badge(m_overdue, overdueColor, Qt::white, true);
    m_paused = new QLabel(this);
    m_paused->setObjectName(QStringLiteral("pausedLabel"));
    badge(m_paused, QColor(0xff, 0xf3, 0xcd), QColor(0x5c, 0x44, 0x00), false);
    auto *header = new QHBoxLayout;
    header->addWidget(m_code);
    header->addSpacing(12);
    header->addWidget(m_status);
    header->addWidget(m_overdue);
    header->addWidget(m_paused);
    header->addStretch();

    // Left: the dossier, its timeline, its handovers.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    auto *details = new QWidget;
    // Grids, not QFormLayout: Qt 6.4's QFormLayout writes out of bounds in heightForWidth()
    // when rows with word-wrapped labels are hidden.
    auto *detailsForm = new QGridLayout;
    detailsForm->setColumnStretch(1, 1);
    for (const char *key :
         {"procedure", "field", "office", "channel", "applicant", "birth", "phone", "address",
          "email", "proxy", "sets", "return", "receiver", "book", "note", "result"})
        addRow(detailsForm, QString::fromLatin1(key),
               QStringLiteral("%1Value").arg(QString::fromLatin1(key)));
    m_documents = new QTreeWidget;
    m_documents->setObjectName(QStringLiteral("documentsView"));
    m_documents->setRootIsDecorated(false);
    m_documents->setColumnCount(4);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_documents->header()->setStretchLastSection(false);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(detailsForm);
    auto *documentsLabel = new QLabel;
    documentsLabel->setObjectName(QStringLiteral("documentsLabel"));
    documentsLabel->setBuddy(m_documents);
    m_rowLabels.insert(QStringLiteral("documents"), documentsLabel);
    detailsLayout->addWidget(documentsLabel);
    detailsLayout->addWidget(m_documents, 1);
    m_tabs->addTab(details, QString());

    m_timelineModel = new TimelineModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_timelineModel);
    sorted->setSortRole(TimelineModel::SortRole);
    m_timeline = new QTableView;
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setModel(sorted);
    m_timeline->setSortingEnabled(true);
    m_timeline->sortByColumn(TimelineModel::Time, Qt::AscendingOrder);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setWordWrap(false);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 8);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_tabs->addTab(m_timeline, QString());

    m_handovers = new QTreeWidget;
    m_handovers->setObjectName(QStringLiteral("handoverView"));
    m_handovers->setRootIsDecorated(false);
    m_handovers->setColumnCount(6);
    m_handovers->setUniformRowHeights(false); // a person and their office on two lines
    m_handovers->setAlternatingRowColors(true);
    m_handovers->setWordWrap(true);
    m_handovers->header()->setStretchLastSection(true);
    m_tabs->addTab(m_handovers, QString());

    // Right: the deadline and the actions.
    m_deadlineBox = new QGroupBox(this);
    m_deadlineBox->setObjectName(QStringLiteral("deadlineBox"));
    auto *deadlineForm = new QGridLayout(m_deadlineBox);
    deadlineForm->setColumnStretch(1, 1);
    for (const char *key : {"received", "rule", "due", "promised", "finished", "returned"})
        addRow(deadlineForm, QString::fromLatin1(key),
               QStringLiteral("%1Value").arg(QString::fromLatin1(key)));
    m_explanation = new QLabel(m_deadlineBox);
    m_explanation->setObjectName(QStringLiteral("deadlineExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    deadlineForm->addWidget(m_explanation, deadlineForm->rowCount(), 0, 1, 2);

    m_actionsBox = new QGroupBox(this);
    m_actionsBox->setObjectName(QStringLiteral("actionsBox"));
    createActions(m_actionsBox);

    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMenu(new QMenu(m_print));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_deadlineBox);
    side->addWidget(m_actionsBox);
    side->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_print);
    bottom->addStretch();
    bottom->addWidget(m_close);
    side->addLayout(bottom);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(380);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tabs, 1);
    body->addWidget(sideWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    // Roomy where the screen allows, never beyond it (a 1024×768 screen at the counter).
    const QSize room = screen()->availableGeometry().size() - QSize(16, 48);
    resize(QSize(1180, 720).boundedTo(room).expandedTo(minimumSizeHint()));
    reload();
    // A change committed anywhere (this window, another one, a batch transfer) shows here.
    connect(DataChanges::of(m_database.connection()), &DataChanges::changed, this,
            &DossierWindow::reload);
}

DossierWindow::~DossierWindow() = default;

DossierWindow *DossierWindow::open(Database &database, const Actor &actor, qint64 dossierId,
                                   QWidget *parent)
{
    if (parent) {
        for (DossierWindow *window :
             parent->findChildren<DossierWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (window->dossierId() == dossierId) {
                window->reload();
                window->show();
                window->raise();
                window->activateWindow();
                return window;
            }
        }
    }
    auto *window = new DossierWindow(database, actor, dossierId, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

QLabel *DossierWindow::addRow(QGridLayout *grid, const QString &key, const QString &objectName)
{
    auto *label = new QLabel;
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setBuddy(value);
    const int row = grid->rowCount();
    grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 1);
    m_rowLabels.insert(key, label);
    m_rowValues.insert(key, value);
    return value;
}

void DossierWindow::setRowLabel(const QString &key, const QString &text)
{
    if (QLabel *label = m_rowLabels.value(key))
        label->setText(text);
}

void DossierWindow::setRowVisible(const QString &key, bool visible)
{
    // A grid row whose widgets are hidden takes no room.
    if (QLabel *label = m_rowLabels.value(key))
        label->setVisible(visible);
    if (QLabel *value = m_rowValues.value(key))
        value->setVisible(visible);
}

void DossierWindow::createActions(QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    for (DossierAction action : DossierFlow::allActions()) {
        auto *button = new QPushButton(parent);
        button->setObjectName(QStringLiteral("action_%1").arg(DossierFlow::actionKey(action)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        layout->addWidget(button);
        m_actionButtons.insert(action, button);
    }
    m_actionsHint = new QLabel(parent);
    m_actionsHint->setObjectName(QStringLiteral("actionsHint"));
    m_actionsHint->setWordWrap(true);
    layout->addWidget(m_actionsHint);
}

void DossierWindow::reload()
{
    const std::optional<Dossier> dossier = DossierStore(m_database.connection()).find(m_dossierId);
    m_found = dossier.has_value();
    if (m_found)
        m_dossier = *dossier;
    m_timelineModel->setEvents(m_found ? EventLog(m_database.connection()).forDossier(m_dossierId)
                                       : QList<EventRecord>());
    retranslate();
    // Room for the note: long statuses are elided (the row's tooltip has them in full).
    m_timeline->resizeColumnsToContents();
    for (int column : {TimelineModel::FromStatus, TimelineModel::ToStatus})
        m_timeline->setColumnWidth(column, qMin(m_timeline->columnWidth(column), 130));
}

void DossierWindow::retranslate()
{
    setWindowTitle(m_found ? tr("Dossier %1").arg(m_dossier.code) : tr("Dossier"));
    m_tabs->setTabText(0, tr("&Dossier"));
    m_tabs->setTabText(1, tr("&Timeline"));
    m_tabs->setTabText(2, tr("&Handovers"));
    m_deadlineBox->setTitle(tr("Deadline"));
    m_actionsBox->setTitle(tr("Actions"));
    m_close->setText(tr("Close"));
    m_print->setText(tr("&Print…"));

    setRowLabel(QStringLiteral("procedure"), tr("Procedure:"));
    setRowLabel(QStringLiteral("field"), tr("Field:"));
    setRowLabel(QStringLiteral("office"), tr("Deciding office:"));
    setRowLabel(QStringLiteral("channel"), tr("Received by way of:"));
    setRowLabel(QStringLiteral("applicant"), tr("Applicant:"));
    setRowLabel(QStringLiteral("birth"), tr("Date of birth:"));
    setRowLabel(QStringLiteral("phone"), tr("Phone:"));
    setRowLabel(QStringLiteral("address"), tr("Address:"));
    setRowLabel(QStringLiteral("email"), tr("E-mail:"));
    setRowLabel(QStringLiteral("proxy"), tr("Authorised person:"));
    setRowLabel(QStringLiteral("sets"), tr("Sets:"));
    setRowLabel(QStringLiteral("return"), tr("Result returned:"));
    setRowLabel(QStringLiteral("receiver"), tr("Received by:"));
    setRowLabel(QStringLiteral("book"), tr("Register:"));
    setRowLabel(QStringLiteral("note"), tr("Note:"));
    setRowLabel(QStringLiteral("result"), tr("Result:"));
    setRowLabel(QStringLiteral("documents"), tr("D&ocuments received:"));
    setRowLabel(QStringLiteral("received"), tr("Received:"));
    setRowLabel(QStringLiteral("rule"), tr("Time allowed:"));
    setRowLabel(QStringLiteral("due"), tr("Due:"));
    setRowLabel(QStringLiteral("promised"), tr("Promised (new date):"));
    setRowLabel(QStringLiteral("finished"), tr("Finished:"));
    setRowLabel(QStringLiteral("returned"), tr("Returned:"));
    m_documents->setHeaderLabels({tr("Document"), tr("Originals"), tr("Copies"), tr("Handed in")});
    m_handovers->setHeaderLabels({tr("Handed over by"), tr("Received by"), tr("Time"),
                                  tr("Allowed until"), tr("Result"), tr("Note")});
    m_timelineModel->retranslate();
    fill();
}

void DossierWindow::fill()
{
    if (!m_found) {
        m_code->setText(tr("This dossier no longer exists."));
        m_tabs->setEnabled(false);
        m_deadlineBox->hide();
        m_actionsBox->hide();
        m_status->hide();
        m_overdue->hide();
        m_paused->hide();
        return;
    }
    const Dossier &d = m_dossier;
    const auto set = [this](const char *key, const QString &text) {
        const QString k = QString::fromLatin1(key);
        m_rowValues.value(k)->setText(text);
        setRowVisible(k, !text.isEmpty());
    };
    m_code->setText(d.code);
    m_status->setText(Dossiers::statusLabel(d.status));
    m_status->show();
    const bool overdue = d.isOverdueAt(Clock::now());
    m_overdue->setText(tr("Overdue"));
    m_overdue->setVisible(overdue);
    m_paused->setText(tr("Paused since %1").arg(minuteText(d.pausedAt)));
    m_paused->setVisible(d.pausedAt.isValid());

    set("procedure", QStringLiteral("%1 — %2").arg(d.procedureCode, d.procedureName));
    set("field", d.field);
    set("office", d.decidingOffice);
    set("channel", Dossiers::channelLabel(d.channel));
    set("applicant", partyText(d.applicant));
    set("birth", dayText(d.applicant.birthDate));
    set("phone", d.applicant.phone);
    set("address", d.applicant.address);
    set("email", d.applicant.email);
    set("proxy", d.proxy.isEmpty() ? QString() : partyText(d.proxy));
    set("sets", QString::number(d.sets));
    set("return",
        d.returnMethod == ReturnMethod::Post ? tr("By post to %1").arg(d.returnAddress)
                                             : tr("At the counter"));
    set("receiver", d.receiverName);
    set("book",
        d.bookNumber.isEmpty() ? QString()
                               : tr("book %1, no. %2").arg(d.bookNumber).arg(d.bookSequence));
    set("note", d.note);
    set("result", resultText());
    set("received", minuteText(d.receivedAt));
    set("rule", Dossiers::ruleText(d.rule));
    set("due", minuteText(d.dueAt));
    set("promised", minuteText(d.extendedDueAt));
    set("finished", minuteText(d.finishedAt));
    set("returned", minuteText(d.returnedAt));
    // Palettes, not style sheets: the due time in red while overdue.
    QLabel *due = m_rowValues.value(QStringLiteral("due"));
    QPalette duePalette = palette();
    if (overdue)
        duePalette.setColor(QPalette::WindowText, overdueColor);
    due->setPalette(duePalette);
    QFont dueFont = font();
    dueFont.setBold(overdue);
    due->setFont(dueFont);
    fillDeadline();
    fillDocuments();
    fillHandovers();
    updateActions();
    updatePrintMenu();
}

QString DossierWindow::resultText() const
{
    if (m_dossier.resultKind.isEmpty())
        return {};
    const QString kind = m_dossier.resultKind == QLatin1String("refused") ? tr("Refusal decision")
                                                                          : tr("Approved");
    // What the clerk typed when recording it (the latest record, should there be several).
    QString description;
    for (const EventRecord &event : m_timelineModel->events()) {
        if (event.kind == DossierFlow::eventKind(DossierAction::RecordResult)
            || event.kind == DossierFlow::eventKind(DossierAction::RecordRefusal))
            description = event.details.value(QStringLiteral("description")).toString();
    }
    return description.isEmpty() ? kind : tr("%1: %2").arg(kind, description);
}

void DossierWindow::fillDeadline()
{
    // How the due time came about, then the extension, if any.
    QStringList lines;
    QString error;
    if (const auto result = DeadlineService(m_database.connection()).compute(m_dossierId, &error)) {
        for (const DeadlineStep &step : result->steps)
            lines.append(QStringLiteral("• ") + step.text());
    }
    if (m_dossier.extendedDueAt.isValid()) {
        DeadlineStep extension;
        extension.kind = DeadlineStep::Kind::Extension;
        extension.to = Clock::local(m_dossier.extendedDueAt);
        for (const EventRecord &event : m_timelineModel->events()) {
            if (event.kind == DossierFlow::eventKind(DossierAction::ApologyExtension))
                extension.name = event.details.value(QStringLiteral("reason")).toString();
        }
        lines.append(QStringLiteral("• ") + extension.text());
    }
    if (lines.isEmpty())
        lines.append(tr("Counted from the time of reception, on working days only."));
    m_explanation->setText(lines.join(QLatin1Char('\n')));
}

void DossierWindow::fillDocuments()
{
    m_documents->clear();
    for (const DossierDocument &document : std::as_const(m_dossier.documents)) {
        auto *item = new QTreeWidgetItem(m_documents);
        item->setText(0, document.name);
        item->setText(1, QString::number(document.originals));
        item->setText(2, QString::number(document.copies));
        item->setText(3, document.received ? tr("yes") : tr("no"));
        item->setToolTip(0, document.name);
    }
}

void DossierWindow::fillHandovers()
{
    m_handovers->clear();
    const auto person = [](const QString &name, const QString &unit) {
        return unit.isEmpty() ? name
            : name.isEmpty()  ? unit
                              : QStringLiteral("%1\n%2").arg(name, unit);
    };
    for (const HandoverStep &step :
         DossierLifecycle(m_database.connection()).controlSteps(m_dossier)) {
        auto *item = new QTreeWidgetItem(m_handovers);
        item->setText(0, person(step.handover.giver, step.handover.giverUnit));
        item->setText(1,
                      step.handover.toApplicant
                          ? person(step.handover.receiver, tr("applicant"))
                          : person(step.handover.receiver, step.handover.receiverUnit));
        item->setText(2, minuteText(step.handover.at));
        item->setText(3, minuteText(step.allowedUntil));
        item->setText(4, Handovers::judgementLabel(step.judgement));
        item->setData(4, Qt::UserRole, Handovers::judgementKey(step.judgement));
        if (step.judgement == StepJudgement::Late)
            item->setForeground(4, overdueColor);
        item->setToolTip(3,
                         step.budgeted ? tr("The step budget of the procedure")
                                       : tr("The dossier's due time"));
        item->setText(5, step.handover.note);
        for (int column : {2, 3, 4})
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    }
    for (int column = 0; column < 5; ++column)
        m_handovers->resizeColumnToContents(column);
}

void DossierWindow::updateActions()
{
    // The buttons the state machine allows; one the actor may not use is shown disabled with
    // the reason, so that the clerk knows to call a supervisor.
    DossierLifecycle lifecycle(m_database.connection());
    const DossierFacts facts = lifecycle.facts(m_dossierId);
    bool any = false;
    QWidget *previous = nullptr;
    for (DossierAction action : DossierFlow::allActions()) {
        QPushButton *button = m_actionButtons.value(action);
        const bool allowed = DossierFlow::check(m_dossier.status, action, facts).allowed;
        const Permission needed = DossierFlow::permission(action);
        button->setText(tr("%1…").arg(DossierFlow::actionLabel(action)));
        button->setVisible(allowed);
        button->setEnabled(allowed && m_actor.can(needed));
        button->setToolTip(allowed && !m_actor.can(needed) ? Roles::deniedMessage(needed)
                                                           : QString());
        any = any || allowed;
        if (allowed) {
            if (previous)
                setTabOrder(previous, button);
            previous = button;
        }
    }
    m_actionsHint->setText(any ? QString()
                               : tr("Nothing more can be done: the dossier's life is complete."));
    m_actionsHint->setVisible(!any);
}

void DossierWindow::updatePrintMenu()
{
    QMenu *menu = m_print->menu();
    menu->clear();
    if (!m_found)
        return;
    for (DossierSlips::Kind kind : DossierSlips(m_database.connection()).available(m_dossier)) {
        QAction *action = menu->addAction(DossierSlips::label(kind), this, [this, kind] {
            offerSlip(
                int(kind), DossierSlips::label(kind),
                tr("Print the %1 of dossier %2?").arg(DossierSlips::label(kind), m_dossier.code));
        });
        action->setObjectName(QStringLiteral("print_%1").arg(DossierSlips::key(kind)));
    }
}

void DossierWindow::offerSlip(int kind, const QString &title, const QString &message)
{
    QString error;
    if (!DossierPrinting::offer(this, m_database, m_actor, m_dossier, DossierSlips::Kind(kind),
                                title, message, &error)
        && !error.isEmpty())
        QMessageBox::warning(this, tr("Printing"), error);
    reload();
}

bool DossierWindow::runAction(DossierAction action)
{
    DossierLifecycle lifecycle(m_database.connection());
    const ActionInput defaults = lifecycle.defaults(m_actor, m_dossier, action);
    ActionDialog dialog(
        action, m_dossier, defaults,
        [&](const ActionInput &input) {
            QList<FieldError> errors;
            lifecycle.apply(m_actor, m_dossierId, action, input, &errors);
            return errors;
        },
        this);
    const bool applied = dialog.exec() == QDialog::Accepted;
    reload();
    if (!applied)
        return false;
    emit dossierChanged(m_dossierId);
    // The slip this step issues goes to the applicant at once.
    if (const auto slip = DossierSlips::issuedBy(action))
        offerSlip(int(*slip), DossierFlow::actionLabel(action),
                  tr("Recorded for dossier %1. Print the %2 for the applicant now?")
                      .arg(m_dossier.code, DossierSlips::label(*slip)));
    return true;
}

void DossierWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace motcua
