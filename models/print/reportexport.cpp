#include "print/reportexport.h"

#include "print/slips.h"

#include "domain/clock.h"
#include "domain/csv.h"
#include "store/dossierquery.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

#include <xlsxwriter.h>

namespace motcua {

namespace {

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString dateTimeText(const QDateTime &t)
{
    return t.isValid() ? Clock::local(t).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString rateText(double value, int decimals)
{
    return value < 0 ? QStringLiteral("—") : QLocale().toString(value, 'f', decimals);
}

QList<qint64> figures(const ReportRow &row)
{
    return {row.carriedOver,      row.received,          row.receivedDirect, row.receivedPostal,
            row.receivedOnline,   row.finishedEarly,     row.finishedOnTime, row.finishedLate,
            row.inProgressOnTime, row.inProgressOverdue, row.returned,       row.withdrawn,
            row.refused};
}

const char *const styleSheet = "body { font-family: 'DejaVu Sans'; font-size: 8pt; } "
                               "table { border-collapse: collapse; } "
                               "th, td { border: 1px solid #000; padding: 2px 3px; } "
                               "th { font-weight: bold; text-align: center; font-size: 7pt; } "
                               "table.sign td { border: none; text-align: center; } "
                               "td.n { text-align: right; } "
                               "tr.sub td { font-weight: bold; background: #eeeeee; } "
                               "tr.total td { font-weight: bold; } "
                               "h2, p.c { text-align: center; }";

} // namespace

QStringList ReportExport::columnTitles()
{
    return {tr("Procedure code"),
            tr("Procedure"),
            tr("Carried over"),
            tr("Received"),
            tr("At the counter"),
            tr("By post"),
            tr("Online"),
            tr("Finished early"),
            tr("Finished on time"),
            tr("Finished late"),
            tr("In progress, within time"),
            tr("In progress, overdue"),
            tr("Returned"),
            tr("Withdrawn"),
            tr("Refused"),
            tr("On-time rate (%)"),
            tr("Average time (working days)")};
}

QString ReportExport::reportHtml(const PeriodReport &report, const QMap<QString, QString> &office)
{
    QString html
        = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>%1</style></head><body>")
              .arg(QLatin1String(styleSheet));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(office.value(QStringLiteral("office.parent")).toHtmlEscaped(),
                     office.value(QStringLiteral("office.name")).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS"));
    html += QStringLiteral("<p class=\"c\">%1</p>")
                .arg(tr("From %1 to %2")
                         .arg(dateText(report.from), dateText(report.to))
                         .toHtmlEscaped());
    if (!report.field.isEmpty())
        html += QStringLiteral("<p class=\"c\">%1</p>")
                    .arg(tr("Field: %1").arg(report.field).toHtmlEscaped());
    const QStringList titles = columnTitles();
    html += QStringLiteral("<table width=\"100%\"><thead><tr><th>%1</th><th width=\"26%\">%2</th>")
                .arg(tr("No.").toHtmlEscaped(), titles.at(1).toHtmlEscaped());
    // Even widths, so that no heading is squeezed into breaking inside a word.
    for (int i = 2; i < titles.size(); ++i)
        html += QStringLiteral("<th width=\"4.6%\">%1</th>").arg(titles.at(i).toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    const auto line = [](const ReportRow &row, const QString &number, const QString &label,
                         const char *cssClass) {
        QString cells
            = QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td>")
                  .arg(QLatin1String(cssClass), number.toHtmlEscaped(), label.toHtmlEscaped());
        for (qint64 value : figures(row))
            cells += QStringLiteral("<td class=\"n\">%1</td>").arg(QLocale().toString(value));
        cells += QStringLiteral("<td class=\"n\">%1</td><td class=\"n\">%2</td></tr>")
                     .arg(rateText(row.onTimeRate(), 1), rateText(row.averageWorkingDays(), 2));
        return cells;
    };
    const QList<ReportRow> subtotals = report.fieldTotals();
    int subtotal = 0;
    int number = 0;
    QString currentField;
    bool first = true;
    for (const ReportRow &row : report.rows) {
        if (first || row.field != currentField) {
            currentField = row.field;
            first = false;
            html += line(subtotals.value(subtotal++), QString(), tr("Field: %1").arg(row.field),
                         "sub");
        }
        html += line(row, QString::number(++number),
                     row.procedureCode + QStringLiteral(" — ") + row.procedureName, "");
    }
    html += line(report.total, QString(), tr("Total"), "total");
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("In-progress dossiers are counted as of %1. Refusals at reception are not "
                        "received "
                        "dossiers; refusal decisions are counted among the finished ones too.")
                         .arg(dateTimeText(report.asOf))
                         .toHtmlEscaped());
    // Dated and signed, as a report sent upwards is.
    const QDate day = Clock::local(Clock::now()).date(); // the day it is prepared
    const QString place = office.value(QStringLiteral("office.place"));
    const QString date = tr("%1/%2/%3")
                             .arg(day.day(), 2, 10, QLatin1Char('0'))
                             .arg(day.month(), 2, 10, QLatin1Char('0'))
                             .arg(day.year());
    const QString dated = place.isEmpty() ? date : QStringLiteral("%1, %2").arg(place, date);
    html
        += QStringLiteral("<table class=\"sign\" width=\"100%\"><tr><td width=\"50%\"></td>"
                          "<td width=\"50%\"><i>%1</i></td></tr><tr><td><b>%2</b><br><i>%3</i></td>"
                          "<td><b>%4</b><br><i>%5</i></td></tr></table>")
               .arg(dated.toHtmlEscaped(), tr("PREPARED BY").toHtmlEscaped(),
                    tr("(Signature and full name)").toHtmlEscaped(),
                    tr("HEAD OF THE OFFICE").toHtmlEscaped(),
                    tr("(Signature, full name and seal)").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

bool ReportExport::writeText(const QString &text, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ReportExport::writeCsv(const PeriodReport &report, const QString &path, QString *error)
{
    return writeText(ReportQueries::csv(report), path, error);
}

bool ReportExport::writeXlsx(const PeriodReport &report, const QMap<QString, QString> &office,
                             const QString &path, QString *error)
{
    // Written beside the target, renamed over it when complete.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".report-XXXXXX.xlsx")));
    if (!temporary.open()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), temporary.errorString());
        return false;
    }
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
    temporary.close();

    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Report").toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_align(heading, LXW_ALIGN_CENTER);
    format_set_align(heading, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0");
    lxw_format *days = workbook_add_format(workbook);
    format_set_num_format(days, "0.00");

    const auto text
        = [sheet](int row, int column, const QString &value, lxw_format *format = nullptr) {
              worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
                                     value.toUtf8().constData(), format);
          };
    text(0, 0, office.value(QStringLiteral("office.name")), bold);
    text(1, 0, tr("REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS"), bold);
    text(2, 0,
         tr("From %1 to %2").arg(dateText(report.from), dateText(report.to))
             + (report.field.isEmpty()
                    ? QString()
                    : QStringLiteral(" — ") + tr("Field: %1").arg(report.field)));
    const QStringList titles = columnTitles();
    const int headerRow = 4;
    for (int c = 0; c < titles.size(); ++c)
        text(headerRow, c, titles.at(c), heading);
    worksheet_set_row(sheet, lxw_row_t(headerRow), 45, nullptr);
    int row = headerRow + 1;
    // The total row has no code: the CSV's TOTAL marks it for programs, this sheet is read.
    const auto line = [&](const ReportRow &r, lxw_format *format) {
        text(row, 0, &r == &report.total ? QString() : r.procedureCode, format);
        text(row, 1, r.procedureName, format);
        int column = 2;
        for (qint64 value : figures(r))
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column++), double(value),
                                   format);
        if (r.onTimeRate() >= 0)
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), r.onTimeRate(),
                                   percent);
        ++column;
        if (r.averageWorkingDays() >= 0)
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), r.averageWorkingDays(),
                                   days);
        ++row;
    };
    for (const ReportRow &r : report.rows)
        line(r, nullptr);
    line(report.total, bold);
    worksheet_set_column(sheet, 0, 0, 12, nullptr);
    worksheet_set_column(sheet, 1, 1, 50, nullptr);
    worksheet_set_column(sheet, 2, lxw_col_t(titles.size() - 1), 11, nullptr);
    worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 2);

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary.fileName());
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporary.fileName(), path)) {
        QFile::remove(temporary.fileName());
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

QStringList ReportExport::registerCsvHeader()
{
    return {QStringLiteral("no"),
            QStringLiteral("code"),
            QStringLiteral("procedure_code"),
            QStringLiteral("procedure_name"),
            QStringLiteral("applicant"),
            QStringLiteral("address"),
            QStringLiteral("phone"),
            QStringLiteral("deciding_office"),
            QStringLiteral("received_at"),
            QStringLiteral("due_at"),
            QStringLiteral("returned_at"),
            QStringLiteral("return_method"),
            QStringLiteral("status")};
}

bool ReportExport::writeRegisterCsv(const QList<Dossier> &dossiers, const QString &path,
                                    QString *error)
{
    QString text = CsvTable::line(registerCsvHeader());
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? Clock::local(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QString();
    };
    int number = 0;
    for (const Dossier &d : dossiers)
        text += CsvTable::line({QString::number(++number), d.code, d.procedureCode, d.procedureName,
                                d.applicant.name, d.applicant.address, d.applicant.phone,
                                d.decidingOffice, iso(d.receivedAt), iso(d.promisedAt()),
                                iso(d.returnedAt), Dossiers::returnMethodKey(d.returnMethod),
                                Dossiers::statusKey(d.status)});
    return writeText(text, path, error);
}

ExportLog::Entry ReportExport::registerEntry(const QString &format, qint64 rows, const QDate &from,
                                             const QDate &to, const QString &field)
{
    return {QStringLiteral("register"), format, rows,
            QStringLiteral("%1..%2%3")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                     field.isEmpty() ? QString() : QStringLiteral(" ") + field)};
}

