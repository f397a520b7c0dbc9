#include "dialogs/officesettingsdialog.h"

#include "domain/officesettings.h"
#include "store/settingsstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace motcua {

namespace {

const QString errorStyle = QStringLiteral("QLabel { color: #b00020; }");

// A scroll area as wide as its fields (QScrollArea's own hint ignores them), and as tall as
// all the rows up to a screen's worth.
class FieldsScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QSize content = widget()->sizeHint();
        const int frame = 2 * frameWidth();
        return {content.width() + verticalScrollBar()->sizeHint().width() + frame,
                qMin(content.height() + frame, 560)};
    }
    QSize minimumSizeHint() const override
    {
        const QSize hint = sizeHint();
        return {hint.width(), qMin(hint.height(), 240)};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The fields' layout changed (labels translated, messages shown): so does our hint.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

} // namespace

OfficeSettingsDialog::OfficeSettingsDialog(const QSqlDatabase &db, const Actor &actor,
                                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_intro(new QLabel(this))
    , m_requiredNote(new QLabel(this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("officeSettingsDialog"));
    m_intro->setObjectName(QStringLiteral("officeSettingsIntro"));
    m_intro->setWordWrap(true);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(errorStyle);
    m_generalError->hide();

    const QMap<QString, QString> values = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    // Narrower than label and field side by side: the field goes below its label, which
    // stays readable (never squeezed to nothing).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const OfficeSettings::Spec &spec : OfficeSettings::all()) {
        Field field;
        field.key = spec.key;
        field.label = new QLabel(this);
        field.edit = new QLineEdit(values.value(spec.key), this);
        field.edit->setObjectName(QStringLiteral("edit_") + spec.key);
        field.edit->setMinimumWidth(field.edit->fontMetrics().averageCharWidth() * 24);
        field.label->setBuddy(field.edit);
        field.error = new QLabel(this);
        field.error->setObjectName(QStringLiteral("error_") + spec.key);
        field.error->setWordWrap(true);
        field.error->setStyleSheet(errorStyle);
        field.error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field.edit);
        if (spec.key == QLatin1String("calendar.rest_days"))
            addRestDays(field, cell);
        cell->addWidget(field.error);
        form->addRow(field.label, cell);
        // A message belongs to the value it judged: editing the field clears it.
        connect(field.edit, &QLineEdit::textEdited, field.error, &QLabel::hide);
        m_fields.append(field);
    }

    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch();
    auto *scroll = new FieldsScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfficeSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OfficeSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_requiredNote);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    retranslate();
}

OfficeSettingsDialog::~OfficeSettingsDialog() = default;

// The weekly rest days as seven named check boxes; the hidden line beside them keeps the
// stored text ("sat,sun"), so that validation and saving stay those of every other field.
void OfficeSettingsDialog::addRestDays(Field &field, QVBoxLayout *cell)
{
    field.edit->hide();
    auto *days = new QGridLayout;
    days->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = OfficeSettings::weekdayKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("restDay_") + keys.at(i));
        days->addWidget(box, i / 4, i % 4);
        m_restDays.append(box);
        connect(box, &QCheckBox::toggled, this,
                [this, keys, edit = field.edit, error = field.error] {
                    QStringList chosen;
                    for (int d = 0; d < m_restDays.size(); ++d) {
                        if (m_restDays.at(d)->isChecked())
                            chosen << keys.at(d);
                    }
                    edit->setText(chosen.join(QLatin1Char(',')));
                    error->hide();
                });
    }
    const auto show = [this, keys](const QString &text) {
        const QStringList chosen = text.toLower().remove(QLatin1Char(' ')).split(QLatin1Char(','));
        for (int d = 0; d < m_restDays.size(); ++d) {
            const QSignalBlocker blocker(m_restDays.at(d));
            m_restDays.at(d)->setChecked(chosen.contains(keys.at(d)));
        }
    };
    show(field.edit->text());
    connect(field.edit, &QLineEdit::textChanged, this, show);
    field.label->setBuddy(m_restDays.first());
    cell->addLayout(days);
}

void OfficeSettingsDialog::setFirstStart(bool firstStart)
{
    m_firstStart = firstStart;
    retranslate();
}

QLineEdit *OfficeSettingsDialog::editor(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.edit;
    }
    return nullptr;
}

QString OfficeSettingsDialog::errorText(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.error->isHidden() ? QString() : field.error->text();
    }
    return {};
}

void OfficeSettingsDialog::retranslate()
{
    setWindowTitle(m_firstStart ? tr("Set up the office") : tr("Office settings"));
    if (m_firstStart)
        m_intro->setText(tr("<p><b>Welcome to Một Cửa.</b></p><p>Before the first dossier can be "
                            "received, enter the office's details: its name and parent body are "
                            "printed on every receipt and slip, and the office code begins every "
                            "dossier code. You can change them later under Settings.</p>"));
    else
        m_intro->setText(tr("These settings are shared by every counter that uses this database. "
                            "Names and codes appear on receipts and in dossier codes."));
    m_requiredNote->setText(tr("* required"));
    for (Field &field : m_fields) {
        const OfficeSettings::Spec *spec = OfficeSettings::find(field.key);
        const QString label = OfficeSettings::label(field.key);
        field.label->setText(spec->required ? tr("%1: *").arg(label) : tr("%1:").arg(label));
        const QString description = OfficeSettings::description(field.key);
        field.edit->setPlaceholderText(description);
        field.edit->setToolTip(description);
    }
    const QStringList dayNames = OfficeSettings::weekdayNames();
    for (int d = 0; d < m_restDays.size(); ++d)
        m_restDays.at(d)->setText(dayNames.at(d));
    m_buttons->button(QDialogButtonBox::Save)
        ->setText(m_firstStart ? tr("Save and start") : tr("Save"));
}

void OfficeSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfficeSettingsDialog::showError(Field &field, const QString &message)
{
    field.error->setText(message);
    field.error->setVisible(!message.isEmpty());
}

void OfficeSettingsDialog::accept()
{
    m_generalError->hide();
    // Every field is judged first, so that all the messages show at once.
    QMap<QString, QString> values;
    QWidget *firstInvalid = nullptr;
    for (Field &field : m_fields) {
        QString normalized;
        QString error;
        if (OfficeSettings::validate(field.key, field.edit->text(), &normalized, &error)) {
            showError(field, {});
            values.insert(field.key, field.edit->text());
        } else {
            showError(field, error);
            if (!firstInvalid)
                firstInvalid = field.edit->isHidden() ? field.label->buddy() : field.edit;
        }
    }
    if (firstInvalid) {
        firstInvalid->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(firstInvalid))
            line->selectAll();
        return;
    }
    QString error;
    if (!SettingsStore(m_db).change(m_actor, values, &error)) {
        m_generalError->setText(error);
        m_generalError->show();
        return;
    }
    QDialog::accept();
}

} // namespace motcua
