#pragma once

#include <QString>

namespace motcua::Password {

constexpr int MinimumLength = 8;

// Why a new password is not acceptable (translated), or an empty string when it is.
QString problem(const QString &password);

// An Argon2id hash in libsodium's string form ("$argon2id$v=19$…"), salt and parameters
// included; empty when the hash could not be computed (out of memory).
QString hash(const QString &password);

bool verify(const QString &storedHash, const QString &password);

} // namespace motcua::Password
