#include "commands/commands.h"

namespace motcua::Commands {

QList<CommandSpec> all()
{
    QList<CommandSpec> commands;
    commands += databaseCommands();
    commands += receptionCommands();
    commands += calendarCommands();
    commands += printCommands();
    commands += userCommands();
    commands += backupCommands();
    commands += dossierCommands();
    commands += reportCommands();
    commands += migrateCommands();
    return commands;
}

} // namespace motcua::Commands
