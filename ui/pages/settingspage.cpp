#include "pages/settingspage.h"

#include "domain/language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace motcua {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch();
    retranslate();
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
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua
