// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// image://scan/<page>/<revision>: a page being scanned, for the preview, straight from ScanDesk's
// memory (never a file). The revision in the address makes Image load a page again when it
// changes (rescanned, turned).
#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace Mist {

class ScanDesk;

class ScanPageProvider : public QQuickImageProvider
{
public:
    static constexpr char name[] = "scan";

    explicit ScanPageProvider(ScanDesk *desk);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<ScanDesk> m_desk;
};

} // namespace Mist
