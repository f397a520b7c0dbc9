#pragma once

#include <QImage>
#include <QString>

namespace motcua::QrCode {

// The QR code of `text` (UTF-8 bytes, error correction level M) as a black-on-white image of
// `moduleSize` pixels per module, with the 4-module quiet zone scanners need. A null image when
// the text is empty or too long to encode.
QImage image(const QString &text, int moduleSize = 8);

} // namespace motcua::QrCode
