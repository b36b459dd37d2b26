// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "qrcode.h"

#include "core/logging.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace Mist {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    if (text.isEmpty()) {
        qCWarning(lcUi, "QR code: nothing to encode");
        return code;
    }
    const QByteArray utf8 = text.toUtf8();
    // Byte mode rather than QRencode_encodeString's auto mode: URLs mix cases and symbols, and
    // byte mode keeps every character as typed.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeData(int(utf8.size()),
            reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!qr) {
        // The text itself may be a citizen's address: log its size only.
        qCWarning(lcUi, "QR code: cannot encode %lld bytes: too long", qlonglong(utf8.size()));
        return code;
    }
    code.m_width = qr->width;
    code.m_version = qr->version;
    code.m_dark.resize(size_t(qr->width) * size_t(qr->width));
    for (size_t i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = (qr->data[i] & 1) != 0; // bit 0 is the module's colour
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_dark[size_t(y) * size_t(m_width) + size_t(x)];
}

QImage QrCode::toImage(QSize requested) const
{
    if (isNull())
        return {};
    const int modules = m_width + 2 * quietZone;
    int scale = 4;
    if (requested.isValid() && !requested.isEmpty())
        scale = std::max(1, std::min(requested.width(), requested.height()) / modules);
    const int symbol = modules * scale;
    const QSize size = requested.isValid() && !requested.isEmpty()
        ? requested.expandedTo(QSize(symbol, symbol))
        : QSize(symbol, symbol);

    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int left = (size.width() - symbol) / 2 + quietZone * scale;
    const int top = (size.height() - symbol) / 2 + quietZone * scale;
    // Whole modules written straight into the pixels: no painter, no antialiasing.
    for (int y = 0; y < m_width; ++y) {
        for (int row = 0; row < scale; ++row) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(top + y * scale + row));
            for (int x = 0; x < m_width; ++x) {
                if (isDark(x, y))
                    std::fill_n(line + left + x * scale, scale, qRgb(0, 0, 0));
            }
        }
    }
    return image;
}

} // namespace Mist
