#include "pages/settingspage.h"

#include "dialogs/officesettingsdialog.h"
#include "domain/language.h"
#include "domain/officesettings.h"
#include "store/settingsstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

SettingsPage::SettingsPage(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_officeBox(new QGroupBox(this))
    , m_editOffice(new QPushButton(this))
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, &SettingsPage::applyLanguage);

    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);

    m_officeBox->setObjectName(QStringLiteral("officeBox"));
    auto *officeForm = new QFormLayout;
    officeForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    officeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const OfficeSettings::Spec &spec : OfficeSettings::all()) {
        auto *label = new QLabel(m_officeBox);
        auto *value = new QLabel(m_officeBox);
        value->setObjectName(QStringLiteral("value_") + spec.key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        officeForm->addRow(label, value);
        m_officeLabels.insert(spec.key, label);
        m_officeValues.insert(spec.key, value);
    }
    m_editOffice->setObjectName(QStringLiteral("editOfficeButton"));
    connect(m_editOffice, &QPushButton::clicked, this, &SettingsPage::editOfficeSettings);
    auto *officeButtons = new QHBoxLayout;
    officeButtons->addWidget(m_editOffice);
    officeButtons->addStretch();
    auto *officeLayout = new QVBoxLayout(m_officeBox);
    officeLayout->addLayout(officeForm);
    officeLayout->addLayout(officeButtons);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_officeBox);
    layout->addStretch();
    retranslate();
}

void SettingsPage::setActor(const Actor &actor)
{
    m_actor = actor;
    applyPermissions();
}

void SettingsPage::applyPermissions()
{
    const bool allowed = m_actor.can(Permission::EditSettings);
    m_editOffice->setEnabled(allowed);
    m_editOffice->setToolTip(allowed ? QString() : Roles::deniedMessage(Permission::EditSettings));
}

void SettingsPage::refreshOffice()
{
    const QMap<QString, QString> values = OfficeSettings::withDefaults(SettingsStore(m_db).all());
    for (auto it = m_officeValues.cbegin(); it != m_officeValues.cend(); ++it) {
        QString value = values.value(it.key());
        if (it.key() == QLatin1String("calendar.rest_days"))
            value = OfficeSettings::restDaysText(value);
        it.value()->setText(value.isEmpty() ? tr("<i>not set</i>") : value.toHtmlEscaped());
        it.value()->setTextFormat(Qt::RichText);
    }
}

void SettingsPage::editOfficeSettings()
{
    OfficeSettingsDialog dialog(m_db, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshOffice();
    emit officeSettingsChanged();
}

void SettingsPage::applyLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code == Language::current())
        return;
    Language::apply(code);
    Language::setPreferred(code);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_officeBox->setTitle(tr("Office"));
    for (auto it = m_officeLabels.cbegin(); it != m_officeLabels.cend(); ++it)
        it.value()->setText(tr("%1:").arg(OfficeSettings::label(it.key())));
    m_editOffice->setText(tr("&Edit office settings…"));
    applyPermissions();
    refreshOffice();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // `motcua settings set` or another counter may have changed them.
    refreshOffice();
    QWidget::showEvent(event);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua
