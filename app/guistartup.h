#pragma once

#include "domain/actor.h"

#include <QString>

class QWidget;

namespace motcua {
class Database;
} // namespace motcua

namespace motcua::GuiStartup {

// The start of the window, step by step: open the database (a dialog explains any
// refusal), create the administrator on the first start, sign in, set up the office if it is
// not yet, the daily backup, then the main window for the signed-in person. Nothing is shown
// before someone is signed in.
int run(const QString &databasePath, bool languageFromCommandLine);

// The steps, in order. Each returns false when the person gave up (closed the dialog).
// openDatabase asks for a server's password when the server refuses to go on without one
// (*cancelled turns true when the person gives up there); a refusal is shown, with a way to
// open another database instead.
bool openDatabase(Database &database, const QString &path, bool *cancelled = nullptr);
// On a database nobody has used yet, offers to make it a training database filled with demo
// dossiers instead of the office's real one.
bool offerTrainingDatabase(Database &database);
// When no account exists, asks for the administrator's account and signs them in (*actor).
bool ensureAdministrator(Database &database, Actor *actor);
// The sign-in dialog, unless *actor is already signed in.
bool signIn(Database &database, Actor *actor);
// When a required office setting is missing (the first start), asks for them in the office
// settings dialog, on behalf of `actor` (who must be allowed to edit settings). True when the
// office is set up; false when the user chose to quit instead: the application must not go on.
bool ensureOfficeIsSetUp(Database &database, const Actor &actor, QWidget *parent = nullptr);
// The first start of each day leaves a backup; a failure is shown but does not stop the day.
// When the backup finds the database damaged, warns and offers to restore the latest sound
// backup; false when it was restored (the program then ends, to start afresh).
bool automaticBackup(Database &database, const Actor &actor);

} // namespace motcua::GuiStartup
