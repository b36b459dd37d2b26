// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The running kiosk's training schedule in one piece: the store in the data dir, the sync that
// keeps it current from the library's calendar, and the model the schedule screen shows. The
// model refreshes after every sync attempt (a new calendar, or only a new "updated X ago").
// Everything lives in the thread that owns it (the GUI thread), except the expansions after
// startUpdates(), which run on the model's worker thread.
#pragma once

#include "config/kioskconfig.h"
#include "schedulemodel.h"
#include "schedulestore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Mist {

class Clock;
class ScheduleSync;

class ScheduleUpdater : public QObject
{
    Q_OBJECT
public:
    // clock is not owned and must outlive the updater.
    ScheduleUpdater(const QString &dataDir, const KioskConfig::Schedule &config, Clock &clock,
        QObject *parent = nullptr);
    ~ScheduleUpdater() override;

    // Opens the store (a throw-away one with the sample if the data dir cannot be used) and
    // fills the model.
    void open();
    // Starts syncing from the configured calendar and the model's own refresh timer (not for
    // screenshots or tests).
    void startUpdates();

    // A librarian changed schedule/source: the sync (if the updates run) follows the new one at
    // once; an empty source keeps the stored calendar and stops syncing.
    void setSource(const QString &source);

    // Before startUpdates(): a PEM file of CAs to trust for an https:// calendar instead of the
    // system store (tests and benchmarks: the test CA). Empty: the system store.
    void setCaBundle(const QString &path) { m_caBundle = path; }

    [[nodiscard]] ScheduleModel &model() { return *m_model; }
    [[nodiscard]] ScheduleStore &store() { return *m_store; }

Q_SIGNALS:
    // After every sync attempt (scheduled or retried), once the model has been told.
    void syncFinished(const Mist::ScheduleStore::Attempt &attempt);

private:
    void startSync();

    KioskConfig::Schedule m_config;
    bool m_updating = false;
    QString m_caBundle;
    Clock &m_clock;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_fallbackDir;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ScheduleModel> m_model;
    std::unique_ptr<ScheduleSync> m_sync;
};

} // namespace Mist
