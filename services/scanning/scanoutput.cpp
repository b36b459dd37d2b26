// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanoutput.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <array>
#include <cmath>

namespace Mist {

namespace {

constexpr double inchPerMeter = 39.37007874;
constexpr double scaleStep = 0.8;
// JPEG qualities tried in turn before the resolution is lowered: 85 is visually clean for a
// scanned page, below 45 text grows halos.
constexpr std::array jpegQualities {85, 75, 65, 55, 45};

QImage scaled(const QImage &page, double factor)
{
    if (factor >= 1.0)
        return page;
    QImage result = page.scaled(QSize(int(page.width() * factor), int(page.height() * factor)),
        Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    result.setDotsPerMeterX(int(page.dotsPerMeterX() * factor));
    result.setDotsPerMeterY(int(page.dotsPerMeterY() * factor));
    return result;
}

QByteArray writePdf(const QList<QImage> &pages, double factor)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Mist"));
    writer.setPageMargins({});
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage page = scaled(pages.at(i), factor);
        const double dpi = ScanOutput::dpiOf(page);
        const QSizeF inches(page.width() / dpi, page.height() / dpi);
        writer.setPageSize(QPageSize(inches, QPageSize::Inch, {}, QPageSize::ExactMatch));
        writer.setPageMargins({});
        if (i == 0) {
            if (!painter.begin(&writer))
                return {};
        } else if (!writer.newPage()) {
            return {};
        }
        // The painter's device pixels are the writer's resolution (1200 dpi by default).
        const QRectF target(
            0, 0, inches.width() * writer.resolution(), inches.height() * writer.resolution());
        painter.drawImage(target, page);
    }
    painter.end();
    return bytes;
}

QByteArray writeJpeg(const QImage &page, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    return writer.write(page) ? bytes : QByteArray();
}

} // namespace

int ScanOutput::dpiOf(const QImage &image)
{
    const int dpi = int(std::lround(image.dotsPerMeterX() / inchPerMeter));
    return dpi >= 50 ? dpi : 200;
}

ScanOutput::Result ScanOutput::pdf(const QList<QImage> &pages, qint64 maxBytes)
{
    Result result;
    if (pages.isEmpty())
        return result;
    const int dpi = dpiOf(pages.constFirst());
    for (double factor = 1.0;; factor *= scaleStep) {
        result.bytes = writePdf(pages, factor);
        result.reduced = factor < 1.0;
        result.fits = maxBytes <= 0 || result.bytes.size() <= maxBytes;
        if (result.fits || result.bytes.isEmpty() || dpi * factor * scaleStep < minDpi)
            return result;
    }
}

ScanOutput::Result ScanOutput::jpeg(const QImage &page, qint64 maxBytes)
{
    Result result;
    if (page.isNull())
        return result;
    const int dpi = dpiOf(page);
    for (double factor = 1.0;; factor *= scaleStep) {
        const QImage image = scaled(page, factor);
        for (const int quality : jpegQualities) {
            result.bytes = writeJpeg(image, quality);
            result.reduced = factor < 1.0 || quality != jpegQualities.front();
            result.fits = maxBytes <= 0 || result.bytes.size() <= maxBytes;
            if (result.fits || result.bytes.isEmpty())
                return result;
        }
        if (dpi * factor * scaleStep < minDpi)
            return result;
    }
}

} // namespace Mist
