#include "print/slips.h"

#include "domain/identity.h"

#include "domain/clock.h"
#include "domain/handover.h"
#include "domain/officesettings.h"
#include "print/qrcode.h"
#include "print/template.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace motcua {

ControlStep::Result ControlStep::judge(const QDateTime &done, const QDateTime &due)
{
    // One rule for every step of every control slip: the lifecycle's.
    switch (Handovers::judge(done, due, Clock::officeZone())) {
    case StepJudgement::None:
        return Result::NotJudged;
    case StepJudgement::Early:
        return Result::Early;
    case StepJudgement::OnTime:
        return Result::OnTime;
    case StepJudgement::Late:
        return Result::Late;
    }
    return Result::NotJudged;
}

ControlStep::Result ControlStep::effectiveResult() const
{
    return result != Result::NotJudged ? result : judge(handedAt, due);
}

namespace Slips {

namespace {

// Paper of the forms: slips on A5 portrait, lists on A4.
enum class Paper { A5Portrait, A4Portrait, A4Landscape };

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

TemplateValues dateParts(const QDate &date)
{
    TemplateValues values;
    values.set(QStringLiteral("day"), twoDigits(date.day()))
        .set(QStringLiteral("month"), twoDigits(date.month()))
        .set(QStringLiteral("year"), QString::number(date.year()));
    return values;
}

TemplateValues dateTimeParts(const QDateTime &instant)
{
    const QDateTime local = Clock::local(instant);
    TemplateValues values = dateParts(local.date());
    values.set(QStringLiteral("hour"), twoDigits(local.time().hour()))
        .set(QStringLiteral("minute"), twoDigits(local.time().minute()));
    return values;
}

// A time for {{#key}}{{>parts/datetime}}{{/key}}: an invalid one is an empty list, so that the
// template's {{^key}} prints a blank to fill in by hand.
void setInstant(TemplateValues &values, const QString &key, const QDateTime &instant)
{
    if (instant.isValid())
        values.setChild(key, dateTimeParts(instant));
    else
        values.setList(key, {});
}

void setDay(TemplateValues &values, const QString &key, const QDate &date)
{
    if (date.isValid())
        values.setChild(key, dateParts(date));
    else
        values.setList(key, {});
}

// Compact form for table cells: "26/11/2026 10:30".
QString shortDateTime(const QDateTime &instant)
{
    return instant.isValid() ? Clock::local(instant).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                             : QString();
}

QString amountText(double amount)
{
    // Vietnamese decimal comma: "0,5 ngày".
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amount, 'g', 6);
}

TemplateValues partyValues(const Party &party, ApplicantKind kind)
{
    TemplateValues values;
    values.set(QStringLiteral("name"), party.name)
        .set(QStringLiteral("id"), party.idNumber)
        .set(QStringLiteral("address"), party.address)
        .set(QStringLiteral("phone"), party.phone)
        .set(QStringLiteral("email"), party.email)
        .setFlag(QStringLiteral("organisation"), kind == ApplicantKind::Organisation);
    // "Bà"/"Ông" when the ID card says, "Ông (Bà)" only when it does not.
    const Identity::Sex sex = kind == ApplicantKind::Organisation ? Identity::Sex::Unknown
                                                                  : Identity::sexOf(party.idNumber);
    values.setFlag(QStringLiteral("female"), sex == Identity::Sex::Female)
        .setFlag(QStringLiteral("male"), sex == Identity::Sex::Male)
        .setFlag(QStringLiteral("sex_unknown"), sex == Identity::Sex::Unknown);
    return values;
}

// The values of the common header (office, number, place and date, reprint mark) and the
// office's other settings, shared by every slip.
TemplateValues commonValues(const QMap<QString, QString> &stored, const SlipIssue &issue,
                            const QDateTime &defaultIssuedAt, const QString &defaultNumber = {})
{
    const QMap<QString, QString> office = OfficeSettings::withDefaults(stored);
    const QDateTime issuedAt = issue.issuedAt.isValid() ? issue.issuedAt : defaultIssuedAt;
    TemplateValues values;
    values
        .set(QStringLiteral("office_parent_upper"),
             office.value(QStringLiteral("office.parent")).toUpper())
        .set(QStringLiteral("office_name"), office.value(QStringLiteral("office.name")))
        .set(QStringLiteral("office_address"), office.value(QStringLiteral("office.address")))
        .set(QStringLiteral("office_phone"),
             Identity::formatPhone(office.value(QStringLiteral("office.phone"))))
        .set(QStringLiteral("place"), office.value(QStringLiteral("office.place")))
        .set(QStringLiteral("number"), issue.number.isEmpty() ? defaultNumber : issue.number)
        .set(QStringLiteral("signer"), issue.signerName)
        .setFlag(QStringLiteral("numbered"), true)
        .setFlag(QStringLiteral("page_break"), false)
        .setFlag(QStringLiteral("reprint"), issue.reprint);
    setDay(values, QStringLiteral("issued"),
           issuedAt.isValid() ? Clock::local(issuedAt).date() : QDate());
    setInstant(values, QStringLiteral("printed_at"),
               issue.printedAt.isValid() ? issue.printedAt : Clock::now());
    return values;
}

// The values every dossier-based slip shares: code, procedure, applicant.
void setDossierValues(TemplateValues &values, const Dossier &dossier)
{
    values.set(QStringLiteral("code"), dossier.code)
        .set(QStringLiteral("procedure"), dossier.procedureName)
        .set(QStringLiteral("deciding_office"), dossier.decidingOffice)
        .setChild(QStringLiteral("applicant"),
                  partyValues(dossier.applicant, dossier.applicantKind));
    setInstant(values, QStringLiteral("received"), dossier.receivedAt);
    setInstant(values, QStringLiteral("due"), dossier.dueAt);
}

// A row list with a 1-based "index" in each item.
template<typename T, typename F>
QList<TemplateValues> rows(const QList<T> &items, F fill)
{
    QList<TemplateValues> list;
    int index = 0;
    for (const T &item : items) {
        TemplateValues row;
        row.set(QStringLiteral("index"), ++index);
        fill(item, row);
        list.append(row);
    }
    return list;
}

void setPaper(SlipDocument *slip, Paper paper)
{
    switch (paper) {
    case Paper::A5Portrait:
        break; // the defaults of SlipDocument
    case Paper::A4Portrait:
        slip->kind = QStringLiteral("list");
        slip->pageSize = QPageSize(QPageSize::A4);
        slip->margins = {25, 15, 15, 15};
        slip->footer = Templates::load(QStringLiteral("parts/page-number"));
        break;
    case Paper::A4Landscape:
        slip->pageSize = QPageSize(QPageSize::A4);
        slip->orientation = QPageLayout::Landscape;
        slip->margins = {15, 12, 12, 10};
        slip->footer = Templates::load(QStringLiteral("parts/page-number"));
        break;
    }
}

SlipDocument makeSlip(const QString &templateName, const TemplateValues &values, Paper paper)
{
    SlipDocument slip;
    slip.html = Templates::render(templateName, values);
    static const QRegularExpression titleTag(QStringLiteral("<title>(.*)</title>"),
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::InvertedGreedinessOption);
    const QRegularExpressionMatch title = titleTag.match(slip.html);
    if (title.hasMatch())
        slip.title = QTextDocumentFragment::fromHtml(title.captured(1)).toPlainText().simplified();
    setPaper(&slip, paper);
    if (templateName == QLatin1String("receipt") || templateName == QLatin1String("register"))
        slip.kind = templateName;
    return slip;
}

} // namespace

