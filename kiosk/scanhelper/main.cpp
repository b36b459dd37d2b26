// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-scan-helper: SANE in a process of its own, driven by the kiosk (ScanService) or mistctl
// over stdin and stdout (services/scanning/scanprotocol.h). A backend that leaves this process
// unable to exit or to touch its locale again takes only this process with it: the kiosk ends
// it and starts a fresh one for the next scan.

#include "commandreader.h"

#include "scanning/sanescanner.h"
#include "scanning/scanninglog.h"
#include "scanning/scanprotocol.h"

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    return writeAll(fd, bytes.constData(), bytes.size());
}

bool sendPage(int fd, SaneScanner::Page page)
{
    if (page.problem == SaneScanner::Problem::None && !ScanProtocol::fits(page.image)) {
        qCWarning(lcScanning) << "a page of" << page.image.width() << "x" << page.image.height()
                              << "pixels is more than the kiosk takes";
        page = {SaneScanner::Problem::Failed, {}};
    }
    if (!writeAll(fd, ScanProtocol::pageFrameStart(page)))
        return false;
    if (page.problem != SaneScanner::Problem::None)
        return true;
    const int rowBytes = ScanProtocol::rowBytes(page.image);
    for (int y = 0; y < page.image.height(); ++y) {
        if (!writeAll(fd, reinterpret_cast<const char *>(page.image.constScanLine(y)), rowBytes))
            return false;
    }
    return true;
}

// Runs one command; false once the kiosk no longer reads our replies.
bool run(SaneScanner &scanner, const QByteArray &command, CommandReader &reader, int out)
{
    if (command == "list") {
        SaneScanner::Problem problem = SaneScanner::Problem::None;
        const std::vector<SaneScanner::Device> devices = scanner.devices(&problem);
        return writeAll(out, ScanProtocol::devicesFrame(devices, problem));
    }
    if (command == "close") {
        scanner.close();
        return true;
    }
    if (command.startsWith("scan ")) {
        const std::optional<ScanProtocol::ScanCommand> scan
            = ScanProtocol::parseScanCommand(command.mid(5));
        if (!scan) {
            qCWarning(lcScanning) << "a malformed scan command";
            return sendPage(out, {SaneScanner::Problem::Failed, {}});
        }
        bool writing = true;
        const SaneScanner::Page page = scanner.scan(
            scan->device, scan->settings,
            [&](int percent) {
                if (writing && !writeAll(out, ScanProtocol::progressFrame(percent))) {
                    writing = false;
                    reader.stop(); // which cancels this scan
                }
            },
            reader.cancelled());
        const bool sent = writing && sendPage(out, page);
        // Only now that the kiosk has its answer: ending an acquisition after a jam or a cancel
        // can hang this process for good (SaneScanner::scan() says how). The kiosk ends a
        // helper that gave no page; if this hangs, it kills it.
        if (page.problem == SaneScanner::Problem::None)
            scanner.endAcquisition();
        else
            scanner.close();
        return sent;
    }
    qCWarning(lcScanning) << "an unknown command of" << command.size() << "bytes";
    return true;
}

} // namespace

int main()
{
    // Cancelling a scan closes a backend's pipe under its reader thread, and a kiosk that has
    // gone away closes ours: either SIGPIPE would end the helper before SANE is left tidily.
    // Here, a failed write is an error like any other.
    std::signal(SIGPIPE, SIG_IGN);
    qSetMessagePattern(u"mist-scan-helper: %{message}"_s);

    // stdin and stdout belong to the protocol. Keep private copies and point 0 and 1 elsewhere,
    // so a backend or library that reads stdin or prints to stdout cannot eat a command or
    // break a frame.
    const int in = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int out = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (in < 0 || out < 0 || null < 0 || ::dup2(null, STDIN_FILENO) < 0
        || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        qCCritical(lcScanning) << "cannot set up the helper's input and output";
        _exit(2);
    }

    // A page is megabytes, and the kiosk may read the pipe only now and then (between frames of
    // its UI, or every 10 ms in a test's wait loop): a pipe of 1 MB rather than 64 KB lets a
    // page through in a few reads. The most an unprivileged process may ask for; best effort.
    ::fcntl(out, F_SETPIPE_SZ, 1024 * 1024);

    CommandReader reader(in);
    {
        SaneScanner scanner;
        while (const std::optional<QByteArray> command = reader.next()) {
            if (!run(scanner, *command, reader, out))
                break;
        }
    } // closes the device and leaves SANE (sane_close, sane_exit)

    // _exit, never exit() or a return from main(): a backend may have cancelled one of its
    // threads while that thread held glibc's locale lock, and exit() runs library destructors
    // (p11-kit's calls freelocale()) that would wait for that lock for ever. Nothing is left to
    // flush: every reply went out with write(2), and logs go to unbuffered stderr.
    _exit(0);
}
