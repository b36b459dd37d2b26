// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sanescanner.h"

#include "scanninglog.h"

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A4, the page a citizen brings; a flatbed smaller than that scans what it can.
constexpr double pageWidthMm = 210.0;
constexpr double pageHeightMm = 297.0;
constexpr double mmPerInch = 25.4;
constexpr int readChunk = 64 * 1024;

SANE_Handle handleOf(void *handle)
{
    return static_cast<SANE_Handle>(handle);
}

// The settable, active option called name, or -1 (backends differ in what they offer).
int findOption(SANE_Handle handle, const char *name, const SANE_Option_Descriptor **descriptor)
{
    SANE_Int count = 0;
    if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return -1;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(handle, i);
        if (d && d->name && std::strcmp(d->name, name) == 0 && SANE_OPTION_IS_ACTIVE(d->cap)
            && SANE_OPTION_IS_SETTABLE(d->cap)) {
            *descriptor = d;
            return i;
        }
    }
    return -1;
}

// Sets a one-word numeric option (SANE_TYPE_INT or SANE_TYPE_FIXED) to the allowed value nearest
// to wanted; returns the value the device took, or wanted if it has no such option.
double setNumber(SANE_Handle handle, const char *name, double wanted)
{
    const SANE_Option_Descriptor *d = nullptr;
    const int index = findOption(handle, name, &d);
    if (index < 0 || d->size != SANE_Int(sizeof(SANE_Word))
        || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED))
        return wanted;
    const bool fixed = d->type == SANE_TYPE_FIXED;
    const auto toDouble = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
    const auto toWord
        = [fixed](double v) { return fixed ? SANE_FIX(v) : SANE_Word(std::lround(v)); };
    double value = wanted;
    if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range) {
        const SANE_Range *r = d->constraint.range;
        value = std::clamp(wanted, toDouble(r->min), toDouble(r->max));
        if (r->quant != 0) {
            const double quant = toDouble(r->quant);
            value = toDouble(r->min) + std::round((value - toDouble(r->min)) / quant) * quant;
        }
    } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list) {
        const SANE_Word *list = d->constraint.word_list;
        double best = toDouble(list[1]);
        for (SANE_Word i = 1; i <= list[0]; ++i) {
            if (std::abs(toDouble(list[i]) - wanted) < std::abs(best - wanted))
                best = toDouble(list[i]);
        }
        value = best;
    }
    SANE_Word word = toWord(value);
    if (sane_control_option(handle, index, SANE_ACTION_SET_VALUE, &word, nullptr)
        != SANE_STATUS_GOOD)
        return wanted;
    return toDouble(word); // the backend may have rounded it (SANE_INFO_INEXACT)
}

// Chooses the scan mode by meaning: backends call grey "Gray", "Grayscale", "Gray[Dithered]"...
void setMode(SANE_Handle handle, bool colour)
{
    const SANE_Option_Descriptor *d = nullptr;
    const int index = findOption(handle, SANE_NAME_SCAN_MODE, &d);
    if (index < 0 || d->type != SANE_TYPE_STRING
        || d->constraint_type != SANE_CONSTRAINT_STRING_LIST)
        return;
    const char *exact = colour ? SANE_VALUE_SCAN_MODE_COLOR : SANE_VALUE_SCAN_MODE_GRAY;
    const char *chosen = nullptr;
    for (const SANE_String_Const *s = d->constraint.string_list; *s; ++s) {
        const QString mode = QString::fromUtf8(*s).toLower();
        if (std::strcmp(*s, exact) == 0) {
            chosen = *s;
            break;
        }
        const bool fits = colour ? (mode.contains("color"_L1) || mode.contains("colour"_L1))
                                 : (mode.contains("gray"_L1) || mode.contains("grey"_L1));
        if (fits && !chosen)
            chosen = *s;
    }
    if (!chosen)
        return;
    QByteArray value(std::max<int>(d->size, int(std::strlen(chosen)) + 1), '\0');
    std::memcpy(value.data(), chosen, std::strlen(chosen));
    sane_control_option(handle, index, SANE_ACTION_SET_VALUE, value.data(), nullptr);
}

