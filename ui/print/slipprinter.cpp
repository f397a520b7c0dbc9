#include "print/slipprinter.h"

#include "dialogs/dialogsupport.h"
#include "print/printsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcPrinting, "motcua.print")

namespace motcua {

SlipPrinter::SlipPrinter(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{ }

void SlipPrinter::setUp(QPrinter *printer, const SlipDocument &slip)
{
    printer->setDocName(slip.title);
    printer->setFullPage(false);
    if (!printer->setPageLayout(slip.pageLayout())) {
        // A printer without the exact layout still gets the slip's paper where it can.
        printer->setPageSize(slip.pageSize);
        printer->setPageOrientation(slip.orientation);
    }
}

bool SlipPrinter::printOn(QPrinter *printer, const SlipDocument &slip, QString *error)
{
    return slip.paint(printer, error);
}

bool SlipPrinter::printerExists(const QString &printerName, QString *error)
{
    if (!printerName.isEmpty() && !QPrinterInfo::printerInfo(printerName).isNull())
        return true;
    const QStringList names = QPrinterInfo::availablePrinterNames();
    *error = names.isEmpty()
        ? tr("There is no printer named \"%1\": this computer has no printer.").arg(printerName)
        : tr("There is no printer named \"%1\". Printers: %2.")
              .arg(printerName, names.join(QStringLiteral(", ")));
    return false;
}

bool SlipPrinter::printOnPrinter(const SlipDocument &slip, const QString &printerName, int copies,
                                 QString *error)
{
    if (!printerExists(printerName, error))
        return false;
    QPrinter printer(QPrinterInfo::printerInfo(printerName), QPrinter::HighResolution);
    setUp(&printer, slip);
    printer.setCopyCount(copies);
    if (!printOn(&printer, slip, error))
        return false;
    // Slip titles name the dossier by its code only.
    qCInfo(lcPrinting, "printed \"%s\" on %s, %d cop%s", qPrintable(slip.title),
           qPrintable(printerName), copies, copies == 1 ? "y" : "ies");
    return true;
}

QString SlipPrinter::suggestedFileName(const SlipDocument &slip)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = slip.title;
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified();
    return (name.isEmpty() ? tr("slip") : name) + QStringLiteral(".pdf");
}

SlipPrinter::Choice SlipPrinter::offer(const QString &title, const QString &message,
                                       const SlipDocument &slip)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("slipOffer"));
    QPushButton *printButton = box.addButton(tr("&Print"), QMessageBox::AcceptRole);
    QPushButton *previewButton = box.addButton(tr("Pre&view"), QMessageBox::ActionRole);
    QPushButton *pdfButton = box.addButton(tr("Save as P&DF…"), QMessageBox::ActionRole);
    QPushButton *laterButton = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    printButton->setObjectName(QStringLiteral("offerPrint"));
    previewButton->setObjectName(QStringLiteral("offerPreview"));
    pdfButton->setObjectName(QStringLiteral("offerPdf"));
    laterButton->setObjectName(QStringLiteral("offerLater"));
    box.setDefaultButton(printButton);
    box.setEscapeButton(laterButton);
    box.exec();
    // A print dialog or file dialog cancelled, or a failure, printed nothing: "later".
    if (box.clickedButton() == printButton)
        return print(slip) ? Choice::Print : Choice::Later;
    if (box.clickedButton() == previewButton) {
        preview(slip);
        return Choice::Preview;
    }
    if (box.clickedButton() == pdfButton)
        return saveAsPdf(slip).isEmpty() ? Choice::Later : Choice::SavePdf;
    return Choice::Later;
}

bool SlipPrinter::offerAndLog(const QString &title, const QString &message,
                              const SlipDocument &slip,
                              const std::function<bool(QString *)> &logPrint, QString *error)
{
    const Choice choice = offer(title, message, slip);
    if (choice != Choice::Print && choice != Choice::SavePdf)
        return true;
    return logPrint(error);
}

bool SlipPrinter::preview(const SlipDocument &original)
{
    const SlipDocument slip = PrintSettings::withPageSetup(original);
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer, slip);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("slipPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(slip.title));
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&slip, &error](QPrinter *target) {
                // The preview repaints on every zoom; keep the first failure only.
                QString failure;
                if (!printOn(target, slip, &failure) && error.isEmpty())
                    error = failure;
            });
    dialog.exec();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    return true;
}

bool SlipPrinter::print(const SlipDocument &original, const Delivery &delivery)
{
    const SlipDocument slip = PrintSettings::withPageSetup(original);
    QPrinter printer(QPrinter::HighResolution);
    const QString remembered = PrintSettings::printer(slip.kind);
    if (!QPrinterInfo::printerInfo(remembered).isNull())
        printer.setPrinterName(remembered);
    setUp(&printer, slip);
    printer.setCopyCount(PrintSettings::copies(slip.kind));
    QPrintDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("slipPrint"));
    dialog.setWindowTitle(tr("Print %1").arg(slip.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    PrintSettings::rememberPrinter(slip.kind, printer);
    const auto draw = [&](QString *error) {
        return printOn(&printer, slip, error);
    };
    QString error;
    if (!(delivery ? delivery(draw, &error) : draw(&error))) {
        qCWarning(lcPrinting, "printing \"%s\" failed: %s", qPrintable(slip.title),
                  qPrintable(error));
        showError(error);
        return false;
    }
    qCInfo(lcPrinting, "printed \"%s\" on %s, %d copies", qPrintable(slip.title),
           qPrintable(printer.printerName()), printer.copyCount());
    return true;
}

QString SlipPrinter::saveAsPdf(const SlipDocument &original)
{
    const SlipDocument slip = PrintSettings::withPageSetup(original);
    QFileDialog dialog(m_parent, tr("Save as PDF"), m_directory);
    dialog.setObjectName(QStringLiteral("slipSaveAsPdf"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("PDF files (*.pdf)"));
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    DialogSupport::nameFileDialog(&dialog);
    dialog.selectFile(suggestedFileName(slip));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!writePdf(slip, path, &error)) {
        showError(error);
        return {};
    }
    m_directory = QFileInfo(path).absolutePath();
    DialogSupport::announceSaved(m_parent, path);
    return path;
}

void SlipPrinter::showError(const QString &message) const
{
    QMessageBox box(QMessageBox::Warning, tr("Printing"), message, QMessageBox::Close, m_parent);
    box.setObjectName(QStringLiteral("slipPrinterError"));
    box.exec();
}

} // namespace motcua
