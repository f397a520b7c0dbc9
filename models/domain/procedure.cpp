#include "domain/procedure.h"

#include "domain/dossier.h"
#include "domain/handover.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace motcua::Procedures {

namespace {

const QString documentSeparator = QStringLiteral(" | ");

bool checkText(const QString &value, const QString &label, int maxLength, bool required,
               QStringList *errors)
{
    if (Text::hasControlCharacters(value)) {
        errors->append(
            QCoreApplication::translate("Procedures", "%1: control characters are not allowed.")
                .arg(label));
        return false;
    }
    if (required && value.isEmpty()) {
        errors->append(QCoreApplication::translate("Procedures", "%1 is required.").arg(label));
        return false;
    }
    if (value.size() > maxLength) {
        errors->append(QCoreApplication::translate("Procedures", "%1 is longer than %2 characters.")
                           .arg(label)
                           .arg(maxLength));
        return false;
    }
    return true;
}

} // namespace

QStringList validate(Procedure &procedure)
{
    QStringList errors;
    procedure.code = procedure.code.trimmed();
    procedure.name = Text::normalized(procedure.name);
    procedure.field = Text::normalized(procedure.field);
    procedure.level = Text::normalized(procedure.level);
    procedure.decidingOffice = Text::normalized(procedure.decidingOffice);
    procedure.fee = Text::normalized(procedure.fee);

    static const QRegularExpression codePattern(
        QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.\\-_]{0,39}$"));
    if (procedure.code.isEmpty())
        errors.append(QCoreApplication::translate(
            "Procedures",
            "The procedure code is required: letters, digits, dots, dashes (e.g. 1.001193)."));
    else if (!codePattern.match(procedure.code).hasMatch())
        errors.append(QCoreApplication::translate(
            "Procedures",
            "A procedure code may contain only the letters A–Z and a–z, digits, dots, dashes and "
            "underscores (at most 40, the first a letter or digit), e.g. 1.001193."));
    checkText(procedure.name, QCoreApplication::translate("Procedures", "The procedure name"), 1000,
              true, &errors);
    checkText(procedure.field, QCoreApplication::translate("Procedures", "The field"), 300, true,
              &errors);
    checkText(procedure.level, QCoreApplication::translate("Procedures", "The level"), 100, false,
              &errors);
    checkText(procedure.decidingOffice,
              QCoreApplication::translate("Procedures", "The deciding office"), 300, false,
              &errors);
    checkText(procedure.fee, QCoreApplication::translate("Procedures", "The fee"), 4000, false,
              &errors);

    const double amount = procedure.rule.amount;
    switch (procedure.rule.unit) {
    case DeadlineRule::Unit::Days:
        if (!std::isfinite(amount) || amount <= 0 || amount > 730)
            errors.append(QCoreApplication::translate(
                "Procedures", "The duration in working days must be more than 0 and at most 730."));
        break;
    case DeadlineRule::Unit::Hours:
        if (!std::isfinite(amount) || amount <= 0 || amount > 5840)
            errors.append(QCoreApplication::translate(
                "Procedures",
                "The duration in working hours must be more than 0 and at most 5840."));
        break;
    case DeadlineRule::Unit::SameDay:
        procedure.rule.amount = 0;
        break;
    }

    if (!procedure.stepBudgets.isNull()) {
        procedure.stepBudgets = procedure.stepBudgets.trimmed();
        StepBudgets budgets;
        QString reason;
        if (!StepBudgets::parse(procedure.stepBudgets, &budgets, &reason))
            errors.append(reason);
    }

    for (RequiredDocument &document : procedure.documents) {
        document.name = Text::normalized(document.name);
        checkText(document.name, QCoreApplication::translate("Procedures", "A document name"),
                  10000, true, &errors);
        if (document.originals < 0 || document.copies < 0 || document.originals > 99
            || document.copies > 99)
            errors.append(QCoreApplication::translate(
                "Procedures", "The number of originals and copies of a document is from 0 to 99."));
    }
    return errors;
}

QString documentText(const RequiredDocument &document)
{
    if (document.originals == 0 && document.copies == 0)
        return document.name;
    QStringList parts;
    if (document.originals > 0)
        parts.append(QStringLiteral("%1 bản chính").arg(document.originals));
    if (document.copies > 0)
        parts.append(QStringLiteral("%1 bản sao").arg(document.copies));
    return QStringLiteral("%1 (%2)").arg(document.name, parts.join(QStringLiteral(", ")));
}

RequiredDocument parseDocument(const QString &text)
{
    // The quantity suffix as the national portal writes it: "(1 bản chính)",
    // "(0 bản chính,1 bản sao)", "(2 bản sao)".
    static const QRegularExpression suffix(
        QStringLiteral("\\s*\\((?:(\\d+)\\s*bản chính)?\\s*,?\\s*(?:(\\d+)\\s*bản sao)?\\)\\s*$"));
    RequiredDocument document;
    const QString normalized = Text::normalized(text);
    const QRegularExpressionMatch match = suffix.match(normalized);
    if (match.hasMatch() && (match.hasCaptured(1) || match.hasCaptured(2))) {
        document.name = normalized.left(match.capturedStart()).trimmed();
        document.originals = match.captured(1).toInt();
        document.copies = match.captured(2).toInt();
    } else {
        document.name = normalized;
    }
    return document;
}

