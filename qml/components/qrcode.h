// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A QR code as a square matrix of dark and light modules, made with libqrencode (ECC level M,
// 8-bit mode so any UTF-8 text works), and drawn as a crisp black-on-white image: every module
// is a whole number of pixels and a 4-module quiet zone surrounds the symbol, so a phone camera
// reads it at any size. Used by QrImageProvider; kept separate so it can be tested without QML.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

namespace Mist {

class QrCode
{
public:
    // The light border every reader needs around the symbol, in modules (ISO/IEC 18004).
    static constexpr int quietZone = 4;

    // Encodes text; an empty or unencodable text (too long for version 40) gives a null code
    // and a warning in mist.ui naming only the text's length.
    [[nodiscard]] static QrCode encode(const QString &text);

    [[nodiscard]] bool isNull() const { return m_width == 0; }
    // Modules per side without the quiet zone: 21 for version 1, +4 per version, 177 at most.
    [[nodiscard]] int width() const { return m_width; }
    // 1 to 40; 0 for a null code.
    [[nodiscard]] int version() const { return m_version; }
    // True for a dark module; false outside the symbol.
    [[nodiscard]] bool isDark(int x, int y) const;

    // The code drawn to fit in requested (the quiet zone included) with the largest whole number
    // of pixels per module, at least one; centred on white if requested is not a multiple.
    // An invalid requested size gives the smallest crisp image (4 px per module). Null for a
    // null code.
    [[nodiscard]] QImage toImage(QSize requested) const;

private:
    int m_width = 0;
    int m_version = 0;
    std::vector<bool> m_dark; // row-major, m_width * m_width
};

} // namespace Mist
