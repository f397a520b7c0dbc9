#pragma once

#include <QString>

class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QWidget;

namespace motcua::DialogSupport {

// A password field: no echo, no completion, no copying out.
QLineEdit *passwordEdit(QWidget *parent, const QString &objectName);

// The line under a form where a refusal is shown, in the palette's error colour.
QLabel *messageLabel(QWidget *parent);
void showMessage(QLabel *label, const QString &text);

// Whether the two typed passwords match; shows the refusal when not.
bool passwordsMatch(const QLineEdit *password, const QLineEdit *repeated, QLabel *message);

// Qt has no Vietnamese of its own file dialog: name its buttons and labels ourselves.
void nameFileDialog(QFileDialog *dialog);
// A file to save to, chosen in such a dialog (objectName for tests); empty when cancelled.
QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                     const QString &filter, const QString &objectName);

// Says what just happened in the status bar of the main window `from` belongs to (a page, or a
// dossier window whose parent it is), for a while; nothing when there is none.
void announce(QWidget *from, const QString &text);
// "Saved as …": the path of a file just written, in the status bar.
void announceSaved(QWidget *from, const QString &path);

} // namespace motcua::DialogSupport
