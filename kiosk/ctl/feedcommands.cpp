// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl feed build and feed verify, the regional feed publisher's tools.
// build: validates a directory source with the kiosk's own parser, fills the version and expiry,
// says what changed against the previously published feed, and signs it if asked.
// verify: what a kiosk would make of a directory feed. Checks both minisign signatures, parses
// the feed, lists the entries a kiosk would drop, and checks the expiry and the trusted comment.
// It cannot know a kiosk's last accepted version, so it does not check for rollback.

#include "ctlcommand.h"

#include "directory/feedacceptance.h"
#include "directory/feedparser.h"
#include "directory/minisignsigner.h"
#include "directory/minisignverifier.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Reads at most maxBytes + 1 bytes, so an oversized file is noticed without reading all of it.
bool readCapped(const QString &path, qsizetype maxBytes, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    *contents = file.read(maxBytes + 1);
    if (contents->size() > maxBytes) {
        *error = u"%1 is larger than %2 bytes"_s.arg(path).arg(maxBytes);
        return false;
    }
    return true;
}

QString utcText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

// Collects what verify found, then prints it as text or JSON.
struct Report
{
    QString feedPath;
    QString signaturePath;
    QString error; // empty when the feed is valid
    MinisignResult signature;
    bool parsed = false;
    Feed feed;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject object {
            {u"valid"_s, error.isEmpty()},
            {u"feed"_s, feedPath},
            {u"signatureFile"_s, signaturePath},
        };
        if (!error.isEmpty())
            object.insert(u"error"_s, error);
        if (signature.ok()) {
            object.insert(u"signature"_s,
                QJsonObject {
                    {u"keyId"_s, signature.keyIdHex},
                    {u"algorithm"_s, signature.prehashed ? u"ED"_s : u"Ed"_s},
                    {u"trustedComment"_s, signature.trustedComment},
                });
        }
        if (parsed) {
            QJsonArray dropped;
            for (const DroppedEntry &entry : feed.dropped)
                dropped.append(
                    QJsonObject {{u"entry"_s, entry.entry}, {u"reason"_s, entry.reason}});
            object.insert(u"version"_s, feed.version);
            object.insert(u"generated"_s, utcText(feed.generated));
            object.insert(u"expires"_s, utcText(feed.expires));
            object.insert(u"entries"_s, qint64(feed.entries.size()));
            object.insert(u"dropped"_s, dropped);
        }
        return object;
    }

    void printText() const
    {
        std::printf("feed:            %s\n", qPrintable(feedPath));
        std::printf("signature file:  %s\n", qPrintable(signaturePath));
        if (signature.ok()) {
            std::printf("signature:       valid, key %s (%s)\n", qPrintable(signature.keyIdHex),
                signature.prehashed ? "ED, prehashed" : "Ed, legacy");
            std::printf("trusted comment: %s\n", qPrintable(signature.trustedComment));
        }
        if (parsed) {
            std::printf("version:         %lld\n", static_cast<long long>(feed.version));
            std::printf("generated:       %s\n", qPrintable(utcText(feed.generated)));
            std::printf("expires:         %s\n", qPrintable(utcText(feed.expires)));
            std::printf("entries:         %zu accepted, %zu dropped\n", feed.entries.size(),
                feed.dropped.size());
            for (const DroppedEntry &entry : feed.dropped) {
                std::printf(
                    "  dropped %s: %s\n", qPrintable(entry.entry), qPrintable(entry.reason));
            }
        }
        std::printf("result:          %s\n", error.isEmpty() ? "valid" : "NOT valid");
    }
};

int finish(const CtlInvocation &invocation, const Report &report)
{
    if (invocation.json())
        CtlInvocation::printJson(report.toJson());
    else
        report.printText();
    if (report.error.isEmpty())
        return CtlInvocation::exitOk;
    invocation.printError(report.error);
    return CtlInvocation::exitFailure;
}

