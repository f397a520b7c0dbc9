#pragma once

#include "domain/csv.h"
#include "domain/deadline.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

struct RequiredDocument
{
    QString name;
    int originals = 0;
    int copies = 0;
};

// An administrative procedure of the catalogue (thủ tục hành chính).
struct Procedure
{
    qint64 id = 0;
    QString code; // national code, e.g. 1.001193
    QString name;
    QString field; // lĩnh vực
    QString level; // cấp thực hiện
    QString decidingOffice; // cơ quan giải quyết
    DeadlineRule rule;
    QString fee;
    bool active = true;
    QDate effectiveFrom;
    QList<RequiredDocument> documents;
    // Optional time budgets of the handover steps, JSON {"counter": 0.5, "office": 2.5} in
    // working days (StepBudgets). A null string leaves the stored budgets as they are.
    QString stepBudgets;
};

namespace Procedures {

// Translated messages for every invalid field; empty when valid. Trims and normalises.
QStringList validate(Procedure &procedure);

// "Tờ khai (1 bản chính, 1 bản sao)" and back: the quantity suffix is optional.
QString documentText(const RequiredDocument &document);
RequiredDocument parseDocument(const QString &text);

// CSV exchange: code,name,field,level,duration,unit,cutoff,fee,office,documents (required)
// and step_budgets (optional: absent, the stored budgets stay)
QStringList csvHeader();
QStringList csvExportHeader(); // csvHeader() plus step_budgets
QStringList csvFields(const Procedure &procedure);
// Reads one row; on failure appends "Line N: …" messages and returns false.
bool fromCsv(const CsvTable &table, const CsvTable::Row &row, Procedure *procedure,
             QStringList *errors);

// Levels are stored in Vietnamese, as the national catalogue names them ("Cấp xã"), and shown in
// the interface language; other text is shown and stored as typed.
QString levelLabel(const QString &stored);
QString levelFromLabel(const QString &label); // a label in either language, or a stored name

} // namespace Procedures
} // namespace motcua
