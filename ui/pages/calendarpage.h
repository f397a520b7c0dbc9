#pragma once

#include "domain/actor.h"
#include "domain/workcalendar.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace motcua {

class AnnouncementModel;
class YearView;

// The working calendar (admin): a year of month grids with the days off and the days worked
// by announcement, the year's announcements in a table with Add / Edit / Remove, and CSV import
// and export. Every change recomputes the open dossiers' deadlines (CalendarStore) and says how
// many moved.
//
// Read-only until setActor() gives an actor with Permission::EditCalendar (the store checks it
// again). Keyboard: PgUp/PgDown change the year, Insert adds, Enter edits, Del removes the
// selected announcement after confirmation.
class CalendarPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }
    bool isReadOnly() const { return !m_actor.can(Permission::EditCalendar); }

    int year() const;
    void setYear(int year);
    QString statusText() const;

public slots:
    void reload();
    void addAnnouncement(const QDate &date = {});
    void editSelected();
    void removeSelected();
    void importCsv();
    void exportCsv();

signals:
    // Announcements changed and open deadlines with them: lists showing deadlines refresh.
    void calendarChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void openDialog(const CalendarOverride &announcement, bool isNew);
    void selectDate(const QDate &date);
    QDate selectedAnnouncementDate() const;
    void activateDate(const QDate &date);
    void reportSaved(const QString &what, int recomputed);

    QSqlDatabase m_db;
    Actor m_actor;
    WorkCalendar m_calendar;

    QLabel *m_title = nullptr;
    QLabel *m_yearLabel = nullptr;
    QToolButton *m_previousYear = nullptr;
    QToolButton *m_nextYear = nullptr;
    QSpinBox *m_year = nullptr;
    YearView *m_view = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_table = nullptr;
    AnnouncementModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_readOnlyHint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace motcua
