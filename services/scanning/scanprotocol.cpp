// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanprotocol.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Mist::ScanProtocol {

namespace {

constexpr double mmPerInch = 25.4;

quint32 readU32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

void appendU32(QByteArray &bytes, quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    bytes.append(buffer, 4);
}

QByteArray frameHeader(Kind kind, qint64 payloadSize)
{
    QByteArray header;
    header.append(char(kind));
    appendU32(header, quint32(payloadSize));
    return header;
}

std::optional<SaneScanner::Problem> problemOf(char byte)
{
    const auto value = uchar(byte);
    if (value > uchar(SaneScanner::Problem::Failed))
        return std::nullopt;
    return SaneScanner::Problem(value);
}

// A device's words go into a tab-separated line: no tab or line break may stay in them.
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (uchar(c) < 0x20)
            c = ' ';
    }
    return bytes;
}

} // namespace

QByteArray scanCommand(const QString &device, const ScanSettings &settings)
{
    const QByteArray name = device.toUtf8();
    if (name.contains('\n') || name.contains('\r') || name.size() > maxCommandLength / 2)
        return {};
    return "scan " + QByteArray::number(settings.dpi) + ' ' + (settings.colour ? '1' : '0') + ' '
        + name + '\n';
}

bool FrameReader::append(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer.append(bytes);
    return checkHeader();
}

bool FrameReader::checkHeader()
{
    if (m_buffer.isEmpty())
        return true;
    qint64 bound = 0;
    switch (Kind(m_buffer.at(0))) {
    case Kind::Progress:
        bound = 1;
        break;
    case Kind::Devices:
        bound = maxDevicesBytes;
        break;
    case Kind::Page:
        bound = pageHeaderSize + maxPageBytes;
        break;
    default:
        m_error = u"unknown frame kind %1"_s.arg(int(uchar(m_buffer.at(0))));
        return false;
    }
    if (m_buffer.size() < headerSize)
        return true;
    const qint64 length = readU32(m_buffer, 1);
    if (length > bound) {
        m_error = u"a frame of %1 bytes, over its bound of %2"_s.arg(length).arg(bound);
        return false;
    }
    return true;
}

std::optional<Frame> FrameReader::next()
{
    if (!m_error.isEmpty() || m_buffer.size() < headerSize)
        return std::nullopt;
    const qint64 length = readU32(m_buffer, 1);
    if (m_buffer.size() < headerSize + length)
        return std::nullopt;
    Frame frame {Kind(m_buffer.at(0)), m_buffer.mid(headerSize, length)};
    m_buffer.remove(0, headerSize + length);
    // The next frame's header may already be here.
    if (!checkHeader())
        return std::nullopt;
    return frame;
}

std::optional<int> parseProgress(const QByteArray &payload, QString *error)
{
    if (payload.size() != 1 || uchar(payload.at(0)) > 100) {
        *error = u"a progress frame out of range"_s;
        return std::nullopt;
    }
    return int(uchar(payload.at(0)));
}

std::optional<SaneScanner::Page> parsePage(const QByteArray &payload, QString *error)
{
    const std::optional<SaneScanner::Problem> problem
        = payload.isEmpty() ? std::nullopt : problemOf(payload.at(0));
    if (!problem) {
        *error = u"a page frame without a valid problem"_s;
        return std::nullopt;
    }
    SaneScanner::Page page;
    page.problem = *problem;
    if (page.problem != SaneScanner::Problem::None) {
        if (payload.size() != 1) {
            *error = u"a failed page frame with bytes after the problem"_s;
            return std::nullopt;
        }
        return page;
    }
    if (payload.size() < pageHeaderSize) {
        *error = u"a page frame too short for its header"_s;
        return std::nullopt;
    }
    const quint32 width = readU32(payload, 1);
    const quint32 height = readU32(payload, 5);
    const int channels = uchar(payload.at(9));
    const quint32 dpi = readU32(payload, 10);
    if (width == 0 || width > quint32(maxPageWidth) || height == 0
        || height > quint32(maxPageHeight) || (channels != 1 && channels != 3) || dpi == 0
        || dpi > quint32(maxDpi)) {
        *error = u"a page of %1 x %2 pixels, %3 channels, %4 dpi is out of bounds"_s.arg(width)
                     .arg(height)
                     .arg(channels)
                     .arg(dpi);
        return std::nullopt;
    }
    const qint64 row = qint64(width) * channels;
    if (payload.size() - pageHeaderSize != row * height) {
        *error = u"a page frame of %1 bytes for %2 x %3 pixels"_s.arg(payload.size())
                     .arg(width)
                     .arg(height);
        return std::nullopt;
    }
    QImage image(
        int(width), int(height), channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (image.isNull()) {
        *error = u"no memory for a page of %1 x %2 pixels"_s.arg(width).arg(height);
        return std::nullopt;
    }
    const char *rows = payload.constData() + pageHeaderSize;
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), rows + y * row, size_t(row));
    const int dotsPerMeter = int(std::lround(dpi * 1000.0 / mmPerInch));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    page.image = std::move(image);
    return page;
}

