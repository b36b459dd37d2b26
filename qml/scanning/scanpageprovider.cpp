// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanpageprovider.h"

#include "scandesk.h"

namespace Mist {

ScanPageProvider::ScanPageProvider(ScanDesk *desk)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_desk(desk)
{ }

QImage ScanPageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // Called on the GUI thread (an Image provider without ForceAsynchronousImageLoading).
    bool ok = false;
    const int index = id.section(u'/', 0, 0).toInt(&ok);
    QImage page = ok && m_desk ? m_desk->page(index) : QImage();
    if (page.isNull()) {
        page = QImage(1, 1, QImage::Format_Grayscale8);
        page.fill(Qt::white);
    }
    if (size)
        *size = page.size();
    if (requestedSize.width() > 0 || requestedSize.height() > 0) {
        const QSize bounds(requestedSize.width() > 0 ? requestedSize.width() : page.width(),
            requestedSize.height() > 0 ? requestedSize.height() : page.height());
        return page.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return page;
}

} // namespace Mist
