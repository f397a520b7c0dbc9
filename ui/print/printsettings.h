#pragma once

#include "print/slipdocument.h"

#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <optional>

class QPrinter;
class QWidget;

namespace motcua {

// What the window remembers per kind of document (SlipDocument::kind), in QSettings: the last
// printer and copies (print/<kind>/printer, print/<kind>/copies) and the page setup
// (print/<kind>/page-size in mm, print/<kind>/orientation, print/<kind>/margins in mm).
namespace PrintSettings {

// The kinds File › Page setup offers, in its order; label() names them (translated).
QStringList kinds();
QString label(const QString &kind);

QString printer(const QString &kind);
int copies(const QString &kind); // 1 when none was remembered
void rememberPrinter(const QString &kind, const QPrinter &printer);

// The page setup chosen for the kind, if any.
std::optional<QPageLayout> pageLayout(const QString &kind);
void setPageLayout(const QString &kind, const QPageLayout &layout);
// The page setup of the kind if one was chosen, else the kind's own paper.
QPageLayout effectivePageLayout(const QString &kind);
// The slip on the paper chosen for its kind (unchanged when none was chosen).
SlipDocument withPageSetup(SlipDocument slip);

// QPageSetupDialog for the kind, starting from effectivePageLayout(); remembered when accepted.
bool pageSetup(QWidget *parent, const QString &kind);

} // namespace PrintSettings
} // namespace motcua