int verify(CtlInvocation &invocation)
{
    const QCommandLineOption pubkey(u"pubkey"_s,
        u"A trusted minisign public key file (minisign.pub). Repeat for several keys."_s,
        u"KEYFILE"_s);
    invocation.parser().addOption(pubkey);
    invocation.parser().setApplicationDescription(
        u"Checks a signed directory feed as a kiosk would: both minisign signatures, the format, "
        u"the expiry and the trusted comment. SIGFILE defaults to FEED.minisig. Exits with 0 if "
        u"the feed is valid, 1 if not."_s);
    if (!invocation.parse(u"FEED [SIGFILE]"_s))
        return CtlInvocation::exitUsage;

    const QStringList positional = invocation.positional();
    if (positional.isEmpty() || positional.size() > 2) {
        invocation.printError(u"expected FEED and optionally SIGFILE"_s);
        return CtlInvocation::exitUsage;
    }
    const QStringList keyFiles = invocation.parser().values(pubkey);
    if (keyFiles.isEmpty()) {
        invocation.printError(u"--pubkey KEYFILE is required"_s);
        return CtlInvocation::exitUsage;
    }

    Report report;
    report.feedPath = positional.at(0);
    report.signaturePath
        = positional.size() > 1 ? positional.at(1) : report.feedPath + u".minisig"_s;

    std::vector<QByteArray> keys;
    for (const QString &keyFile : keyFiles) {
        QByteArray key;
        if (!readCapped(keyFile, MinisignVerifier::maxKeyFileBytes, &key, &report.error))
            return finish(invocation, report);
        keys.push_back(key);
    }
    QByteArray document;
    QByteArray signatureFile;
    if (!readCapped(report.feedPath, FeedParser::maxDocumentBytes, &document, &report.error))
        return finish(invocation, report);
    if (!QFileInfo::exists(report.signaturePath)) {
        report.error = u"no signature: %1 does not exist"_s.arg(report.signaturePath);
        return finish(invocation, report);
    }
    if (!readCapped(report.signaturePath, MinisignVerifier::maxSignatureFileBytes, &signatureFile,
            &report.error))
        return finish(invocation, report);

    report.signature = MinisignVerifier::verifyWith(keys, document, signatureFile);
    if (!report.signature.ok()) {
        report.error = u"signature: %1"_s.arg(report.signature.errorString);
        return finish(invocation, report);
    }

    FeedParser::Result parsed = FeedParser::parse(document);
    if (!parsed.ok()) {
        report.error = u"feed: %1"_s.arg(parsed.errorString);
        return finish(invocation, report);
    }
    report.parsed = true;
    report.feed = std::move(parsed.feed);

    const FeedAcceptance::Decision decision = FeedAcceptance::decide(report.feed, std::nullopt,
        QDateTime::currentDateTimeUtc(), report.signature.trustedComment);
    if (!decision.accepted())
        report.error = decision.reason;
    return finish(invocation, report);
}

// The entries of a feed document by id, as JSON objects (entries without an id are skipped: the
// parser reports them).
QHash<QString, QJsonObject> entriesById(const QJsonObject &document)
{
    QHash<QString, QJsonObject> entries;
    const QJsonArray array = document.value(u"entries"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        if (!id.isEmpty())
            entries.insert(id, entry);
    }
    return entries;
}

// What changed from the previous feed: added and removed ids, and changed ids with the names of
// the fields that differ.
struct FeedChanges
{
    QStringList added;
    QStringList removed;
    QList<std::pair<QString, QStringList>> changed;

    static FeedChanges between(const QJsonObject &previous, const QJsonObject &next)
    {
        FeedChanges changes;
        const QHash<QString, QJsonObject> before = entriesById(previous);
        const QHash<QString, QJsonObject> after = entriesById(next);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const auto old = before.constFind(it.key());
            if (old == before.cend()) {
                changes.added.append(it.key());
                continue;
            }
            if (*old == it.value())
                continue;
            QStringList fields;
            QStringList keys = old->keys() + it->keys();
            keys.removeDuplicates();
            for (const QString &key : std::as_const(keys)) {
                if (old->value(key) != it->value(key))
                    fields.append(key);
            }
            fields.sort();
            changes.changed.append({it.key(), fields});
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                changes.removed.append(it.key());
        }
        changes.added.sort();
        changes.removed.sort();
        std::sort(changes.changed.begin(), changes.changed.end());
        return changes;
    }

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonArray changedArray;
        for (const auto &[id, fields] : changed)
            changedArray.append(
                QJsonObject {{u"id"_s, id}, {u"fields"_s, QJsonArray::fromStringList(fields)}});
        return {{u"added"_s, QJsonArray::fromStringList(added)}, {u"changed"_s, changedArray},
            {u"removed"_s, QJsonArray::fromStringList(removed)}};
    }
};

