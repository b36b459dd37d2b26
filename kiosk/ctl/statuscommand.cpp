// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl status: what this kiosk is and how it is set up.

#include "ctlcommand.h"

#include "admin/settingsstore.h"
#include "api/apisettings.h"
#include "directory/directorystore.h"
#include "printing/cupsprinter.h"
#include "speech/voicecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The directory part of the status: where the portals come from and whether they answer.
struct DirectoryStatus
{
    bool available = false;
    QString error;
    QString source; // "bundled" or "feed"
    qint64 version = 0;
    QDateTime expires;
    int feedEntries = 0;
    int localPortals = 0;
    int hidden = 0;
    int pinned = 0;
    DirectoryStore::SyncResult lastSync;
    int linksOk = 0;
    int linksDown = 0;
    int linksUnknown = 0;
    QDateTime linksCheckedAt;

    static DirectoryStatus read(const QString &dataDir)
    {
        DirectoryStatus status;
        DirectoryStore store(dataDir, u"mistctl-status"_s);
        if (!store.open()) {
            status.error = store.errorString();
            return status;
        }
        status.available = true;
        const DirectoryStore::FeedState feed = store.feedState();
        status.source
            = feed.source == DirectoryStore::FeedState::Source::Feed ? u"feed"_s : u"bundled"_s;
        status.version = feed.version;
        status.expires = feed.expires;
        status.feedEntries = int(store.feedEntries().size());
        status.localPortals = int(store.localPortals().size());
        for (const DirectoryStore::Override &choice : store.overrides()) {
            status.hidden += choice.hidden ? 1 : 0;
            status.pinned += choice.pinned ? 1 : 0;
        }
        status.lastSync = store.lastSync();
        for (const LinkHealth &health : store.linkHealth()) {
            switch (health.status) {
            case LinkHealth::Status::Ok:
                ++status.linksOk;
                break;
            case LinkHealth::Status::Down:
                ++status.linksDown;
                break;
            case LinkHealth::Status::Unknown:
                ++status.linksUnknown;
                break;
            }
            if (health.checkedAt > status.linksCheckedAt)
                status.linksCheckedAt = health.checkedAt;
        }
        return status;
    }

    [[nodiscard]] QJsonObject toJson() const
    {
        if (!available)
            return {{u"available"_s, false}, {u"error"_s, error}};
        return {
            {u"available"_s, true},
            {u"source"_s, source},
            {u"version"_s, version},
            {u"expires"_s, expires.isValid() ? expires.toString(Qt::ISODate) : QString()},
            {u"feedEntries"_s, feedEntries},
            {u"localPortals"_s, localPortals},
            {u"hidden"_s, hidden},
            {u"pinned"_s, pinned},
            {u"lastSync"_s,
                QJsonObject {
                    {u"at"_s,
                        lastSync.at.isValid() ? lastSync.at.toString(Qt::ISODate) : QString()},
                    {u"ok"_s, lastSync.ok}, {u"code"_s, lastSync.code},
                    {u"message"_s, lastSync.message}}},
            {u"links"_s,
                QJsonObject {{u"ok"_s, linksOk}, {u"down"_s, linksDown},
                    {u"unknown"_s, linksUnknown},
                    {u"checkedAt"_s,
                        linksCheckedAt.isValid() ? linksCheckedAt.toString(Qt::ISODate)
                                                 : QString()}}},
        };
    }

    void print() const
    {
        if (!available) {
            std::printf("directory:       cannot be read: %s\n", qPrintable(error));
            return;
        }
        if (source == "feed"_L1) {
            std::printf("directory:       signed feed version %lld, expires %s\n",
                static_cast<long long>(version), qPrintable(expires.toString(Qt::ISODate)));
        } else {
            std::printf("directory:       the bundled starter directory (no feed accepted yet)\n");
        }
        std::printf("                 %d portals in it, %d local, %d hidden, %d pinned\n",
            feedEntries, localPortals, hidden, pinned);
        if (lastSync.at.isValid()) {
            std::printf("last sync:       %s at %s: %s\n", lastSync.ok ? "ok" : "FAILED",
                qPrintable(lastSync.at.toString(Qt::ISODate)),
                qPrintable(lastSync.message.isEmpty() ? lastSync.code : lastSync.message));
        } else {
            std::printf("last sync:       never\n");
        }
        if (linksCheckedAt.isValid()) {
            std::printf(
                "link health:     %d answering, %d not answering, %d unknown (checked %s)\n",
                linksOk, linksDown, linksUnknown, qPrintable(linksCheckedAt.toString(Qt::ISODate)));
        } else {
            std::printf("link health:     not checked yet (mistctl links check)\n");
        }
    }
};

