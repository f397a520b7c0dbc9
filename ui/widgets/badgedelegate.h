#pragma once

#include <QStyledItemDelegate>

namespace motcua {

// Draws a count as a rounded badge at the right of a list item (the worklists' live counts).
// The count is the item's BadgeRole data (none drawn when absent), its colour BadgeColorRole.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { BadgeRole = Qt::UserRole + 10, BadgeColorRole };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace motcua
