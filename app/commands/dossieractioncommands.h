#pragma once

#include "commandline.h"
#include "domain/dossieraction.h"

namespace motcua::Commands {

// `motcua dossier ACTION CODE [options]` and `… ACTION --stdin`: the lifecycle actions of the
// dossier window, headless. The options are the fields of DossierActions (their `option`),
// with --note, --at and --stdin; the same defaults, validation, permissions and events.
void addActionOptions(QCommandLineParser &parser);
int runAction(CommandContext &context, const ActionSpec &spec);
// The option of a field of the table ("collector.name" → "collector-name").
QString optionOf(const QString &field);

} // namespace motcua::Commands
