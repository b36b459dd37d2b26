// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The QML engine's network: none. Every request the UI could make (an <img> in rich text, an
// Image with an http source, XMLHttpRequest) fails at once with "access denied", so no path can
// fetch from inside the kiosk's own screens; data reaches them only through the services.
// Local files, qrc:, image providers and data: URLs (decoded in memory) keep working.
#pragma once

#include <QQmlNetworkAccessManagerFactory>

QT_BEGIN_NAMESPACE
class QQmlEngine;
QT_END_NAMESPACE

namespace Mist {

class OfflineNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    // One factory for the process: the engine does not own it. Set before loading any QML.
    static void install(QQmlEngine *engine);
};

} // namespace Mist
