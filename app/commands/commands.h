#pragma once

#include "commandline.h"

namespace motcua::Commands {

// Every subcommand, in the order `motcua --help` lists them.
QList<CommandSpec> all();

// One function per group of commands, each in its own file.
QList<CommandSpec> databaseCommands();
QList<CommandSpec> receptionCommands();
QList<CommandSpec> reportCommands();

} // namespace motcua::Commands
