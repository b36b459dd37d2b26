// The backend objects QML sees, registered as singletons of the Mist module. The backend itself
// knows nothing of QML; these declarations are the only bridge.
#pragma once

#include "providedsingleton.h"

#include "library/libraryprofile.h"
#include "session/sessioncontroller.h"

#include <QtQml/qqmlregistration.h>

namespace Mist {

// Session: the citizen session (idle timer, warning, finish).
struct SessionForeign : ProvidedSingleton<SessionController>
{
    Q_GADGET
    QML_FOREIGN(Mist::SessionController)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
};

// Library: the name and details of the library this kiosk stands in.
struct LibraryForeign : ProvidedSingleton<LibraryProfile>
{
    Q_GADGET
    QML_FOREIGN(Mist::LibraryProfile)
    QML_NAMED_ELEMENT(Library)
    QML_SINGLETON
};

} // namespace Mist
