// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Serves QR codes to QML: `Image { source: "image://qr/" + encodeURIComponent(text) }`, drawn
// crisp at the Image's sourceSize (see QrCode). Register one per engine under the name "qr"
// (QrImageProvider::name); the engine owns it.
#pragma once

#include <QQuickImageProvider>

namespace Mist {

class QrImageProvider : public QQuickImageProvider
{
public:
    static constexpr const char *name = "qr";

    QrImageProvider();

    // A null image (the Image shows nothing and reports an error) when the text cannot be
    // encoded; never throws or aborts.
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The text to encode from the id the engine passes: the engine may already have decoded
    // some percent escapes of the URL, so the remaining ones are decoded once here.
    [[nodiscard]] static QString textFromId(const QString &id);
};

} // namespace Mist