QPageLayout pageLayout(const QString &kind)
{
    SlipDocument slip;
    if (kind == QLatin1String("list"))
        setPaper(&slip, Paper::A4Portrait);
    else if (kind == QLatin1String("register"))
        setPaper(&slip, Paper::A4Landscape);
    return slip.pageLayout();
}

QString dateTimeText(const QDateTime &instant)
{
    return instant.isValid()
        ? Templates::render(QStringLiteral("parts/datetime"), dateTimeParts(instant))
        : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? Templates::render(QStringLiteral("parts/date"), dateParts(date))
                          : QString();
}

SlipDocument receipt(const Dossier &dossier, const QMap<QString, QString> &office,
                     const ReceiptOptions &options)
{
    SlipIssue issue = options.issue;
    if (issue.signerName.isEmpty())
        issue.signerName = dossier.receiverName;
    // The register's sequence, marked as the receipt's series (TNHS: tiếp nhận hồ sơ) so that
    // it never reads as the number of another kind of slip.
    TemplateValues values = commonValues(
        office, issue, dossier.receivedAt,
        dossier.bookSequence > 0 ? QString::number(dossier.bookSequence) + QStringLiteral("/TNHS")
                                 : QString());
    setDossierValues(values, dossier);

    // An authorised person submits on behalf of the applicant, who is then the authorising party.
    const bool byProxy = !dossier.proxy.isEmpty();
    values.setChild(QStringLiteral("submitter"),
                    byProxy ? partyValues(dossier.proxy, ApplicantKind::Person)
                            : partyValues(dossier.applicant, dossier.applicantKind));
    if (byProxy)
        values.setChild(QStringLiteral("authorising"),
                        partyValues(dossier.applicant, dossier.applicantKind));
    else
        values.setList(QStringLiteral("authorising"), {});
    values.set(QStringLiteral("submitter_name"),
               byProxy ? dossier.proxy.name : dossier.applicant.name);

    QList<DossierDocument> handedIn;
    for (const DossierDocument &document : dossier.documents) {
        if (document.received)
            handedIn.append(document);
    }
    values.setList(QStringLiteral("documents"),
                   rows(handedIn, [](const DossierDocument &document, TemplateValues &row) {
                       // Blank, not "00", where none were handed in.
                       row.set(QStringLiteral("name"), document.name)
                           .set(QStringLiteral("originals"),
                                document.originals > 0 ? twoDigits(document.originals) : QString())
                           .set(QStringLiteral("copies"),
                                document.copies > 0 ? twoDigits(document.copies) : QString());
                   }));
    values.set(QStringLiteral("sets"), twoDigits(dossier.sets))
        .set(QStringLiteral("amount"), amountText(dossier.rule.amount))
        .setFlag(QStringLiteral("unit_days"), dossier.rule.unit == DeadlineRule::Unit::Days)
        .setFlag(QStringLiteral("unit_hours"), dossier.rule.unit == DeadlineRule::Unit::Hours)
        .setFlag(QStringLiteral("unit_same_day"), dossier.rule.unit == DeadlineRule::Unit::SameDay)
        .setFlag(QStringLiteral("by_post"), dossier.returnMethod == ReturnMethod::Post)
        .set(QStringLiteral("return_address"), dossier.returnAddress)
        .set(QStringLiteral("book"),
             dossier.bookNumber.isEmpty()
                 ? OfficeSettings::withDefaults(office).value(QStringLiteral("office.receipt_book"))
                 : dossier.bookNumber)
        .set(QStringLiteral("sequence"),
             dossier.bookSequence > 0 ? QString::number(dossier.bookSequence) : QString());

    QList<TemplateValues> copies;
    for (int copy = 0; copy < (options.twoCopies ? 2 : 1); ++copy) {
        TemplateValues page;
        page.setFlag(QStringLiteral("page_break"), copy > 0)
            .setFlag(QStringLiteral("office_copy"), options.twoCopies && copy == 0)
            .setFlag(QStringLiteral("applicant_copy"), options.twoCopies && copy == 1);
        copies.append(page);
    }
    values.setList(QStringLiteral("copies"), copies);

    SlipDocument slip = makeSlip(QStringLiteral("receipt"), values, Paper::A5Portrait);
    slip.images.insert(QStringLiteral("qrcode"), QrCode::image(dossier.code));
    return slip;
}

