#pragma once

#include "domain/workcalendar.h"

#include <QDate>
#include <QWidget>

namespace motcua {

// Twelve month grids of one year, Monday first, each day coloured by what the working calendar
// makes of it, its name in a tooltip. Months are laid out in 2, 3, 4 or 6 columns, whichever
// gives the largest days in the space available. Keyboard: arrows move the selected day,
// Enter activates it.
class YearView final : public QWidget
{
    Q_OBJECT

public:
    enum class DayStyle {
        Working, // an ordinary working day
        RestDay, // a weekly rest day
        DayOff, // a holiday, compensatory or announced day off
        WorkedRestDay, // a rest day (or holiday) worked by announcement
    };
    Q_ENUM(DayStyle)

    explicit YearView(QWidget *parent = nullptr);

    // The calendar is copied (WorkCalendar must not be shared across owners).
    void setCalendar(const WorkCalendar &calendar, int year);
    int year() const { return m_year; }

    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate &date);

    DayStyle styleOf(const QDate &date) const;
    static QColor background(DayStyle style);
    static QColor foreground(DayStyle style);
    QString toolTipFor(const QDate &date) const;
    QRect dayRect(const QDate &date) const; // empty for a day outside the year
    QDate dateAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectedDateChanged(const QDate &date);
    void dateActivated(const QDate &date); // double-click or Enter

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        int cell = 0; // side of a day's square
        int columns = 4; // months per row
        int margin = 0;
        int gap = 0;
        int titleHeight = 0;
        int legendTop = 0;
    };
    void updateGeometryCache();
    QSize sizeForCell(int cell) const;
    QRect monthRect(int month) const;
    void paintLegend(QPainter &painter) const;

    WorkCalendar m_calendar;
    int m_year = 0;
    QDate m_selected;
    Geometry m_geometry;
};

} // namespace motcua
