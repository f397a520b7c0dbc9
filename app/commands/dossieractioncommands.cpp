#include "commands/dossieractioncommands.h"

#include "db/database.h"
#include "domain/cliparse.h"
#include "domain/clock.h"
#include "store/dossierlifecycle.h"
#include "store/dossierstore.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace motcua::Commands {

namespace {

const QString noteOption = QStringLiteral("note");
const QString atOption = QStringLiteral("at");
const QString stdinOption = QStringLiteral("stdin");

// The fields of every action, each option once (several actions share "reason", "office" …).
QList<ActionField> allFields()
{
    QList<ActionField> fields;
    for (const ActionSpec &spec : DossierActions::all()) {
        for (const ActionField &field : spec.fields) {
            if (std::none_of(fields.cbegin(), fields.cend(), [&](const ActionField &known) {
                    return qstrcmp(known.option, field.option) == 0;
                }))
                fields.append(field);
        }
    }
    return fields;
}

QString valueName(const ActionField &field)
{
    switch (field.kind) {
    case ActionFieldKind::Time:
        return QStringLiteral("YYYY-MM-DDTHH:MM");
    case ActionFieldKind::Flag:
        return QStringLiteral("yes|no");
    case ActionFieldKind::Choice:
        return field.key == DossierFlow::FieldMethod ? QStringLiteral("counter|post")
                                                     : QStringLiteral("applicant|authorised");
    default:
        return QStringLiteral("TEXT");
    }
}

// What the options state, as (field, text) pairs, checked once for all dossiers.
bool statedFields(CommandContext &context, const ActionSpec &spec,
                  QList<std::pair<QString, QString>> *stated, QString *error)
{
    const QCommandLineParser &parser = context.parser();
    for (const ActionField &field : allFields()) {
        const QString option = QString::fromLatin1(field.option);
        if (!parser.isSet(option))
            continue;
        const auto of
            = std::find_if(spec.fields.cbegin(), spec.fields.cend(), [&](const ActionField &own) {
                  return qstrcmp(own.option, field.option) == 0;
              });
        if (of == spec.fields.cend()) {
            *error = QCoreApplication::translate("Commands", "--%1 does not apply to \"%2\".")
                         .arg(option, QString::fromLatin1(spec.key));
            return false;
        }
        // A list may be given as repeated options; anything else once.
        const QStringList values = parser.values(option);
        if (field.kind != ActionFieldKind::List && values.size() > 1) {
            *error = QCoreApplication::translate("Commands", "--%1 is given more than once.")
                         .arg(option);
            return false;
        }
        const QString text = values.join(QLatin1Char('\n'));
        ActionInput probe;
        if (!DossierFlow::setFieldText(probe, QString::fromLatin1(field.key), text)) {
            *error = QCoreApplication::translate("Commands", "--%1: \"%2\" is not %3.")
                         .arg(option, text, valueName(field));
            return false;
        }
        stated->append({QString::fromLatin1(field.key), text});
    }
    return true;
}

// The codes of --stdin, one a line; blank lines are skipped.
QList<std::pair<int, QString>> codesFromStdin()
{
    QList<std::pair<int, QString>> codes;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return codes;
    int line = 0;
    while (!in.atEnd()) {
        ++line;
        const QString code = QString::fromUtf8(in.readLine()).trimmed();
        if (!code.isEmpty())
            codes.append({line, code});
    }
    return codes;
}

} // namespace

void addActionOptions(QCommandLineParser &parser)
{
    for (const ActionField &field : allFields()) {
        QString description = QCoreApplication::translate("motcua::ActionDialog", field.label);
        description.remove(QLatin1Char('&'));
        if (description.endsWith(QLatin1Char(':')))
            description.chop(1);
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(field.option), description, valueName(field)));
    }
    parser.addOption(QCommandLineOption(
        noteOption, QCoreApplication::translate("Commands", "A note about the step."),
        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        atOption,
        QCoreApplication::translate("Commands", "When it happened, office time (default: now)."),
        QStringLiteral("YYYY-MM-DDTHH:MM")));
    parser.addOption(QCommandLineOption(
        stdinOption,
        QCoreApplication::translate("Commands",
                                    "Read the dossier codes from standard input, one a line, and "
                                    "apply the action to all of them at once, or to none.")));
}