bool readJsonObject(const QString &path, QJsonObject *object, QString *error)
{
    QByteArray bytes;
    if (!readCapped(path, FeedParser::maxDocumentBytes, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1 is not a JSON object: %2 at byte %3"_s.arg(
            path, parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    *object = document.object();
    return true;
}

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

int build(CtlInvocation &invocation)
{
    const QCommandLineOption outOption(
        u"out"_s, u"Where to write the feed (and OUT.minisig with --sign)."_s, u"FILE"_s);
    const QCommandLineOption previousOption(u"previous"_s,
        u"The previously published feed, to number after and compare with (default: OUT if it "
        u"exists)."_s,
        u"FILE"_s);
    const QCommandLineOption versionOption(
        u"version"_s, u"The version number (default: the previous feed's plus 1, or 1)."_s, u"N"_s);
    const QCommandLineOption expiresOption(u"expires-in-days"_s,
        u"Days until kiosks stop trusting this feed (default 90, 1 to 730)."_s, u"DAYS"_s, u"90"_s);
    const QCommandLineOption signOption(u"sign"_s,
        u"Sign with this minisign secret key file, writing OUT.minisig."_s, u"KEYFILE"_s);
    const QCommandLineOption passwordOption(u"password-file"_s,
        u"The encrypted secret key's password, on the first line of FILE (default: read from "
        u"standard input)."_s,
        u"FILE"_s);
    invocation.parser().addOptions(
        {outOption, previousOption, versionOption, expiresOption, signOption, passwordOption});
    invocation.parser().setApplicationDescription(
        u"Builds the directory feed to publish from a source file (the feed's entries, as in "
        u"feed.schema.json): validates it with the kiosk's own rules and refuses it if any "
        u"entry would be dropped, fills schemaVersion, version, generated and expires, prints "
        u"the portals added, changed and removed since the previous feed, and with --sign signs "
        u"it as `minisign -S` would, with the trusted comment kiosks check."_s);
    if (!invocation.parse(u"SOURCE"_s))
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    if (invocation.positional().size() != 1) {
        invocation.printError(u"expected one SOURCE file"_s);
        return CtlInvocation::exitUsage;
    }
    if (!parser.isSet(outOption)) {
        invocation.printError(u"--out FILE is required"_s);
        return CtlInvocation::exitUsage;
    }
    bool ok = false;
    const int days = parser.value(expiresOption).toInt(&ok);
    if (!ok || days < 1 || days > 730) {
        invocation.printError(u"--expires-in-days expects a whole number from 1 to 730"_s);
        return CtlInvocation::exitUsage;
    }
    std::optional<qint64> requestedVersion;
    if (parser.isSet(versionOption)) {
        requestedVersion = parser.value(versionOption).toLongLong(&ok);
        if (!ok || *requestedVersion < 1) {
            invocation.printError(u"--version expects a whole number from 1"_s);
            return CtlInvocation::exitUsage;
        }
    }
    const QString outPath = parser.value(outOption);
    const QString previousPath = parser.isSet(previousOption) ? parser.value(previousOption)
        : QFileInfo::exists(outPath)                          ? outPath
                                                              : QString();

    // Read the secret key first: a wrong password should not leave a new unsigned feed behind.
    MinisignSecretKey secretKey;
    QString error;
    if (parser.isSet(signOption)) {
        QByteArray keyText;
        if (!readCapped(parser.value(signOption), MinisignSigner::maxSecretKeyFileBytes, &keyText,
                &error)) {
            invocation.printError(error);
            return CtlInvocation::exitFailure;
        }
        QByteArray password;
        if (MinisignSigner::isEncrypted(keyText)) {
            QFile passwordFile;
            const bool opened = parser.isSet(passwordOption)
                ? (passwordFile.setFileName(parser.value(passwordOption)),
                    passwordFile.open(QIODevice::ReadOnly))
                : passwordFile.open(stdin, QIODevice::ReadOnly);
            if (!opened) {
                invocation.printError(
                    u"cannot read the password: %1"_s.arg(passwordFile.errorString()));
                return CtlInvocation::exitFailure;
            }
            password = passwordFile.readLine(1024);
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
        }
        if (!MinisignSigner::parseSecretKey(keyText, password, &secretKey, &error)) {
            invocation.printError(u"%1: %2"_s.arg(parser.value(signOption), error));
            return CtlInvocation::exitFailure;
        }
    }

    QJsonObject source;
    if (!readJsonObject(invocation.positional().constFirst(), &source, &error)) {
        invocation.printError(error);
        return CtlInvocation::exitFailure;
    }
    QJsonObject previous;
    std::optional<qint64> previousVersion;
    if (!previousPath.isEmpty()) {
        if (!readJsonObject(previousPath, &previous, &error)) {
            invocation.printError(u"the previous feed: %1"_s.arg(error));
            return CtlInvocation::exitFailure;
        }
        const QJsonValue version = previous.value(u"version"_s);
        if (version.isDouble())
            previousVersion = version.toInteger();
    }
    const qint64 version = requestedVersion.value_or(previousVersion.value_or(0) + 1);
    if (previousVersion && version <= *previousVersion) {
        invocation.printError(
            u"--version %1 is not above the previous feed's version %2: kiosks would refuse it"_s
                .arg(version)
                .arg(*previousVersion));
        return CtlInvocation::exitFailure;
    }

    const QDateTime generated = QDateTime::currentDateTimeUtc().addMSecs(
        -(QDateTime::currentDateTimeUtc().time().msec()));
    const QDateTime expires = generated.addDays(days);
    QJsonObject feedObject = source;
    if (!feedObject.contains(u"schemaVersion"_s))
        feedObject.insert(u"schemaVersion"_s, Feed::currentSchemaVersion);
    feedObject.insert(u"version"_s, version);
    feedObject.insert(u"generated"_s, generated.toString(Qt::ISODate));
    feedObject.insert(u"expires"_s, expires.toString(Qt::ISODate));
    const QByteArray document = QJsonDocument(feedObject).toJson(QJsonDocument::Indented);

    // The kiosk's own parser: what it refuses, or would drop, is not published.
    const FeedParser::Result parsed = FeedParser::parse(document);
    if (!parsed.ok()) {
        invocation.printError(u"the source is not a valid feed: %1"_s.arg(parsed.errorString));
        return CtlInvocation::exitFailure;
    }
    if (!parsed.feed.dropped.empty()) {
        for (const DroppedEntry &entry : parsed.feed.dropped)
            std::fprintf(stderr, "invalid entry %s: %s\n", qUtf8Printable(entry.entry),
                qUtf8Printable(entry.reason));
        invocation.printError(u"%1 entries would be dropped by the kiosks; fix them first"_s.arg(
            parsed.feed.dropped.size()));
        return CtlInvocation::exitFailure;
    }

    const FeedChanges changes = FeedChanges::between(previous, feedObject);
    const QString comment
        = u"mist-feed version=%1 expires=%2"_s.arg(version).arg(expires.toString(Qt::ISODate));
    if (!writeFile(outPath, document, &error)) {
        invocation.printError(error);
        return CtlInvocation::exitFailure;
    }
    const QString signaturePath = outPath + u".minisig"_s;
    if (secretKey.isValid()) {
        if (!writeFile(signaturePath, MinisignSigner::sign(secretKey, document, comment), &error)) {
            invocation.printError(error);
            return CtlInvocation::exitFailure;
        }
    } else if (QFileInfo::exists(signaturePath)) {
        // The old signature belongs to the old file: leaving it would publish a mismatch.
        QFile::remove(signaturePath);
    }

    if (invocation.json()) {
        QJsonObject result {{u"feed"_s, outPath}, {u"version"_s, version},
            {u"generated"_s, generated.toString(Qt::ISODate)},
            {u"expires"_s, expires.toString(Qt::ISODate)},
            {u"entries"_s, qint64(parsed.feed.entries.size())}, {u"trustedComment"_s, comment},
            {u"changes"_s, changes.toJson()}};
        if (previousVersion)
            result.insert(u"previousVersion"_s, *previousVersion);
        if (secretKey.isValid()) {
            result.insert(u"signature"_s, signaturePath);
            result.insert(u"keyId"_s, secretKey.publicKey().keyIdHex());
        }
        CtlInvocation::printJson(result);
        return CtlInvocation::exitOk;
    }
    std::printf("feed:     %s\n", qUtf8Printable(outPath));
    std::printf("version:  %lld", static_cast<long long>(version));
    if (previousVersion)
        std::printf(" (previous %lld)", static_cast<long long>(*previousVersion));
    std::printf("\nexpires:  %s\nentries:  %zu\n", qUtf8Printable(expires.toString(Qt::ISODate)),
        parsed.feed.entries.size());
    if (previous.isEmpty())
        std::printf("changes:  no previous feed to compare with\n");
    else if (changes.added.isEmpty() && changes.changed.isEmpty() && changes.removed.isEmpty())
        std::printf("changes:  none\n");
    for (const QString &id : changes.added)
        std::printf("  added    %s\n", qUtf8Printable(id));
    for (const auto &[id, fields] : changes.changed)
        std::printf("  changed  %s (%s)\n", qUtf8Printable(id), qUtf8Printable(fields.join(u", ")));
    for (const QString &id : changes.removed)
        std::printf("  removed  %s\n", qUtf8Printable(id));
    if (secretKey.isValid()) {
        std::printf("signed:   %s (key %s)\n", qUtf8Printable(signaturePath),
            qUtf8Printable(secretKey.publicKey().keyIdHex()));
    } else {
        std::printf("sign it:  minisign -S -s KEYFILE -m %s -t \"%s\"\n", qUtf8Printable(outPath),
            qUtf8Printable(comment));
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> feedCommands()
{
    return {{u"feed build"_s,
                u"Validate a directory source, number it, show the changes, and sign it."_s, build},
        {u"feed verify"_s,
            u"Check a signed directory feed: signatures, format, expiry, dropped entries."_s,
            verify}};
}

} // namespace Mist
