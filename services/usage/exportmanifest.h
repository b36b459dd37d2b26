// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The signed manifest beside a usage export (`mistctl logs export --out FILE`): FILE.manifest.json
// says which kiosk made the export, for which period, how many events and bytes it holds and their
// SHA-256; FILE.manifest.json.minisig is a minisign signature of the manifest by the kiosk's own
// export key (<data-dir>/export-key, made on the first export, 0600). The manifest carries the
// public key, so a regional office can check any export, and pin the keys it knows (--pubkey).
// `minisign -V -p KEY -m FILE.manifest.json` checks the signature too.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace Mist {

struct ExportManifest
{
    static constexpr QStringView suffix = u".manifest.json";
    static constexpr QStringView keyFileName = u"export-key";
    static constexpr QStringView formatName = u"mist-usage-export";
    static constexpr int currentVersion = 1;
    static constexpr qsizetype maxManifestBytes = 16384;

    QString file; // the export's file name, without its directory
    QString format; // "ndjson" or "csv"
    QString kioskId;
    QString library; // the library's name from the kiosk's configuration
    qint64 fromMs = 0; // the period exported, UTC ms, [from, to)
    qint64 toMs = 0;
    qint64 events = 0;
    qint64 bytes = 0;
    QByteArray sha256; // lowercase hex
    QDateTime exportedAt; // UTC
    QByteArray publicKey; // the minisign public key (base64 line) that signs this manifest

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ExportManifest> fromJson(
        const QJsonObject &object, QString *error);

    // SHA-256 (hex) and size of a file, read in pieces. False if it cannot be read.
    static bool hashFile(const QString &path, QByteArray *sha256Hex, qint64 *bytes);

    // Fills file, bytes, sha256 and publicKey from exportPath and the kiosk's key in dataDir
    // (made now if missing), then writes and signs exportPath + suffix.
    static bool write(
        const QString &exportPath, ExportManifest manifest, const QString &dataDir, QString *error);

    // Reads and checks the manifest beside exportPath: present, signed (by one of trustedKeys
    // when any are given, else by the key it names), and the export's size and hash match.
    struct Check;
    [[nodiscard]] static Check verify(
        const QString &exportPath, const std::vector<QByteArray> &trustedKeys);
};

struct ExportManifest::Check
{
    QString error; // empty: complete and unmodified
    ExportManifest manifest; // valid when error is empty
    QString keyIdHex; // the key that signed it
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace Mist
