// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Checks minisign signatures (Ed25519, https://jedisct1.github.io/minisign/) with libsodium: the
// regional admin signs the directory feed with the Debian `minisign` tool and the kiosk accepts
// it only if one of its configured public keys made the signature.
//
// A .minisig file holds two signatures and both must verify: one over the file (over its
// BLAKE2b-512 hash for the "ED" algorithm, the default of minisign 0.11 in Debian 12; over the raw
// bytes for the legacy "Ed"), and a global one over that signature followed by the trusted comment,
// so the trusted comment cannot be changed either. Several keys may be configured (a key rotation,
// two admins); the signature's key id picks one.
//
// Every input is treated as hostile: any size, any bytes, no crash, a precise error.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace Mist {

// A minisign public key: "Ed" + an 8-byte key id + a 32-byte Ed25519 key.
struct MinisignPublicKey
{
    QByteArray keyId; // 8 bytes, as stored
    QByteArray key; // 32 bytes
    QString untrustedComment; // from a key file; empty for a bare base64 key

    // The key id as minisign prints it: 16 uppercase hex digits (little-endian number).
    [[nodiscard]] QString keyIdHex() const;
};

// What verify() found. trustedComment and keyId are filled in only when the signature is valid.
struct MinisignResult
{
    enum class Error {
        NoError,
        NoKeys, // the verifier has no public key configured
        MalformedKey, // a configured key is not a minisign public key (verifyWith() only)
        MalformedSignature, // not a .minisig file, or damaged
        UnsupportedAlgorithm, // not "ED" (prehashed); the legacy "Ed" is refused too
        UnknownKey, // signed by a key that is not configured
        BadSignature, // the data was changed, or the signature does not belong to it
        BadTrustedComment, // the trusted comment was changed
        CryptoUnavailable, // libsodium could not be initialised
    };

    Error error = Error::NoError;
    QString errorString;
    QString trustedComment; // the text after "trusted comment: "
    QString keyIdHex; // which configured key made the signature
    bool prehashed = false; // true for "ED" (BLAKE2b-512): every accepted signature

    [[nodiscard]] bool ok() const { return error == Error::NoError; }
};

class MinisignVerifier
{
public:
    MinisignVerifier();

    // Parses a public key: the contents of a minisign.pub file ("untrusted comment: ..." then
    // the base64 line) or a bare base64 key string as `minisign -P` takes it. On failure returns
    // false and, when given, sets *error (the reason is also why MalformedKey is reported).
    [[nodiscard]] static bool parsePublicKey(
        const QByteArray &text, MinisignPublicKey *key, QString *error = nullptr);

    // Adds a key to the trusted set. Returns false (and adds nothing) if text is not a key.
    [[nodiscard]] bool addPublicKey(const QByteArray &text, QString *error = nullptr);
    void addPublicKey(const MinisignPublicKey &key);
    [[nodiscard]] const std::vector<MinisignPublicKey> &publicKeys() const { return m_keys; }

    // Checks signatureFile (the contents of a .minisig) against data.
    [[nodiscard]] MinisignResult verify(
        const QByteArray &data, const QByteArray &signatureFile) const;

    // One call for a command line or a configuration: parses every key (MalformedKey if one is
    // not a key), then verifies.
    [[nodiscard]] static MinisignResult verifyWith(const std::vector<QByteArray> &publicKeys,
        const QByteArray &data, const QByteArray &signatureFile);

    // Limits on what is read at all: minisign itself writes files far smaller.
    static constexpr qsizetype maxKeyFileBytes = 4096;
    static constexpr qsizetype maxSignatureFileBytes = 16384;
    static constexpr qsizetype maxTrustedCommentBytes = 8192;

private:
    std::vector<MinisignPublicKey> m_keys;
    bool m_sodiumReady = false;
};

} // namespace Mist
