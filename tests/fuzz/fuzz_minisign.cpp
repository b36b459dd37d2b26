// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: the minisign readers. The same bytes are read as a public key file and as a
// .minisig file checked against a fixed text with the test key of tests/data/feed/signed.
#include "directory/minisignverifier.h"
#include "fuzzsupport.h"

#include <memory>

namespace {

std::unique_ptr<Mist::MinisignVerifier> verifier;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    verifier = std::make_unique<Mist::MinisignVerifier>();
    if (!verifier->addPublicKey(
            QByteArrayLiteral("untrusted comment: minisign public key "
                              "9D8818166EC4BF9\n"
                              "RWT5S+xmgYHYCT1qZ3txa2uuz1Mx+NIRQoWZrdUM8C0I608HyvEEzm53\n")))
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = MistFuzz::bytes(data, size);

    Mist::MinisignPublicKey key;
    QString error;
    if (Mist::MinisignVerifier::parsePublicKey(input, &key, &error)) {
        if (key.keyId.size() != 8 || key.key.size() != 32)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }

    const Mist::MinisignResult result
        = verifier->verify(QByteArrayLiteral("{\"schema_version\":1}\n"), input);
    if (!result.ok() && result.errorString.isEmpty())
        __builtin_trap();
    return 0;
}
