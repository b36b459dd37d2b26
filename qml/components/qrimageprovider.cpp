// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "qrimageprovider.h"

#include "qrcode.h"

#include <QUrl>

namespace Mist {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QImage image = QrCode::encode(textFromId(id)).toImage(requestedSize);
    if (size)
        *size = image.size();
    return image;
}

QString QrImageProvider::textFromId(const QString &id)
{
    return QUrl::fromPercentEncoding(id.toUtf8());
}

} // namespace Mist
