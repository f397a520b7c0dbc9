#pragma once

#include <QString>
#include <QVariant>

namespace motcua::Sql {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '', so an empty
// value must be bound as an empty string.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace motcua::Sql
