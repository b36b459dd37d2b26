// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "speechtext.h"

#include "core/clock.h"
#include "kioskoptions.h"
#include "screencatalog.h"
#include "screentext.h"
#include "session/sessioncontroller.h"
#include "windowsettle.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QQuickItem *findScreen(QQuickItem *item)
{
    if (item->metaObject()->indexOfProperty("screenName") >= 0)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findScreen(child))
            return found;
    }
    return nullptr;
}

// The screen's first visible Heading (Accessible.role: Heading), read straight from the item
// tree rather than through ScreenText, so the test of one checks the other.
QString firstHeading(QQuickItem *item)
{
    if (!item->isVisible())
        return {};
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        iface && iface->isValid() && iface->role() == QAccessible::Heading)
        return item->property("text").toString().simplified();
    for (QQuickItem *child : item->childItems()) {
        const QString heading = firstHeading(child);
        if (!heading.isEmpty())
            return heading;
    }
    return {};
}

} // namespace

QQuickItem *shownScreen(QQuickWindow &window)
{
    if (auto *shell = window.findChild<QQuickItem *>(u"shell"_s))
        return ScreenText::shownIn(shell);
    return findScreen(window.contentItem());
}

int printSpeechText(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session)
{
    window.resize(options.size);
    window.show();
    const ScreenEntry *entry = ScreenCatalog::find(options.screen);
    if (entry && entry->idleWarning)
        clock.advance(qint64(session.idleTimeoutSeconds()) * 1000);
    settleWindow(window);

    QQuickItem *screen = shownScreen(window);
    if (!screen) {
        std::fprintf(
            stderr, "mist-kiosk: no screen shown for \"%s\"\n", qPrintable(options.screen));
        return 1;
    }
    const ScreenText text = ScreenText::ofScreen(screen);
    std::fprintf(stderr, "mist-kiosk: screen \"%s\" (%s): title \"%s\", heading \"%s\"\n",
        qPrintable(options.screen), qPrintable(options.language),
        qPrintable(screen->property("title").toString().simplified()),
        qPrintable(firstHeading(screen)));
    if (text.isEmpty()) {
        std::fprintf(stderr, "mist-kiosk: the screen \"%s\" has nothing to read\n",
            qPrintable(options.screen));
        return 1;
    }
    std::printf("%s\n", qPrintable(text.toSpeech()));
    return 0;
}

} // namespace Mist
