#include "widgets/yearview.h"

#include "domain/clock.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace motcua {

namespace {

constexpr int kWeeks = 6; // rows of a month grid: enough for any month starting on any day
constexpr int kMinimumCell = 14;
constexpr int kLegendRows = 1;
constexpr double kTitleRatio = 1.3; // month title height, in cells

} // namespace

YearView::YearView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearView::setCalendar(const WorkCalendar &calendar, int year)
{
    m_calendar = calendar;
    m_year = year;
    if (m_selected.isValid() && m_selected.year() != year) {
        // Keep the day and month when the year changes (29 February falls back to the 28th).
        const QDate moved(year, m_selected.month(),
                          qMin(m_selected.day(), QDate(year, m_selected.month(), 1).daysInMonth()));
        m_selected = moved;
        emit selectedDateChanged(m_selected);
    }
    update();
}

void YearView::setSelectedDate(const QDate &date)
{
    if (date == m_selected || (date.isValid() && date.year() != m_year))
        return;
    m_selected = date;
    update();
    emit selectedDateChanged(date);
}

YearView::DayStyle YearView::styleOf(const QDate &date) const
{
    const DayInfo day = m_calendar.day(date);
    if (day.working)
        return day.source == DayInfo::Source::Announcement ? DayStyle::WorkedRestDay
                                                           : DayStyle::Working;
    return day.source == DayInfo::Source::RestDay ? DayStyle::RestDay : DayStyle::DayOff;
}

QColor YearView::background(DayStyle style)
{
    switch (style) {
    case DayStyle::Working:
        return QColor(0xff, 0xff, 0xff);
    case DayStyle::RestDay:
        return QColor(0xe3, 0xe6, 0xea);
    case DayStyle::DayOff:
        return QColor(0xf6, 0xc9, 0xcc);
    case DayStyle::WorkedRestDay:
        return QColor(0xc7, 0xe9, 0xd3);
    }
    return {};
}

QColor YearView::foreground(DayStyle style)
{
    switch (style) {
    case DayStyle::Working:
        return QColor(0x21, 0x25, 0x29);
    case DayStyle::RestDay:
        return QColor(0x5c, 0x63, 0x6a);
    case DayStyle::DayOff:
        return QColor(0x9b, 0x11, 0x1e);
    case DayStyle::WorkedRestDay:
        return QColor(0x0f, 0x51, 0x32);
    }
    return {};
}

QString YearView::toolTipFor(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const DayInfo day = m_calendar.day(date);
    QStringList lines {QLocale().toString(date, QStringLiteral("dddd, dd/MM/yyyy"))};
    switch (styleOf(date)) {
    case DayStyle::Working:
        lines.append(tr("Working day"));
        break;
    case DayStyle::RestDay:
        lines.append(tr("Weekly rest day"));
        break;
    case DayStyle::DayOff:
        lines.append(tr("Day off: %1").arg(day.name));
        break;
    case DayStyle::WorkedRestDay:
        lines.append(day.name.isEmpty() ? tr("Working day by announcement")
                                        : tr("Working day by announcement: %1").arg(day.name));
        break;
    }
    if (!day.legalReference.isEmpty())
        lines.append(tr("Legal reference: %1").arg(day.legalReference));
    return lines.join(QLatin1Char('\n'));
}

void YearView::updateGeometryCache()
{
    // The month block is 7 cells wide and title + header + 6 weeks high; try each arrangement
    // of the twelve months and keep the one with the largest cells.
    const int legendHeight = fontMetrics().height() * kLegendRows + 12;
    Geometry best;
    for (const int columns : {2, 3, 4, 6}) {
        const int rows = 12 / columns;
        const int gapGuess = 12;
        const double byWidth = double(width() - gapGuess * (columns + 1)) / (7.0 * columns);
        const double byHeight = double(height() - legendHeight - gapGuess * (rows + 1))
            / ((kTitleRatio + 1 + kWeeks) * rows);
        const int cell = int(std::floor(qMin(byWidth, byHeight)));
        if (cell > best.cell) {
            best.cell = cell;
            best.columns = columns;
        }
    }
    best.cell = qMax(best.cell, kMinimumCell);
    best.gap = qMax(8, best.cell / 2);
    best.titleHeight = int(best.cell * kTitleRatio);
    const int rows = 12 / best.columns;
    const int blockWidth = 7 * best.cell;
    const int blockHeight = best.titleHeight + (1 + kWeeks) * best.cell;
    // Centre the grid horizontally.
    best.margin
        = qMax(best.gap, (width() - best.columns * blockWidth - (best.columns - 1) * best.gap) / 2);
    best.legendTop = best.gap + rows * blockHeight + (rows - 1) * best.gap + best.gap / 2;
    m_geometry = best;
}

QRect YearView::monthRect(int month) const
{
    const Geometry &g = m_geometry;
    const int index = month - 1;
    const int blockWidth = 7 * g.cell;
    const int blockHeight = g.titleHeight + (1 + kWeeks) * g.cell;
    return QRect(g.margin + (index % g.columns) * (blockWidth + g.gap),
                 g.gap + (index / g.columns) * (blockHeight + g.gap), blockWidth, blockHeight);
}

QRect YearView::dayRect(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year || m_geometry.cell == 0)
        return {};
    const QRect month = monthRect(date.month());
    const int offset = QDate(m_year, date.month(), 1).dayOfWeek() - 1; // Monday first
    const int slot = offset + date.day() - 1;
    const int c = m_geometry.cell;
    return QRect(month.left() + (slot % 7) * c,
                 month.top() + m_geometry.titleHeight + c + (slot / 7) * c, c, c);
}

