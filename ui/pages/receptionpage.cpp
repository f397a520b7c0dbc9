#include "pages/receptionpage.h"

#include "db/database.h"
#include "dialogs/dialogsupport.h"
#include "dialogs/intakeslipdialog.h"
#include "dialogs/issuedslipsdialog.h"
#include "domain/clock.h"
#include "domain/deadline.h"
#include "domain/identity.h"
#include "domain/officesettings.h"
#include "print/dossierslips.h"
#include "print/intakeslipprinting.h"
#include "print/slipprinter.h"
#include "print/slips.h"
#include "store/calendarstore.h"
#include "store/dossierstore.h"
#include "store/intakeslipstore.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"
#include "widgets/procedurepicker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

namespace {

enum DocumentColumn { DocumentName, DocumentOriginals, DocumentCopies, DocumentColumnCount };

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, int maxLength = 300)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

QString dateTimeText(const QDateTime &instant)
{
    const QDateTime local = Clock::local(instant);
    return QLocale().toString(local, QStringLiteral("HH:mm, dddd dd/MM/yyyy"));
}

} // namespace

ReceptionPage::ReceptionPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(new QTimer(this))
    , m_printer(new SlipPrinter(this))
{
    setObjectName(QStringLiteral("receptionPage"));
    buildForm();
    retranslate();
    m_emptyState = formState();
    // The page's first field: where Ctrl+N and the sign-in put the clerk.
    setFocusProxy(m_procedure);
    setActor(Actor()); // nobody may receive until someone signs in
    // The promised time moves with the clock (cut-off, end of the day).
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &ReceptionPage::updateDeadline);
    m_clock->start();
    reload();
}

