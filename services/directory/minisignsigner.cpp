// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "minisignsigner.h"

#include <QByteArrayList>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// minisign's secret key: sig_alg "Ed", kdf_alg ("Sc" or two zero bytes), chk_alg "B2", the
// scrypt salt, opslimit and memlimit (little-endian), then key id, secret key and checksum, the
// last three XORed with the scrypt output when the key is encrypted.
constexpr qsizetype saltOffset = 6;
constexpr qsizetype opsOffset = saltOffset + crypto_pwhash_scryptsalsa208sha256_SALTBYTES;
constexpr qsizetype memOffset = opsOffset + 8;
constexpr qsizetype keynumOffset = memOffset + 8;
constexpr qsizetype keyIdBytes = 8;
constexpr qsizetype checksumBytes = crypto_generichash_BYTES;
constexpr qsizetype keynumBytes = keyIdBytes + crypto_sign_SECRETKEYBYTES + checksumBytes;
constexpr qsizetype secretKeyBytes = keynumOffset + keynumBytes;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray checksum(const QByteArray &keyId, const QByteArray &secretKey)
{
    const QByteArray input = "Ed"_ba + keyId + secretKey;
    QByteArray out(checksumBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        bytes(input), static_cast<unsigned long long>(input.size()), nullptr, 0);
    return out;
}

QByteArray decodedKeyLine(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    lines.removeAll(QByteArray());
    if (lines.size() != 2 || !lines.at(0).startsWith("untrusted comment:"))
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(lines.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || decoded.decoded.size() != secretKeyBytes)
        return {};
    return decoded.decoded;
}

} // namespace

MinisignPublicKey MinisignSecretKey::publicKey() const
{
    MinisignPublicKey key;
    key.keyId = keyId;
    key.key = secretKey.mid(crypto_sign_SEEDBYTES); // libsodium keeps the public key there
    return key;
}

QByteArray MinisignSecretKey::publicKeyBase64() const
{
    return QByteArray("Ed"_ba + keyId + publicKey().key).toBase64();
}

QByteArray MinisignSecretKey::publicKeyFile() const
{
    return "untrusted comment: minisign public key " + publicKey().keyIdHex().toLatin1() + '\n'
        + publicKeyBase64() + '\n';
}

bool MinisignSigner::isEncrypted(const QByteArray &text)
{
    const QByteArray decoded = decodedKeyLine(text);
    return !decoded.isEmpty() && decoded.mid(2, 2) == "Sc";
}

bool MinisignSigner::parseSecretKey(
    const QByteArray &text, const QByteArray &password, MinisignSecretKey *key, QString *error)
{
    if (sodium_init() < 0) {
        *error = u"libsodium could not be initialised"_s;
        return false;
    }
    if (text.size() > maxSecretKeyFileBytes) {
        *error = u"the secret key file is larger than %1 bytes"_s.arg(maxSecretKeyFileBytes);
        return false;
    }
    QByteArray decoded = decodedKeyLine(text);
    if (decoded.isEmpty()) {
        *error = u"not a minisign secret key file"_s;
        return false;
    }
    if (decoded.left(2) != "Ed" || decoded.mid(4, 2) != "B2") {
        *error = u"not an Ed25519 minisign secret key"_s;
        return false;
    }
    const QByteArray kdf = decoded.mid(2, 2);
    const bool encrypted = kdf == "Sc";
    if (!encrypted && kdf != QByteArray(2, '\0')) {
        *error = u"the secret key uses an unknown key derivation"_s;
        return false;
    }
    if (encrypted) {
        if (password.isEmpty()) {
            *error = u"the secret key is encrypted: a password is needed"_s;
            return false;
        }
        const quint64 opsLimit = qFromLittleEndian<quint64>(decoded.constData() + opsOffset);
        const quint64 memLimit = qFromLittleEndian<quint64>(decoded.constData() + memOffset);
        // minisign's own defaults are 2^25 and 1 GiB; refuse anything far beyond, so a hostile
        // key file cannot ask for all the memory there is.
        if (opsLimit > (quint64(1) << 32) || memLimit > (quint64(4) << 30)) {
            *error = u"the secret key asks for an unreasonable key derivation"_s;
            return false;
        }
        QByteArray stream(keynumBytes, Qt::Uninitialized);
        if (crypto_pwhash_scryptsalsa208sha256(reinterpret_cast<unsigned char *>(stream.data()),
                static_cast<unsigned long long>(stream.size()), password.constData(),
                static_cast<unsigned long long>(password.size()), bytes(decoded) + saltOffset,
                opsLimit, size_t(memLimit))
            != 0) {
            *error = u"the key derivation failed (out of memory?)"_s;
            return false;
        }
        for (qsizetype i = 0; i < keynumBytes; ++i)
            decoded[keynumOffset + i] = char(decoded.at(keynumOffset + i) ^ stream.at(i));
        sodium_memzero(stream.data(), size_t(stream.size()));
    }
    MinisignSecretKey parsed;
    parsed.keyId = decoded.mid(keynumOffset, keyIdBytes);
    parsed.secretKey = decoded.mid(keynumOffset + keyIdBytes, crypto_sign_SECRETKEYBYTES);
    const QByteArray stored
        = decoded.mid(keynumOffset + keyIdBytes + crypto_sign_SECRETKEYBYTES, checksumBytes);
    // minisign -W leaves the checksum of an unencrypted key zero; an encrypted key's checksum
    // is what tells a wrong password.
    const bool zeroChecksum = stored == QByteArray(checksumBytes, '\0');
    if (stored != checksum(parsed.keyId, parsed.secretKey) && (encrypted || !zeroChecksum)) {
        *error = encrypted ? u"wrong password, or a damaged secret key"_s
                           : u"the secret key is damaged (its checksum does not match)"_s;
        return false;
    }
    *key = parsed;
    return true;
}

MinisignSecretKey MinisignSigner::generate()
{
    MinisignSecretKey key;
    if (sodium_init() < 0)
        return key;
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    key.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(key.secretKey.data()));
    key.keyId = QByteArray(keyIdBytes, Qt::Uninitialized);
    randombytes_buf(key.keyId.data(), size_t(key.keyId.size()));
    return key;
}

QByteArray MinisignSigner::secretKeyFile(const MinisignSecretKey &key)
{
    QByteArray raw = "Ed"_ba + QByteArray(2, '\0') + "B2"_ba;
    raw += QByteArray(crypto_pwhash_scryptsalsa208sha256_SALTBYTES + 16, '\0');
    raw += key.keyId + key.secretKey + checksum(key.keyId, key.secretKey);
    return "untrusted comment: minisign secret key (not encrypted)\n"_ba + raw.toBase64() + '\n';
}

QByteArray MinisignSigner::sign(
    const MinisignSecretKey &key, const QByteArray &data, const QString &trustedComment)
{
    if (!key.isValid() || sodium_init() < 0)
        return {};
    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(
        hash, sizeof hash, bytes(data), static_cast<unsigned long long>(data.size()), nullptr, 0);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, hash,
        sizeof hash, bytes(key.secretKey));

    QByteArray comment = trustedComment.toUtf8();
    comment.replace('\n', ' ').replace('\r', ' ');
    const QByteArray signedComment = signature + comment;
    QByteArray global(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(global.data()), nullptr,
        bytes(signedComment), static_cast<unsigned long long>(signedComment.size()),
        bytes(key.secretKey));

    return "untrusted comment: signature from minisign secret key\n"_ba
        + QByteArray("ED"_ba + key.keyId + signature).toBase64() + "\ntrusted comment: "_ba
        + comment + '\n' + global.toBase64() + '\n';
}

} // namespace Mist
