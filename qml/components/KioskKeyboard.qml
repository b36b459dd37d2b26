// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard (Qt Virtual Keyboard; the kiosk has no other): Ukrainian and English
// letters, showing `language` ("uk" or "en"). Any screen with a text field puts one at its
// bottom; it types into whichever field has the focus.
//
// The keyboard is made anew whenever its width changes (a monitor plugged in, a mode change,
// the window growing to its screen): Qt 6.4's keyboard rows are RowLayouts that keep their keys'
// old sizes after a resize, and the bottom row's keys ended up squeezed together, "&123" off
// the keyboard's edge and Enter over the full stop. A new keyboard lays itself out right.
Item {
    id: root

    property string language: "uk"
    // What tests and screens ask of the keyboard itself.
    readonly property InputPanel inputPanel: panel.item as InputPanel
    readonly property bool active: inputPanel ? inputPanel.active : false
    readonly property var keyboard: inputPanel ? inputPanel.keyboard : null

    implicitHeight: inputPanel ? inputPanel.height : 0

    // The width the current keyboard was laid out for.
    property real builtForWidth: -1

    onWidthChanged: {
        if (panel.item && Math.abs(width - builtForWidth) >= 1)
            rebuild.restart()
    }

    Timer {
        id: rebuild
        // After the resize has been handled, once even if several widths came in one go.
        interval: 0
        onTriggered: {
            panel.active = false
            panel.active = true
        }
    }

    Loader {
        id: panel
        width: root.width
        onLoaded: root.builtForWidth = root.width
        // The Loader gives the keyboard its own width.
        sourceComponent: InputPanel {}
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["uk_UA", "en_US"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.language === "en" ? "en_US" : "uk_UA"
    }
}