namespace {

// The two intake slips share their values: the applicant, the procedure, the code if any.
TemplateValues intakeValues(const IntakeSlipData &data, const QMap<QString, QString> &office)
{
    TemplateValues values = commonValues(office, data.issue, Clock::now());
    const QMap<QString, QString> settings = OfficeSettings::withDefaults(office);
    values.set(QStringLiteral("code"), data.dossierCode)
        .set(QStringLiteral("procedure"), data.procedureName)
        .setChild(QStringLiteral("applicant"), partyValues(data.applicant, data.applicantKind))
        .setList(QStringLiteral("items"),
                 rows(data.items,
                      [](const QString &item, TemplateValues &row) {
                          row.set(QStringLiteral("text"), item);
                      }))
        .set(QStringLiteral("reason"), data.reason)
        .set(QStringLiteral("contact_name"),
             data.contactName.isEmpty() ? settings.value(QStringLiteral("office.name"))
                                        : data.contactName)
        .set(QStringLiteral("contact_phone"),
             Identity::formatPhone(data.contactPhone.isEmpty()
                                       ? settings.value(QStringLiteral("office.phone"))
                                       : data.contactPhone));
    return values;
}

} // namespace

SlipDocument completionRequest(const IntakeSlipData &data, const QMap<QString, QString> &office)
{
    return makeSlip(QStringLiteral("completion"), intakeValues(data, office), Paper::A5Portrait);
}

