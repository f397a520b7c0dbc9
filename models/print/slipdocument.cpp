#include "print/slipdocument.h"

#include "print/template.h"

#include <QAbstractTextDocumentLayout>
#include <QFontInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <limits>

namespace motcua {

namespace {

constexpr qreal bodyPointSize = 11;
constexpr qreal footerPointSize = 9;

QFont formFont(qreal pointSize)
{
    QFont font;
    const QString family = PrintFonts::family();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSizeF(pointSize);
    return font;
}

// A document for `device` with the slips' font, no extra margin and the slip's images.
std::unique_ptr<QTextDocument> newDocument(QPaintDevice *device, const QString &html,
                                           const QMap<QString, QImage> &images, qreal pointSize)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(formFont(pointSize));
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        document->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document->setHtml(html);
    // Measuring on the device itself keeps line breaks identical on screen, PDF and paper.
    if (device)
        document->documentLayout()->setPaintDevice(device);
    return document;
}

// Qt scales lengths given in CSS pixels (margins, cell padding) by the device's resolution over
// the screen's; measured rather than assumed, since the screen's is not public.
qreal cssPixelScale(QPaintDevice *device)
{
    QTextDocument probe;
    probe.setDocumentMargin(0);
    probe.documentLayout()->setPaintDevice(device);
    probe.setHtml(QStringLiteral("<p style=\"margin: 0px 0px 100px 0px\">x</p><p>x</p>"));
    const QAbstractTextDocumentLayout *layout = probe.documentLayout();
    const qreal gap = layout->blockBoundingRect(probe.lastBlock()).top()
        - layout->blockBoundingRect(probe.firstBlock()).bottom();
    return gap > 0 ? gap / 100 : 1;
}

struct RowExtent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
};

RowExtent rowExtent(const QTextTable *table, int row, const QAbstractTextDocumentLayout *layout)
{
    RowExtent extent;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        extent.top
            = qMin(extent.top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        extent.bottom = qMax(extent.bottom,
                             layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return extent;
}

// Qt breaks a table row across pages wherever its lines reach the end of the page; it moves a
// row to the next page only when no cell's first line fits. A row that fits on a page is moved
// whole instead: an empty line of fixed height at the end of the row before it takes the space
// left on the page, so that Qt's own rule moves the row. Rows are checked once, in order: a move
// shifts only the rows after it (each move costs one layout of the table).
void keepRowsTogether(QTextDocument *document, qreal pixelScale)
{
    const qreal pageHeight = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QTextTableFormat format = table->format();
        // The space the cell's bottom padding, border and spacing take below its text.
        const qreal reserve
            = (format.cellPadding() + format.border() + format.cellSpacing()) * pixelScale + 4;
        for (int row = format.headerRowCount() + 1; row < table->rows(); ++row) {
            const RowExtent extent = rowExtent(table, row, layout);
            const int page = int(extent.top / pageHeight);
            if (page == int((extent.bottom - 1) / pageHeight)
                || extent.bottom - extent.top > pageHeight / 2) // may as well be split
                continue;
            const QTextTableCell previous = table->cellAt(row - 1, 0);
            const qreal space = (page + 1) * pageHeight - reserve
                - layout->blockBoundingRect(previous.lastCursorPosition().block()).bottom();
            if (space <= 0)
                continue;
            QTextBlockFormat spacer;
            spacer.setLineHeight(space / pixelScale, QTextBlockFormat::FixedHeight);
            previous.lastCursorPosition().insertBlock(spacer);
        }
    }
}

qreal footerHeight(const QString &footer, QPaintDevice *device)
{
    if (footer.isEmpty())
        return 0;
    // Room for one line of footer text and a gap above it.
    const QFontMetricsF metrics(formFont(footerPointSize), device);
    return metrics.height() * 2;
}

} // namespace

QPageLayout SlipDocument::pageLayout() const
{
    return QPageLayout(pageSize, orientation, margins, QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> SlipDocument::layout(QPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> document = newDocument(device, html, images, bodyPointSize);
    if (device) {
        document->setPageSize(
            QSizeF(device->width(), device->height() - footerHeight(footer, device)));
        keepRowsTogether(document.get(), cssPixelScale(device));
    }
    return document;
}

bool SlipDocument::paint(QPagedPaintDevice *device, QString *error) const
{
    QPainter painter;
    if (!device || !painter.begin(device)) {
        *error = tr("Cannot start printing \"%1\".").arg(title);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const std::unique_ptr<QTextDocument> document = layout(device);
    const QSizeF page = document->pageSize();
    const int pages = document->pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage()) {
            *error = tr("Cannot start page %1 of \"%2\".").arg(index + 1).arg(title);
            return false;
        }
        // The document is one long strip of pages: show the slice of this page.
        const QRectF slice(0, index * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        context.clip = slice;
        document->documentLayout()->draw(&painter, context);
        context.clip = QRectF();
        painter.restore();

        if (!footer.isEmpty()) {
            TemplateValues values;
            values.set(QStringLiteral("page"), index + 1).set(QStringLiteral("pages"), pages);
            const std::unique_ptr<QTextDocument> foot
                = newDocument(device, Templates::fill(footer, values), {}, footerPointSize);
            foot->setTextWidth(page.width());
            painter.save();
            painter.translate(0, device->height() - foot->size().height());
            foot->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    if (!painter.end()) {
        *error = tr("Cannot finish printing \"%1\".").arg(title);
        return false;
    }
    return true;
}

bool writePdf(const SlipDocument &slip, const QString &path, QString *error)
{
    // QPdfWriter would silently fall back to its default paper.
    if (!slip.pageSize.isValid()) {
        *error = QCoreApplication::translate("SlipDocument", "\"%1\" has no valid paper size.")
                     .arg(slip.title);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("SlipDocument", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(slip.title);
        writer.setCreator(QStringLiteral("Một Cửa"));
        if (!writer.setPageLayout(slip.pageLayout())) {
            *error = QCoreApplication::translate("SlipDocument", "Cannot set the page size %1.")
                         .arg(slip.pageSize.name());
            file.cancelWriting();
            return false;
        }
        if (!slip.paint(&writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("SlipDocument", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace PrintFonts {

QString family()
{
    static const QString chosen = [] {
        // Letters with stacked diacritics and the horned vowels: a font that lacks them would
        // mix in glyphs from a fallback font in the middle of words.
        const QString probe = QStringLiteral("ẮẰẲẴẶẤẦẨẪẬĐđƠơƯưếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵ");
        const QStringList candidates
            = {QStringLiteral("Liberation Serif"), QStringLiteral("Times New Roman"),
               QStringLiteral("Tinos"), QStringLiteral("DejaVu Serif")};
        for (const QString &candidate : candidates) {
            bool covered = true;
            for (int style = 0; style < 4 && covered; ++style) {
                QFont font(candidate);
                font.setBold(style & 1);
                font.setItalic(style & 2);
                // Qt substitutes a missing family silently; only the real one counts.
                if (QFontInfo(font).family() != candidate) {
                    covered = false;
                    break;
                }
                const QRawFont raw = QRawFont::fromFont(font);
                for (const QChar ch : probe)
                    covered = covered && raw.supportsCharacter(ch);
            }
            if (covered)
                return candidate;
        }
        return QString();
    }();
    return chosen;
}

} // namespace PrintFonts
} // namespace motcua
