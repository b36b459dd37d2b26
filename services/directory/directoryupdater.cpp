// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directoryupdater.h"

#include "core/logging.h"
#include "directoryconfig.h"
#include "directorysync.h"
#include "linkchecker.h"
#include "net/curlhttpclient.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Mist {

DirectoryUpdater::DirectoryUpdater(
    const QString &dataDir, const KioskConfig::Directory &config, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_dataDir(dataDir)
{
    m_linkTimer.setSingleShot(false);
    connect(&m_linkTimer, &QTimer::timeout, this, &DirectoryUpdater::checkLinksNow);
    connect(&m_expiryTimer, &QTimer::timeout, this, &DirectoryUpdater::reloadIfExpiryChanged);
}

DirectoryUpdater::~DirectoryUpdater() = default;

void DirectoryUpdater::open()
{
    m_store = std::make_unique<DirectoryStore>(m_dataDir, u"kiosk-directory"_s);
    m_storeAvailable = m_store->open();
    if (!m_storeAvailable) {
        // The kiosk must still be useful: show the bundled directory from a throw-away store,
        // without syncing, until the data dir works again.
        qCWarning(lcDirectory).noquote()
            << "directory storage unavailable:" << m_store->errorString()
            << "; showing the bundled directory for this run";
        m_store.reset();
        m_fallbackDir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<DirectoryStore>(
            m_fallbackDir->path(), u"kiosk-directory-fallback"_s);
        if (m_store->open())
            reload();
    } else {
        reload();
    }
    m_localPortals = std::make_unique<LocalPortals>(*m_store);
    connect(m_localPortals.get(), &LocalPortals::changed, this, &DirectoryUpdater::reload);
}

void DirectoryUpdater::startUpdates()
{
    if (!m_storeAvailable)
        return;

    if (DirectorySync *sync = ensureSync())
        sync->start();
    else
        qCInfo(lcSync) << "no directory feed configured; keeping the stored directory";

    ensureLinkChecker();
    m_linkTimer.start(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_config.linkCheckInterval));
    m_expiryTimer.start(1h);
    // The first check waits a little, so it does not compete with start-up and the first sync.
    QTimer::singleShot(2min, this, &DirectoryUpdater::checkLinksNow);
}

DirectorySync *DirectoryUpdater::ensureSync()
{
    if (m_sync)
        return m_sync.get();
    if (!m_storeAvailable)
        return nullptr;
    QStringList problems;
    const DirectorySync::Settings settings = directorySyncSettings(m_config, &problems);
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSync).noquote() << problem;
    if (!settings.isConfigured())
        return nullptr;
    m_sync = std::make_unique<DirectorySync>(*m_store, m_clock, settings);
    connect(m_sync.get(), &DirectorySync::feedReplaced, this, &DirectoryUpdater::reload);
    connect(m_sync.get(), &DirectorySync::finished, this, &DirectoryUpdater::syncFinished);
    return m_sync.get();
}

LinkChecker *DirectoryUpdater::ensureLinkChecker()
{
    if (m_linkChecker)
        return m_linkChecker.get();
    if (!m_storeAvailable)
        return nullptr;
    // As many connections as the checker keeps in flight, or the client would be the bottleneck.
    const LinkChecker::Settings linkSettings;
    HttpClientOptions linkOptions = m_linkClientOptions;
    linkOptions.maxConnections = linkSettings.maxInFlight;
    linkOptions.maxConnectionsPerHost = linkSettings.maxPerHost;
    m_linkClient = std::make_unique<CurlHttpClient>(linkOptions);
    m_linkChecker = std::make_unique<LinkChecker>(*m_linkClient, linkSettings);
    connect(m_linkChecker.get(), &LinkChecker::finished, this, &DirectoryUpdater::onLinksChecked);
    connect(
        m_linkChecker.get(), &LinkChecker::progress, this, &DirectoryUpdater::linkCheckProgress);
    return m_linkChecker.get();
}

void DirectoryUpdater::setLinkClientOptions(const HttpClientOptions &options)
{
    if (m_linkChecker)
        qCWarning(lcDirectory) << "link client options set after the first check: ignored";
    m_linkClientOptions = options;
}

bool DirectoryUpdater::checkLinksNow()
{
    LinkChecker *checker = ensureLinkChecker();
    if (!checker || checker->isRunning())
        return false;
    std::vector<LinkTarget> targets;
    for (const DirectoryItem &item : m_directory.items()) {
        if (!item.hidden)
            targets.push_back({item.entry.id, item.entry.url});
    }
    if (!checker->check(targets, m_store->linkHealth()))
        return false;
    Q_EMIT linkCheckStarted();
    return true;
}

bool DirectoryUpdater::isCheckingLinks() const
{
    return m_linkChecker && m_linkChecker->isRunning();
}

bool DirectoryUpdater::syncNow()
{
    DirectorySync *sync = ensureSync();
    if (!sync || !sync->syncNow())
        return false;
    Q_EMIT syncStarted();
    return true;
}

bool DirectoryUpdater::isSyncing() const
{
    return m_sync && m_sync->isSyncing();
}

bool DirectoryUpdater::isSyncConfigured() const
{
    return m_sync || directorySyncSettings(m_config).isConfigured();
}

void DirectoryUpdater::setFeedUrl(const QString &url)
{
    if (url == m_config.feedUrl)
        return;
    m_config.feedUrl = url;
    m_config.signatureUrl.clear(); // the signature sits beside the new feed
    // A sync of the old address is abandoned; the schedule goes on with the new one.
    const bool started = m_sync && m_sync->isStarted();
    m_sync.reset();
    if (started) {
        if (DirectorySync *sync = ensureSync())
            sync->start();
    }
}

DirectoryStore::FeedState DirectoryUpdater::feedState() const
{
    return m_store ? m_store->feedState() : DirectoryStore::FeedState();
}

DirectoryStore::SyncResult DirectoryUpdater::lastSync() const
{
    return m_store ? m_store->lastSync() : DirectoryStore::SyncResult();
}

std::vector<LinkHealth> DirectoryUpdater::linkHealth() const
{
    return m_store ? m_store->linkHealth() : std::vector<LinkHealth>();
}

void DirectoryUpdater::reload()
{
    m_directory.reload(*m_store);
    qCInfo(lcDirectory) << "directory loaded:" << m_directory.size() << "portals";
}

void DirectoryUpdater::reloadIfExpiryChanged()
{
    const DirectoryStore::FeedState state = m_store->feedState();
    if (state.source != DirectoryStore::FeedState::Source::Feed)
        return;
    if (FeedAcceptance::freshness(state.expires, QDateTime::currentDateTimeUtc())
        != m_directory.feedFreshness())
        reload();
}

void DirectoryUpdater::onLinksChecked(const std::vector<LinkHealth> &results)
{
    if (m_store->recordLinkHealth(results))
        reload();
    Q_EMIT linksChecked();
}

} // namespace Mist
