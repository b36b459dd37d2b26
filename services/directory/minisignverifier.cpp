// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "minisignverifier.h"

#include <QByteArrayList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr qsizetype keyIdBytes = 8;
constexpr qsizetype algorithmBytes = 2;
constexpr qsizetype publicKeyBytes = algorithmBytes + keyIdBytes + crypto_sign_PUBLICKEYBYTES;
constexpr qsizetype signatureBytes = algorithmBytes + keyIdBytes + crypto_sign_BYTES;

const QByteArray untrustedPrefix = QByteArrayLiteral("untrusted comment:");
const QByteArray trustedPrefix = QByteArrayLiteral("trusted comment: ");

// Splits on '\n' and drops one trailing '\r' per line, as minisign reads files written on
// Windows too.
QByteArrayList lines(const QByteArray &text)
{
    QByteArrayList result = text.split('\n');
    for (QByteArray &line : result) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return result;
}

// Strict base64 (the standard alphabet with padding, as minisign writes it) of exactly
// expectedSize bytes; an empty array otherwise. Qt's decoder accepts missing padding, so the
// length is checked first: 4 characters per 3 bytes, rounded up.
QByteArray decodeBase64(const QByteArray &text, qsizetype expectedSize)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() != (expectedSize + 2) / 3 * 4)
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || decoded.decoded.size() != expectedSize)
        return {};
    return decoded.decoded;
}

