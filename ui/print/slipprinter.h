#pragma once

#include "print/slipdocument.h"

#include <QObject>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace motcua {

// Preview, print and save-as-PDF of a slip or list (Slips::… in models/print), for the pages.
// Errors are shown to the user in a message box; the return values say what happened.
// Logging a print (offerAndLog) is the caller's: it knows the dossier or the slip.
class SlipPrinter final : public QObject
{
    Q_OBJECT

public:
    explicit SlipPrinter(QWidget *parent);

    // A print preview on the slip's paper (A5, or A4 for the lists); printing from the preview
    // prints the slip. False when the slip could not be drawn.
    bool preview(const SlipDocument &slip);
    // How a slip reaches the printer once the dialog was accepted: `draw` prints it. A bulk
    // export passes ExportLog::logThenWrite, which logs before drawing; a dialog cancelled never
    // calls it.
    using Delivery
        = std::function<bool(const std::function<bool(QString *error)> &draw, QString *error)>;
    // The print dialog (on the printer and copies last used for the slip's kind, and its page
    // setup: PrintSettings), then the slip on the chosen printer, through `delivery` when given.
    // False when cancelled or failed (the error shown).
    bool print(const SlipDocument &slip, const Delivery &delivery = {});
    // Asks where to save (suggesting the slip's title) and writes the PDF. The path written, or
    // empty when cancelled or failed.
    QString saveAsPdf(const SlipDocument &slip);

    enum class Choice { Print, Preview, SavePdf, Later };
    // After a step that produced a slip (a dossier received, a request recorded): tells the clerk
    // what happened and offers to print (the default, Enter), preview or save the slip. Print
    // and SavePdf only when the slip was printed or saved; a dialog cancelled gives Later.
    Choice offer(const QString &title, const QString &message, const SlipDocument &slip);
    // offer(), then `logPrint` when the slip was printed or saved (a preview alone does not
    // count), so that the next print is known to be a reprint. False, with `error`, when the
    // print could not be logged.
    bool offerAndLog(const QString &title, const QString &message, const SlipDocument &slip,
                     const std::function<bool(QString *)> &logPrint, QString *error);

    // Puts the slip's paper, orientation, margins and job name on `printer`.
    static void setUp(QPrinter *printer, const SlipDocument &slip);
    // Draws the slip on a printer that setUp() prepared (or the user changed since).
    static bool printOn(QPrinter *printer, const SlipDocument &slip, QString *error);
    // Prints the slip on the system's printer `printerName` (a CUPS queue) without a dialog,
    // `copies` times, on the slip's own paper and margins. False, with a translated `error`,
    // when there is no such printer or printing failed.
    static bool printOnPrinter(const SlipDocument &slip, const QString &printerName, int copies,
                               QString *error);
    // Whether the system has a printer of that name; if not, `error` says so and names those
    // there are.
    static bool printerExists(const QString &printerName, QString *error);
    // A file name for the slip: its title without characters file systems refuse, plus .pdf.
    static QString suggestedFileName(const SlipDocument &slip);

private:
    void showError(const QString &message) const;

    QWidget *m_parent;
    QString m_directory; // where the last PDF was saved
};

} // namespace motcua
