// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keeps a kiosk that keeps crashing from flashing its start screen in front of citizens.
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace Mist {

// A start counter in the data directory (starts.json). Every normal start is recorded as
// "not yet ended cleanly"; markCleanExit() marks it clean when the kiosk stops in order (SIGTERM,
// quit). A start that was never marked clean ended in a crash, a watchdog kill or a power cut.
//
// begin() decides, before any database or the browser is touched: if maxCrashes of the starts
// within window ended uncleanly, the kiosk should rest (show the resting screen) for a back-off
// and then try a normal start again. The back-off doubles with every rest in the last
// restMemory (a loop that comes back rests longer), up to maxBackoff. Entering a rest forgets the
// crashes that caused it, so the start after the rest is always a normal one.
//
// The file is small JSON, written atomically (QSaveFile). A missing, unreadable or corrupt file
// counts as no history (logged): the guard must never be the reason a kiosk does not start.
// Time comes from the injected utcNow, so tests set it.
class RestartGuard
{
public:
    struct Settings
    {
        int maxCrashes = 5;
        std::chrono::seconds window = std::chrono::minutes(10);
        std::chrono::seconds firstBackoff = std::chrono::minutes(5);
        std::chrono::seconds maxBackoff = std::chrono::hours(1);
        std::chrono::seconds restMemory = std::chrono::hours(24);
    };

    struct Decision
    {
        bool rest = false;
        int crashes = 0; // unclean ends within the window, before this start
        std::chrono::seconds backoff {0}; // how long to rest (0 for a normal start)
        int restsToday = 0; // rests within restMemory, this one included
    };

    static constexpr QLatin1StringView fileName {"starts.json"};

    RestartGuard(const QString &dataDir, std::function<QDateTime()> utcNow, Settings settings);
    RestartGuard(const QString &dataDir, std::function<QDateTime()> utcNow);

    // Called once at start. For a normal start, records it (not yet clean); for a rest, records
    // the rest and forgets the crashes. Never fails: without a usable file it says "start".
    [[nodiscard]] Decision begin();
    // The start begin() recorded ended in order. Does nothing after a rest decision.
    void markCleanExit();

    [[nodiscard]] QString filePath() const { return m_path; }
    // A line for the log: why the kiosk rests, and for how long.
    [[nodiscard]] static QString describe(const Decision &decision, const Settings &settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }

private:
    struct Start
    {
        QDateTime at;
        bool clean = false;
    };
    struct History
    {
        std::vector<Start> starts;
        std::vector<QDateTime> rests;
    };

    [[nodiscard]] History load() const;
    bool save(const History &history) const;

    QString m_path;
    std::function<QDateTime()> m_utcNow;
    Settings m_settings;
    QDateTime m_startedAt; // the start begin() recorded; invalid after a rest
};

} // namespace Mist