bool ReportExport::exportDossierList(const QSqlDatabase &db, const Actor &actor,
                                     const DossierFilter &filter, const WorklistClock &clock,
                                     const QString &path, QString *error)
{
    QString readError;
    const QList<DossierListRow> rows = DossierQuery(db).all(
        filter, clock, DossierQuery::SortBy::Newest, Qt::DescendingOrder, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const auto local = [](qint64 seconds) {
        return seconds == 0 ? QString()
                            : Clock::local(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC))
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QString text = CsvTable::line(
        {QStringLiteral("code"), QStringLiteral("applicant"), QStringLiteral("procedure_code"),
         QStringLiteral("procedure_name"), QStringLiteral("status"), QStringLiteral("received_at"),
         QStringLiteral("due_at"), QStringLiteral("receiver")});
    for (const DossierListRow &row : rows)
        text += CsvTable::line({row.code, row.applicantName, row.procedureCode, row.procedureName,
                                Dossiers::statusKey(row.status), local(row.receivedAt),
                                local(row.dueAt), row.receiverName});
    return ExportLog(db).logThenWrite(
        actor,
        {QStringLiteral("dossier-list"), QStringLiteral("csv"), rows.size(),
         Worklists::key(filter.worklist)},
        [&](QString *writeError) { return writeText(text, path, writeError); }, error);
}

QPageLayout ReportExport::reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

void ReportExport::addCheckCode(SlipDocument &document, const QString &checkCode)
{
    // Left of the page number: whoever holds the paper can later run `check --anchor`.
    if (checkCode.isEmpty())
        return;
    document.footer
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                         "<tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
              .arg(tr("Check code: %1").arg(checkCode).toHtmlEscaped(), document.footer);
}

SlipDocument ReportExport::reportDocument(const PeriodReport &report,
                                          const QMap<QString, QString> &office,
                                          const QString &checkCode)
{
    SlipDocument document;
    document.kind = QStringLiteral("report");
    document.title = tr("Report %1 to %2").arg(dateText(report.from), dateText(report.to));
    document.html = reportHtml(report, office);
    const QPageLayout layout = reportPageLayout();
    document.pageSize = layout.pageSize();
    document.orientation = layout.orientation();
    document.margins = layout.margins(QPageLayout::Millimeter);
    document.footer = QStringLiteral("{{page}}/{{pages}}");
    addCheckCode(document, checkCode);
    return document;
}

SlipDocument ReportExport::registerDocument(const QList<Dossier> &dossiers, const QDate &from,
                                            const QDate &to, const QString &field,
                                            const QMap<QString, QString> &office,
                                            const QString &checkCode)
{
    RegisterData data;
    data.from = from;
    data.to = to;
    data.field = field;
    data.dossiers = dossiers;
    SlipDocument document = Slips::registerBook(data, office);
    addCheckCode(document, checkCode);
    return document;
}

} // namespace motcua
