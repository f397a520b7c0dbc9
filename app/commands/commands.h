#pragma once

#include "commandline.h"
#include "print/slipdocument.h"

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
QList<CommandSpec> migrateCommands();

// Where `print` sends a document: a PDF file (--output) or a printer queue (--printer, with
// --copies).
struct PrintDestination
{
    QString output;
    QString printer;
    int copies = 1;
};
// --printer and --copies (--output is the register's option too).
void addPrinterOptions(QCommandLineParser &parser);
// Reads the destination; false with `*code` after a message: --printer with --output, no
// destination, --copies outside 1–99 or without --printer, a printer the system does not have.
bool parseDestination(CommandContext &context, PrintDestination *destination, int *code);
// Writes the PDF or prints on the queue.
bool deliver(const SlipDocument &document, const PrintDestination &destination, QString *error);

// `print register`: the register of a period, as one subcommand of `print`.
void registerOptions(QCommandLineParser &parser);
int printRegister(CommandContext &context);

} // namespace motcua::Commands
