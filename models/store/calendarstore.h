#pragma once

#include "domain/actor.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTime>

#include <optional>

namespace motcua {

// The working calendar as the database defines it: the rules in the settings table and the
// yearly announcements in calendar_overrides.
//
// Every change of the announcements is one write transaction that also writes its event
// ("calendar-announcement-added", "-changed", "-removed", with the old and new values) and
// recomputes, in the same transaction, the deadlines of the open dossiers that the changed days
// can move (DeadlineService: each move is a "deadline-recomputed" event on its dossier).
// Administrators only (Permission::EditCalendar).
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(const QSqlDatabase &db);

    QList<CalendarOverride> overrides() const;
    QList<CalendarOverride> overrides(int year) const;
    std::optional<CalendarOverride> find(const QDate &date) const;
    CalendarRules rules() const;
    WorkCalendar calendar() const;
    QTime cutoffTime() const;

    // On success `recomputed` (optional) receives the number of open dossiers whose due time
    // moved; on failure nothing is written and `error` says why.
    bool add(const Actor &actor, CalendarOverride announcement, int *recomputed, QString *error);
    // Replaces the announcement of `date` (the date itself may change).
    bool edit(const Actor &actor, const QDate &date, CalendarOverride announcement, int *recomputed,
              QString *error);
    bool remove(const Actor &actor, const QDate &date, int *recomputed, QString *error);

    struct ImportResult
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int recomputed = 0;
        QStringList errors; // "Line N: …"; nothing was written when not empty
        bool isOk() const { return errors.isEmpty(); }
    };
    // CSV with the header date,kind,name,legal_reference (Announcements::csvHeader(); extra
    // columns allowed). Every row is validated first; a date already announced is replaced.
    // All rows or none, with the recompute, in one transaction.
    ImportResult importCsv(const Actor &actor, const QString &text);
    // The announcements of `year` (0: every year) as CSV, by date.
    QString exportCsv(int year = 0) const;

private:
    QList<CalendarOverride> select(const QString &where, const QVariantList &values) const;
    bool write(const std::optional<CalendarOverride> &before,
               const std::optional<CalendarOverride> &after, QString *error);
    bool logChange(const Actor &actor, const std::optional<CalendarOverride> &before,
                   const std::optional<CalendarOverride> &after, qint64 *eventId, QString *error);
    // The shared tail of add/edit/remove: write, log, recompute, commit.
    bool change(const Actor &actor, const std::optional<CalendarOverride> &before,
                const std::optional<CalendarOverride> &after, int *recomputed, QString *error);

    QSqlDatabase m_db;
};

} // namespace motcua
