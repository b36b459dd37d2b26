// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk's side of one mist-scan-helper process (scanprotocol.h says why SANE runs there):
// starts it, sends it commands and checks every byte that comes back. One object per process:
// once the helper has ended, been retired or sent anything malformed, it takes no more work,
// and its owner (ScanService) makes a fresh one for the next request.
//
// Every request is answered, on this thread and never from inside the call: a helper that
// cannot be found, dies or misbehaves fails what it was asked (Problem::Failed, or Cancelled
// for a scan it was told to stop), and the reason goes to the log.
#pragma once

#include "sanescanner.h"
#include "scanpreset.h"
#include "scanprotocol.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <vector>

namespace Mist {

class ScanHelper : public QObject
{
    Q_OBJECT
public:
    using Listed = std::function<void(std::vector<SaneScanner::Device>, SaneScanner::Problem)>;

    // Starts the helper.
    explicit ScanHelper(QObject *parent = nullptr);
    // Ends the helper if it still runs (end of input, then a kill), waiting for it. What is
    // still pending is dropped unanswered: the owner is going away.
    ~ScanHelper() override;
    Q_DISABLE_COPY_MOVE(ScanHelper)

    // Where mist-scan-helper is: $MIST_SCAN_HELPER (tests), beside the running program (the
    // build tree), ../libexec/mist/ from it (an installed tree wherever its prefix), then the
    // libexec folder the build was configured for. Empty if none of them is there.
    [[nodiscard]] static QString program();

    // Whether it takes new requests.
    [[nodiscard]] bool isUsable() const { return !m_ended && !m_retired && !m_failed; }

    // One page: progress() while it is read, then scanned().
    void scan(const QString &device, const ScanSettings &settings);
    // Stops the scan under way; if the helper has not answered within cancelGrace, it is ended.
    void cancel();
    // Closes the device (the helper stays, for the next page).
    void close();
    void listDevices(Listed done);
    // No more requests: the helper answers what it was asked, then ends (end of its input; a
    // kill after endGrace). This object deletes itself once the process is gone.
    void retire();

    static constexpr std::chrono::milliseconds cancelGrace {10000};
    static constexpr std::chrono::milliseconds endGrace {5000};
    // A helper that has work to do and sends nothing for this long (no progress, no answer) is
    // stuck in SANE, say a backend waiting for a device that went away, and is ended: what it
    // was asked fails, and the next scan starts a new helper. Generous, as some lamps warm up
    // for a minute before the first line arrives. Before, a stuck helper kept the scan screen
    // waiting and the scanner unusable until the kiosk restarted.
    static constexpr std::chrono::milliseconds silenceLimit {120000};
    // For tests, which cannot wait two minutes.
    void setSilenceLimit(std::chrono::milliseconds limit) { m_silenceTimer.setInterval(limit); }

Q_SIGNALS:
    void progress(int percent);
    void scanned(const Mist::SaneScanner::Page &page);

private:
    struct Pending
    {
        bool page = false; // a scan; otherwise a list, answered through listed
        Listed listed;
    };

    void send(const QByteArray &command, Pending pending);
    void readOutput();
    bool handle(const ScanProtocol::Frame &frame);
    void refuse(const QString &reason);
    void ended();
    void failPending();

    QProcess *m_process;
    ScanProtocol::FrameReader m_reader;
    std::deque<Pending> m_pending;
    QTimer m_cancelTimer;
    QTimer m_endTimer;
    QTimer m_silenceTimer; // runs while something is asked and unanswered
    bool m_cancelling = false;
    bool m_ended = false; // the process is gone (or never started)
    bool m_retired = false;
    bool m_failed = false; // it could not start, or sent something malformed and is being killed
};

} // namespace Mist
