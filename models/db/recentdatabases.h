#pragma once

#include <QString>
#include <QStringList>

namespace motcua::RecentDatabases {

// The databases opened last through File › Open database, newest first, in QSettings: file
// paths and postgresql:// URIs, which never hold a password (DatabaseLocation refuses one).
constexpr int MaximumCount = 5;

QStringList list();
// The newest of them, which the window opens at start when neither --database nor
// $MOTCUA_DATABASE names one; empty when none was chosen yet.
QString last();
// Puts `location` first (a file as its absolute path); false, and nothing stored, for a
// location that does not parse (a URI holding a password among them).
bool remember(const QString &location);

} // namespace motcua::RecentDatabases
