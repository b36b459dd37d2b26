// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the kiosk and mist-scan-helper say to each other over the helper's stdin and stdout.
//
// SANE runs in that helper process, not in the kiosk: backends stop their reader threads with an
// asynchronous pthread_cancel, which can kill a thread while it holds one of glibc's locks. A
// locale lock: any later setlocale/newlocale/freelocale in that process, exit() among them,
// then waits for ever. A malloc arena's lock: sane_cancel() itself then waits for ever. In a
// helper, the poisoned lock dies with the helper, which the kiosk kills if it does not go.
//
// To the helper: one command a line (ASCII, '\n'):
//   list                      the devices SANE finds -> a Devices frame
//   scan DPI COLOUR DEVICE    one page (COLOUR 0 or 1; DEVICE the rest of the line, may be
//                             empty) -> Progress frames, then a Page frame
//   cancel                    stops the scan under way (its Page frame says Cancelled)
//   close                     closes the device
// End of input: the helper cancels what it does, leaves SANE and exits.
//
// From the helper: frames of one kind byte, a payload length (4 bytes, big-endian) and the
// payload:
//   Progress  one byte, 0..100
//   Devices   a problem byte, then one UTF-8 line per device: name, vendor, model, type, each
//             ended by a tab (the last by '\n')
//   Page      a problem byte; if None, then width, height (4 bytes each), channels (1 byte: 1
//             grey, 3 RGB), dpi (4 bytes) and the rows, width * channels bytes each, no padding
// The kiosk treats all of it as untrusted bytes: every length is checked before anything is
// allocated for it, and anything out of bounds ends the helper.
#pragma once

#include "sanescanner.h"
#include "scanpreset.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Mist::ScanProtocol {

enum class Kind : char { Progress = 'p', Devices = 'd', Page = 'r' };

constexpr int headerSize = 5; // kind + length
constexpr int pageHeaderSize = 14; // problem, width, height, channels, dpi
// The largest page: A4 at 600 dpi in colour (4961 x 7016 pixels), with room for a backend
// that rounds the scan area up. Twice the kiosk's largest preset in each direction.
constexpr int maxPageWidth = 5200;
constexpr int maxPageHeight = 7300;
constexpr qint64 maxPageBytes = qint64(maxPageWidth) * maxPageHeight * 3;
constexpr int maxDpi = 1200;
// Far more than any list of local scanners needs.
constexpr qint64 maxDevicesBytes = 64 * 1024;
// A command line, on either side.
constexpr int maxCommandLength = 4096;

// --- The kiosk's side --------------------------------------------------------------------------

// The scan command line for device and settings; empty if device cannot go into one line.
[[nodiscard]] QByteArray scanCommand(const QString &device, const ScanSettings &settings);

struct Frame
{
    Kind kind = Kind::Progress;
    QByteArray payload;
};

// Cuts the helper's output into frames as it arrives, refusing a kind it does not know and a
// length over that kind's bound before it keeps a byte of the payload.
class FrameReader
{
public:
    // Appends bytes; false (and error() says why) once the stream is not a valid one.
    bool append(const QByteArray &bytes);
    // The next whole frame, if one has arrived.
    [[nodiscard]] std::optional<Frame> next();
    [[nodiscard]] QString error() const { return m_error; }

private:
    bool checkHeader();

    QByteArray m_buffer;
    QString m_error;
};

// The payloads, checked: nullopt (and *error says why) if one is malformed.
[[nodiscard]] std::optional<int> parseProgress(const QByteArray &payload, QString *error);
[[nodiscard]] std::optional<SaneScanner::Page> parsePage(const QByteArray &payload, QString *error);
struct DeviceList
{
    SaneScanner::Problem problem = SaneScanner::Problem::None;
    std::vector<SaneScanner::Device> devices;
};
[[nodiscard]] std::optional<DeviceList> parseDevices(const QByteArray &payload, QString *error);

// --- The helper's side -------------------------------------------------------------------------

struct ScanCommand
{
    QString device;
    ScanSettings settings;
};
// A scan command's arguments (after "scan "), checked.
[[nodiscard]] std::optional<ScanCommand> parseScanCommand(const QByteArray &arguments);

[[nodiscard]] QByteArray progressFrame(int percent);
[[nodiscard]] QByteArray devicesFrame(
    const std::vector<SaneScanner::Device> &devices, SaneScanner::Problem problem);
// Whether the kiosk takes this image: grey or RGB, within the bounds above. A page that does
// not fit is sent as Failed.
[[nodiscard]] bool fits(const QImage &image);
// The Page frame up to its rows (page must fit); for a page without a problem, its
// image.height() rows of rowBytes() each follow.
[[nodiscard]] QByteArray pageFrameStart(const SaneScanner::Page &page);
[[nodiscard]] int rowBytes(const QImage &image);

} // namespace Mist::ScanProtocol