// One 8-bit sample from a frame's bytes, whatever its depth (16-bit samples are in host order).
inline uchar sample(const uchar *line, int index, int depth)
{
    if (depth == 8)
        return line[index];
    if (depth == 16) {
        quint16 v = 0;
        std::memcpy(&v, line + 2 * index, 2);
        return uchar(v >> 8);
    }
    // depth 1: a set bit is black
    return (line[index / 8] & (0x80 >> (index % 8))) ? 0 : 255;
}

} // namespace

SaneScanner::SaneScanner()
{
    SANE_Int version = 0;
    const SANE_Status status = sane_init(&version, nullptr);
    m_initialised = status == SANE_STATUS_GOOD;
    if (!m_initialised)
        qCWarning(lcScanning).noquote() << "SANE did not start:" << sane_strstatus(status);
}

SaneScanner::~SaneScanner()
{
    close();
    if (m_initialised)
        sane_exit();
}

std::vector<SaneScanner::Device> SaneScanner::devices(Problem *problem)
{
    std::vector<Device> result;
    if (problem)
        *problem = Problem::None;
    if (!m_initialised) {
        if (problem)
            *problem = Problem::Failed;
        return result;
    }
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_TRUE);
    if (status != SANE_STATUS_GOOD) {
        if (problem)
            *problem = problemFromStatus(status);
        return result;
    }
    for (int i = 0; list && list[i]; ++i) {
        result.push_back({QString::fromUtf8(list[i]->name), QString::fromUtf8(list[i]->vendor),
            QString::fromUtf8(list[i]->model), QString::fromUtf8(list[i]->type)});
    }
    if (result.empty() && problem)
        *problem = Problem::NoScanner;
    return result;
}

SaneScanner::Problem SaneScanner::openDevice(const QString &device)
{
    if (m_handle && m_openName == device && !m_reopen) {
        endAcquisition();
        return Problem::None;
    }
    close();
    if (!m_initialised)
        return Problem::Failed;
    QString name = device;
    if (name.isEmpty()) {
        Problem problem = Problem::None;
        const std::vector<Device> found = devices(&problem);
        if (found.empty())
            return problem == Problem::None ? Problem::NoScanner : problem;
        name = found.front().name;
    }
    SANE_Handle handle = nullptr;
    const SANE_Status status = sane_open(name.toUtf8().constData(), &handle);
    if (status != SANE_STATUS_GOOD) {
        qCInfo(lcScanning).noquote() << "cannot open" << name << ":" << sane_strstatus(status);
        // An unknown name (unplugged, or a typo in [scanning] device) is "not connected".
        return status == SANE_STATUS_INVAL ? Problem::NoScanner : problemFromStatus(status);
    }
    m_handle = handle;
    m_openName = device;
    return Problem::None;
}

void SaneScanner::endAcquisition()
{
    if (m_handle && m_acquiring)
        sane_cancel(handleOf(m_handle));
    m_acquiring = false;
}

void SaneScanner::close()
{
    endAcquisition();
    if (m_handle) {
        sane_close(handleOf(m_handle));
        m_handle = nullptr;
        m_openName.clear();
    }
    m_reopen = false;
}

void SaneScanner::applySettings(const ScanSettings &settings)
{
    SANE_Handle handle = handleOf(m_handle);
    setMode(handle, settings.colour);
    setNumber(handle, SANE_NAME_BIT_DEPTH, 8);
    setNumber(handle, SANE_NAME_SCAN_RESOLUTION, settings.dpi);
    // The whole glass up to A4, from its corner (setNumber clamps to what the glass has).
    setNumber(handle, SANE_NAME_SCAN_TL_X, 0);
    setNumber(handle, SANE_NAME_SCAN_TL_Y, 0);
    setNumber(handle, SANE_NAME_SCAN_BR_X, pageWidthMm);
    setNumber(handle, SANE_NAME_SCAN_BR_Y, pageHeightMm);
}