void ReceptionPage::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The title row also holds the two secondary buttons: the row of outcomes below stays
    // narrow enough for a 1024-pixel screen.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    outer->addLayout(titleRow);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("receptionErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(
        QStringLiteral("QLabel { color: #b71c1c; background: #ffebee; border: 1px solid "
                       "#ef9a9a; padding: 6px; }"));
    m_errors->hide();
    outer->addWidget(m_errors);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    // Procedure and its deadline.
    auto *procedureRow = new QFormLayout;
    m_procedure = new ProcedurePicker(content);
    m_procedure->setObjectName(QStringLiteral("procedurePicker"));
    m_procedureLabel = new QLabel(content);
    m_procedureLabel->setBuddy(m_procedure);
    procedureRow->addRow(m_procedureLabel, m_procedure);
    left->addLayout(procedureRow);
    m_fields.insert(Reception::FieldProcedure, m_procedure);
    connect(m_procedure, &ProcedurePicker::procedureChanged, this,
            &ReceptionPage::procedureChanged);

    // Applicant.
    m_applicantBox = new QGroupBox(content);
    auto *applicant = new QFormLayout(m_applicantBox);
    m_scan = lineEdit(QStringLiteral("scanBox"), m_applicantBox, 1000);
    m_scanLabel = new QLabel(m_applicantBox);
    m_scanLabel->setBuddy(m_scan);
    applicant->addRow(m_scanLabel, m_scan);
    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        if (applyCitizenCard(m_scan->text()))
            m_phone->setFocus();
        m_scan->clear();
    });

    m_person = new QRadioButton(m_applicantBox);
    m_person->setObjectName(QStringLiteral("applicantPerson"));
    m_organisation = new QRadioButton(m_applicantBox);
    m_organisation->setObjectName(QStringLiteral("applicantOrganisation"));
    m_person->setChecked(true);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_person);
    kind->addWidget(m_organisation);
    kind->addStretch();
    applicant->addRow(QString(), kind);
    connect(m_person, &QRadioButton::toggled, this, &ReceptionPage::updateApplicantKind);

    auto addField = [&](QFormLayout *form, const QString &field, QLineEdit *edit) {
        auto *label = new QLabel(form->parentWidget());
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_labels.insert(field, label);
        m_fields.insert(field, edit);
        connect(edit, &QLineEdit::textEdited, this, [edit] {
            edit->setProperty("invalid", false);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        });
        return edit;
    };
    m_name = addField(applicant, Reception::FieldApplicantName,
                      lineEdit(QStringLiteral("applicantName"), m_applicantBox));
    m_id = addField(applicant, Reception::FieldApplicantId,
                    lineEdit(QStringLiteral("applicantId"), m_applicantBox, 1000));
    m_birth = addField(applicant, Reception::FieldApplicantBirth,
                       lineEdit(QStringLiteral("applicantBirth"), m_applicantBox, 10));
    m_phone = addField(applicant, Reception::FieldApplicantPhone,
                       lineEdit(QStringLiteral("applicantPhone"), m_applicantBox, 20));
    m_address = addField(applicant, Reception::FieldApplicantAddress,
                         lineEdit(QStringLiteral("applicantAddress"), m_applicantBox, 10000));
    m_email = addField(applicant, Reception::FieldApplicantEmail,
                       lineEdit(QStringLiteral("applicantEmail"), m_applicantBox, 254));
    connect(m_id, &QLineEdit::editingFinished, this, &ReceptionPage::updateDuplicates);
    // A scanner may type the ID card line into the name or ID field as well.
    for (QLineEdit *edit : {m_name, m_id}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
            if (!Identity::looksLikeCitizenCardQr(edit->text()))
                return;
            const QString line = edit->text().mid(
                edit->text().indexOf(QRegularExpression(QStringLiteral("\\d{9,12}\\|"))));
            edit->setText(m_textBeforeScan.value(edit));
            if (applyCitizenCard(line))
                m_phone->setFocus();
        });
    }
    left->addWidget(m_applicantBox);

    // Authorised person.
    m_proxyBox = new QGroupBox(content);
    m_proxyBox->setObjectName(QStringLiteral("proxyBox"));
    m_proxyBox->setCheckable(true);
    m_proxyBox->setChecked(false);
    auto *proxy = new QFormLayout(m_proxyBox);
    m_proxyName = addField(proxy, Reception::FieldProxyName,
                           lineEdit(QStringLiteral("proxyName"), m_proxyBox));
    m_proxyId = addField(proxy, Reception::FieldProxyId,
                         lineEdit(QStringLiteral("proxyId"), m_proxyBox, 20));
    m_proxyPhone = addField(proxy, Reception::FieldProxyPhone,
                            lineEdit(QStringLiteral("proxyPhone"), m_proxyBox, 20));
    m_proxyAddress = addField(proxy, QStringLiteral("proxy.address"),
                              lineEdit(QStringLiteral("proxyAddress"), m_proxyBox));
    left->addWidget(m_proxyBox);
    left->addStretch();

    // Right column: deadline, duplicates, the dossier itself.
    m_deadline = new QLabel(content);
    m_deadline->setObjectName(QStringLiteral("deadlinePreview"));
    m_deadline->setWordWrap(true);
    m_deadline->setTextFormat(Qt::RichText);
    m_deadline->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; padding: 8px; }"));
    right->addWidget(m_deadline);
    m_duplicates = new QLabel(content);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #ffca28; padding: 6px; }"));
    m_duplicates->hide();
    right->addWidget(m_duplicates);

    m_dossierBox = new QGroupBox(content);
    auto *dossier = new QGridLayout(m_dossierBox);
    m_channel = new QComboBox(m_dossierBox);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel channel : {Channel::Direct, Channel::Postal, Channel::Online})
        m_channel->addItem(QString(), int(channel));
    auto *channelLabel = new QLabel(m_dossierBox);
    channelLabel->setBuddy(m_channel);
    m_labels.insert(QStringLiteral("channel"), channelLabel);
    dossier->addWidget(channelLabel, 0, 0);
    dossier->addWidget(m_channel, 0, 1, 1, 2);

    m_documents = new QTableWidget(0, DocumentColumnCount, m_dossierBox);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentName, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentOriginals,
                                                          QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentCopies,
                                                          QHeaderView::ResizeToContents);
    m_documents->verticalHeader()->hide();
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setWordWrap(true);
    m_documents->setMinimumHeight(160);
    m_fields.insert(Reception::FieldDocuments, m_documents);
    auto *documentsLabel = new QLabel(m_dossierBox);
    documentsLabel->setBuddy(m_documents);
    m_labels.insert(Reception::FieldDocuments, documentsLabel);
    dossier->addWidget(documentsLabel, 1, 0, 1, 3);
    dossier->addWidget(m_documents, 2, 0, 1, 3);
    m_extraDocument = lineEdit(QStringLiteral("extraDocument"), m_dossierBox, 1000);
    m_addDocument = new QPushButton(m_dossierBox);
    m_addDocument->setObjectName(QStringLiteral("addDocument"));
    dossier->addWidget(m_extraDocument, 3, 0, 1, 2);
    dossier->addWidget(m_addDocument, 3, 2);
    connect(m_addDocument, &QPushButton::clicked, this, &ReceptionPage::addExtraDocument);
    connect(m_extraDocument, &QLineEdit::returnPressed, this, &ReceptionPage::addExtraDocument);

    m_sets = new QSpinBox(m_dossierBox);
    m_sets->setObjectName(QStringLiteral("sets"));
    m_sets->setRange(1, 99);
    auto *setsLabel = new QLabel(m_dossierBox);
    setsLabel->setBuddy(m_sets);
    m_labels.insert(Reception::FieldSets, setsLabel);
    m_fields.insert(Reception::FieldSets, m_sets);
    dossier->addWidget(setsLabel, 4, 0);
    dossier->addWidget(m_sets, 4, 1);

    m_returnCounter = new QRadioButton(m_dossierBox);
    m_returnCounter->setObjectName(QStringLiteral("returnCounter"));
    m_returnPost = new QRadioButton(m_dossierBox);
    m_returnPost->setObjectName(QStringLiteral("returnPost"));
    m_returnCounter->setChecked(true);
    auto *returnLabel = new QLabel(m_dossierBox);
    returnLabel->setBuddy(m_returnCounter);
    m_labels.insert(QStringLiteral("return"), returnLabel);
    auto *returnRow = new QHBoxLayout;
    returnRow->addWidget(m_returnCounter);
    returnRow->addWidget(m_returnPost);
    returnRow->addStretch();
    dossier->addWidget(returnLabel, 5, 0);
    dossier->addLayout(returnRow, 5, 1, 1, 2);
    m_returnAddress = lineEdit(QStringLiteral("returnAddress"), m_dossierBox);
    m_returnAddress->setEnabled(false);
    m_fields.insert(Reception::FieldReturnAddress, m_returnAddress);
    dossier->addWidget(m_returnAddress, 6, 1, 1, 2);
    connect(m_returnPost, &QRadioButton::toggled, m_returnAddress, &QWidget::setEnabled);

    m_note = new QPlainTextEdit(m_dossierBox);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    auto *noteLabel = new QLabel(m_dossierBox);
    noteLabel->setBuddy(m_note);
    m_labels.insert(Reception::FieldNote, noteLabel);
    m_fields.insert(Reception::FieldNote, m_note);
    dossier->addWidget(noteLabel, 7, 0);
    dossier->addWidget(m_note, 7, 1, 1, 2);
    right->addWidget(m_dossierBox, 1);

    // The three outcomes.
    auto *buttons = new QHBoxLayout;
    m_receiveButton
        = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), QString(), this);
    m_receiveButton->setObjectName(QStringLiteral("receiveButton"));
    m_receiveButton->setDefault(true);
    m_completionButton = new QPushButton(this);
    m_completionButton->setObjectName(QStringLiteral("completionButton"));
    m_refuseButton = new QPushButton(this);
    m_refuseButton->setObjectName(QStringLiteral("refuseButton"));
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_issuedSlipsButton = new QPushButton(this);
    m_issuedSlipsButton->setObjectName(QStringLiteral("issuedSlipsButton"));
    titleRow->addWidget(m_clearButton);
    titleRow->addWidget(m_issuedSlipsButton);
    buttons->addStretch();
    buttons->addWidget(m_refuseButton);
    buttons->addWidget(m_completionButton);
    buttons->addWidget(m_receiveButton);
    outer->addLayout(buttons);
    connect(m_receiveButton, &QPushButton::clicked, this, &ReceptionPage::receive);
    connect(m_completionButton, &QPushButton::clicked, this, &ReceptionPage::requestCompletion);
    connect(m_refuseButton, &QPushButton::clicked, this, &ReceptionPage::refuse);
    connect(m_clearButton, &QPushButton::clicked, this, &ReceptionPage::newApplicant);
    connect(m_issuedSlipsButton, &QPushButton::clicked, this, &ReceptionPage::showIssuedSlips);

    // Keyboard: the whole form without the mouse.
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReceptionPage::receive);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &ReceptionPage::receive);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), &ReceptionPage::requestCompletion);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ReceptionPage::refuse);
    shortcut(QKeySequence(Qt::Key_F2), [this] { m_scan->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &ReceptionPage::newApplicant);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &ReceptionPage::showIssuedSlips);

    setStyleSheet(QStringLiteral(
        "QLineEdit[invalid=\"true\"], QTableWidget[invalid=\"true\"], "
        "QPlainTextEdit[invalid=\"true\"] { border: 1px solid #c62828; background: #ffebee; }"));
}