QDate YearView::dateAt(const QPoint &position) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(position))
            continue;
        const QDate first(m_year, month, 1);
        for (QDate day = first; day.month() == month; day = day.addDays(1)) {
            if (dayRect(day).contains(position))
                return day;
        }
    }
    return {};
}

QSize YearView::sizeHint() const
{
    return sizeForCell(24);
}

QSize YearView::minimumSizeHint() const
{
    // The smallest readable day; a scroll area around the view shows it when space is short.
    return sizeForCell(kMinimumCell);
}

QSize YearView::sizeForCell(int cell) const
{
    // Six months a row, the widest arrangement: pages are wider than high.
    const int gap = qMax(8, cell / 2);
    return QSize(6 * 7 * cell + 7 * gap,
                 2 * int((kTitleRatio + 1 + kWeeks) * cell) + 3 * gap + fontMetrics().height()
                     + 12);
}

void YearView::resizeEvent(QResizeEvent *event)
{
    updateGeometryCache();
    QWidget::resizeEvent(event);
}

void YearView::paintEvent(QPaintEvent *)
{
    if (m_geometry.cell == 0)
        updateGeometryCache();
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QLocale locale;
    const int c = m_geometry.cell;
    const QDate today = Clock::local(Clock::now()).date();

    QFont dayFont = font();
    dayFont.setPixelSize(qMax(9, int(c * 0.42)));
    QFont titleFont = dayFont;
    titleFont.setBold(true);
    titleFont.setPixelSize(qMax(10, int(c * 0.5)));
    QFont headerFont = dayFont;
    headerFont.setPixelSize(qMax(8, int(c * 0.36)));

    for (int month = 1; month <= 12; ++month) {
        const QRect block = monthRect(month);
        painter.setFont(titleFont);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(block.left(), block.top(), block.width(), m_geometry.titleHeight),
                         Qt::AlignCenter, locale.standaloneMonthName(month));

        painter.setFont(headerFont);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const QRect header(block.left() + (weekday - 1) * c,
                               block.top() + m_geometry.titleHeight, c, c);
            const bool rest = m_calendar.rules().restDays.contains(Qt::DayOfWeek(weekday));
            painter.setPen(rest ? foreground(DayStyle::RestDay)
                                : palette().color(QPalette::WindowText));
            painter.drawText(header, Qt::AlignCenter,
                             locale.standaloneDayName(weekday, QLocale::NarrowFormat));
        }

        painter.setFont(dayFont);
        for (QDate day(m_year, month, 1); day.isValid() && day.month() == month;
             day = day.addDays(1)) {
            const QRect cellRect = dayRect(day);
            const DayStyle style = styleOf(day);
            const QRect inner = cellRect.adjusted(1, 1, -1, -1);
            painter.fillRect(inner, background(style));
            if (style == DayStyle::WorkedRestDay) {
                // A mark besides the colour, for those who do not tell red from green.
                painter.setPen(QPen(foreground(style), 2));
                painter.drawLine(inner.left() + 3, inner.bottom() - 2, inner.right() - 3,
                                 inner.bottom() - 2);
            }
            if (style == DayStyle::DayOff) {
                painter.setPen(QPen(foreground(style), 1));
                painter.drawRect(inner.adjusted(0, 0, -1, -1));
            }
            QFont numberFont = dayFont;
            numberFont.setBold(style == DayStyle::DayOff || style == DayStyle::WorkedRestDay);
            painter.setFont(numberFont);
            painter.setPen(foreground(style));
            painter.drawText(inner, Qt::AlignCenter, QString::number(day.day()));
            if (day == today) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
                painter.drawRect(inner.adjusted(1, 1, -2, -2));
            }
            if (day == m_selected) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2));
                painter.drawRect(cellRect.adjusted(1, 1, -2, -2));
            }
        }
    }
    paintLegend(painter);
}

void YearView::paintLegend(QPainter &painter) const
{
    const struct
    {
        DayStyle style;
        QString text;
    } entries[] = {
        {DayStyle::DayOff, tr("Holiday or day off")},
        {DayStyle::RestDay, tr("Weekly rest day")},
        {DayStyle::WorkedRestDay, tr("Working day by announcement")},
    };
    painter.setFont(font());
    const QFontMetrics metrics = fontMetrics();
    const int box = metrics.height() - 2;
    int x = m_geometry.margin;
    const int y = m_geometry.legendTop;
    for (const auto &entry : entries) {
        const QRect swatch(x, y, box, box);
        painter.fillRect(swatch, background(entry.style));
        painter.setPen(foreground(entry.style));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        const int textWidth = metrics.horizontalAdvance(entry.text);
        painter.drawText(QRect(x + box + 6, y - 1, textWidth + 2, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += box + 6 + textWidth + 24;
    }
}

bool YearView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(), toolTipFor(date), this, dayRect(date));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void YearView::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid())
        setSelectedDate(date);
    QWidget::mousePressEvent(event);
}

void YearView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid()) {
        setSelectedDate(date);
        emit dateActivated(date);
    }
}

void YearView::keyPressEvent(QKeyEvent *event)
{
    const QDate from = m_selected.isValid() ? m_selected : QDate(m_year, 1, 1);
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected.isValid())
            emit dateActivated(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    const QDate target = m_selected.isValid() ? from.addDays(step) : from;
    if (target.year() == m_year)
        setSelectedDate(target);
}

void YearView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    if (event->type() == QEvent::FontChange)
        updateGeometryCache();
    QWidget::changeEvent(event);
}

} // namespace motcua
