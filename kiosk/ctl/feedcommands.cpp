// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl feed verify: what a kiosk would make of a directory feed, for the regional admin who
// signs it. Checks both minisign signatures, parses the feed, lists the entries a kiosk would
// drop, and checks the expiry and the trusted comment. It cannot know a kiosk's last accepted
// version, so it does not check for rollback.

#include "ctlcommand.h"

#include "directory/feedacceptance.h"
#include "directory/feedparser.h"
#include "directory/minisignverifier.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

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

} // namespace

std::vector<CtlCommand> feedCommands()
{
    return {{u"feed verify"_s,
        u"Check a signed directory feed: signatures, format, expiry, dropped entries."_s, verify}};
}

} // namespace Mist