std::optional<DeviceList> parseDevices(const QByteArray &payload, QString *error)
{
    const std::optional<SaneScanner::Problem> problem
        = payload.isEmpty() ? std::nullopt : problemOf(payload.at(0));
    if (!problem) {
        *error = u"a device list without a valid problem"_s;
        return std::nullopt;
    }
    DeviceList list;
    list.problem = *problem;
    const QByteArray text = payload.mid(1);
    if (!text.isEmpty() && !text.endsWith('\n')) {
        *error = u"a device list cut short"_s;
        return std::nullopt;
    }
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split('\t');
        if (fields.size() != 4 || fields.at(0).isEmpty()) {
            *error = u"a malformed line in the device list"_s;
            return std::nullopt;
        }
        list.devices.push_back({QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
            QString::fromUtf8(fields.at(2)), QString::fromUtf8(fields.at(3))});
    }
    return list;
}

std::optional<ScanCommand> parseScanCommand(const QByteArray &arguments)
{
    // "DPI COLOUR DEVICE", DEVICE possibly empty (the first SANE finds).
    const qsizetype firstSpace = arguments.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : arguments.indexOf(' ', firstSpace + 1);
    if (secondSpace < 0)
        return std::nullopt;
    bool ok = false;
    const int dpi = arguments.left(firstSpace).toInt(&ok);
    const QByteArray colour = arguments.mid(firstSpace + 1, secondSpace - firstSpace - 1);
    if (!ok || dpi <= 0 || dpi > maxDpi || (colour != "0" && colour != "1"))
        return std::nullopt;
    ScanCommand command;
    command.settings.dpi = dpi;
    command.settings.colour = colour == "1";
    command.device = QString::fromUtf8(arguments.mid(secondSpace + 1));
    return command;
}

QByteArray progressFrame(int percent)
{
    return frameHeader(Kind::Progress, 1) + char(std::clamp(percent, 0, 100));
}

QByteArray devicesFrame(
    const std::vector<SaneScanner::Device> &devices, SaneScanner::Problem problem)
{
    QByteArray payload(1, char(problem));
    for (const SaneScanner::Device &device : devices) {
        if (device.name.isEmpty())
            continue;
        const QByteArray line = field(device.name) + '\t' + field(device.vendor) + '\t'
            + field(device.model) + '\t' + field(device.type) + '\n';
        if (payload.size() + line.size() > maxDevicesBytes)
            break;
        payload += line;
    }
    return frameHeader(Kind::Devices, payload.size()) + payload;
}

bool fits(const QImage &image)
{
    return (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_RGB888)
        && image.width() > 0 && image.width() <= maxPageWidth && image.height() > 0
        && image.height() <= maxPageHeight;
}

int rowBytes(const QImage &image)
{
    return image.width() * (image.format() == QImage::Format_RGB888 ? 3 : 1);
}

QByteArray pageFrameStart(const SaneScanner::Page &page)
{
    if (page.problem != SaneScanner::Problem::None)
        return frameHeader(Kind::Page, 1) + char(page.problem);
    const QImage &image = page.image;
    const int dpi = int(std::lround(image.dotsPerMeterX() * mmPerInch / 1000.0));
    QByteArray start
        = frameHeader(Kind::Page, pageHeaderSize + qint64(rowBytes(image)) * image.height());
    start.append(char(SaneScanner::Problem::None));
    appendU32(start, quint32(image.width()));
    appendU32(start, quint32(image.height()));
    start.append(char(image.format() == QImage::Format_RGB888 ? 3 : 1));
    appendU32(start, quint32(std::clamp(dpi, 1, maxDpi)));
    return start;
}

} // namespace Mist::ScanProtocol
