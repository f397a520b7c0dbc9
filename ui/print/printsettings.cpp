#include "print/printsettings.h"

#include "print/reportexport.h"
#include "print/slips.h"

#include <QCoreApplication>
#include <QPageSetupDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace motcua::PrintSettings {

namespace {

QString key(const QString &kind, const char *name)
{
    return QStringLiteral("print/%1/%2").arg(kind, QLatin1String(name));
}

QString millimetres(qreal value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QStringList kinds()
{
    return {QStringLiteral("receipt"), QStringLiteral("slip"), QStringLiteral("list"),
            QStringLiteral("register"), QStringLiteral("report")};
}

QString label(const QString &kind)
{
    if (kind == QLatin1String("receipt"))
        return QCoreApplication::translate("PrintSettings", "Receipt");
    if (kind == QLatin1String("list"))
        return QCoreApplication::translate("PrintSettings", "Handover lists");
    if (kind == QLatin1String("register"))
        return QCoreApplication::translate("PrintSettings", "Register");
    if (kind == QLatin1String("report"))
        return QCoreApplication::translate("PrintSettings", "Period report");
    return QCoreApplication::translate("PrintSettings", "Other slips");
}

QString printer(const QString &kind)
{
    return QSettings().value(key(kind, "printer")).toString();
}

int copies(const QString &kind)
{
    const int value = QSettings().value(key(kind, "copies"), 1).toInt();
    return value >= 1 && value <= 99 ? value : 1;
}

void rememberPrinter(const QString &kind, const QPrinter &printer)
{
    QSettings settings;
    // A PDF file chosen in the dialog is no printer to come back to.
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        settings.setValue(key(kind, "printer"), printer.printerName());
    settings.setValue(key(kind, "copies"), printer.copyCount());
}

std::optional<QPageLayout> pageLayout(const QString &kind)
{
    QSettings settings;
    const QStringList size = settings.value(key(kind, "page-size")).toString().split(u'x');
    const QStringList margins = settings.value(key(kind, "margins")).toString().split(u',');
    if (size.size() != 2 || margins.size() != 4)
        return std::nullopt;
    const QPageSize pageSize(QSizeF(size.at(0).toDouble(), size.at(1).toDouble()),
                             QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
    if (!pageSize.isValid())
        return std::nullopt;
    const bool landscape
        = settings.value(key(kind, "orientation")).toString() == QLatin1String("landscape");
    return QPageLayout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(),
                                 margins.at(2).toDouble(), margins.at(3).toDouble()),
                       QPageLayout::Millimeter);
}

void setPageLayout(const QString &kind, const QPageLayout &layout)
{
    QSettings settings;
    const QSizeF size = layout.pageSize().size(QPageSize::Millimeter);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    settings.setValue(key(kind, "page-size"),
                      millimetres(size.width()) + u'x' + millimetres(size.height()));
    settings.setValue(key(kind, "orientation"),
                      layout.orientation() == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                     : QStringLiteral("portrait"));
    settings.setValue(key(kind, "margins"),
                      QStringList {millimetres(margins.left()), millimetres(margins.top()),
                                   millimetres(margins.right()), millimetres(margins.bottom())}
                          .join(u','));
}

QPageLayout effectivePageLayout(const QString &kind)
{
    if (const std::optional<QPageLayout> chosen = pageLayout(kind))
        return *chosen;
    return kind == QLatin1String("report") ? ReportExport::reportPageLayout()
                                           : Slips::pageLayout(kind);
}

SlipDocument withPageSetup(SlipDocument slip)
{
    if (const std::optional<QPageLayout> chosen = pageLayout(slip.kind)) {
        slip.pageSize = chosen->pageSize();
        slip.orientation = chosen->orientation();
        slip.margins = chosen->margins(QPageLayout::Millimeter);
    }
    return slip;
}

bool pageSetup(QWidget *parent, const QString &kind)
{
    QPrinter device(QPrinter::HighResolution);
    const QString remembered = printer(kind);
    if (!QPrinterInfo::printerInfo(remembered).isNull())
        device.setPrinterName(remembered);
    device.setPageLayout(effectivePageLayout(kind));
    QPageSetupDialog dialog(&device, parent);
    dialog.setObjectName(QStringLiteral("pageSetup"));
    dialog.setWindowTitle(
        QCoreApplication::translate("PrintSettings", "Page setup: %1").arg(label(kind)));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setPageLayout(kind, device.pageLayout());
    return true;
}

} // namespace motcua::PrintSettings
