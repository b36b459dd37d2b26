// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scheduleupdater.h"

#include "core/logging.h"
#include "schedulesync.h"

namespace Mist {

ScheduleUpdater::ScheduleUpdater(
    const QString &dataDir, const KioskConfig::Schedule &config, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_dataDir(dataDir)
{ }

ScheduleUpdater::~ScheduleUpdater() = default;

void ScheduleUpdater::open()
{
    m_store = std::make_unique<ScheduleStore>(m_dataDir);
    if (!m_store->open()) {
        // The kiosk still shows trainings: the sample, from a store that lives until exit.
        qCWarning(lcSchedule).noquote() << "the schedule store cannot be used ("
                                        << m_store->errorString() << "); showing the sample";
        m_fallbackDir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<ScheduleStore>(m_fallbackDir->path());
        if (!m_store->open())
            qCWarning(lcSchedule).noquote()
                << "no schedule store at all:" << m_store->errorString();
    }
    m_model = std::make_unique<ScheduleModel>(*m_store);
    m_model->refresh();
}

void ScheduleUpdater::startUpdates()
{
    // From now on every expansion runs off the UI thread (hole 10 of issue 13): the first one,
    // in open(), ran before the screens were shown.
    m_model->setBackgroundExpansion(true);
    m_model->setAutoRefresh(true);
    m_updating = true;
    startSync();
}

void ScheduleUpdater::setSource(const QString &source)
{
    if (source == m_config.source)
        return;
    m_config.source = source;
    m_sync.reset();
    if (m_updating)
        startSync();
}

void ScheduleUpdater::startSync()
{
    if (!m_config.syncConfigured())
        return;
    ScheduleSync::Settings settings;
    settings.source = m_config.source;
    settings.interval = m_config.refreshInterval;
    settings.caBundlePath = m_caBundle;
    m_sync = std::make_unique<ScheduleSync>(*m_store, m_clock, settings);
    connect(m_sync.get(), &ScheduleSync::finished, m_model.get(), &ScheduleModel::refresh);
    connect(m_sync.get(), &ScheduleSync::finished, this, &ScheduleUpdater::syncFinished);
    m_sync->start();
}

} // namespace Mist
