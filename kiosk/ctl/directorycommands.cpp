// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl directory list | directory sync | directory reset-version | links check: the portal
// directory as the kiosk sees it, a feed sync now, the way back from a feed version that blocks
// every later feed, and a link check now — through the same classes the kiosk runs, on the same
// data dir.

#include "ctlcommand.h"

#include "core/clock.h"
#include "directory/directory.h"
#include "directory/directoryconfig.h"
#include "directory/directorystore.h"
#include "directory/directorysync.h"
#include "directory/linkchecker.h"
#include "net/curlhttpclient.h"
#include "usage/kioskidentity.h"
#include "usage/usageevent.h"
#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

bool openStore(CtlInvocation &invocation, DirectoryStore &store)
{
    if (store.open())
        return true;
    invocation.printError(
        u"cannot open the directory in %1: %2"_s.arg(invocation.dataDir(), store.errorString()));
    return false;
}

QString originName(DirectoryItem::Origin origin)
{
    switch (origin) {
    case DirectoryItem::Origin::Bundled:
        return u"bundled"_s;
    case DirectoryItem::Origin::Feed:
        return u"feed"_s;
    case DirectoryItem::Origin::Local:
        return u"local"_s;
    }
    return {};
}

QString healthName(LinkHealth::Status status)
{
    switch (status) {
    case LinkHealth::Status::Ok:
        return u"ok"_s;
    case LinkHealth::Status::Down:
        return u"down"_s;
    case LinkHealth::Status::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QJsonObject itemJson(const DirectoryItem &item)
{
    QJsonArray categories;
    for (PortalEntry::Category category : item.entry.categories)
        categories.append(PortalEntry::categoryId(category));
    QJsonObject object {
        {u"id"_s, item.entry.id},
        {u"nameUk"_s, item.entry.name.uk},
        {u"nameEn"_s, item.entry.name.en},
        {u"url"_s, item.entry.url.toString()},
        {u"scope"_s, PortalEntry::scopeId(item.entry.scope)},
        {u"categories"_s, categories},
        {u"origin"_s, originName(item.origin)},
        {u"hidden"_s, item.hidden},
        {u"pinned"_s, item.pinned},
        {u"health"_s, healthName(item.health.status)},
        {u"stale"_s, item.stale},
    };
    if (item.position)
        object.insert(u"position"_s, *item.position);
    return object;
}

int list(CtlInvocation &invocation)
{
    QCommandLineParser &parser = invocation.parser();
    parser.addOption({u"category"_s, u"Only this category (e.g. pension-social)."_s, u"C"_s});
    parser.addOption({u"scope"_s, u"Only national or local (oblast and hromada) portals."_s,
        u"national|local"_s});
    parser.addOption(
        {u"search"_s, u"Search as a citizen would (names, keywords, descriptions)."_s, u"TEXT"_s});
    if (!invocation.parse())
        return CtlInvocation::exitUsage;

    std::optional<PortalEntry::Category> category;
    if (parser.isSet(u"category"_s)) {
        category = PortalEntry::categoryFromId(parser.value(u"category"_s));
        if (!category) {
            QStringList known;
            for (PortalEntry::Category each : PortalEntry::allCategories())
                known << PortalEntry::categoryId(each);
            invocation.printError(u"unknown category; one of: %1"_s.arg(known.join(u", "_s)));
            return CtlInvocation::exitUsage;
        }
    }
    const QString scope = parser.value(u"scope"_s);
    if (!scope.isEmpty() && scope != "national"_L1 && scope != "local"_L1) {
        invocation.printError(u"--scope is national or local"_s);
        return CtlInvocation::exitUsage;
    }

    DirectoryStore store(invocation.dataDir(), u"mistctl"_s);
    if (!openStore(invocation, store))
        return CtlInvocation::exitFailure;
    Directory directory;
    directory.reload(store);

    // Staff see hidden portals too, marked; search ranks as on the kiosk.
    std::vector<const DirectoryItem *> items
        = directory.search(parser.value(u"search"_s), -1, /*includeHidden=*/true);
    std::erase_if(items, [&](const DirectoryItem *item) {
        const auto &cats = item->entry.categories;
        if (category && std::find(cats.begin(), cats.end(), *category) == cats.end())
            return true;
        const bool national = item->entry.scope == PortalEntry::Scope::National;
        return (scope == "national"_L1 && !national) || (scope == "local"_L1 && national);
    });

    if (invocation.json()) {
        QJsonArray array;
        for (const DirectoryItem *item : items)
            array.append(itemJson(*item));
        CtlInvocation::printJson(array);
        return CtlInvocation::exitOk;
    }
    for (const DirectoryItem *item : items) {
        QStringList flags {originName(item->origin), PortalEntry::scopeId(item->entry.scope)};
        if (item->pinned)
            flags << u"pinned"_s;
        if (item->hidden)
            flags << u"HIDDEN"_s;
        if (item->health.status == LinkHealth::Status::Down)
            flags << u"NOT ANSWERING"_s;
        if (item->stale)
            flags << u"FEED EXPIRED"_s;
        std::printf("%-30s %s\n    %s  [%s]\n", qPrintable(item->entry.id),
            qPrintable(item->entry.name.uk), qPrintable(item->entry.url.toString()),
            qPrintable(flags.join(u", "_s)));
    }
    std::printf("portals: %zu\n", items.size());
    return CtlInvocation::exitOk;
}

int sync(CtlInvocation &invocation)
{
    QCommandLineParser &parser = invocation.parser();
    parser.addOption(
        {u"url"_s, u"Sync from this https:// feed instead of the configured one."_s, u"URL"_s});
    if (!invocation.parse())
        return CtlInvocation::exitUsage;

    const KioskConfig config = invocation.config();
    QStringList problems;
    DirectorySync::Settings settings = directorySyncSettings(config.directory, &problems);
    if (parser.isSet(u"url"_s)) {
        const QUrl url(parser.value(u"url"_s), QUrl::StrictMode);
        if (url.scheme() != "https"_L1 || url.host().isEmpty()) {
            invocation.printError(u"--url must be an https:// address"_s);
            return CtlInvocation::exitUsage;
        }
        settings.feedUrl = url;
        settings.signatureUrl = QUrl(); // the signature sits beside the feed
    }
    for (const QString &problem : problems)
        invocation.printError(problem);
    if (!settings.isConfigured()) {
        invocation.printError(u"no feed to sync: set [directory] feed_url and public_keys in the "
                              "configuration (or give --url with public_keys set)"_s);
        return CtlInvocation::exitFailure;
    }

    DirectoryStore store(invocation.dataDir(), u"mistctl"_s);
    if (!openStore(invocation, store))
        return CtlInvocation::exitFailure;
    SteadyClock clock;
    DirectorySync directorySync(store, clock, settings);
    DirectoryStore::SyncResult result;
    QEventLoop loop;
    QObject::connect(&directorySync, &DirectorySync::finished, &loop,
        [&](const DirectoryStore::SyncResult &finished) {
            result = finished;
            loop.quit();
        });
    if (!directorySync.syncNow()) {
        invocation.printError(u"the sync could not start"_s);
        return CtlInvocation::exitFailure;
    }
    loop.exec();

    if (invocation.json()) {
        const DirectoryStore::FeedState state = store.feedState();
        CtlInvocation::printJson(QJsonObject {{u"ok"_s, result.ok}, {u"code"_s, result.code},
            {u"message"_s, result.message}, {u"version"_s, state.version}});
    } else {
        std::printf("%s: %s\n", result.ok ? "ok" : "failed",
            qPrintable(result.message.isEmpty() ? result.code : result.message));
    }
    return result.ok ? CtlInvocation::exitOk : CtlInvocation::exitFailure;
}

// Hole 13 of issue 13: a validly signed feed with a huge version makes every later feed a
// "rollback". The admin resets the stored version (the entries stay until the next feed), and
// the reset is written to the usage log as an admin action (value: the version it replaced).
int resetVersion(CtlInvocation &invocation)
{
    QCommandLineParser &parser = invocation.parser();
    const QCommandLineOption toOption(u"to"_s,
        u"The version to go back to (default 0): the next feed must be newer than it."_s, u"N"_s,
        u"0"_s);
    parser.addOption(toOption);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    bool ok = false;
    const qint64 to = parser.value(toOption).toLongLong(&ok);
    if (!ok || to < 0) {
        invocation.printError(u"--to expects a whole number from 0"_s);
        return CtlInvocation::exitUsage;
    }

    DirectoryStore store(invocation.dataDir(), u"mistctl"_s);
    if (!openStore(invocation, store))
        return CtlInvocation::exitFailure;
    const DirectoryStore::FeedState before = store.feedState();
    if (!store.resetVersion(to)) {
        invocation.printError(store.errorString());
        return CtlInvocation::exitFailure;
    }

    // The audit line: who may change what the kiosk accepts must leave a trace.
    UsageEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.kioskId = KioskIdentity::load(invocation.dataDir());
    event.type = UsageEvent::Type::AdminAction;
    event.subject = u"directory-reset-version"_s;
    event.value = before.version;
    UsageStore usage(invocation.dataDir(), u"mistctl-usage"_s);
    if (!usage.open() || !usage.append({event})) {
        invocation.printError(
            u"the version was reset, but the usage log could not record it: %1"_s.arg(
                usage.errorString()));
        return CtlInvocation::exitFailure;
    }

    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {
            {u"ok"_s, true}, {u"previousVersion"_s, before.version}, {u"version"_s, to}});
    } else {
        std::printf("feed version reset from %lld to %lld; the next sync accepts any newer "
                    "signed feed\n",
            static_cast<long long>(before.version), static_cast<long long>(to));
    }
    return CtlInvocation::exitOk;
}