// The staff API part: on or off, where, and a warning when it speaks plain HTTP on the network.
QJsonObject apiStatusJson(const ApiSettings &api, const QString &error)
{
    return {{u"enabled"_s, api.enabled}, {u"listen"_s, api.listenText()}, {u"tls"_s, api.tls()},
        {u"plaintextOnNetwork"_s, api.enabled && api.plaintextOnNetwork()}, {u"error"_s, error}};
}

void printApiStatus(const ApiSettings &api, const QString &error)
{
    if (!error.isEmpty())
        std::printf("staff API:       %s\n", qPrintable(error));
    else if (!api.enabled)
        std::printf("staff API:       off\n");
    else
        std::printf("staff API:       on %s (%s)\n", qPrintable(api.listenText()),
            api.tls() ? "HTTPS" : "plain HTTP");
    if (api.enabled && api.plaintextOnNetwork()) {
        std::printf("  WARNING: plain HTTP on a network address%s: the token and the event log "
                    "cross the network in clear text; use --tls-cert and --tls-key\n",
            api.allowPlaintext ? "" : " (the kiosk refuses to start it)");
    }
}

// The printer part: which printer, whether it answers, and what stops it.
struct PrinterPart
{
    KioskConfig::Printing settings;
    PrinterStatus status;

    static PrinterPart read(const KioskConfig::Printing &settings)
    {
        PrinterPart part {settings, {}};
        if (settings.enabled())
            part.status = CupsPrinter(settings.printer, 3000).status();
        return part;
    }

    [[nodiscard]] QString configured() const
    {
        return settings.printer.isEmpty() ? u"the system default"_s : settings.printer;
    }

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{u"enabled"_s, settings.enabled()}, {u"printer"_s, configured()},
            {u"answers"_s, status.answers}, {u"name"_s, status.name},
            {u"problem"_s, CupsPrinter::problemName(status.problem)},
            {u"reasons"_s, QJsonArray::fromStringList(status.reasons)},
            {u"canHold"_s, status.canHold}, {u"pageLimit"_s, settings.pageLimit},
            {u"holdForRelease"_s, settings.holdForRelease},
            {u"allowPortalDocuments"_s, settings.allowPortalDocuments}};
    }

    void print() const
    {
        if (!settings.enabled()) {
            std::printf("printer:         off ([printing] printer=none)\n");
            return;
        }
        if (status.answers) {
            std::printf("printer:         %s answers (%s)%s\n", qPrintable(configured()),
                qPrintable(status.problem == PrintProblem::None
                        ? u"ready"_s
                        : CupsPrinter::problemName(status.problem)),
                settings.holdForRelease && !status.canHold ? ", CANNOT hold jobs for release" : "");
        } else {
            std::printf("printer:         %s does NOT answer: %s\n", qPrintable(configured()),
                qPrintable(status.message));
        }
        std::printf("                 %d pages a session%s\n", settings.pageLimit,
            settings.holdForRelease ? ", held for release" : "");
    }
};

// Read aloud: the voice the kiosk will speak each language with, from this machine's voices
// (asking speech-dispatcher, as the kiosk does at its first visit).
struct SpeechPart
{
    KioskConfig::Speech settings;
    VoiceCatalog::Report report;
    std::optional<SpeechVoice> uk;
    std::optional<SpeechVoice> en;

    static SpeechPart read(const KioskConfig::Speech &settings)
    {
        SpeechPart part {settings, VoiceCatalog::probe(), {}, {}};
        part.uk = VoiceChooser::choose(part.report.voices, u"uk"_s, settings.voice);
        part.en = VoiceChooser::choose(part.report.voices, u"en"_s, settings.voice);
        return part;
    }

    static QString voiceText(const std::optional<SpeechVoice> &voice)
    {
        return voice ? voice->describe() : u"none: read-aloud hidden"_s;
    }

    [[nodiscard]] QJsonObject toJson() const
    {
        const auto voiceJson = [](const std::optional<SpeechVoice> &voice) -> QJsonValue {
            if (!voice)
                return QJsonValue::Null;
            return QJsonObject {{u"name"_s, voice->name}, {u"locale"_s, voice->locale},
                {u"synthesizer"_s, voice->synthesizer}};
        };
        return {{u"engine"_s, report.engine}, {u"error"_s, report.error},
            {u"voicesFound"_s, qint64(report.voices.size())}, {u"uk"_s, voiceJson(uk)},
            {u"en"_s, voiceJson(en)}, {u"configuredVoice"_s, settings.voice},
            {u"rate"_s, settings.rate}, {u"volume"_s, settings.volume},
            {u"longPress"_s, settings.longPress}};
    }

