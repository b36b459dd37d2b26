// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Templates as T
import Mist

// A list of rows that a keyboard or switch user can walk with Tab as well as a finger can
// scroll. A ListView makes only the rows it shows, and rows it makes later do not follow the
// list's order in Tab's chain; so Tab from a row goes to the next row by index, made and
// scrolled into view first (tabFrom), and Tab into the list from outside starts at its first
// row (Shift+Tab at its last). The arrow keys scroll, as everywhere (KioskShell).
ListView {
    id: root

    keyNavigationEnabled: false

    // From the row (a delegate) that has the keys, forward or back: the next row's first
    // control, or past either end what follows or precedes the list. False if nothing is.
    function tabFrom(row: Item, forward: bool): bool {
        const index = root.indexAt(row.x + row.width / 2, row.y + row.height / 2)
        if (index < 0)
            return false
        const next = index + (forward ? 1 : -1)
        let target = null
        if (next >= 0 && next < root.count) {
            root.positionViewAtIndex(next, ListView.Contain)
            target = root.firstTabStop(root.itemAtIndex(next))
        } else {
            target = row
            for (let i = 0; i < 1000 && target; ++i) {
                target = target.nextItemInFocusChain(forward)
                if (!root.holds(target))
                    break
            }
        }
        if (!target || root.holds(target) && target === row)
            return false
        target.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        root.follow(next)
        return true
    }

    function holds(item: Item): bool {
        for (let it = item; it; it = it.parent) {
            if (it === root)
                return true
        }
        return false
    }

    // The row itself, or its first control that Tab stops at.
    function firstTabStop(item: Item): Item {
        if (!item || !item.visible || !item.enabled)
            return null
        if (item.activeFocusOnTab)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = root.firstTabStop(item.children[i])
            if (found)
                return found
        }
        return null
    }

    // Tab from outside landed on whichever row Tab's chain met first: the first row instead
    // (the last for Shift+Tab). Once the focus change is over: moving the keys while the view
    // is taking them left them on the view's current row.
    onActiveFocusChanged: {
        if (root.activeFocus)
            entered.restart()
    }
    Timer {
        id: entered
        interval: 0
        onTriggered: {
            const control = root.Window.activeFocusItem as T.Control
            if (!control || !root.holds(control) || root.count === 0)
                return
            const forward = control.focusReason === Qt.TabFocusReason
            if (!forward && control.focusReason !== Qt.BacktabFocusReason)
                return
            const index = forward ? 0 : root.count - 1
            root.positionViewAtIndex(index, forward ? ListView.Beginning : ListView.End)
            const first = root.firstTabStop(root.itemAtIndex(index))
            if (first && first !== control)
                first.forceActiveFocus(control.focusReason)
            root.follow(index)
        }
    }

    // The view's current row is the one with the keys: a view gives the keys back to its current
    // row when it lays itself out again, which would take them from the row Tab reached (and
    // without its frame). Set after the row has the keys, so they arrive by Tab.
    function follow(index: int) {
        if (index >= 0 && index < root.count)
            root.currentIndex = index
    }
}
