// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// The frame around the control a keyboard or switch user has reached with Tab: thick, a gap
// outside the control, in a colour that stands out from what is around it (Theme.focusFrame).
// Only for keyboard focus (Control.visualFocus): a finger needs no frame. Reaching a control in
// a scrolled list or page also scrolls it into view, or the frame would be off the screen.
Rectangle {
    id: root

    // The control this frames; the frame is its child.
    required property Control control
    // On the dark kiosk bar (or the attract screen) the page's dark frame would not show.
    property bool onDark: false

    readonly property bool shown: control.visualFocus

    anchors.fill: parent
    anchors.margins: -(Theme.focusFrameGap + Theme.focusFrameWidth)
    visible: shown
    color: "transparent"
    radius: Theme.radius + Theme.focusFrameGap
    border.width: Theme.focusFrameWidth
    border.color: onDark ? Theme.focusFrameOnBar : Theme.focusFrame
    Accessible.ignored: true

    onShownChanged: {
        if (shown)
            reveal()
    }

    // Scrolls the nearest Flickable around the control (a ListView, a page) so that the whole
    // control and its frame are in view; at once, never animated.
    function reveal() {
        let flick = root.control.parent
        while (flick && !(flick instanceof Flickable))
            flick = flick.parent
        const view = flick as Flickable
        if (!view || !view.contentItem)
            return
        const margin = Theme.focusFrameGap + Theme.focusFrameWidth + Theme.spacing / 2
        const box = root.control.mapToItem(view.contentItem, 0, 0, root.control.width,
                                           root.control.height)
        let y = view.contentY
        if (box.y - margin < y)
            y = box.y - margin
        else if (box.y + box.height + margin > y + view.height)
            y = box.y + box.height + margin - view.height
        const top = view.originY
        const bottom = Math.max(top, view.originY + view.contentHeight - view.height)
        view.contentY = Math.min(Math.max(y, top), bottom)
    }
}