SaneScanner::Page SaneScanner::scan(const QString &device, const ScanSettings &settings,
    const Progress &progress, const std::atomic_bool &cancel)
{
    Page page;
    const auto fail = [this, &page](Problem problem) {
        m_reopen = true; // not closed now: see scan() in the header
        page.problem = problem;
        page.image = {};
        return page;
    };
    page.problem = openDevice(device);
    if (page.problem != Problem::None)
        return page;
    SANE_Handle handle = handleOf(m_handle);
    applySettings(settings);
    if (progress)
        progress(0);

    QImage image;
    bool firstFrame = true;
    for (;;) {
        if (cancel)
            return fail(Problem::Cancelled);
        m_acquiring = true;
        SANE_Status status = sane_start(handle);
        if (status != SANE_STATUS_GOOD)
            return fail(problemFromStatus(status));
        SANE_Parameters p {};
        status = sane_get_parameters(handle, &p);
        if (status != SANE_STATUS_GOOD)
            return fail(problemFromStatus(status));
        if ((p.depth != 1 && p.depth != 8 && p.depth != 16) || p.pixels_per_line <= 0
            || p.bytes_per_line <= 0 || (p.depth == 1 && p.format != SANE_FRAME_GRAY)) {
            qCWarning(lcScanning) << "unsupported image format from the scanner:" << p.format
                                  << "depth" << p.depth;
            return fail(Problem::Failed);
        }
        // lines is -1 when the scanner does not know the page's length (a hand scanner).
        const qint64 expected = p.lines > 0 ? qint64(p.lines) * p.bytes_per_line : -1;
        QByteArray data;
        if (expected > 0)
            data.reserve(expected);
        QByteArray chunk(readChunk, Qt::Uninitialized);
        int lastPercent = -1;
        for (;;) {
            if (cancel)
                return fail(Problem::Cancelled);
            SANE_Int length = 0;
            status = sane_read(
                handle, reinterpret_cast<SANE_Byte *>(chunk.data()), readChunk, &length);
            if (status == SANE_STATUS_EOF)
                break;
            if (status != SANE_STATUS_GOOD)
                return fail(problemFromStatus(status));
            data.append(chunk.constData(), length);
            if (progress && expected > 0) {
                const int percent = int(std::min<qint64>(99, data.size() * 100 / expected));
                if (percent != lastPercent)
                    progress(lastPercent = percent);
            }
        }
        const int width = p.pixels_per_line;
        const int height = int(data.size() / p.bytes_per_line);
        if (height <= 0)
            return fail(Problem::Failed);
        const bool rgb = p.format != SANE_FRAME_GRAY;
        if (firstFrame) {
            image = QImage(width, height, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
            if (image.isNull())
                return fail(Problem::Failed); // too large to hold
            image.fill(Qt::white);
            firstFrame = false;
        }
        const int rows = std::min(height, image.height());
        const int columns = std::min(width, image.width());
        for (int y = 0; y < rows; ++y) {
            const auto *line
                = reinterpret_cast<const uchar *>(data.constData()) + qint64(y) * p.bytes_per_line;
            uchar *out = image.scanLine(y);
            switch (p.format) {
            case SANE_FRAME_GRAY:
                for (int x = 0; x < columns; ++x)
                    out[x] = sample(line, x, p.depth);
                break;
            case SANE_FRAME_RGB:
                for (int x = 0; x < 3 * columns; ++x)
                    out[x] = sample(line, x, p.depth);
                break;
            default: // a three-pass scanner's red, green or blue frame
                const int channel = p.format - SANE_FRAME_RED;
                for (int x = 0; x < columns; ++x)
                    out[3 * x + channel] = sample(line, x, p.depth);
                break;
            }
        }
        if (p.last_frame)
            break;
    }
    // The acquisition ends in endAcquisition() or the next scan; the device stays open.
    const double dpi = settings.dpi;
    image.setDotsPerMeterX(int(std::lround(dpi * 1000.0 / mmPerInch)));
    image.setDotsPerMeterY(int(std::lround(dpi * 1000.0 / mmPerInch)));
    if (progress)
        progress(100);
    page.image = std::move(image);
    return page;
}

SaneScanner::Problem SaneScanner::problemFromStatus(int status)
{
    switch (SANE_Status(status)) {
    case SANE_STATUS_GOOD:
        return Problem::None;
    case SANE_STATUS_DEVICE_BUSY:
        return Problem::Busy;
    case SANE_STATUS_JAMMED:
        return Problem::Jammed;
    case SANE_STATUS_NO_DOCS:
        return Problem::NoPaper;
    case SANE_STATUS_COVER_OPEN:
        return Problem::CoverOpen;
    case SANE_STATUS_CANCELLED:
        return Problem::Cancelled;
    default:
        break;
    }
    qCInfo(lcScanning).noquote() << "the scanner reported:" << sane_strstatus(SANE_Status(status));
    return Problem::Failed;
}

} // namespace Mist
