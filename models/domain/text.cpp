#include "domain/text.h"

namespace motcua::Text {

QString normalized(const QString &input)
{
    return input.normalized(QString::NormalizationForm_C).simplified();
}

QString searchKey(const QString &input)
{
    const QString decomposed = input.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        // đ and Đ are letters of their own, not d with a mark: NFD keeps them.
        if (ch == QChar(0x0111) || ch == QChar(0x0110))
            key.append(QLatin1Char('d'));
        else
            key.append(ch.toLower());
    }
    return key;
}

bool hasControlCharacters(const QString &input)
{
    for (const QChar ch : input) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
            || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace motcua::Text
