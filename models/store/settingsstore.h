#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace motcua {

// The office's settings, stored in the database (shared by every counter using the file).
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(const QSqlDatabase &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    QMap<QString, QString> all() const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // An administrator's change of office settings (OfficeSettings keys): every value validated
    // first, then all written in one transaction with a "settings-changed" event; all or nothing.
    bool change(const Actor &actor, const QMap<QString, QString> &values, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
