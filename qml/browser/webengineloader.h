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
// Chromium's flags from the kiosk (chromiumflags.h) plus extraFlags, and of those in
// QTWEBENGINE_CHROMIUM_FLAGS only display workarounds (the rest is dropped with a warning).
// Chromium refuses its sandbox as root, so as root it runs without one: returns true then, for the
// caller to warn.
bool prepareBeforeApplication(const QByteArray &extraFlags = {});

// Another folder to look for libmist-webengine in, after <executable>/../lib/mist: for test
// executables in the build tree. Before the first createPortalProfile().
void addSearchDirectory(const QString &directory);

// A new off-the-record profile (a QQuickWebEngineProfile) with the kiosk's request filter as its
// child "portalRequestFilter"; the caller owns it. Null, logged, if the library cannot be loaded.
[[nodiscard]] QObject *createPortalProfile();

} // namespace WebEngineLoader

} // namespace Mist
