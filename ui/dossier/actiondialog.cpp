#include "dossier/actiondialog.h"

#include "domain/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

namespace {

// The edit shows the office's wall clock, whatever the zone of the machine.
void setOfficeTime(QDateTimeEdit *edit, const QDateTime &instant)
{
    const QDateTime local = Clock::local(instant.isValid() ? instant : Clock::now());
    edit->setDateTime(QDateTime(local.date(), local.time()));
}

QDateTime officeTime(const QDateTimeEdit *edit)
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()),
                     Clock::officeZone());
}

QDateTimeEdit *newTimeEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ActionDialog::ActionDialog(DossierAction action, const Dossier &dossier,
                           const ActionInput &defaults, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_dossier(dossier)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("ActionDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_time = newTimeEdit(this, QStringLiteral("timeEdit"));
    setOfficeTime(m_time, defaults.occurredAt);
    addRow(DossierFlow::FieldTime, m_time);

    switch (action) {
    case DossierAction::Transfer:
    case DossierAction::RecordResult:
    case DossierAction::RecordRefusal:
        m_giver = addLine(QStringLiteral("giverEdit"), DossierFlow::FieldGiver, defaults.giver);
        m_receiver = addLine(QStringLiteral("receiverEdit"), DossierFlow::FieldReceiver,
                             defaults.receiver);
        m_office = addLine(QStringLiteral("officeEdit"), DossierFlow::FieldOffice, defaults.office);
        if (action == DossierAction::RecordRefusal)
            m_reason
                = addLine(QStringLiteral("reasonEdit"), DossierFlow::FieldReason, defaults.reason);
        if (action != DossierAction::Transfer)
            m_description = addLine(QStringLiteral("descriptionEdit"),
                                    DossierFlow::FieldDescription, defaults.description);
        break;
    case DossierAction::RequestDocuments:
        m_items = new QPlainTextEdit(this);
        m_items->setObjectName(QStringLiteral("itemsEdit"));
        m_items->setTabChangesFocus(true);
        m_items->setPlainText(defaults.items.join(QLatin1Char('\n')));
        addRow(DossierFlow::FieldItems, m_items);
        m_reason = addLine(QStringLiteral("reasonEdit"), DossierFlow::FieldReason, defaults.reason);
        m_office = addLine(QStringLiteral("officeEdit"), DossierFlow::FieldOffice, defaults.office);
        break;
    case DossierAction::DocumentsReceived:
        m_items = new QPlainTextEdit(this);
        m_items->setObjectName(QStringLiteral("itemsEdit"));
        m_items->setTabChangesFocus(true);
        addRow(DossierFlow::FieldItems, m_items);
        break;
    case DossierAction::RequestPayment:
        m_reason = addLine(QStringLiteral("reasonEdit"), DossierFlow::FieldReason, defaults.reason);
        m_amount = addLine(QStringLiteral("amountEdit"), DossierFlow::FieldAmount, defaults.amount);
        break;
    case DossierAction::PaymentDone:
        m_amount = addLine(QStringLiteral("amountEdit"), DossierFlow::FieldAmount, defaults.amount);
        break;
    case DossierAction::ApologyExtension:
        m_newDue = newTimeEdit(this, QStringLiteral("newDueEdit"));
        setOfficeTime(m_newDue, defaults.newDueAt);
        addRow(DossierFlow::FieldNewDue, m_newDue);
        m_reason = addLine(QStringLiteral("reasonEdit"), DossierFlow::FieldReason, defaults.reason);
        break;
    case DossierAction::Return:
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("methodCombo"));
        m_method->addItem(QString(), int(ReturnMethod::Counter));
        m_method->addItem(QString(), int(ReturnMethod::Post));
        m_method->setCurrentIndex(m_method->findData(int(defaults.returnMethod)));
        addRow(QStringLiteral("method"), m_method);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("collectorRoleCombo"));
        m_role->addItem(QString(), int(CollectorRole::Applicant));
        m_role->addItem(QString(), int(CollectorRole::AuthorisedPerson));
        m_role->setCurrentIndex(m_role->findData(int(defaults.collectorRole)));
        addRow(QStringLiteral("role"), m_role);
        m_collectorName = addLine(QStringLiteral("collectorNameEdit"),
                                  DossierFlow::FieldCollectorName, defaults.collectorName);
        m_collectorId = addLine(QStringLiteral("collectorIdEdit"), DossierFlow::FieldCollectorId,
                                defaults.collectorId);
        m_tracking = addLine(QStringLiteral("trackingEdit"), DossierFlow::FieldTracking,
                             defaults.trackingNumber);
        m_originals = new QCheckBox(this);
        m_originals->setObjectName(QStringLiteral("originalsCheck"));
        m_originals->setChecked(defaults.originalsTakenBack);
        addRow(QStringLiteral("originals"), m_originals);
        m_receipt = new QCheckBox(this);
        m_receipt->setObjectName(QStringLiteral("receiptCheck"));
        m_receipt->setChecked(defaults.receiptHandedBack);
        addRow(QStringLiteral("receipt"), m_receipt);
        connect(m_method, &QComboBox::currentIndexChanged, this, &ActionDialog::updateReturnMethod);
        connect(m_role, &QComboBox::activated, this, &ActionDialog::fillCollector);
        break;
    case DossierAction::Withdraw:
        m_reason = addLine(QStringLiteral("reasonEdit"), DossierFlow::FieldReason, defaults.reason);
        m_originals = new QCheckBox(this);
        m_originals->setObjectName(QStringLiteral("originalsCheck"));
        m_originals->setChecked(defaults.originalsTakenBack);
        addRow(QStringLiteral("originals"), m_originals);
        break;
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(defaults.note);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    addRow(DossierFlow::FieldNote, m_note);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_errors->setPalette(errorPalette);
    m_errors->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_errors);
    layout->addStretch();
    layout->addWidget(m_buttons);
    if (m_method)
        updateReturnMethod();
    retranslate();
    setMinimumWidth(520);
    // Start where typing is needed: the first empty field below the time (which is rarely
    // changed, and whose sections Tab walks) but the optional note, else the first field
    // below the time.
    QWidget *first = nullptr;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = item ? item->widget() : nullptr;
        if (!field || field == m_time || !field->isVisibleTo(this) || !field->isEnabled())
            continue;
        const auto *line = qobject_cast<QLineEdit *>(field);
        const auto *text = qobject_cast<QPlainTextEdit *>(field);
        if (field != m_note
            && ((line && line->text().isEmpty()) || (text && text->toPlainText().isEmpty()))) {
            first = field;
            break;
        }
        if (!first)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

