#include "widgets/badgedelegate.h"

#include <QLocale>
#include <QPainter>

namespace motcua {

namespace {

QString badgeText(const QModelIndex &index)
{
    const QVariant value = index.data(BadgeDelegate::BadgeRole);
    return value.isValid() ? QLocale().toString(value.toLongLong()) : QString();
}

} // namespace

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QString text = badgeText(index);
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = qMax(metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
    const QRect badge(option.rect.right() - width - 6,
                      option.rect.center().y() - metrics.height() / 2 - 1, width,
                      metrics.height() + 2);
    QStyleOptionViewItem itemOption = option;
    itemOption.rect.setRight(badge.left() - 4);
    QStyledItemDelegate::paint(painter, itemOption, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = index.data(BadgeColorRole).value<QColor>();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color.isValid() ? color : QColor(0x75, 0x75, 0x75));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = badgeText(index);
    if (!text.isEmpty())
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(text) + 28;
    return size;
}

} // namespace motcua