void ReceptionPage::retranslate()
{
    m_title->setText(tr("Receive a dossier"));
    m_procedureLabel->setText(tr("&Procedure:"));
    m_procedure->setPlaceholderText(
        tr("Type part of the name or the code, e.g. \"khai sinh\" or \"1.0011\""));
    m_applicantBox->setTitle(tr("Applicant"));
    m_scanLabel->setText(tr("S&can ID card (F2):"));
    m_scan->setPlaceholderText(tr("Scan the QR code of the chip ID card"));
    m_person->setText(tr("Individual"));
    m_organisation->setText(tr("Organisation"));
    updateApplicantKind();
    m_labels.value(Reception::FieldApplicantBirth)->setText(tr("Date of &birth:"));
    m_birth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_labels.value(Reception::FieldApplicantPhone)->setText(tr("Ph&one:"));
    m_labels.value(Reception::FieldApplicantAddress)->setText(tr("&Address:"));
    m_labels.value(Reception::FieldApplicantEmail)->setText(tr("&E-mail:"));
    m_proxyBox->setTitle(tr("Submitted b&y an authorised person"));
    m_labels.value(Reception::FieldProxyName)->setText(tr("Full name:"));
    m_labels.value(Reception::FieldProxyId)->setText(tr("Personal ID number:"));
    m_labels.value(Reception::FieldProxyPhone)->setText(tr("Phone:"));
    m_labels.value(QStringLiteral("proxy.address"))->setText(tr("Address:"));
    m_dossierBox->setTitle(tr("Dossier"));
    m_labels.value(QStringLiteral("channel"))->setText(tr("Sub&mitted via:"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, Dossiers::channelLabel(Channel(m_channel->itemData(i).toInt())));
    m_labels.value(Reception::FieldDocuments)
        ->setText(tr("Documents handed in (tick &what was received; Space toggles):"));
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Originals"), tr("Copies")});
    m_extraDocument->setPlaceholderText(tr("Another document handed in, then Enter"));
    m_addDocument->setText(tr("Add"));
    m_labels.value(Reception::FieldSets)->setText(tr("Number of &sets:"));
    m_labels.value(QStringLiteral("return"))->setText(tr("Resu&lt returned:"));
    m_returnCounter->setText(tr("At the counter"));
    m_returnPost->setText(tr("By post to:"));
    m_returnAddress->setPlaceholderText(tr("Postal address for the result"));
    m_labels.value(Reception::FieldNote)->setText(tr("No&te:"));
    m_receiveButton->setText(tr("&Receive and print receipt (Ctrl+Enter)"));
    m_completionButton->setText(tr("Re&quest completion (Ctrl+B)"));
    m_refuseButton->setText(tr("Ref&use (Ctrl+Shift+R)"));
    m_clearButton->setText(tr("New applicant (Ctrl+Shift+N)"));
    m_issuedSlipsButton->setText(tr("Slips issued… (Ctrl+Shift+P)"));
    m_issuedSlipsButton->setToolTip(
        tr("Requests for completion and refusals recorded at the counter, to print again"));
    updateDeadline();
}

void ReceptionPage::updateApplicantKind()
{
    const bool person = m_person->isChecked();
    m_labels.value(Reception::FieldApplicantName)
        ->setText(person ? tr("Full &name:") : tr("Organisation &name:"));
    m_labels.value(Reception::FieldApplicantId)
        ->setText(person ? tr("Personal &ID number:") : tr("Or&ganisation code:"));
    m_id->setPlaceholderText(person ? tr("12 digits") : tr("Tax code or identifier"));
    m_birth->setEnabled(person);
}

void ReceptionPage::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool allowed = actor.can(Permission::ReceiveDossier);
    m_receiveButton->setEnabled(allowed);
    m_completionButton->setEnabled(allowed);
    m_refuseButton->setEnabled(allowed);
}

