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

    // The fields of the action, from its specification.
    for (const ActionField &field : DossierActions::spec(action).fields)
        addField(field, defaults);
    const auto line = [this](const QString &field) {
        return qobject_cast<QLineEdit *>(m_fields.value(field));
    };
    m_giver = line(DossierFlow::FieldGiver);
    m_receiver = line(DossierFlow::FieldReceiver);
    m_office = line(DossierFlow::FieldOffice);
    m_reason = line(DossierFlow::FieldReason);
    m_amount = line(DossierFlow::FieldAmount);
    m_description = line(DossierFlow::FieldDescription);
    m_collectorName = line(DossierFlow::FieldCollectorName);
    m_collectorId = line(DossierFlow::FieldCollectorId);
    m_tracking = line(DossierFlow::FieldTracking);
    m_items = qobject_cast<QPlainTextEdit *>(m_fields.value(DossierFlow::FieldItems));
    m_newDue = qobject_cast<QDateTimeEdit *>(m_fields.value(DossierFlow::FieldNewDue));
    m_method = qobject_cast<QComboBox *>(m_fields.value(DossierFlow::FieldMethod));
    m_role = qobject_cast<QComboBox *>(m_fields.value(DossierFlow::FieldRole));
    m_originals = qobject_cast<QCheckBox *>(m_fields.value(DossierFlow::FieldOriginals));
    m_receipt = qobject_cast<QCheckBox *>(m_fields.value(DossierFlow::FieldReceipt));
    if (m_method) {
        connect(m_method, &QComboBox::currentIndexChanged, this, &ActionDialog::updateReturnMethod);
        connect(m_role, &QComboBox::activated, this, &ActionDialog::fillCollector);
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

QWidget *ActionDialog::addField(const ActionField &field, const ActionInput &defaults)
{
    const QString key = QString::fromLatin1(field.key);
    const QString text = DossierFlow::fieldText(defaults, key);
    // The object name from the option: "collector-name" → "collectorNameEdit".
    QString name;
    for (const QString &part : QString::fromLatin1(field.option).split(QLatin1Char('-')))
        name += name.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
    QWidget *widget = nullptr;
    switch (field.kind) {
    case ActionFieldKind::Person:
    case ActionFieldKind::Line:
        widget = new QLineEdit(text, this);
        name += QStringLiteral("Edit");
        break;
    case ActionFieldKind::List: {
        auto *edit = new QPlainTextEdit(text, this);
        edit->setTabChangesFocus(true);
        widget = edit;
        name += QStringLiteral("Edit");
        break;
    }
    case ActionFieldKind::Time: {
        auto *edit = newTimeEdit(this, name + QStringLiteral("Edit"));
        setOfficeTime(edit, defaults.newDueAt);
        widget = edit;
        name = edit->objectName();
        break;
    }
    case ActionFieldKind::Choice: {
        // The texts come with retranslate(); the data is the choice's key.
        auto *combo = new QComboBox(this);
        const QStringList keys = key == DossierFlow::FieldMethod
            ? QStringList {QStringLiteral("counter"), QStringLiteral("post")}
            : QStringList {QStringLiteral("applicant"), QStringLiteral("authorised")};
        for (int i = 0; i < keys.size(); ++i)
            combo->addItem(QString(), i);
        combo->setCurrentIndex(int(keys.indexOf(text)));
        widget = combo;
        name += QStringLiteral("Combo");
        break;
    }
    case ActionFieldKind::Flag: {
        auto *check = new QCheckBox(this);
        check->setChecked(text == QLatin1String("yes"));
        widget = check;
        name += QStringLiteral("Check");
        break;
    }
    }
    widget->setObjectName(name);
    addRow(key, widget);
    return widget;
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
    const ActionSpec &spec = DossierActions::spec(m_action);
    for (const ActionField &field : spec.fields)
        label(QString::fromLatin1(field.key), tr(field.label));
    if (m_method && m_method->currentData().toInt() == int(ReturnMethod::Post))
        label(DossierFlow::FieldCollectorName, tr("&Addressee:"));
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

    m_intro->setText(tr(spec.intro));
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