QLineEdit *ActionDialog::addLine(const QString &objectName, const QString &field,
                                 const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    addRow(field, edit);
    return edit;
}

void ActionDialog::addRow(const QString &field, QWidget *widget)
{
    auto *label = new QLabel(this);
    label->setBuddy(widget);
    m_form->addRow(label, widget);
    m_fields.insert(field, widget);
    m_labels.insert(field, label);
}

void ActionDialog::retranslate()
{
    setWindowTitle(tr("%1 — %2").arg(DossierFlow::actionLabel(m_action), m_dossier.code));
    const auto label = [this](const QString &field, const QString &text) {
        if (QLabel *l = m_labels.value(field))
            l->setText(text);
    };
    label(DossierFlow::FieldTime, tr("&Time:"));
    label(DossierFlow::FieldNote, tr("N&ote:"));
    label(DossierFlow::FieldGiver, tr("Handed over &by:"));
    label(DossierFlow::FieldReceiver, tr("&Received by:"));
    label(DossierFlow::FieldAmount, tr("&Amount:"));
    label(DossierFlow::FieldNewDue, tr("&New return time:"));
    label(DossierFlow::FieldDescription, tr("Res&ult:"));
    label(QStringLiteral("method"), tr("Return &method:"));
    label(QStringLiteral("role"), tr("Collected &as:"));
    label(DossierFlow::FieldCollectorName,
          m_method && m_method->currentData().toInt() == int(ReturnMethod::Post)
              ? tr("&Addressee:")
              : tr("&Collector's name:"));
    label(DossierFlow::FieldCollectorId, tr("Collector's &ID number:"));
    label(DossierFlow::FieldTracking, tr("&Tracking number:"));
    label(QStringLiteral("originals"), tr("Originals:"));
    label(QStringLiteral("receipt"), tr("Receipt:"));
    if (m_originals)
        m_originals->setText(tr("Original documents ta&ken back"));
    if (m_receipt)
        m_receipt->setText(tr("The applicant handed back the recei&pt"));
    if (m_method) {
        m_method->setItemText(0, tr("At the counter"));
        m_method->setItemText(1, tr("By post"));
    }
    if (m_role) {
        m_role->setItemText(0, tr("The applicant"));
        m_role->setItemText(1, tr("An authorised person"));
    }

    QString intro;
    switch (m_action) {
    case DossierAction::Transfer:
        label(DossierFlow::FieldOffice, tr("Receiving o&ffice:"));
        intro = tr("Hand the dossier over to the office that decides (or on to another office). "
                   "Each handover "
                   "is a row of the control slip.");
        break;
    case DossierAction::RequestDocuments:
        label(DossierFlow::FieldItems, tr("&What to add:"));
        label(DossierFlow::FieldReason, tr("R&eason:"));
        label(DossierFlow::FieldOffice, tr("Requesting o&ffice:"));
        intro = tr("The applicant must add or complete documents: one item a line. A dossier may "
                   "be asked to be "
                   "completed only once; the clock stops until the documents arrive.");
        break;
    case DossierAction::DocumentsReceived:
        label(DossierFlow::FieldItems, tr("&Documents handed in:"));
        intro = tr("The applicant has handed in the additional documents: the clock runs again and "
                   "the due time "
                   "moves by the working time of the wait.");
        break;
    case DossierAction::RequestPayment:
        label(DossierFlow::FieldReason, tr("O&bligation:"));
        intro = tr("The applicant must pay a fee or tax before the dossier can be decided; the "
                   "clock stops until "
                   "it is paid.");
        break;
    case DossierAction::PaymentDone:
        intro = tr("The financial obligation is fulfilled: the clock runs again and the due time "
                   "moves by the "
                   "working time of the wait.");
        break;
    case DossierAction::ApologyExtension:
        label(DossierFlow::FieldReason, tr("R&eason for the delay:"));
        intro = tr("The apology and new return date, signed by the head of the office. Allowed "
                   "once; the original "
                   "due time still decides whether the dossier is late.");
        break;
    case DossierAction::RecordResult:
        label(DossierFlow::FieldOffice, tr("From o&ffice:"));
        intro = tr(
            "The office hands the result back to the counter, to be returned to the applicant.");
        break;
    case DossierAction::RecordRefusal:
        label(DossierFlow::FieldOffice, tr("From o&ffice:"));
        label(DossierFlow::FieldReason, tr("R&eason for the refusal:"));
        intro = tr("The office hands back a decision refusing the request; it is returned to the "
                   "applicant like a "
                   "result.");
        break;
    case DossierAction::Return:
        intro = tr("The result is returned to the applicant, at the counter or by post.");
        break;
    case DossierAction::Withdraw:
        label(DossierFlow::FieldReason, tr("R&eason:"));
        intro = tr(
            "The applicant asks to stop: the dossier is withdrawn and a stop notice is issued.");
        break;
    }
    m_intro->setText(intro);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ActionDialog::updateReturnMethod()
{
    const bool post = m_method->currentData().toInt() == int(ReturnMethod::Post);
    // The widgets themselves, not QFormLayout::setRowVisible() (out-of-bounds writes in Qt 6.4).
    const auto show = [this](const QString &field, bool visible) {
        m_fields.value(field)->setVisible(visible);
        m_labels.value(field)->setVisible(visible);
    };
    show(QStringLiteral("role"), !post);
    show(DossierFlow::FieldCollectorId, !post);
    show(QStringLiteral("receipt"), !post);
    show(DossierFlow::FieldTracking, post);
    retranslate();
}

void ActionDialog::fillCollector()
{
    const bool applicant = m_role->currentData().toInt() == int(CollectorRole::Applicant);
    const Party &party = applicant ? m_dossier.applicant : m_dossier.proxy;
    // An organisation collects through a person: its code is not a personal ID.
    const bool person = !applicant || m_dossier.applicantKind == ApplicantKind::Person;
    m_collectorName->setText(person ? party.name : QString());
    m_collectorId->setText(person ? party.idNumber : QString());
}

ActionInput ActionDialog::input() const
{
    ActionInput input;
    input.occurredAt = officeTime(m_time);
    input.note = m_note->toPlainText();
    const auto text = [](const QLineEdit *edit) {
        return edit ? edit->text() : QString();
    };
    input.giver = text(m_giver);
    input.receiver = text(m_receiver);
    input.office = text(m_office);
    input.reason = text(m_reason);
    input.amount = text(m_amount);
    input.description = text(m_description);
    if (m_items)
        input.items = m_items->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_newDue)
        input.newDueAt = officeTime(m_newDue);
    if (m_method) {
        input.returnMethod = ReturnMethod(m_method->currentData().toInt());
        input.collectorRole = CollectorRole(m_role->currentData().toInt());
        input.collectorName = text(m_collectorName);
        input.collectorId
            = input.returnMethod == ReturnMethod::Post ? QString() : text(m_collectorId);
        input.trackingNumber
            = input.returnMethod == ReturnMethod::Post ? text(m_tracking) : QString();
        input.receiptHandedBack = m_receipt->isChecked();
    }
    if (m_originals)
        input.originalsTakenBack = m_originals->isChecked();
    return input;
}

void ActionDialog::accept()
{
    const QList<FieldError> errors = m_submit ? m_submit(input()) : QList<FieldError>();
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    QDialog::accept();
}

void ActionDialog::showErrors(const QList<FieldError> &errors)
{
    m_errors->setText(Reception::joined(errors));
    m_errors->show();
    for (const FieldError &error : errors) {
        if (QWidget *widget = m_fields.value(error.field)) {
            widget->setFocus(Qt::OtherFocusReason);
            if (auto *line = qobject_cast<QLineEdit *>(widget))
                line->selectAll();
            break;
        }
    }
}

void ActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace motcua
