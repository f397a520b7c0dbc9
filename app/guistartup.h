#pragma once

#include <QString>

class QWidget;

namespace motcua {
class Database;
struct Actor;
} // namespace motcua

namespace motcua::GuiStartup {

// When a required office setting is missing (the first start), asks for them in the office
// settings dialog, on behalf of `actor` (who must be allowed to edit settings). True when the
// office is set up; false when the user chose to quit instead: the application must not go on.
bool ensureOfficeIsSetUp(Database &database, const Actor &actor, QWidget *parent = nullptr);

// Opens the database (a dialog explains any refusal) and shows the main window.
int run(const QString &databasePath, bool languageFromCommandLine);

} // namespace motcua::GuiStartup