MinisignResult failure(MinisignResult::Error error, const QString &message)
{
    MinisignResult result;
    result.error = error;
    result.errorString = message;
    return result;
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QString MinisignPublicKey::keyIdHex() const
{
    QByteArray reversed(keyId.size(), Qt::Uninitialized);
    std::reverse_copy(keyId.cbegin(), keyId.cend(), reversed.begin());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

MinisignVerifier::MinisignVerifier()
    // sodium_init() is idempotent and thread-safe; 1 means "already initialised".
    : m_sodiumReady(sodium_init() >= 0)
{ }

bool MinisignVerifier::parsePublicKey(
    const QByteArray &text, MinisignPublicKey *key, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (text.size() > maxKeyFileBytes)
        return fail(u"the key file is larger than %1 bytes"_s.arg(maxKeyFileBytes));

    // A key file: the untrusted comment, then the key. A bare key: one line of base64.
    QByteArrayList keyLines = lines(text);
    while (!keyLines.isEmpty() && keyLines.constLast().trimmed().isEmpty())
        keyLines.removeLast();
    QString comment;
    QByteArray encoded;
    if (keyLines.size() == 1) {
        encoded = keyLines.constFirst();
    } else if (keyLines.size() == 2 && keyLines.constFirst().startsWith(untrustedPrefix)) {
        comment = QString::fromUtf8(keyLines.constFirst().mid(untrustedPrefix.size())).trimmed();
        encoded = keyLines.at(1);
    } else {
        return fail(u"not a minisign public key (expected an \"untrusted comment:\" line and a "
                    u"base64 line, or a bare base64 key)"_s);
    }

    const QByteArray decoded = decodeBase64(encoded, publicKeyBytes);
    if (decoded.isEmpty())
        return fail(u"the key is not base64 of %1 bytes"_s.arg(publicKeyBytes));
    if (decoded.left(algorithmBytes) != "Ed")
        return fail(u"the key is not an Ed25519 minisign key"_s);

    if (key) {
        key->keyId = decoded.mid(algorithmBytes, keyIdBytes);
        key->key = decoded.mid(algorithmBytes + keyIdBytes);
        key->untrustedComment = comment;
    }
    return true;
}

bool MinisignVerifier::addPublicKey(const QByteArray &text, QString *error)
{
    MinisignPublicKey key;
    if (!parsePublicKey(text, &key, error))
        return false;
    addPublicKey(key);
    return true;
}

void MinisignVerifier::addPublicKey(const MinisignPublicKey &key)
{
    for (const MinisignPublicKey &existing : m_keys) {
        if (existing.keyId == key.keyId && existing.key == key.key)
            return;
    }
    m_keys.push_back(key);
}

MinisignResult MinisignVerifier::verify(
    const QByteArray &data, const QByteArray &signatureFile) const
{
    using Error = MinisignResult::Error;
    if (!m_sodiumReady)
        return failure(Error::CryptoUnavailable, u"libsodium could not be initialised"_s);
    if (m_keys.empty())
        return failure(Error::NoKeys, u"no public key is configured"_s);
    if (signatureFile.size() > maxSignatureFileBytes) {
        return failure(Error::MalformedSignature,
            u"the signature file is larger than %1 bytes"_s.arg(maxSignatureFileBytes));
    }

    // untrusted comment / signature / trusted comment / global signature
    QByteArrayList sigLines = lines(signatureFile);
    while (!sigLines.isEmpty() && sigLines.constLast().isEmpty())
        sigLines.removeLast();
    if (sigLines.size() != 4 || !sigLines.at(0).startsWith(untrustedPrefix)
        || !sigLines.at(2).startsWith(trustedPrefix)) {
        return failure(Error::MalformedSignature,
            u"not a minisign signature file (expected an untrusted comment, a signature, a "
            u"trusted comment and a global signature)"_s);
    }
    const QByteArray signature = decodeBase64(sigLines.at(1), signatureBytes);
    if (signature.isEmpty()) {
        return failure(Error::MalformedSignature,
            u"the signature line is not base64 of %1 bytes"_s.arg(signatureBytes));
    }
    const QByteArray trustedComment = sigLines.at(2).mid(trustedPrefix.size());
    if (trustedComment.size() > maxTrustedCommentBytes) {
        return failure(Error::MalformedSignature,
            u"the trusted comment is longer than %1 bytes"_s.arg(maxTrustedCommentBytes));
    }
    const QByteArray globalSignature = decodeBase64(sigLines.at(3), crypto_sign_BYTES);
    if (globalSignature.isEmpty()) {
        return failure(Error::MalformedSignature,
            u"the global signature line is not base64 of %1 bytes"_s.arg(crypto_sign_BYTES));
    }

    // Only minisign's own format, "ED" (Ed25519 over the BLAKE2b-512 hash of the file). The
    // legacy "Ed" (over the bytes themselves) is refused: minisign has not made it by default
    // for years, and accepting two formats only widens what an attacker may try.
    const QByteArray algorithm = signature.left(algorithmBytes);
    const bool prehashed = algorithm == "ED";
    if (algorithm == "Ed") {
        return failure(Error::UnsupportedAlgorithm,
            u"legacy \"Ed\" signatures are not accepted: sign with minisign's default (\"ED\")"_s);
    }
    if (!prehashed) {
        return failure(
            Error::UnsupportedAlgorithm, u"unsupported signature algorithm (expected \"ED\")"_s);
    }

    MinisignPublicKey signer;
    signer.keyId = signature.mid(algorithmBytes, keyIdBytes);
    const auto key = std::find_if(m_keys.cbegin(), m_keys.cend(),
        [&signer](const MinisignPublicKey &candidate) { return candidate.keyId == signer.keyId; });
    if (key == m_keys.cend()) {
        return failure(Error::UnknownKey,
            u"signed with key %1, which is not a configured key"_s.arg(signer.keyIdHex()));
    }

    const QByteArray rawSignature = signature.mid(algorithmBytes + keyIdBytes);
    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(
        hash, sizeof hash, bytes(data), static_cast<unsigned long long>(data.size()), nullptr, 0);
    if (crypto_sign_verify_detached(bytes(rawSignature), hash, sizeof hash, bytes(key->key)) != 0) {
        return failure(Error::BadSignature,
            u"the signature does not match the data: the file was changed or signed by "
            u"another key"_s);
    }

    const QByteArray signedComment = rawSignature + trustedComment;
    if (crypto_sign_verify_detached(bytes(globalSignature), bytes(signedComment),
            static_cast<unsigned long long>(signedComment.size()), bytes(key->key))
        != 0) {
        return failure(Error::BadTrustedComment, u"the trusted comment was changed"_s);
    }

    MinisignResult result;
    result.trustedComment = QString::fromUtf8(trustedComment);
    result.keyIdHex = key->keyIdHex();
    result.prehashed = prehashed;
    return result;
}

MinisignResult MinisignVerifier::verifyWith(const std::vector<QByteArray> &publicKeys,
    const QByteArray &data, const QByteArray &signatureFile)
{
    MinisignVerifier verifier;
    for (const QByteArray &text : publicKeys) {
        QString reason;
        if (!verifier.addPublicKey(text, &reason))
            return failure(MinisignResult::Error::MalformedKey, reason);
    }
    return verifier.verify(data, signatureFile);
}

} // namespace Mist
