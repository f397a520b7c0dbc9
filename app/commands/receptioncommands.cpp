#include "commands/commands.h"

#include "db/database.h"
#include "db/maintenance.h"
#include "domain/officesettings.h"
#include "store/dossierimport.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QFile>
#include <QStringDecoder>

namespace motcua::Commands {

namespace {

Actor headlessActor()
{
    return Actor::systemAccount(CommandContext::operatingSystemUser());
}

// The one CSV file named on the command line, as strict UTF-8 (spreadsheets may save CSV in a
// legacy code page: refused rather than imported as mojibake), and the database to import into.
bool prepareImport(CommandContext &context, QString *text, Database **database)
{
    if (context.arguments().size() != 1) {
        context.usageError(QCoreApplication::translate("Commands", "Name one CSV file."));
        return false;
    }
    const QString path = context.arguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.error(QCoreApplication::translate("Commands", "Cannot read %1: %2")
                          .arg(path, file.errorString()));
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder(file.readAll());
    if (decoder.hasError()) {
        context.error(QCoreApplication::translate("Commands",
                                                  "%1 is not UTF-8 text: save it as \"CSV UTF-8\".")
                          .arg(path));
        return false;
    }
    *database = context.database();
    if (!*database)
        return false;
    // A damaged file must not take hundreds of rows more: they could not be backed up.
    if (const QString damage = Maintenance(**database).damage(); !damage.isEmpty()) {
        context.error(damage);
        return false;
    }
    return true;
}

int importFailed(CommandContext &context, const QStringList &errors)
{
    for (const QString &error : errors)
        context.err() << error << '\n';
    context.err() << QCoreApplication::translate("Commands", "Nothing was imported.") << Qt::endl;
    return ExitError;
}

int settings(CommandContext &context)
{
    const QStringList &args = context.arguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1) {
        Database *database = context.existingDatabase();
        if (!database)
            return ExitError;
        const QMap<QString, QString> values
            = OfficeSettings::withDefaults(SettingsStore(database->connection()).all());
        for (const OfficeSettings::Spec &spec : OfficeSettings::all())
            context.out() << spec.key << '\t' << values.value(spec.key) << '\t'
                          << OfficeSettings::label(spec.key) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("set") && args.size() == 3) {
        const QString key = args.at(1);
        QString normalized;
        QString error;
        // Validate before opening: a wrong value must not even create the file.
        if (!OfficeSettings::validate(key, args.at(2), &normalized, &error))
            return context.error(QStringLiteral("%1: %2").arg(key, error));
        Database *database = context.database();
        if (!database)
            return ExitError;
        if (!SettingsStore(database->connection())
                 .change(headlessActor(), {{key, normalized}}, &error))
            return context.error(error);
        context.out() << key << '\t' << normalized << '\n';
        return ExitOk;
    }
    return context.usageError(
        QCoreApplication::translate("Commands",
                                    "Use \"settings list\" or \"settings set KEY "
                                    "VALUE\"."));
}

int importProcedures(CommandContext &context)
{
    QString text;
    Database *database = nullptr;
    if (!prepareImport(context, &text, &database))
        return ExitError;
    const ProcedureStore::ImportResult result
        = ProcedureStore(database->connection()).importCsv(headlessActor(), text);
    if (!result.isOk())
        return importFailed(context, result.errors);
    context.out() << QCoreApplication::translate("Commands",
                                                 "Procedures imported: %1 new, %2 updated.")
                         .arg(result.created)
                         .arg(result.updated)
                  << '\n';
    return ExitOk;
}

int importDossiers(CommandContext &context)
{
    QString text;
    Database *database = nullptr;
    if (!prepareImport(context, &text, &database))
        return ExitError;
    const DossierImport::Result result
        = DossierImport(database->connection()).run(headlessActor(), text);
    if (!result.isOk())
        return importFailed(context, result.errors);
    for (const Dossier &dossier : result.dossiers)
        context.out() << dossier.code << '\n';
    return ExitOk;
}

} // namespace

QList<CommandSpec> receptionCommands()
{
    return {
        {QStringLiteral("settings"),
         QT_TRANSLATE_NOOP("Commands",
                           "List the office's settings, or set one (validated as in the settings "
                           "dialog)."),
         QT_TRANSLATE_NOOP("Commands", "list | set KEY VALUE"), nullptr, settings, false},
        {QStringLiteral("import-procedures"),
         QT_TRANSLATE_NOOP("Commands",
                           "Import the procedure catalogue from CSV "
                           "(code,name,field,level,duration,unit,cutoff,fee,office,documents); all "
                           "rows or none."),
         QT_TRANSLATE_NOOP("Commands", "FILE.csv"), nullptr, importProcedures, false},
        {QStringLiteral("import-dossiers"),
         QT_TRANSLATE_NOOP("Commands",
                           "Register dossiers that arrived online or by post from CSV; prints each "
                           "new dossier code; all rows or none."),
         QT_TRANSLATE_NOOP("Commands", "FILE.csv"), nullptr, importDossiers, false},
    };
}

} // namespace motcua::Commands
