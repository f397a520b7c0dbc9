#pragma once

#include "domain/dossier.h"
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

    // Sổ theo dõi hồ sơ: every column DOMAIN.md lists, one row per dossier, in reception order.
    static QString registerHtml(const QList<Dossier> &dossiers, const QDate &from, const QDate &to,
                                const QString &field, const QMap<QString, QString> &office);
    static QStringList registerCsvHeader();
    static bool writeRegisterCsv(const QList<Dossier> &dossiers, const QString &path,
                                 QString *error);

    // The one place that turns HTML into a PDF file (A4, the given orientation). Needs a
    // QGuiApplication (fonts); the printing branch's SlipDocument/writePdf takes over here.
    static bool writePdf(const QString &html, const QString &title,
                         QPageLayout::Orientation orientation, const QString &path, QString *error);

    // Column headings of the report table, translated (screen, print, XLSX).
    static QStringList columnTitles();

private:
    static bool writeText(const QString &text, const QString &path, QString *error);
};

} // namespace motcua
