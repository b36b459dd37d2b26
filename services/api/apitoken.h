// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Staff API tokens: 32 random bytes shown once as "mist_<base64url>", kept only as a BLAKE2b-256
// hash. A token has 256 bits of entropy, so a fast hash is as safe as a slow password hash here
// and keeps every request cheap (/metrics under load); comparison is constant-time.
#pragma once

#include <QByteArray>
#include <QString>

namespace Mist {

class ApiToken
{
public:
    // A new random token (libsodium's CSPRNG).
    [[nodiscard]] static QString generate();
    // The hex hash kept at rest.
    [[nodiscard]] static QString hash(const QString &token);
    // Whether token hashes to storedHash, compared in constant time. False if either is empty.
    [[nodiscard]] static bool verify(const QString &token, const QString &storedHash);
};

} // namespace Mist