    void print() const
    {
        std::printf("read aloud, uk:  %s\n", qPrintable(voiceText(uk)));
        std::printf("read aloud, en:  %s\n", qPrintable(voiceText(en)));
        if (!report.error.isEmpty())
            std::printf("                 speech: %s\n", qPrintable(report.error));
        if (!settings.voice.isEmpty()
            && (!uk || uk->name.compare(settings.voice, Qt::CaseInsensitive) != 0)
            && (!en || en->name.compare(settings.voice, Qt::CaseInsensitive) != 0))
            std::printf("                 the configured voice \"%s\" is not on this machine\n",
                qPrintable(settings.voice));
    }
};

int status(CtlInvocation &invocation)
{
    if (!invocation.parse())
        return CtlInvocation::exitUsage;

    const QString dataDir = invocation.dataDir();
    KioskConfig config = invocation.config();
    // What the kiosk will use: the configuration file, then the librarian's settings, then the
    // defaults (SettingsStore), each with where it comes from.
    const SettingsStore settings(dataDir, invocation.configPath());
    settings.applyTo(config);
    const bool dataDirExists = QDir(dataDir).exists();
    // Reading the directory creates its file in a fresh data dir, as the kiosk would on start.
    const DirectoryStatus directory = DirectoryStatus::read(dataDir);
    QString apiError;
    const ApiSettings api = ApiSettings::load(dataDir, &apiError);
    const PrinterPart printer = PrinterPart::read(config.printing);
    const SpeechPart speech = SpeechPart::read(config.speech);
    const QString configSource
        = config.sourcePath.isEmpty() ? u"built-in defaults"_s : config.sourcePath;

    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {
            {u"version"_s, QCoreApplication::applicationVersion()},
            {u"dataDir"_s, dataDir},
            {u"dataDirExists"_s, dataDirExists},
            {u"config"_s, configSource},
            {u"configProblems"_s, QJsonArray::fromStringList(config.problems)},
            {u"libraryNameUk"_s, config.libraryNameUk},
            {u"libraryNameEn"_s, config.libraryNameEn},
            {u"idleTimeoutSeconds"_s, qint64(config.idleTimeout.count())},
            {u"warningSeconds"_s, qint64(config.warningDuration.count())},
            {u"directory"_s, directory.toJson()},
            {u"directorySyncConfigured"_s, config.directory.syncConfigured()},
            {u"api"_s, apiStatusJson(api, apiError)},
            {u"settings"_s,
                [&] {
                    QJsonArray array;
                    for (const auto &setting : settings.list())
                        array.append(
                            QJsonObject {{u"key"_s, setting.key}, {u"value"_s, setting.value},
                                {u"source"_s, SettingsStore::sourceName(setting.source)}});
                    return array;
                }()},
            {u"printing"_s, printer.toJson()},
            {u"speech"_s, speech.toJson()},
        });
        return CtlInvocation::exitOk;
    }

    std::printf("Mist %s\n", qPrintable(QCoreApplication::applicationVersion()));
    std::printf(
        "data directory:  %s%s\n", qPrintable(dataDir), dataDirExists ? "" : " (not created yet)");
    std::printf("configuration:   %s\n", qPrintable(configSource));
    for (const QString &problem : config.problems)
        std::printf("  problem: %s\n", qPrintable(problem));
    std::printf("library:         %s / %s\n", qPrintable(config.libraryNameUk),
        qPrintable(config.libraryNameEn));
    std::printf("session:         ends after %llds idle, with a %llds warning\n",
        static_cast<long long>(config.idleTimeout.count()),
        static_cast<long long>(config.warningDuration.count()));
    std::printf("settings (source: config = the configuration file, data-dir = set by a "
                "librarian, default = built in):\n");
    for (const auto &setting : settings.list())
        std::printf("  %-24s %-28s %s\n", qPrintable(setting.key),
            qPrintable(setting.value.isEmpty() ? u"(empty)"_s : setting.value),
            qPrintable(SettingsStore::sourceName(setting.source)));
    directory.print();
    if (!config.directory.syncConfigured())
        std::printf("feed sync:       not configured ([directory] feed_url and public_keys)\n");
    printApiStatus(api, apiError);
    printer.print();
    speech.print();
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> statusCommands()
{
    return {
        {u"status"_s, u"Show the kiosk's version, data directory and configuration."_s, status}};
}

} // namespace Mist
