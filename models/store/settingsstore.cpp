#include "store/settingsstore.h"

#include "db/sqlvalue.h"
#include "db/transaction.h"
#include "domain/officesettings.h"
#include "store/eventlog.h"

#include <QJsonObject>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

SettingsStore::SettingsStore(const QSqlDatabase &db)
    : m_db(db)
{ }

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

QMap<QString, QString> SettingsStore::all() const
{
    QMap<QString, QString> values;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT key, value FROM settings"));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

bool SettingsStore::setValue(const QString &key, const QString &value, QString *error)
{
    WriteTransaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(Sql::text(value));
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        if (error)
            *error = tr("Cannot save the setting %1: %2")
                         .arg(key,
                              transaction.errorText().isEmpty() ? query.lastError().text()
                                                                : transaction.errorText());
        return false;
    }
    return true;
}

bool SettingsStore::change(const Actor &actor, const QMap<QString, QString> &values, QString *error)
{
    if (!actor.can(Permission::EditSettings)) {
        *error = Roles::deniedMessage(Permission::EditSettings);
        return false;
    }
    QMap<QString, QString> normalized;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString value;
        QString reason;
        if (!OfficeSettings::validate(it.key(), it.value(), &value, &reason)) {
            *error = tr("%1: %2").arg(OfficeSettings::label(it.key()), reason);
            return false;
        }
        normalized.insert(it.key(), value);
    }

    const QMap<QString, QString> before = all();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save the settings: %1").arg(transaction.errorText());
        return false;
    }
    QJsonObject changes;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (auto it = normalized.cbegin(); it != normalized.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        query.addBindValue(it.key());
        query.addBindValue(Sql::text(it.value()));
        if (!query.exec()) {
            *error = tr("Cannot save the settings: %1").arg(query.lastError().text());
            return false;
        }
        changes.insert(it.key(),
                       QJsonObject {{QStringLiteral("old"), before.value(it.key())},
                                    {QStringLiteral("new"), it.value()}});
    }
    if (changes.isEmpty())
        return true;
    EventRecord event;
    event.kind = QStringLiteral("settings-changed");
    event.details = changes;
    if (!EventLog(m_db).append(actor, event, error) || !transaction.commit()) {
        if (error->isEmpty())
            *error = tr("Cannot save the settings: %1").arg(transaction.errorText());
        return false;
    }
    return true;
}

} // namespace motcua
