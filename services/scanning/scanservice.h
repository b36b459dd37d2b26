// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk's scanner: one page at a time, scanned by SANE in mist-scan-helper, a process of its
// own (ScanHelper; scanprotocol.h says why), so the screen stays responsive while the scanner
// works and a backend that breaks its process cannot hang the kiosk. Lives on the GUI thread;
// results arrive as signals there. A helper that fails a scan, dies or misbehaves is ended; the
// next request starts a fresh one.
//
// Nothing is scanned outside a citizen's session: scan() is refused while no session is active,
// and the end of a session cancels a scan under way (its page is dropped), closes the device and
// ends the helper: nothing of SANE's stays from one citizen to the next.
// Pages are never kept here: they go to whoever listens to pageScanned().
#pragma once

#include "sanescanner.h"
#include "scanpreset.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace Mist {

class ScanHelper;
class SessionController;

class ScanService : public QObject
{
    Q_OBJECT
public:
    using Problem = SaneScanner::Problem;

    // device: [scanning] device (empty: the first SANE finds; "none": no scanning at all).
    // session: scans only while it is active (may be null in mistctl and tests: always allowed).
    explicit ScanService(
        QString device, SessionController *session = nullptr, QObject *parent = nullptr);
    ~ScanService() override;
    Q_DISABLE_COPY_MOVE(ScanService)

    [[nodiscard]] bool enabled() const { return m_device != u"none"; }
    [[nodiscard]] QString device() const { return m_device; }
    [[nodiscard]] bool isScanning() const { return m_scanning; }

    // Starts scanning one page; pageScanned() or failed() follows. Returns false (and nothing
    // follows) while a scan is under way, scanning is off, or no session is active.
    bool scan(ScanPreset preset);
    // Stops the scan under way; failed(Cancelled) follows.
    void cancel();
    // Closes the device until the next scan (the citizen left the scanning screen).
    void release();
    // The devices SANE finds, asked of the helper; done is called on this thread.
    void listDevices(std::function<void(std::vector<SaneScanner::Device>, Problem)> done);
    // How long a helper with work to do may stay silent (ScanHelper::silenceLimit); for tests.
    void setHelperSilenceLimit(std::chrono::milliseconds limit) { m_helperSilenceLimit = limit; }

Q_SIGNALS:
    void scanningChanged();
    void progress(int percent);
    // elapsed: from scan() to the page, for the benchmark and the log.
    void pageScanned(const QImage &page, std::chrono::milliseconds elapsed);
    void failed(Mist::ScanService::Problem problem);

private:
    // The helper that takes new requests, started if there is none.
    ScanHelper *helper();
    // Ends helper once it has answered what it was asked.
    void retire(ScanHelper *helper);
    void finishScan(ScanHelper *helper, const SaneScanner::Page &page);
    void setScanning(bool scanning);

    QString m_device;
    QPointer<SessionController> m_session;
    ScanHelper *m_helper = nullptr; // a child; null until needed and after it is retired
    QPointer<ScanHelper> m_scanHelper; // the one scanning now (it may be retiring)
    QElapsedTimer m_scanTimer;
    std::chrono::milliseconds m_helperSilenceLimit;
    bool m_scanning = false;
    bool m_dropNextPage = false; // the session ended while it was being scanned
};

} // namespace Mist
