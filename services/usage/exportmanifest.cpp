// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "exportmanifest.h"

#include "directory/minisignsigner.h"
#include "directory/minisignverifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The kiosk's export key, made (0600) the first time.
bool loadOrMakeKey(const QString &dataDir, MinisignSecretKey *key, QString *error)
{
    const QString path = QDir(dataDir).filePath(ExportManifest::keyFileName.toString());
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.read(MinisignSigner::maxSecretKeyFileBytes + 1);
        if (MinisignSigner::parseSecretKey(text, {}, key, error))
            return true;
        *error = u"%1: %2"_s.arg(path, *error);
        return false;
    }
    *key = MinisignSigner::generate();
    if (!key->isValid()) {
        *error = u"cannot make an export key: libsodium could not be initialised"_s;
        return false;
    }
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly)
        || !save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || save.write(MinisignSigner::secretKeyFile(*key)) < 0 || !save.commit()) {
        *error = u"cannot save the export key %1: %2"_s.arg(path, save.errorString());
        return false;
    }
    return true;
}

bool readCapped(const QString &path, qsizetype maxBytes, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *contents = file.read(maxBytes + 1);
    return contents->size() <= maxBytes;
}

} // namespace

QJsonObject ExportManifest::toJson() const
{
    return {
        {u"format"_s, formatName.toString()},
        {u"manifestVersion"_s, currentVersion},
        {u"file"_s, file},
        {u"fileFormat"_s, format},
        {u"kioskId"_s, kioskId},
        {u"library"_s, library},
        {u"from"_s, utcText(fromMs)},
        {u"to"_s, utcText(toMs)},
        {u"events"_s, events},
        {u"bytes"_s, bytes},
        {u"sha256"_s, QString::fromLatin1(sha256)},
        {u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODate)},
        {u"publicKey"_s, QString::fromLatin1(publicKey)},
    };
}

std::optional<ExportManifest> ExportManifest::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(u"format"_s).toString() != formatName
        || object.value(u"manifestVersion"_s).toInt() != currentVersion) {
        *error = u"not a Mist usage export manifest (version %1)"_s.arg(currentVersion);
        return std::nullopt;
    }
    ExportManifest manifest;
    manifest.file = object.value(u"file"_s).toString();
    manifest.format = object.value(u"fileFormat"_s).toString();
    manifest.kioskId = object.value(u"kioskId"_s).toString();
    manifest.library = object.value(u"library"_s).toString();
    const QDateTime from
        = QDateTime::fromString(object.value(u"from"_s).toString(), Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(object.value(u"to"_s).toString(), Qt::ISODateWithMs);
    manifest.events = object.value(u"events"_s).toInteger(-1);
    manifest.bytes = object.value(u"bytes"_s).toInteger(-1);
    manifest.sha256 = object.value(u"sha256"_s).toString().toLatin1();
    manifest.exportedAt
        = QDateTime::fromString(object.value(u"exportedAt"_s).toString(), Qt::ISODate);
    manifest.publicKey = object.value(u"publicKey"_s).toString().toLatin1();
    if (manifest.kioskId.isEmpty() || !from.isValid() || !to.isValid() || manifest.events < 0
        || manifest.bytes < 0 || manifest.sha256.size() != 64) {
        *error = u"the manifest lacks the kiosk id, period, event count, size or hash"_s;
        return std::nullopt;
    }
    manifest.fromMs = from.toMSecsSinceEpoch();
    manifest.toMs = to.toMSecsSinceEpoch();
    return manifest;
}

bool ExportManifest::hashFile(const QString &path, QByteArray *sha256Hex, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    *sha256Hex = hash.result().toHex();
    *bytes = file.size();
    return true;
}

bool ExportManifest::write(
    const QString &exportPath, ExportManifest manifest, const QString &dataDir, QString *error)
{
    MinisignSecretKey key;
    if (!loadOrMakeKey(dataDir, &key, error))
        return false;
    if (!hashFile(exportPath, &manifest.sha256, &manifest.bytes)) {
        *error = u"cannot read %1 back to hash it"_s.arg(exportPath);
        return false;
    }
    manifest.file = QFileInfo(exportPath).fileName();
    manifest.publicKey = key.publicKeyBase64();
    if (!manifest.exportedAt.isValid())
        manifest.exportedAt = QDateTime::currentDateTimeUtc();
    const QByteArray text = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    const QString manifestPath = exportPath + suffix.toString();
    const QByteArray signature = MinisignSigner::sign(key, text,
        u"mist-usage-export kiosk=%1 events=%2 sha256=%3"_s.arg(manifest.kioskId)
            .arg(manifest.events)
            .arg(QString::fromLatin1(manifest.sha256)));
    const std::pair<QString, QByteArray> files[]
        = {{manifestPath, text}, {manifestPath + u".minisig"_s, signature}};
    for (const auto &[path, contents] : files) {
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(contents) < 0 || !save.commit()) {
            *error = u"cannot write %1: %2"_s.arg(path, save.errorString());
            return false;
        }
    }
    return true;
}

ExportManifest::Check ExportManifest::verify(
    const QString &exportPath, const std::vector<QByteArray> &trustedKeys)
{
    Check check;
    const QString manifestPath = exportPath + suffix.toString();
    QByteArray text;
    QByteArray signature;
    if (!QFileInfo::exists(manifestPath)) {
        check.error = u"no manifest (%1): cannot tell whether it is complete"_s.arg(
            QFileInfo(manifestPath).fileName());
        return check;
    }
    if (!readCapped(manifestPath, maxManifestBytes, &text)) {
        check.error = u"the manifest cannot be read or is too large"_s;
        return check;
    }
    if (!readCapped(
            manifestPath + u".minisig"_s, MinisignVerifier::maxSignatureFileBytes, &signature)) {
        check.error = u"the manifest is not signed (no %1.minisig)"_s.arg(
            QFileInfo(manifestPath).fileName());
        return check;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        check.error = u"the manifest is not JSON"_s;
        return check;
    }
    QString error;
    const auto manifest = fromJson(document.object(), &error);
    if (!manifest) {
        check.error = error;
        return check;
    }
    const std::vector<QByteArray> keys
        = trustedKeys.empty() ? std::vector<QByteArray> {manifest->publicKey} : trustedKeys;
    const MinisignResult signed_ = MinisignVerifier::verifyWith(keys, text, signature);
    if (!signed_.ok()) {
        check.error = u"the manifest's signature: %1"_s.arg(signed_.errorString);
        return check;
    }
    QByteArray sha256;
    qint64 bytes = 0;
    if (!hashFile(exportPath, &sha256, &bytes)) {
        check.error = u"the export cannot be read"_s;
        return check;
    }
    if (bytes != manifest->bytes) {
        check.error = u"the export has %1 bytes, the manifest says %2: damaged, cut short or "
                      u"changed"_s.arg(bytes)
                          .arg(manifest->bytes);
        return check;
    }
    if (sha256 != manifest->sha256) {
        check.error = u"the export's SHA-256 differs from the manifest's: it was changed"_s;
        return check;
    }
    check.manifest = *manifest;
    check.keyIdHex = signed_.keyIdHex;
    return check;
}

} // namespace Mist
