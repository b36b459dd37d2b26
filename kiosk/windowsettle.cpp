// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "windowsettle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHashFunctions>
#include <QQuickItem>
#include <QQuickWindow>

namespace Mist {

namespace {

// Where every visible item is, in scene coordinates: two equal fingerprints in a row mean the
// scene has stopped moving.
size_t geometryFingerprint(const QQuickItem *item)
{
    if (!item || !item->isVisible())
        return 0;
    const QRectF rect = item->mapRectToScene(item->boundingRect());
    size_t hash = qHashMulti(0, rect.x(), rect.y(), rect.width(), rect.height());
    for (const QQuickItem *child : item->childItems())
        hash = qHashMulti(hash, geometryFingerprint(child));
    return hash;
}

// One frame, as the window draws it on a screen: polish, sync, and render what changed. An
// UpdateRequest is the event the window's own frame timer delivers; sent here, the frame comes
// at once instead of after the platform's frame interval. Unlike grabWindow() it copies no
// picture out (8 MiB at 1920x1080), which took three copies of every screenshot's start
// (issue 19: the startup benchmark measures screenshots).
void renderFrame(QQuickWindow &window)
{
    QEvent updateRequest(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(&window, &updateRequest);
}

} // namespace

void settleWindow(QQuickWindow &window)
{
    size_t previous = 0;
    for (int turn = 0; turn < 20; ++turn) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        renderFrame(window);
        const size_t current = geometryFingerprint(window.contentItem());
        if (turn > 0 && current == previous)
            return;
        previous = current;
    }
}

} // namespace Mist
