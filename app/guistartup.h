#pragma once

#include <QString>

namespace motcua::GuiStartup {

// Opens the database (a dialog explains any refusal) and shows the main window.
int run(const QString &databasePath, bool languageFromCommandLine);

} // namespace motcua::GuiStartup