int checkLinks(CtlInvocation &invocation)
{
    QCommandLineParser &parser = invocation.parser();
    const QCommandLineOption resolveOption(u"resolve"_s,
        u"Answer for DNS: check HOST:PORT at ADDRESS (like curl --resolve; repeatable), e.g. a "
        u"portal's new server before its DNS changes."_s,
        u"HOST:PORT:ADDRESS"_s);
    const QCommandLineOption caOption(
        u"ca-bundle"_s, u"Trust the CAs in this PEM file instead of the system's."_s, u"FILE"_s);
    parser.addOption(resolveOption);
    parser.addOption(caOption);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    HttpClientOptions options;
    for (const QString &entry : parser.values(resolveOption)) {
        // HOST:PORT:ADDRESS; an IPv6 ADDRESS keeps its colons (libcurl wants it in brackets).
        const QStringList parts = entry.split(u':');
        bool portOk = false;
        if (parts.size() < 3 || parts.at(0).isEmpty() || parts.at(1).toUShort(&portOk) == 0
            || !portOk) {
            invocation.printError(u"--resolve wants HOST:PORT:ADDRESS, not %1"_s.arg(entry));
            return CtlInvocation::exitUsage;
        }
        options.resolve << entry.toUtf8();
    }
    if (parser.isSet(caOption)) {
        options.caBundlePath = parser.value(caOption);
        if (!QFileInfo(options.caBundlePath).isReadable()) {
            invocation.printError(u"cannot read %1"_s.arg(options.caBundlePath));
            return CtlInvocation::exitUsage;
        }
    }
    DirectoryStore store(invocation.dataDir(), u"mistctl"_s);
    if (!openStore(invocation, store))
        return CtlInvocation::exitFailure;
    Directory directory;
    directory.reload(store);

    // As the kiosk does: a hidden portal is never offered to a citizen, so it is not checked.
    std::vector<LinkTarget> targets;
    for (const DirectoryItem &item : directory.items()) {
        if (!item.hidden)
            targets.push_back({item.entry.id, item.entry.url});
    }

    const LinkChecker::Settings settings;
    options.maxConnections = settings.maxInFlight;
    options.maxConnectionsPerHost = settings.maxPerHost;
    CurlHttpClient client(options);
    LinkChecker checker(client, settings);
    std::vector<LinkHealth> results;
    QEventLoop loop;
    QObject::connect(
        &checker, &LinkChecker::finished, &loop, [&](const std::vector<LinkHealth> &finished) {
            results = finished;
            loop.quit();
        });
    if (!invocation.json()) {
        QObject::connect(&checker, &LinkChecker::progress, &loop, [](int done, int total) {
            std::fprintf(stderr, "\rchecked %d of %d", done, total);
            if (done == total)
                std::fprintf(stderr, "\n");
        });
    }
    if (!checker.check(targets, store.linkHealth())) {
        invocation.printError(u"the check could not start"_s);
        return CtlInvocation::exitFailure;
    }
    loop.exec();
    if (!store.recordLinkHealth(results))
        invocation.printError(u"could not save the results: %1"_s.arg(store.errorString()));

    int down = 0;
    QJsonArray array;
    for (size_t i = 0; i < results.size(); ++i) {
        const LinkHealth &health = results[i];
        down += health.status == LinkHealth::Status::Down ? 1 : 0;
        if (invocation.json()) {
            array.append(QJsonObject {{u"id"_s, health.entryId},
                {u"url"_s, targets[i].url.toString()}, {u"status"_s, healthName(health.status)},
                {u"httpStatus"_s, health.httpStatus}, {u"error"_s, health.error},
                {u"lastOk"_s,
                    health.lastOkAt.isValid() ? health.lastOkAt.toString(Qt::ISODate)
                                              : QString()}});
        } else {
            std::printf("%-8s %-30s %s%s\n", qPrintable(healthName(health.status)),
                qPrintable(health.entryId), qPrintable(targets[i].url.toString()),
                health.error.isEmpty() ? "" : qPrintable(u"  ("_s + health.error + u')'));
        }
    }
    if (invocation.json())
        CtlInvocation::printJson(array);
    else
        std::printf("%zu checked, %d not answering\n", results.size(), down);
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> directoryCommands()
{
    return {
        {u"directory list"_s, u"List the portals citizens can find (filters, search)."_s, list},
        {u"directory sync"_s, u"Fetch, verify and store the signed feed now."_s, sync},
        {u"directory reset-version"_s,
            u"Let the next feed have a lower version than the stored one (audited)."_s,
            resetVersion},
        {u"links check"_s, u"Check now whether every portal answers, and store the result."_s,
            checkLinks},
    };
}

} // namespace Mist
