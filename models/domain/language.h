#pragma once

#include <QString>
#include <QStringList>

namespace motcua {

// The user-interface language: Vietnamese by default, English (the source language) second.
// Installs the application's translator; Qt itself has no Vietnamese catalogue, so the
// texts Qt's own dialogs use (standard buttons, edit menus) are in ours.
namespace Language {

QString defaultCode(); // "vi"
QStringList available(); // {"vi", "en"}
bool isValid(const QString &code);
QString current(); // the installed language
bool apply(const QString &code); // replaces the installed translator; false for unknown codes
QString nativeName(const QString &code);

// The language remembered in the user's settings (QSettings "ui/language").
QString preferred();
void setPreferred(const QString &code);

} // namespace Language
} // namespace motcua
