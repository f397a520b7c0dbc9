#pragma once

#include "domain/dossier.h"
#include "domain/worklist.h"
#include "print/slipdocument.h"
#include "store/exportlog.h"
#include "store/reportqueries.h"

#include <QCoreApplication>
#include <QMap>
#include <QPageLayout>
#include <QString>

namespace motcua {

// The period report and the register written out: CSV (the machine-readable columns of
// ReportQueries::csvHeader), XLSX (libxlsxwriter), and HTML laid out for A4 (print, PDF).
// Files are written all or nothing: a temporary file renamed over the target when complete.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // `office`: the office settings (name, parent body, place) for the headings.
    static QString reportHtml(const PeriodReport &report, const QMap<QString, QString> &office);
    static bool writeCsv(const PeriodReport &report, const QString &path, QString *error);
    static bool writeXlsx(const PeriodReport &report, const QMap<QString, QString> &office,
                          const QString &path, QString *error);

    // A4 landscape, the report's margins.
    static QPageLayout reportPageLayout();
    // The report laid out for A4 landscape: printed and written as PDF like every slip
    // (SlipPrinter, writePdf).
    // `checkCode`: the chain anchor (EventLog::head()) printed in the footer, "Mã kiểm tra".
    static SlipDocument reportDocument(const PeriodReport &report,
                                       const QMap<QString, QString> &office,
                                       const QString &checkCode = QString());
    // Sổ theo dõi hồ sơ for a period and field: the printing layer's form (Slips::registerBook).
    static SlipDocument registerDocument(const QList<Dossier> &dossiers, const QDate &from,
                                         const QDate &to, const QString &field,
                                         const QMap<QString, QString> &office,
                                         const QString &checkCode = QString());
    static QStringList registerCsvHeader();
    static bool writeRegisterCsv(const QList<Dossier> &dossiers, const QString &path,
                                 QString *error);
    // The register's entry in the export log: `format` "pdf", "csv", "print" …; the scope
    // "FROM..TO FIELD".
    static ExportLog::Entry registerEntry(const QString &format, qint64 rows, const QDate &from,
                                          const QDate &to, const QString &field);

    // A dossier list (a worklist, a search) as CSV, every row, logged first (ExportLog): the
    // code, applicant, procedure, status, reception, due time and receiving clerk.
    static bool exportDossierList(const QSqlDatabase &db, const Actor &actor,
                                  const DossierFilter &filter, const WorklistClock &clock,
                                  const QString &path, QString *error);

    // Column headings of the report table, translated (screen, print, XLSX).
    static QStringList columnTitles();

private:
    static void addCheckCode(SlipDocument &document, const QString &checkCode);
    static bool writeText(const QString &text, const QString &path, QString *error);
};

} // namespace motcua
