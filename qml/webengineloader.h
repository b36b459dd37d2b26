// Loads libmist-webengine (qml/webengine/) the first time a portal is opened, so that Qt
// WebEngine costs nothing until a citizen needs it, and makes its profiles.
#pragma once

#include <QObject>

namespace Mist {

namespace WebEngineLoader {

// A new off-the-record profile (a QQuickWebEngineProfile) with the kiosk's request filter as its
// child "portalRequestFilter"; the caller owns it. Null, logged, if the library cannot be loaded.
[[nodiscard]] QObject *createPortalProfile();

} // namespace WebEngineLoader

} // namespace Mist