void ReceptionPage::reload()
{
    m_procedure->setProcedures(ProcedureStore(m_database.connection()).list(QString(), false));
    updateDeadline();
}

void ReceptionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReceptionPage::procedureChanged()
{
    m_documents->setRowCount(0);
    if (const Procedure *procedure = m_procedure->current()) {
        for (const RequiredDocument &document : procedure->documents) {
            const int row = m_documents->rowCount();
            m_documents->insertRow(row);
            auto *name = new QTableWidgetItem(document.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Unchecked);
            m_documents->setItem(row, DocumentName, name);
            m_documents->setItem(row, DocumentOriginals,
                                 new QTableWidgetItem(QString::number(document.originals)));
            m_documents->setItem(row, DocumentCopies,
                                 new QTableWidgetItem(QString::number(document.copies)));
        }
        m_documents->resizeRowsToContents();
    }
    updateDeadline();
    updateDuplicates();
}

void ReceptionPage::addExtraDocument()
{
    const QString name = m_extraDocument->text().simplified();
    if (name.isEmpty())
        return;
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    auto *item = new QTableWidgetItem(name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_documents->setItem(row, DocumentName, item);
    m_documents->setItem(row, DocumentOriginals, new QTableWidgetItem(QStringLiteral("1")));
    m_documents->setItem(row, DocumentCopies, new QTableWidgetItem(QStringLiteral("0")));
    m_extraDocument->clear();
}

void ReceptionPage::updateDeadline()
{
    const Procedure *procedure = m_procedure->current();
    if (!procedure) {
        m_deadline->setText(tr("Choose a procedure to see the promised return time."));
        return;
    }
    const CalendarStore calendars(m_database.connection());
    const WorkCalendar calendar = calendars.calendar();
    const DeadlineCalculator calculator(calendar, calendars.cutoffTime(), Clock::officeZone());
    const DeadlineResult result = calculator.compute(Clock::now(), procedure->rule);
    if (!result.isValid()) {
        m_deadline->setText(tr("No return time can be computed: check the working calendar."));
        return;
    }
    QString html
        = tr("<b>Processing time:</b> %1<br><b>Return of the result if received now:</b> %2")
              .arg(Dossiers::ruleText(procedure->rule).toHtmlEscaped(),
                   dateTimeText(result.due).toHtmlEscaped());
    if (!result.steps.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">");
        for (const DeadlineStep &step : result.steps)
            html += QStringLiteral("<li>%1</li>").arg(step.text().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!procedure->fee.isEmpty())
        html += tr("<b>Fee:</b> %1").arg(procedure->fee.toHtmlEscaped());
    m_deadline->setText(html);
}

void ReceptionPage::updateDuplicates()
{
    const QList<Dossier> duplicates = m_procedure->currentId()
        ? DossierStore(m_database.connection())
              .openDuplicates(m_id->text(), m_procedure->currentId())
        : QList<Dossier>();
    if (duplicates.isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList lines;
    for (const Dossier &dossier : duplicates)
        lines.append(
            tr("%1, received %2, %3")
                .arg(dossier.code,
                     QLocale().toString(dossier.receivedAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                     Dossiers::statusLabel(dossier.status)));
    m_duplicates->setText(
        tr("Warning: this applicant already has %n open dossier(s) for the same procedure:\n%1",
           nullptr, int(duplicates.size()))
            .arg(lines.join(QLatin1Char('\n'))));
    m_duplicates->show();
}

bool ReceptionPage::applyCitizenCard(const QString &line)
{
    Identity::CitizenCard card;
    QString error;
    if (!Identity::parseCitizenCardQr(line, &card, &error)) {
        showErrors({{QString(), error}});
        return false;
    }
    clearErrors();
    m_person->setChecked(true);
    m_name->setText(card.fullName);
    m_id->setText(card.idNumber);
    m_birth->setText(card.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    m_address->setText(card.address);
    updateDuplicates();
    return true;
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        m_textBeforeScan.insert(watched, static_cast<QLineEdit *>(watched)->text());
    return QWidget::eventFilter(watched, event);
}

QDate ReceptionPage::birthDate(QString *error) const
{
    const QString text = m_birth->text().trimmed();
    if (text.isEmpty() || !m_person->isChecked())
        return {};
    for (const QString &format :
         {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("ddMMyyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    *error = tr("The date of birth is not a date (dd/mm/yyyy).");
    return {};
}

ReceptionRequest ReceptionPage::request() const
{
    ReceptionRequest request;
    request.procedureId = m_procedure->currentId();
    request.channel = Channel(m_channel->currentData().toInt());
    request.applicantKind
        = m_person->isChecked() ? ApplicantKind::Person : ApplicantKind::Organisation;
    QString ignored;
    request.applicant = {m_name->text(),  m_id->text(),      birthDate(&ignored),
                         m_phone->text(), m_address->text(), m_email->text()};
    if (m_proxyBox->isChecked())
        request.proxy = {m_proxyName->text(),  m_proxyId->text(),      QDate(),
                         m_proxyPhone->text(), m_proxyAddress->text(), QString()};
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QTableWidgetItem *name = m_documents->item(row, DocumentName);
        request.documents.append({name->text(),
                                  m_documents->item(row, DocumentOriginals)->text().toInt(),
                                  m_documents->item(row, DocumentCopies)->text().toInt(),
                                  name->checkState() == Qt::Checked});
    }
    request.sets = m_sets->value();
    request.returnMethod = m_returnPost->isChecked() ? ReturnMethod::Post : ReturnMethod::Counter;
    request.returnAddress = m_returnAddress->text();
    request.note = m_note->toPlainText();
    return request;
}

QStringList ReceptionPage::missingDocuments(bool includeConditional) const
{
    QStringList missing;
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QString name = m_documents->item(row, DocumentName)->text();
        // Checklists name documents needed only in some cases "(nếu …)": not missing by default.
        const bool conditional = name.contains(QStringLiteral("nếu "), Qt::CaseInsensitive);
        if (m_documents->item(row, DocumentName)->checkState() != Qt::Checked
            && (includeConditional || !conditional))
            missing.append(name);
    }
    return missing;
}

void ReceptionPage::receive()
{
    if (!m_receiveButton->isEnabled())
        return;
    QString birthError;
    birthDate(&birthError);
    if (!birthError.isEmpty()) {
        showErrors({{Reception::FieldApplicantBirth, birthError}});
        return;
    }
    const QStringList missing = missingDocuments(false);
    if (!missing.isEmpty() && m_procedure->current()) {
        const auto answer
            = QMessageBox::question(this, tr("Documents not ticked"),
                                    tr("These documents of the checklist are not ticked as "
                                       "received:\n\n• %1\n\nA dossier is received only "
                                       "when it is complete. Receive it anyway?")
                                        .arg(missing.join(QStringLiteral("\n• "))),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QList<FieldError> errors;
    const auto dossier = DossierStore(m_database.connection()).receive(m_actor, request(), &errors);
    if (!dossier) {
        showErrors(errors);
        return;
    }
    clearErrors();
    emit dossierReceived(*dossier);
    clearForm();
    // The next print of this receipt is then a reprint, marked as such.
    QString error;
    if (!m_printer->offerAndLog(
            tr("Dossier received"),
            tr("Dossier %1 is received.\nReturn of the result: %2.\n\nPrint the receipt now?")
                .arg(dossier->code, Slips::dateTimeText(dossier->dueAt)),
            receipt(*dossier),
            [&](QString *logError) {
                return DossierStore(m_database.connection())
                    .logPrint(m_actor, dossier->id, DossierSlips::key(DossierSlips::Kind::Receipt),
                              logError);
            },
            &error))
        QMessageBox::warning(this, tr("Printing"), error);
    // Ready for the next citizen in the queue.
    m_procedure->setFocus();
}

SlipDocument ReceptionPage::receipt(const Dossier &dossier) const
{
    QString error;
    return *DossierSlips(m_database.connection())
                .document(dossier, DossierSlips::Kind::Receipt, false, &error);
}

void ReceptionPage::offerIntakeSlip(qint64 slipId, bool refusal)
{
    // The number said where the clerk looks, and kept in the status bar after the dialog.
    const std::optional<IntakeSlip> slip = IntakeSlipStore(m_database.connection()).find(slipId);
    const QString number = slip ? slip->numberText() : QString::number(slipId);
    DialogSupport::announce(this,
                            refusal ? tr("Refusal no. %1 recorded.").arg(number)
                                    : tr("Request for completion no. %1 recorded.").arg(number));
    QString error;
    if (!IntakeSlipPrinting::offer(
            this, m_database, m_actor, slipId,
            refusal ? tr("Refusal recorded") : tr("Request for completion recorded"),
            refusal ? tr("The refusal is recorded as slip no. %1. Print the slip for the "
                         "applicant now?")
                          .arg(number)
                    : tr("The request for completion is recorded as slip no. %1. Print the "
                         "slip for the applicant now?")
                          .arg(number),
            &error))
        QMessageBox::warning(this, tr("Printing"), error);
}

void ReceptionPage::showIssuedSlips()
{
    IssuedSlipsDialog dialog(m_database, m_actor, this);
    dialog.exec();
}

void ReceptionPage::requestCompletion()
{
    if (!m_completionButton->isEnabled())
        return;
    IntakeSlipDialog dialog(IntakeSlipDialog::Kind::Completion, missingDocuments(false), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordIntakeSlip(IntakeSlip::Kind::Completion, dialog.items(), dialog.reason());
}

void ReceptionPage::refuse()
{
    if (!m_refuseButton->isEnabled())
        return;
    IntakeSlipDialog dialog(IntakeSlipDialog::Kind::Refusal, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recordIntakeSlip(IntakeSlip::Kind::Refusal, {}, dialog.reason());
}

void ReceptionPage::recordIntakeSlip(IntakeSlip::Kind kind, const QStringList &items,
                                     const QString &reason)
{
    const ReceptionRequest form = request();
    IntakeSlip slip;
    slip.kind = kind;
    slip.procedureId = form.procedureId;
    slip.channel = form.channel;
    slip.applicantKind = form.applicantKind;
    slip.applicant = form.applicant;
    slip.items = items;
    slip.reason = reason;
    QList<FieldError> errors;
    const qint64 id = IntakeSlipStore(m_database.connection()).record(m_actor, slip, &errors);
    if (!id) {
        showErrors(errors);
        return;
    }
    clearErrors();
    m_recordedState = formState();
    const bool refusal = kind == IntakeSlip::Kind::Refusal;
    emit intakeSlipRecorded(id, refusal);
    offerIntakeSlip(id, refusal);
}

void ReceptionPage::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        lines.append(QStringLiteral("• ") + error.message);
        QWidget *field = m_fields.value(error.field);
        if (!field)
            continue;
        field->setProperty("invalid", true);
        field->setToolTip(error.message);
        field->style()->unpolish(field);
        field->style()->polish(field);
        if (!first)
            first = field;
    }
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->show();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ReceptionPage::clearErrors()
{
    m_errors->hide();
    m_errors->clear();
    for (QWidget *field : qAsConst(m_fields)) {
        if (!field->property("invalid").toBool())
            continue;
        field->setProperty("invalid", false);
        field->setToolTip(QString());
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
}

void ReceptionPage::clearForm()
{
    clearErrors();
    m_procedure->clearSelection();
    m_person->setChecked(true);
    for (QLineEdit *edit :
         {m_scan, m_name, m_id, m_birth, m_phone, m_address, m_email, m_proxyName, m_proxyId,
          m_proxyPhone, m_proxyAddress, m_extraDocument, m_returnAddress})
        edit->clear();
    m_proxyBox->setChecked(false);
    m_documents->setRowCount(0);
    m_sets->setValue(1);
    m_returnCounter->setChecked(true);
    m_note->clear();
    m_duplicates->hide();
    updateDeadline();
    m_procedure->setFocus();
}

QStringList ReceptionPage::formState() const
{
    QStringList state;
    for (const QLineEdit *edit : {static_cast<QLineEdit *>(m_procedure), m_scan, m_name, m_id,
                                  m_birth, m_phone, m_address, m_email, m_proxyName, m_proxyId,
                                  m_proxyPhone, m_proxyAddress, m_extraDocument, m_returnAddress})
        state << edit->text();
    state << m_note->toPlainText() << QString::number(m_sets->value())
          << QString::number(m_person->isChecked()) << QString::number(m_proxyBox->isChecked())
          << QString::number(m_returnPost->isChecked());
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        for (int column = 0; column < m_documents->columnCount(); ++column) {
            const QTableWidgetItem *item = m_documents->item(row, column);
            state << (item ? item->text() + QString::number(item->checkState()) : QString());
        }
    }
    return state;
}

bool ReceptionPage::hasUnsavedInput() const
{
    const QStringList state = formState();
    return state != m_emptyState && state != m_recordedState;
}

void ReceptionPage::newApplicant()
{
    if (hasUnsavedInput()) {
        QMessageBox box(QMessageBox::Question, tr("New applicant"),
                        tr("The form holds data that was not received. Clear it for a new "
                           "applicant?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmNewApplicant"));
        QPushButton *clear = box.addButton(tr("&Clear the form"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != clear)
            return;
    }
    clearForm();
}

void ReceptionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua
