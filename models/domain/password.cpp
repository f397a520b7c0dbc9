#include "domain/password.h"

#include <QCoreApplication>

#include <sodium.h>

namespace motcua::Password {

namespace {

bool sodiumReady()
{
    // sodium_init() must run once before any other call; a function-local static is
    // initialised exactly once, even with several threads.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The same password typed with two input methods arrives precomposed (NFC) or decomposed
// (NFD): hash one canonical form so that "mật khẩu" matches whichever keyboard typed it.
QByteArray canonical(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

QString problem(const QString &password)
{
    // Characters as a person counts them: code points of the canonical form, not UTF-16 units.
    const qsizetype length = password.normalized(QString::NormalizationForm_C).toUcs4().size();
    if (length < MinimumLength)
        return QCoreApplication::translate(
            "Password", "The password must have at least %n character(s).", nullptr, MinimumLength);
    return {};
}

QString hash(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray bytes = canonical(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = canonical(password);
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size()))
        == 0;
}

} // namespace motcua::Password
