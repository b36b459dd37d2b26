// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The scanner through SANE's C API (libsane): list the devices, open one, scan one page into a
// QImage. Synchronous and blocking. Only mist-scan-helper uses it (the kiosk and mistctl talk to
// that process through ScanService): a backend can leave a process's locale lock held for ever
// (scanprotocol.h says how), and that must not be the kiosk. It calls sane_init() when made and
// sane_exit() when destroyed, so no two may live at once (SANE keeps global state).
//
// Many backends feed sane_read() through a pipe from a reader thread, and cancelling a scan
// closes that pipe under the writer: whoever uses SaneScanner must ignore SIGPIPE (the helper
// does), or a cancel ends the process.
//
// Never shells out to scanimage: every status SANE gives comes back as a Problem a citizen's
// screen can put in plain words (not connected, busy, jammed, out of paper, cover open).
#pragma once

#include "scanpreset.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Mist {

class SaneScanner
{
public:
    enum class Problem {
        None,
        NoScanner, // SANE finds none, or not the configured one, or it was unplugged
        Busy, // another program or a previous scan still holds it
        Jammed, // the paper is stuck
        NoPaper, // the feeder is empty
        CoverOpen,
        Cancelled, // the citizen (or the end of the session) stopped the scan
        Failed, // anything else SANE reports (I/O error, out of memory...)
    };

    struct Device
    {
        QString name; // what [scanning] device takes, e.g. "test:0" or "genesys:libusb:001:004"
        QString vendor;
        QString model;
        QString type;
    };

    struct Page
    {
        Problem problem = Problem::None;
        QImage image; // Grayscale8 or RGB888, with its resolution set; null on a problem
    };

    // Percent of the page read so far (0..100), called from the scanning thread.
    using Progress = std::function<void(int percent)>;

    SaneScanner();
    ~SaneScanner();
    SaneScanner(const SaneScanner &) = delete;
    SaneScanner &operator=(const SaneScanner &) = delete;

    [[nodiscard]] bool initialised() const { return m_initialised; }

    // What SANE finds now (local devices only: a kiosk never scans over the network).
    [[nodiscard]] std::vector<Device> devices(Problem *problem = nullptr);

    // Scans one page on device (empty: the first SANE finds). cancel is polled between reads.
    //
    // The page's acquisition is not ended here (sane_cancel), but by endAcquisition(), close(),
    // the next scan or the destructor: with some backends that call can hang its process for
    // good (after a jam or a cancel, the test backend's reader thread can be cancelled while
    // it holds a malloc or locale lock of glibc's), so the caller may report the page or the
    // problem first. The device stays open for the next page until close(); after a problem,
    // the next scan closes and reopens it, so it starts afresh.
    [[nodiscard]] Page scan(const QString &device, const ScanSettings &settings,
        const Progress &progress, const std::atomic_bool &cancel);
    // Ends the acquisition scan() left (sane_cancel); the device stays open.
    void endAcquisition();
    // Ends the acquisition and closes the device.
    void close();

    // A stable word for logs and mistctl ("no-scanner", "jammed"...).
    [[nodiscard]] static QString problemName(Problem problem);
    // The SANE status (an int, to keep sane.h out of this header) as a Problem.
    [[nodiscard]] static Problem problemFromStatus(int status);

private:
    [[nodiscard]] Problem openDevice(const QString &device);
    void applySettings(const ScanSettings &settings);

    bool m_initialised = false;
    void *m_handle = nullptr; // SANE_Handle
    QString m_openName; // the device m_handle belongs to ("" for "the first one")
    bool m_acquiring = false; // sane_start() was called and sane_cancel() not yet
    bool m_reopen = false; // the last scan had a problem: close the device before its next use
};

} // namespace Mist
