#pragma once

#include <QString>

namespace motcua::Text {

// NFC, trimmed, runs of white space collapsed to one space: what is stored for names and
// addresses whatever input method typed them (precomposed or decomposed).
QString normalized(const QString &input);

// The folded search key stored beside a name: diacritics removed, đ/Đ → d, lower case,
// white space collapsed. "Nguyễn Văn Đặng" → "nguyen van dang".
QString searchKey(const QString &input);

// Control characters (tabs, new lines, NUL …) have no place in a one-line field.
bool hasControlCharacters(const QString &input);

} // namespace motcua::Text
