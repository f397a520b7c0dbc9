#include "store/settingsstore.h"

#include "db/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

SettingsStore::SettingsStore(const QSqlDatabase &db)
    : m_db(db)
{
}

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
    query.addBindValue(value);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        if (error)
            *error = tr("Cannot save the setting %1: %2")
                         .arg(key, transaction.errorText().isEmpty() ? query.lastError().text()
                                                                     : transaction.errorText());
        return false;
    }
    return true;
}

} // namespace motcua
