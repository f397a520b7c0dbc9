#pragma once

#include "commandline.h"

namespace motcua::Commands {

// Every subcommand, in the order `motcua --help` lists them.
QList<CommandSpec> all();

// One function per group of commands, each in its own file.
QList<CommandSpec> databaseCommands();
QList<CommandSpec> receptionCommands();
QList<CommandSpec> calendarCommands();
QList<CommandSpec> printCommands();
QList<CommandSpec> userCommands();
QList<CommandSpec> backupCommands();
QList<CommandSpec> dossierCommands();
QList<CommandSpec> reportCommands();

// `print register`: the register of a period, as one subcommand of `print`.
void registerOptions(QCommandLineParser &parser);
int printRegister(CommandContext &context);

} // namespace motcua::Commands
