#include "db/recentdatabases.h"

#include "db/location.h"

#include <QFileInfo>
#include <QSettings>

namespace motcua::RecentDatabases {

namespace {
const QString Key = QStringLiteral("database/recent");
} // namespace

QStringList list()
{
    QStringList result;
    for (const QString &entry : QSettings().value(Key).toStringList()) {
        // Written by hand or by an older version: what does not parse is not offered.
        if (DatabaseLocation::parse(entry).isValid() && !result.contains(entry))
            result.append(entry);
    }
    return result.mid(0, MaximumCount);
}

QString last()
{
    return list().value(0);
}

bool remember(const QString &location)
{
    const DatabaseLocation parsed = DatabaseLocation::parse(location);
    if (!parsed.isValid())
        return false;
    const QString entry
        = parsed.isServer() ? parsed.text() : QFileInfo(parsed.filePath()).absoluteFilePath();
    QStringList entries = list();
    entries.removeAll(entry);
    entries.prepend(entry);
    QSettings().setValue(Key, QStringList(entries.mid(0, MaximumCount)));
    return true;
}

} // namespace motcua::RecentDatabases
