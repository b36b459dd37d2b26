// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "apitoken.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QByteArray rawHash(const QString &token)
{
    const QByteArray bytes = token.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
        reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr,
        0);
    return digest;
}

} // namespace

QString ApiToken::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QByteArray text
        = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(random.data(), size_t(random.size()));
    return u"mist_"_s + QString::fromLatin1(text);
}

QString ApiToken::hash(const QString &token)
{
    return QString::fromLatin1(rawHash(token).toHex());
}

bool ApiToken::verify(const QString &token, const QString &storedHash)
{
    if (token.isEmpty() || storedHash.isEmpty())
        return false;
    const QByteArray stored = QByteArray::fromHex(storedHash.toLatin1());
    const QByteArray given = rawHash(token);
    if (stored.size() != given.size())
        return false;
    return sodium_memcmp(stored.constData(), given.constData(), size_t(given.size())) == 0;
}

} // namespace Mist
