// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk's scanner: one page at a time, scanned by SaneScanner on a worker thread of its own so
// the screen stays responsive while the scanner works. Lives on the GUI thread; results arrive
// as signals there.
//
// Nothing is scanned outside a citizen's session: scan() is refused while no session is active,
// and the end of a session cancels a scan under way (its page is dropped) and closes the device.
// Pages are never kept here: they go to whoever listens to pageScanned().
#pragma once

#include "sanescanner.h"
#include "scanpreset.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>

namespace Mist {

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
    // The devices SANE finds, asked on the worker thread; done is called on this thread.
    void listDevices(std::function<void(std::vector<SaneScanner::Device>, Problem)> done);

Q_SIGNALS:
    void scanningChanged();
    void progress(int percent);
    // elapsed: from scan() to the page, for the benchmark and the log.
    void pageScanned(const QImage &page, std::chrono::milliseconds elapsed);
    void failed(Mist::ScanService::Problem problem);

private:
    void runOnWorker(std::function<void()> work);
    void finishScan(SaneScanner::Page page, std::chrono::milliseconds elapsed);
    void setScanning(bool scanning);

    QString m_device;
    QPointer<SessionController> m_session;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; runs the lambdas below
    SaneScanner *m_scanner = nullptr; // made, used and destroyed on m_thread only
    std::atomic_bool m_cancel = false;
    bool m_scanning = false;
    bool m_dropNextPage = false; // the session ended while it was being scanned
};

} // namespace Mist
