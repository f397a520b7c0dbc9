#pragma once

#include "domain/workcalendar.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AnnouncementDialog;
}

namespace motcua {

// Adds or edits one announcement of the working calendar: date, kind, name, legal reference.
// "Save" hands the values to the save handler; the dialog closes only when it succeeds, and
// shows its message otherwise, so nothing typed is lost.
class AnnouncementDialog final : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<bool(const CalendarOverride &, QString *error)>;

    explicit AnnouncementDialog(QWidget *parent = nullptr);
    ~AnnouncementDialog() override;

    void setAnnouncement(const CalendarOverride &announcement, bool isNew);
    CalendarOverride announcement() const;
    // What each date already is, shown beside the date (the calendar is copied).
    void setCalendar(const WorkCalendar &calendar);
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDayInfo();

    std::unique_ptr<Ui::AnnouncementDialog> m_ui;
    WorkCalendar m_calendar;
    SaveHandler m_save;
    bool m_isNew = true;
};

} // namespace motcua
