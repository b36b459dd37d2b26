// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "screenshot.h"

#include "core/clock.h"
#include "kioskoptions.h"
#include "screencatalog.h"
#include "session/sessioncontroller.h"
#include "windowsettle.h"

#include <QCoreApplication>
#include <QImage>
#include <QKeyEvent>
#include <QQuickWindow>

#include <cstdio>

namespace Mist {

int renderScreenshot(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session)
{
    window.resize(options.size);
    window.show();

    const ScreenEntry *entry = ScreenCatalog::find(options.screen);
    if (entry && entry->idleWarning) {
        // Let the idle time pass on the frozen clock: the warning appears with a full countdown.
        clock.advance(qint64(session.idleTimeoutSeconds()) * 1000);
    }

    // The picture a citizen sees once the screen is up: layouts polished, loaders done (images
    // from the binary load synchronously). Three turns of the event loop were not always enough:
    // a librarian screen's title was drawn over "Back" at 1280x800.
    settleWindow(window);

    // --tab N: the keys a keyboard or switch user would press, each delivered as a real key
    // event, so the picture shows where the focus went and its frame.
    for (int i = 0; i < options.tabPresses; ++i) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Tab, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &press);
        QCoreApplication::sendEvent(&window, &release);
        settleWindow(window);
    }

    const QImage image = window.grabWindow();
    if (image.isNull()) {
        std::fprintf(
            stderr, "mist-kiosk: could not render the screen \"%s\"\n", qPrintable(options.screen));
        return 1;
    }
    if (!image.save(options.screenshotFile, "PNG")) {
        std::fprintf(
            stderr, "mist-kiosk: could not write %s\n", qPrintable(options.screenshotFile));
        return 1;
    }
    std::printf("%s: %s (%s) %dx%d\n", qPrintable(options.screenshotFile),
        qPrintable(options.screen), qPrintable(options.language), image.width(), image.height());
    return 0;
}

} // namespace Mist
