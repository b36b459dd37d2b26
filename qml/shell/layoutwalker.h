// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Walks a window's item tree and reports what a citizen could not read or press: a control or
// text outside the window (or outside the reach of the list it scrolls in), a text cut short
// (elided, over its line limit, or wider or taller than its box), and two controls on top of
// each other; and a control too small for a finger. Used by `mist-kiosk --check-layout` and its
// tests; read-only, it changes nothing.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QQuickItem;
class QQuickWindow;
QT_END_NAMESPACE

namespace Mist {

struct LayoutProblem
{
    enum class Kind {
        OutsideWindow, // (partly) outside the window, a clipping parent, or a list's reach
        Truncated, // a Text elided or over its maximumLineCount
        Overflow, // a Text's content larger than its box
        Overlap, // two controls (or a control and a text) overlap
        SmallTarget, // a control narrower or lower than a finger's minimum target
    };
    Kind kind;
    QString item; // which item, readable: objectName, type and text
    QString detail;

    [[nodiscard]] QString toString() const;
};

class LayoutWalker
{
public:
    // Checks every visible item of the window's content. One pixel of tolerance everywhere.
    [[nodiscard]] static QList<LayoutProblem> check(const QQuickWindow &window);
    // Checks the items under root, with bounds (scene coordinates) as the window.
    [[nodiscard]] static QList<LayoutProblem> check(QQuickItem *root, const QRectF &bounds);

    // Every visible control a finger presses (a button, a text field, a list, a key of the
    // on-screen keyboard) at least minimumSide pixels wide and high.
    [[nodiscard]] static QList<LayoutProblem> checkTargets(
        const QQuickWindow &window, qreal minimumSide);
    // 9 mm, the smallest touch target (Theme), in the window's pixels: from its screen's
    // physical size, and never under 48 px (9 mm at 135 dpi; a panel that reports no size).
    [[nodiscard]] static qreal minimumTargetSide(const QQuickWindow &window);

    // "objectName Type "text"" for messages.
    [[nodiscard]] static QString describe(const QQuickItem *item);
};

} // namespace Mist
