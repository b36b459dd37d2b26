// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Makes minisign signatures with libsodium, byte for byte what `minisign -S` writes: the "ED"
// algorithm (Ed25519 over the BLAKE2b-512 hash of the file) and a global signature over that
// signature and the trusted comment. MinisignVerifier and `minisign -V` accept them.
//
// Reads minisign secret key files, encrypted (scrypt, as `minisign -G` makes them: the password
// is needed) or not (`minisign -G -W`). Also makes unencrypted key pairs, for a kiosk's own
// export-signing key.
#pragma once

#include "minisignverifier.h"

#include <QByteArray>
#include <QString>

namespace Mist {

struct MinisignSecretKey
{
    QByteArray keyId; // 8 bytes, as stored
    QByteArray secretKey; // 64 bytes (libsodium's Ed25519 secret key: seed + public key)

    [[nodiscard]] bool isValid() const { return keyId.size() == 8 && secretKey.size() == 64; }
    [[nodiscard]] MinisignPublicKey publicKey() const;
    // A minisign.pub file's text, "untrusted comment: minisign public key <ID>" and the key.
    [[nodiscard]] QByteArray publicKeyFile() const;
    // The public key's base64 line alone (what `minisign -P` takes).
    [[nodiscard]] QByteArray publicKeyBase64() const;
};

class MinisignSigner
{
public:
    static constexpr qsizetype maxSecretKeyFileBytes = 4096;

    // True if text is a minisign secret key file whose key is encrypted with a password.
    [[nodiscard]] static bool isEncrypted(const QByteArray &text);

    // Parses (and, when encrypted, decrypts with password) a minisign secret key file. A wrong
    // password or a damaged file: false, with *error.
    [[nodiscard]] static bool parseSecretKey(
        const QByteArray &text, const QByteArray &password, MinisignSecretKey *key, QString *error);

    // A new random key pair, and its unencrypted secret key file (keep it 0600).
    [[nodiscard]] static MinisignSecretKey generate();
    [[nodiscard]] static QByteArray secretKeyFile(const MinisignSecretKey &key);

    // The .minisig text for data. The trusted comment must be one line.
    [[nodiscard]] static QByteArray sign(
        const MinisignSecretKey &key, const QByteArray &data, const QString &trustedComment);
};

} // namespace Mist