SlipDocument refusal(const IntakeSlipData &data, const QMap<QString, QString> &office)
{
    return makeSlip(QStringLiteral("refusal"), intakeValues(data, office), Paper::A5Portrait);
}

SlipDocument intakeSlip(const IntakeSlip &slip, const QMap<QString, QString> &office, bool reprint)
{
    IntakeSlipData data;
    data.issue.number = slip.numberText();
    data.issue.issuedAt = slip.createdAt;
    data.issue.signerName = slip.actor;
    data.issue.reprint = reprint;
    data.applicantKind = slip.applicantKind;
    data.applicant = slip.applicant;
    data.procedureName = slip.procedureName;
    data.items = slip.items;
    data.reason = slip.reason;
    return slip.kind == IntakeSlip::Kind::Completion ? completionRequest(data, office)
                                                     : refusal(data, office);
}

SlipDocument apology(const Dossier &dossier, const QMap<QString, QString> &office,
                     const ApologyData &data)
{
    TemplateValues values = commonValues(office, data.issue, Clock::now());
    setDossierValues(values, dossier);
    setInstant(values, QStringLiteral("new_due"), data.newDue);
    QString apologising = data.apologisingOffice;
    if (apologising.isEmpty())
        apologising = dossier.decidingOffice;
    if (apologising.isEmpty())
        apologising = OfficeSettings::withDefaults(office).value(QStringLiteral("office.parent"));
    values.set(QStringLiteral("apologising_office"), apologising)
        .set(QStringLiteral("addressee"),
             data.addressee.isEmpty() ? dossier.applicant.name : data.addressee)
        .set(QStringLiteral("reason"), data.reason);
    return makeSlip(QStringLiteral("apology"), values, Paper::A5Portrait);
}

SlipDocument stopNotice(const Dossier &dossier, const QMap<QString, QString> &office,
                        const StopNoticeData &data)
{
    TemplateValues values = commonValues(office, data.issue, Clock::now());
    setDossierValues(values, dossier);
    setInstant(values, QStringLiteral("requested"), data.requestedAt);
    values.set(QStringLiteral("reason"), data.reason);
    return makeSlip(QStringLiteral("stop-notice"), values, Paper::A5Portrait);
}

