#include "store/calendarstore.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/announcements.h"
#include "domain/csv.h"
#include "domain/officesettings.h"
#include "store/deadlineservice.h"
#include "store/eventlog.h"
#include "store/settingsstore.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString eventKind(const std::optional<CalendarOverride> &before,
                  const std::optional<CalendarOverride> &after)
{
    if (!before)
        return QStringLiteral("calendar-announcement-added");
    if (!after)
        return QStringLiteral("calendar-announcement-removed");
    return QStringLiteral("calendar-announcement-changed");
}

QString shownDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

CalendarStore::CalendarStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<CalendarOverride> CalendarStore::select(const QString &where,
                                              const QVariantList &values) const
{
    QList<CalendarOverride> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT day, kind, name, legal_reference FROM calendar_overrides ")
                  + where + QStringLiteral(" ORDER BY day"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    while (query.next()) {
        CalendarOverride item;
        item.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        Announcements::kindFromKey(query.value(1).toString(), &item.kind);
        item.name = query.value(2).toString();
        item.legalReference = query.value(3).toString();
        if (item.date.isValid())
            result.append(item);
    }
    return result;
}

QList<CalendarOverride> CalendarStore::overrides() const
{
    return select(QString(), {});
}

QList<CalendarOverride> CalendarStore::overrides(int year) const
{
    // ISO dates sort and compare as text.
    return select(QStringLiteral("WHERE day >= ? AND day < ?"),
                  {QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
                   QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0'))});
}

std::optional<CalendarOverride> CalendarStore::find(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    const QList<CalendarOverride> found
        = select(QStringLiteral("WHERE day = ?"), {date.toString(Qt::ISODate)});
    return found.isEmpty() ? std::nullopt : std::optional<CalendarOverride>(found.first());
}

CalendarRules CalendarStore::rules() const
{
    return OfficeSettings::calendarRules(SettingsStore(m_db).all());
}

WorkCalendar CalendarStore::calendar() const
{
    return WorkCalendar(rules(), overrides());
}

QTime CalendarStore::cutoffTime() const
{
    return OfficeSettings::cutoffTime(SettingsStore(m_db).all());
}

bool CalendarStore::write(const std::optional<CalendarOverride> &before,
                          const std::optional<CalendarOverride> &after, QString *error)
{
    QSqlQuery query(m_db);
    if (before && !after) {
        query.prepare(QStringLiteral("DELETE FROM calendar_overrides WHERE day = ?"));
        query.addBindValue(before->date.toString(Qt::ISODate));
    } else if (after) {
        query.prepare(before ? QStringLiteral("UPDATE calendar_overrides SET day = ?, kind = ?, "
                                              "name = ?, legal_reference = ? WHERE day = ?")
                             : QStringLiteral("INSERT INTO calendar_overrides (day, kind, name, "
                                              "legal_reference) VALUES (?, ?, ?, ?)"));
        query.addBindValue(after->date.toString(Qt::ISODate));
        query.addBindValue(Announcements::kindKey(after->kind));
        query.addBindValue(Sql::text(after->name));
        query.addBindValue(Sql::text(after->legalReference));
        if (before)
            query.addBindValue(before->date.toString(Qt::ISODate));
    } else {
        return true;
    }
    if (!query.exec()) {
        *error = tr("The calendar could not be saved: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool CalendarStore::logChange(const Actor &actor, const std::optional<CalendarOverride> &before,
                              const std::optional<CalendarOverride> &after, qint64 *eventId,
                              QString *error)
{
    EventRecord event;
    event.kind = eventKind(before, after);
    if (before)
        event.details.insert(QStringLiteral("old"), Announcements::toJson(*before));
    if (after)
        event.details.insert(QStringLiteral("new"), Announcements::toJson(*after));
    if (!EventLog(m_db).append(actor, event, error))
        return false;
    if (eventId)
        *eventId = event.id;
    return true;
}

bool CalendarStore::change(const Actor &actor, const std::optional<CalendarOverride> &before,
                           const std::optional<CalendarOverride> &after, int *recomputed,
                           QString *error)
{
    qint64 eventId = 0;
    if (!write(before, after, error) || !logChange(actor, before, after, &eventId, error))
        return false;
    QList<QDate> days;
    QJsonArray dates;
    for (const auto &announcement : {before, after}) {
        if (announcement && !days.contains(announcement->date)) {
            days.append(announcement->date);
            dates.append(announcement->date.toString(Qt::ISODate));
        }
    }
    QList<DeadlineService::Change> changes;
    const QJsonObject cause {{QStringLiteral("cause"), eventKind(before, after)},
                             {QStringLiteral("causeEvent"), eventId},
                             {QStringLiteral("dates"), dates}};
    if (!DeadlineService(m_db).recomputeOpen(actor, days, cause, &changes, error))
        return false;
    if (recomputed)
        *recomputed = int(changes.size());
    return true;
}

bool CalendarStore::add(const Actor &actor, CalendarOverride announcement, int *recomputed,
                        QString *error)
{
    return edit(actor, QDate(), std::move(announcement), recomputed, error);
}

bool CalendarStore::edit(const Actor &actor, const QDate &date, CalendarOverride announcement,
                         int *recomputed, QString *error)
{
    if (recomputed)
        *recomputed = 0;
    if (!actor.can(Permission::EditCalendar)) {
        *error = Roles::deniedMessage(Permission::EditCalendar);
        return false;
    }
    const QStringList problems = Announcements::validate(announcement);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("The calendar could not be saved: %1").arg(transaction.errorText());
        return false;
    }
    // Checked inside the transaction: another counter may have changed the table meanwhile.
    const std::optional<CalendarOverride> before = find(date);
    if (date.isValid() && !before) {
        *error = tr("There is no announcement on %1 any more.").arg(shownDate(date));
        return false;
    }
    if ((!before || before->date != announcement.date) && find(announcement.date)) {
        *error = tr("%1 already has an announcement: edit that one instead.")
                     .arg(shownDate(announcement.date));
        return false;
    }
    if (before && Announcements::sameContent(*before, announcement))
        return true; // nothing to write
    if (!change(actor, before, announcement, recomputed, error))
        return false;
    if (!transaction.commit()) {
        *error = tr("The calendar could not be saved: %1").arg(transaction.errorText());
        if (recomputed)
            *recomputed = 0;
        return false;
    }
    return true;
}

bool CalendarStore::remove(const Actor &actor, const QDate &date, int *recomputed, QString *error)
{
    if (recomputed)
        *recomputed = 0;
    if (!actor.can(Permission::EditCalendar)) {
        *error = Roles::deniedMessage(Permission::EditCalendar);
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("The calendar could not be saved: %1").arg(transaction.errorText());
        return false;
    }
    const std::optional<CalendarOverride> before = find(date);
    if (!before) {
        *error = tr("There is no announcement on %1 any more.").arg(shownDate(date));
        return false;
    }
    if (!change(actor, before, std::nullopt, recomputed, error))
        return false;
    if (!transaction.commit()) {
        *error = tr("The calendar could not be saved: %1").arg(transaction.errorText());
        if (recomputed)
            *recomputed = 0;
        return false;
    }
    return true;
}

CalendarStore::ImportResult CalendarStore::importCsv(const Actor &actor, const QString &text)
{
    ImportResult result;
    if (!actor.can(Permission::EditCalendar)) {
        result.errors.append(Roles::deniedMessage(Permission::EditCalendar));
        return result;
    }
    CsvTable table;
    QString error;
    if (!table.parse(text, Announcements::csvHeader(), &error)) {
        result.errors.append(error);
        return result;
    }

    QList<CalendarOverride> rows;
    QHash<QDate, int> lineOfDate;
    for (const CsvTable::Row &row : table.rows()) {
        CalendarOverride announcement;
        if (!Announcements::fromCsv(table, row, &announcement, &result.errors))
            continue;
        if (lineOfDate.contains(announcement.date)) {
            result.errors.append(tr("Line %1: the date %2 already appears on line %3.")
                                     .arg(row.line)
                                     .arg(announcement.date.toString(Qt::ISODate))
                                     .arg(lineOfDate.value(announcement.date)));
            continue;
        }
        lineOfDate.insert(announcement.date, row.line);
        rows.append(announcement);
    }
    if (rows.isEmpty() && result.errors.isEmpty())
        result.errors.append(tr("The file has no announcement rows."));
    if (!result.isOk())
        return result;

    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        result.errors.append(
            tr("The calendar could not be saved: %1").arg(transaction.errorText()));
        return result;
    }
    const auto fail = [&result](const QString &message) {
        result = ImportResult();
        result.errors.append(message);
        return result;
    };
    QList<QDate> days;
    QJsonArray dates;
    for (const CalendarOverride &announcement : std::as_const(rows)) {
        const std::optional<CalendarOverride> before = find(announcement.date);
        if (before && Announcements::sameContent(*before, announcement)) {
            ++result.unchanged;
            continue;
        }
        if (!write(before, announcement, &error)
            || !logChange(actor, before, announcement, nullptr, &error))
            return fail(tr("Line %1: %2").arg(lineOfDate.value(announcement.date)).arg(error));
        ++(before ? result.changed : result.added);
        days.append(announcement.date);
        dates.append(announcement.date.toString(Qt::ISODate));
    }

    EventRecord event;
    event.kind = QStringLiteral("calendar-imported");
    event.details = {{QStringLiteral("added"), result.added},
                     {QStringLiteral("changed"), result.changed},
                     {QStringLiteral("unchanged"), result.unchanged}};
    if (!EventLog(m_db).append(actor, event, &error))
        return fail(error);
    QList<DeadlineService::Change> changes;
    const QJsonObject cause {{QStringLiteral("cause"), event.kind},
                             {QStringLiteral("causeEvent"), event.id},
                             {QStringLiteral("dates"), dates}};
    if (!DeadlineService(m_db).recomputeOpen(actor, days, cause, &changes, &error))
        return fail(error);
    if (!transaction.commit())
        return fail(tr("The calendar could not be saved: %1").arg(transaction.errorText()));
    result.recomputed = int(changes.size());
    return result;
}

QString CalendarStore::exportCsv(int year) const
{
    QString text = CsvTable::line(Announcements::csvHeader());
    for (const CalendarOverride &announcement : year ? overrides(year) : overrides())
        text += CsvTable::line(Announcements::csvFields(announcement));
    return text;
}

} // namespace motcua
