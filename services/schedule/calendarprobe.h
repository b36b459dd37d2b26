// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// "Test" for a calendar address or file before the kiosk uses it: the same ScheduleSync the
// kiosk runs (https only, timeouts, size cap, a file read the same way), into a throw-away
// ScheduleStore, then the same expansion as the schedule screen. The kiosk's own calendar is
// never touched. The result says what the schedule would show, or why it cannot.
#pragma once

#include "schedulestore.h"
#include "trainingoccurrence.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace Mist {

class ManualClock;
class ScheduleSync;

class CalendarProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultCount = 5;

    struct Result
    {
        bool ok = false;
        // ScheduleSync's code: "stored" when it parsed; "file", "http", "dns", "connection",
        // "tls", "timeout", "too-large", "invalid-ics", "insecure-url", "no-source"...
        QString code;
        int httpStatus = 0;
        QString message; // one line for the log: a host or file name, never the address
        QString calendarName;
        std::vector<TrainingOccurrence> upcoming; // the next ones from now, at most count
    };

    explicit CalendarProbe(QObject *parent = nullptr);
    ~CalendarProbe() override;

    // Where "now" comes from (UTC); the system clock by default.
    void setUtcClock(std::function<QDateTime()> utcNow);
    // A PEM file of CAs to trust instead of the system's (tests).
    void setCaBundlePath(const QString &path) { m_caBundlePath = path; }

    // Starts testing source (an https:// or webcal:// address, or an .ics file). finished()
    // follows, always later. False, doing nothing, while a test runs.
    bool start(const QString &source, int count = defaultCount);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Mist::CalendarProbe::Result &result);

private:
    void conclude(const ScheduleStore::Attempt &attempt);

    std::function<QDateTime()> m_utcNow;
    QString m_caBundlePath;
    int m_count = defaultCount;
    bool m_running = false;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ScheduleSync> m_sync;
};

} // namespace Mist
