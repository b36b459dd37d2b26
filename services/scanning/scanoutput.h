// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Scanned pages as what a portal takes: one PDF of every page (QPdfWriter, Qt Gui, no Widgets),
// or one JPEG per page. Either is kept under the portal's likely size limit ([scanning]
// max_upload_mb): a JPEG loses quality and then resolution until it fits, a PDF loses resolution;
// the result says when it did, so the screen can say so.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace Mist {

class ScanOutput
{
public:
    struct Result
    {
        QByteArray bytes; // empty only if nothing could be written
        bool reduced = false; // quality or resolution was lowered to fit
        bool fits = true; // false: even the smallest version is over the limit (bytes holds it)
    };

    // The lowest resolution (dots per inch) a page is ever reduced to: below it text blurs.
    static constexpr int minDpi = 100;

    // One PDF with a page per image, each the size of the paper scanned (from the image's
    // resolution). maxBytes <= 0: no limit.
    [[nodiscard]] static Result pdf(const QList<QImage> &pages, qint64 maxBytes);
    // One JPEG of page, at most maxBytes.
    [[nodiscard]] static Result jpeg(const QImage &page, qint64 maxBytes);

    // The image's resolution in dots per inch (200 if it has none).
    [[nodiscard]] static int dpiOf(const QImage &image);
};

} // namespace Mist