QStringList csvHeader()
{
    return {QStringLiteral("code"),     QStringLiteral("name"),     QStringLiteral("field"),
            QStringLiteral("level"),    QStringLiteral("duration"), QStringLiteral("unit"),
            QStringLiteral("cutoff"),   QStringLiteral("fee"),      QStringLiteral("office"),
            QStringLiteral("documents")};
}

QStringList csvExportHeader()
{
    return csvHeader() << QStringLiteral("step_budgets");
}

QStringList csvFields(const Procedure &procedure)
{
    QStringList documents;
    for (const RequiredDocument &document : procedure.documents)
        documents.append(documentText(document));
    return {procedure.code,
            procedure.name,
            procedure.field,
            procedure.level,
            procedure.rule.unit == DeadlineRule::Unit::SameDay
                ? QStringLiteral("0")
                : QString::number(procedure.rule.amount, 'g', 10),
            Dossiers::unitKey(procedure.rule.unit),
            procedure.rule.cutoff ? QStringLiteral("1") : QStringLiteral("0"),
            procedure.fee,
            procedure.decidingOffice,
            documents.join(documentSeparator),
            procedure.stepBudgets.isNull() ? QStringLiteral("") : procedure.stepBudgets};
}

bool fromCsv(const CsvTable &table, const CsvTable::Row &row, Procedure *procedure,
             QStringList *errors)
{
    QStringList problems;
    Procedure parsed;
    parsed.code = table.value(row, QStringLiteral("code"));
    parsed.name = table.value(row, QStringLiteral("name"));
    parsed.field = table.value(row, QStringLiteral("field"));
    parsed.level = table.value(row, QStringLiteral("level"));
    parsed.fee = table.value(row, QStringLiteral("fee"));
    parsed.decidingOffice = table.value(row, QStringLiteral("office"));

    const QString unit = table.value(row, QStringLiteral("unit")).trimmed();
    if (!Dossiers::unitFromKey(unit, &parsed.rule.unit))
        problems.append(QCoreApplication::translate(
                            "Procedures", "unit \"%1\" is not one of days, hours, same-day.")
                            .arg(unit));
    const QString duration = table.value(row, QStringLiteral("duration")).trimmed();
    bool ok = false;
    parsed.rule.amount = duration.toDouble(&ok);
    if (!ok && parsed.rule.unit != DeadlineRule::Unit::SameDay)
        problems.append(
            QCoreApplication::translate(
                "Procedures", "duration \"%1\" is not a number (use a dot for fractions: 0.5).")
                .arg(duration));
    const QString cutoff = table.value(row, QStringLiteral("cutoff")).trimmed();
    if (cutoff != QLatin1String("0") && cutoff != QLatin1String("1"))
        problems.append(
            QCoreApplication::translate("Procedures", "cutoff must be 0 or 1, not \"%1\".")
                .arg(cutoff));
    parsed.rule.cutoff = cutoff == QLatin1String("1");

    if (table.header().contains(QStringLiteral("step_budgets")))
        parsed.stepBudgets = table.value(row, QStringLiteral("step_budgets")) + QStringLiteral("");

    const QString documents = table.value(row, QStringLiteral("documents"));
    for (const QString &part : documents.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parsed.documents.append(parseDocument(part));
    }

    if (problems.isEmpty())
        problems = validate(parsed);
    for (const QString &problem : problems)
        errors->append(
            QCoreApplication::translate("Procedures", "Line %1: %2").arg(row.line).arg(problem));
    if (!problems.isEmpty())
        return false;
    *procedure = parsed;
    return true;
}

namespace {
struct Level
{
    const char *stored;
    const char *label;
};
const Level levels[] = {
    {"Cấp xã", QT_TRANSLATE_NOOP("Procedures", "Commune level")},
    {"Cấp huyện", QT_TRANSLATE_NOOP("Procedures", "District level")},
    {"Cấp tỉnh", QT_TRANSLATE_NOOP("Procedures", "Provincial level")},
    {"Cấp bộ", QT_TRANSLATE_NOOP("Procedures", "Ministry level")},
    {"Cấp trung ương", QT_TRANSLATE_NOOP("Procedures", "Central level")},
};
} // namespace

QString levelLabel(const QString &stored)
{
    for (const Level &level : levels) {
        if (stored.compare(QString::fromUtf8(level.stored), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Procedures", level.label);
    }
    return stored;
}

QString levelFromLabel(const QString &label)
{
    for (const Level &level : levels) {
        for (const QString &name :
             {QString::fromUtf8(level.stored), QString::fromLatin1(level.label),
              QCoreApplication::translate("Procedures", level.label)}) {
            if (label.compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(level.stored);
        }
    }
    return label;
}

} // namespace motcua::Procedures
