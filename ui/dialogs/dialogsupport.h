#pragma once

#include <QString>

class QDialogButtonBox;
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

} // namespace motcua::DialogSupport