SlipDocument controlSlip(const Dossier &dossier, const QMap<QString, QString> &office,
                         const ControlSlipData &data)
{
    TemplateValues values = commonValues(office, data.issue, dossier.receivedAt);
    setDossierValues(values, dossier);
    values.set(QStringLiteral("cooperating"), data.cooperatingOffices.join(QStringLiteral("; ")))
        .setList(QStringLiteral("steps"),
                 rows(data.steps, [](const ControlStep &step, TemplateValues &row) {
                     const ControlStep::Result result = step.effectiveResult();
                     row.set(QStringLiteral("from_office"), step.fromOffice)
                         .set(QStringLiteral("office"), step.office)
                         .set(QStringLiteral("giver"), step.giver)
                         .set(QStringLiteral("receiver"), step.receiver)
                         .set(QStringLiteral("note"), step.note)
                         .setFlag(QStringLiteral("early"), result == ControlStep::Result::Early)
                         .setFlag(QStringLiteral("on_time"), result == ControlStep::Result::OnTime)
                         .setFlag(QStringLiteral("late"), result == ControlStep::Result::Late);
                     setInstant(row, QStringLiteral("handed"), step.handedAt);
                     setInstant(row, QStringLiteral("taken"),
                                step.receivedAt.isValid() ? step.receivedAt : step.handedAt);
                 }));
    return makeSlip(QStringLiteral("control-slip"), values, Paper::A5Portrait);
}

SlipDocument handoverList(const HandoverData &data, const QMap<QString, QString> &office)
{
    TemplateValues values
        = commonValues(office, data.issue, data.handedAt.isValid() ? data.handedAt : Clock::now());
    setInstant(values, QStringLiteral("handed"), data.handedAt);
    values
        .set(QStringLiteral("giving_office"),
             data.givingOffice.isEmpty()
                 ? OfficeSettings::withDefaults(office).value(QStringLiteral("office.name"))
                 : data.givingOffice)
        .set(QStringLiteral("receiving_office"), data.receivingOffice)
        .set(QStringLiteral("giver"), data.giver)
        .set(QStringLiteral("receiver"), data.receiver)
        .set(QStringLiteral("count"), int(data.dossiers.size()))
        .setList(QStringLiteral("dossiers"),
                 rows(data.dossiers, [](const Dossier &dossier, TemplateValues &row) {
                     row.set(QStringLiteral("code"), dossier.code)
                         .set(QStringLiteral("procedure"), dossier.procedureName)
                         .set(QStringLiteral("applicant_name"), dossier.applicant.name)
                         .set(QStringLiteral("due_short"), shortDateTime(dossier.promisedAt()));
                 }));
    return makeSlip(QStringLiteral("handover"), values, Paper::A4Portrait);
}

SlipDocument registerBook(const RegisterData &data, const QMap<QString, QString> &office)
{
    TemplateValues values = commonValues(office, data.issue, Clock::now());
    // A register is a book, not a numbered document.
    values.setFlag(QStringLiteral("numbered"), false);
    setDay(values, QStringLiteral("from"), data.from);
    setDay(values, QStringLiteral("to"), data.to);
    values.set(QStringLiteral("field"), data.field)
        .set(QStringLiteral("book"),
             data.bookNumber.isEmpty()
                 ? OfficeSettings::withDefaults(office).value(QStringLiteral("office.receipt_book"))
                 : data.bookNumber)
        .setList(
            QStringLiteral("rows"),
            rows(data.dossiers, [](const Dossier &dossier, TemplateValues &row) {
                row.set(QStringLiteral("code"), dossier.code)
                    .set(QStringLiteral("procedure"), dossier.procedureName)
                    .set(QStringLiteral("applicant_name"), dossier.applicant.name)
                    .set(QStringLiteral("applicant_address"), dossier.applicant.address)
                    .set(QStringLiteral("applicant_phone"), dossier.applicant.phone)
                    .set(QStringLiteral("deciding_office"), dossier.decidingOffice)
                    .set(QStringLiteral("received_short"), shortDateTime(dossier.receivedAt))
                    .set(QStringLiteral("due_short"), shortDateTime(dossier.dueAt))
                    .set(QStringLiteral("extended_short"), shortDateTime(dossier.extendedDueAt))
                    .set(QStringLiteral("returned_short"), shortDateTime(dossier.returnedAt))
                    .setFlag(QStringLiteral("by_post"), dossier.returnMethod == ReturnMethod::Post);
            }));
    return makeSlip(QStringLiteral("register"), values, Paper::A4Landscape);
}

} // namespace Slips
} // namespace motcua
