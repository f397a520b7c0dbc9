#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <memory>

class QPaintDevice;
class QPagedPaintDevice;
class QTextDocument;

namespace motcua {

// A slip or list ready to print: filled HTML and the paper it belongs on. Built by the
// Slips:: functions; printed by writePdf() here, or by SlipPrinter (ui/) on a QPrinter.
//
// Rendering needs a QGuiApplication (fonts), which may run on the offscreen platform.
struct SlipDocument
{
    Q_DECLARE_TR_FUNCTIONS(SlipDocument)

public:
    QString title; // PDF title, print job name
    // What the window remembers printer, copies and page setup for: "receipt", "slip" (the other
    // A5 slips), "list" (A4 lists), "register", "report".
    QString kind = QStringLiteral("slip");
    QString html; // a filled template (see print/template.h)
    QPageSize pageSize = QPageSize(QPageSize::A5);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF margins = {15, 10, 10, 10}; // millimetres: left, top, right, bottom
    QMap<QString, QImage> images; // resources for <img src="key">
    // Template text drawn at the foot of every page, with {{page}} and {{pages}}; empty: none.
    QString footer;

    QPageLayout pageLayout() const;

    // Lays the document out on `device`: its paint area (a QPdfWriter's or QPrinter's page
    // minus margins, in device pixels), less the footer, is one page of the QTextDocument.
    std::unique_ptr<QTextDocument> layout(QPaintDevice *device) const;

    // Paints every page on `device`, using the page layout already set on it (pageLayout() for
    // the intended paper). False with a translated message when the device refuses.
    bool paint(QPagedPaintDevice *device, QString *error) const;
};

// Writes the slip as a PDF (300 dpi, the slip's paper and margins, one page per sheet), all or
// nothing: an existing file is replaced only when the new one is complete.
bool writePdf(const SlipDocument &slip, const QString &path, QString *error);

namespace PrintFonts {

// The font family of the slips: the first of Liberation Serif (Times-like, as official forms
// are), Times New Roman, Tinos and DejaVu Serif whose regular, bold, italic and bold italic
// all have the Vietnamese letters; empty (Qt's default) when none has them.
QString family();

} // namespace PrintFonts
} // namespace motcua
