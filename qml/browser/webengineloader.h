// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Loads libmist-webengine (qml/webengine/) the first time a portal is opened, so that Qt
// WebEngine costs nothing until a citizen needs it, and makes its profiles.
#pragma once

#include <QObject>

namespace Mist {

namespace WebEngineLoader {

// Before the application object, in mist-kiosk and in every test that opens a portal. Qt
// WebEngine is loaded only with the first portal, so instead of QtWebEngineQuick::initialize():
// the shared OpenGL context (Qt's way for WebEngine loaded from a plugin), no remote debugging,
// and extraFlags added to Chromium's. Chromium refuses its sandbox as root, so as root it runs
// without one: returns true then, for the caller to warn.
bool prepareBeforeApplication(const QByteArray &extraFlags = {});

// A new off-the-record profile (a QQuickWebEngineProfile) with the kiosk's request filter as its
// child "portalRequestFilter"; the caller owns it. Null, logged, if the library cannot be loaded.
[[nodiscard]] QObject *createPortalProfile();

} // namespace WebEngineLoader

} // namespace Mist
