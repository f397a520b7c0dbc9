#include "pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    layout->addStretch();
}

void PlaceholderPage::setTitle(const QString &title)
{
    m_title->setText(title);
}

} // namespace motcua
