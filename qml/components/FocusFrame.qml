// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Templates as T
import Mist

// The frame around the control a keyboard or switch user has reached with Tab: thick, a gap
// outside the control, in a colour that stands out from what is around it (Theme.focusFrame).
// Only for keyboard focus (Control.visualFocus): a finger needs no frame. Reaching a control in
// a scrolled list or page also scrolls it into view, or the frame would be off the screen.
//
// A list or page that scrolls clips what lies outside it, and a tile at its edge would lose the
// side of its frame. So inside one the frame is drawn at the window's top (above the screens,
// below popups), clipped to the scrolled area with room for the frame around it.
Item {
    id: root

    // The control this frames; the frame is made as its child. The template type, which every
    // style's controls derive from (the Basic style's own Control.qml is another type).
    required property T.Control control
    // On the dark kiosk bar (or the attract screen) the page's dark frame would not show.
    property bool darkBackdrop: false

    readonly property bool shown: control.visualFocus
    readonly property int outset: Theme.focusFrameGap + Theme.focusFrameWidth
    // The nearest ancestor that clips (a scrolled list or page), looked up when the frame shows.
    property Item clipper: null
    // The nearest Flickable: its scrolling moves the control.
    property Flickable view: null
    // The window's top item, where a lifted frame is drawn.
    readonly property Item windowItem: root.control.Window.contentItem as Item
    readonly property bool lifted: clipper !== null && windowItem !== null

    // Where the control and the clipping area are in the window. Bindings do not see an
    // ancestor move, so the view's scroll position and the control's geometry are named here.
    readonly property rect controlBox: {
        if (!lifted)
            return Qt.rect(0, 0, 0, 0)
        void [root.view ? root.view.contentX : 0, root.view ? root.view.contentY : 0,
              root.control.x, root.control.y]
        return root.control.mapToItem(root.windowItem, 0, 0, root.control.width,
                                      root.control.height)
    }
    readonly property rect clipBox: lifted
        ? clipper.mapToItem(root.windowItem, 0, 0, clipper.width, clipper.height)
        : Qt.rect(0, 0, 0, 0)

    parent: lifted ? root.windowItem : root.control as Item
    x: lifted ? clipBox.x - outset : -outset
    y: lifted ? clipBox.y - outset : -outset
    width: (lifted ? clipBox.width : control.width) + 2 * outset
    height: (lifted ? clipBox.height : control.height) + 2 * outset
    clip: lifted
    visible: shown
    Accessible.ignored: true

    Rectangle {
        objectName: "focusFrame"
        x: root.lifted ? root.controlBox.x - root.clipBox.x : 0
        y: root.lifted ? root.controlBox.y - root.clipBox.y : 0
        width: root.control.width + 2 * root.outset
        height: root.control.height + 2 * root.outset
        color: "transparent"
        radius: Theme.radius + Theme.focusFrameGap
        border.width: Theme.focusFrameWidth
        border.color: root.darkBackdrop ? Theme.focusFrameOnBar : Theme.focusFrame
    }

    onShownChanged: {
        if (!shown)
            return
        let item = root.control.parent
        let clipper = null
        let view = null
        while (item) {
            if (!view && item instanceof Flickable)
                view = item as Flickable
            if (!clipper && item.clip)
                clipper = item
            item = item.parent
        }
        root.view = view
        root.clipper = clipper
        reveal()
    }

    // Scrolls the nearest Flickable around the control (a ListView, a page) so that the whole
    // control and its frame are in view; at once, never animated.
    function reveal() {
        if (!root.view || !root.view.contentItem)
            return
        const margin = root.outset + Theme.spacing / 2
        const box = root.control.mapToItem(root.view.contentItem, 0, 0, root.control.width,
                                           root.control.height)
        const top = root.view.originY
        const bottom = Math.max(top, root.view.originY + root.view.contentHeight - root.view.height)
        let y = root.view.contentY
        if (box.y - margin < y)
            y = box.y - margin
        else if (box.y + box.height + margin > y + root.view.height)
            y = box.y + box.height + margin - root.view.height
        // qmlcachegen 6.4 crashed on a local copy of the view: root.view throughout.
        root.view.contentY = Math.min(Math.max(y, top), bottom)
    }

    // Tab from a row of a list longer than the screen goes by the list's order (KioskListView):
    // a row says Keys.onTabPressed: event => event.accepted = frame.tabInList(forward). False:
    // not in such a list, and Tab does the rest.
    function tabInList(forward: bool): bool {
        let row = root.control as Item
        while (row && row.parent && row.parent.parent) {
            const view = row.parent.parent as KioskListView
            if (view && row.parent === view.contentItem)
                return view.tabFrom(row, forward)
            row = row.parent
        }
        return false
    }
}