int runAction(CommandContext &context, const ActionSpec &spec)
{
    const QCommandLineParser &parser = context.parser();
    const bool batch = parser.isSet(stdinOption);
    const QStringList &args = context.arguments();
    if (args.size() != (batch ? 1 : 2))
        return context.usageError(
            batch ? QCoreApplication::translate("Commands",
                                                "With --stdin the codes come from standard "
                                                "input: \"dossier %1 --stdin\".")
                        .arg(QString::fromLatin1(spec.key))
                  : QCoreApplication::translate("Commands", "Use \"dossier %1 CODE\".")
                        .arg(QString::fromLatin1(spec.key)));

    QList<std::pair<QString, QString>> stated;
    QString error;
    if (!statedFields(context, spec, &stated, &error))
        return context.usageError(error);
    std::optional<QDateTime> at;
    if (parser.isSet(atOption)) {
        at = CliParse::dateTime(parser.value(atOption), Clock::officeZone(), &error);
        if (!at)
            return context.usageError(QStringLiteral("--at: ") + error);
    }

    const QList<std::pair<int, QString>> codes
        = batch ? codesFromStdin() : QList<std::pair<int, QString>> {{0, args.at(1)}};
    if (codes.isEmpty())
        return context.error(
            QCoreApplication::translate("Commands", "No dossier codes on standard input."));
    // The dossiers must exist: a mistyped path or an empty file is refused, never created.
    Database *database = context.databaseWithRecords();
    if (!database)
        return ExitError;
    DossierStore store(database->connection());
    const auto where = [batch](int line) {
        return batch ? QCoreApplication::translate("Commands", "line %1: ").arg(line) : QString();
    };
    QList<qint64> ids;
    QHash<QString, int> lines; // code → its line, for the refusals
    bool unknown = false;
    for (const auto &[line, code] : codes) {
        const std::optional<Dossier> dossier = store.findByCode(code);
        if (!dossier) {
            context.err()
                << where(line)
                << QCoreApplication::translate("Commands", "No dossier has the code %1.").arg(code)
                << Qt::endl;
            unknown = true;
            continue;
        }
        ids.append(dossier->id);
        lines.insert(dossier->code, line);
    }
    if (unknown)
        return ExitError;

    // As in the dialog: the action's defaults, then what was stated.
    const Actor actor = Actor::systemAccount(CommandContext::operatingSystemUser());
    DossierLifecycle lifecycle(database->connection());
    const auto inputFor = [&](const Dossier &dossier) {
        ActionInput input = lifecycle.defaults(actor, dossier, spec.action);
        for (const auto &[field, text] : stated)
            DossierFlow::setFieldText(input, field, text);
        input.note = parser.value(noteOption);
        if (at)
            input.occurredAt = *at;
        return input;
    };
    QList<FieldError> errors;
    const QList<Dossier> done = lifecycle.applyAll(actor, spec.action, ids, inputFor, &errors);
    if (!errors.isEmpty()) {
        for (const FieldError &problem : std::as_const(errors)) {
            // A problem of one dossier starts with its code (DossierLifecycle::applyAll()).
            const QString code = problem.message.section(QLatin1Char(':'), 0, 0);
            const QString option
                = problem.field.isEmpty() || problem.field == DossierFlow::FieldTime
                ? QString()
                : QStringLiteral("--%1: ").arg(optionOf(problem.field));
            context.err() << (lines.contains(code) ? where(lines.value(code)) : QString()) << option
                          << problem.message << Qt::endl;
        }
        return ExitError;
    }
    for (const Dossier &dossier : done)
        context.out() << dossier.code << '\t' << Dossiers::statusKey(dossier.status) << '\n';
    return ExitOk;
}

QString optionOf(const QString &field)
{
    for (const ActionField &known : allFields()) {
        if (field == QLatin1String(known.key))
            return QString::fromLatin1(known.option);
    }
    return field;
}

} // namespace motcua::Commands
