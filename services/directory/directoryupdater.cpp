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

    QStringList problems;
    const DirectorySync::Settings settings = directorySyncSettings(m_config, &problems);
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSync).noquote() << problem;
    if (settings.isConfigured()) {
        m_sync = std::make_unique<DirectorySync>(*m_store, m_clock, settings);
        connect(m_sync.get(), &DirectorySync::feedReplaced, this, &DirectoryUpdater::reload);
        m_sync->start();
    } else {
        qCInfo(lcSync) << "no directory feed configured; keeping the stored directory";
    }

    // As many connections as the checker keeps in flight, or the client would be the bottleneck.
    const LinkChecker::Settings linkSettings;
    HttpClientOptions linkOptions;
    linkOptions.maxConnections = linkSettings.maxInFlight;
    linkOptions.maxConnectionsPerHost = linkSettings.maxPerHost;
    m_linkClient = std::make_unique<CurlHttpClient>(linkOptions);
    m_linkChecker = std::make_unique<LinkChecker>(*m_linkClient, linkSettings);
    connect(m_linkChecker.get(), &LinkChecker::finished, this, &DirectoryUpdater::onLinksChecked);
    m_linkTimer.start(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_config.linkCheckInterval));
    m_expiryTimer.start(1h);
    // The first check waits a little, so it does not compete with start-up and the first sync.
    QTimer::singleShot(2min, this, &DirectoryUpdater::checkLinksNow);
}

bool DirectoryUpdater::checkLinksNow()
{
    if (!m_linkChecker || m_linkChecker->isRunning())
        return false;
    std::vector<LinkTarget> targets;
    for (const DirectoryItem &item : m_directory.items()) {
        if (!item.hidden)
            targets.push_back({item.entry.id, item.entry.url});
    }
    return m_linkChecker->check(targets, m_store->linkHealth());
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
}

} // namespace Mist
