// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A minimal PDF writer for the kiosk's own sheets (the printer test page) and test documents:
// A4 pages of Latin-1 text in Helvetica and filled rectangles (QR code modules). No Qt Gui, so
// mistctl and the services can make a PDF without a display.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Mist {

class PlainPdf
{
public:
    static constexpr double pageWidth = 595.0; // A4 in points
    static constexpr double pageHeight = 842.0;

    void newPage();
    // Text at (x, y) from the bottom-left corner; characters outside Latin-1 become '?'.
    void text(double x, double y, double size, const QString &text);
    void rect(double x, double y, double width, double height);
    // The modules of a QR code of data, size points wide, bottom-left corner at (x, y). False if
    // libqrencode could not encode it.
    bool qrCode(double x, double y, double size, const QByteArray &data);

    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] QByteArray finish() const;

    // A document of pages pages, each saying "Page N of M" (test documents, benchmarks).
    [[nodiscard]] static QByteArray numberedPages(int pages, const QString &title = {});

private:
    QList<QByteArray> m_pages; // content streams
};

} // namespace Mist
