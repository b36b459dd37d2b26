// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// The one button of the kiosk: large, high-contrast, with a tone for its role.
Button {
    id: root

    enum Tone { Primary, Accent, Danger, Bar, Plain }
    property int tone: KioskButton.Tone.Primary

    readonly property color fillColor: {
        switch (root.tone) {
        case KioskButton.Tone.Accent: return Theme.accent
        case KioskButton.Tone.Danger: return Theme.danger
        case KioskButton.Tone.Bar: return Theme.barButton
        case KioskButton.Tone.Plain: return Theme.surface
        default: return Theme.primary
        }
    }
    readonly property color labelColor: {
        switch (root.tone) {
        case KioskButton.Tone.Accent: return Theme.accentText
        case KioskButton.Tone.Danger: return Theme.dangerText
        case KioskButton.Tone.Bar: return Theme.barText
        case KioskButton.Tone.Plain: return Theme.primary
        default: return Theme.primaryText
        }
    }

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    // Tab reaches it (a keyboard, a switch interface); a tap does not take the focus, so the
    // search field keeps the keyboard's letters while its tools are pressed.
    focusPolicy: Qt.TabFocus
    // Set where the button sits on the dark bar colour, so its focus frame is drawn light.
    property bool darkBackdrop: root.tone === KioskButton.Tone.Bar
    // A disabled button fades as a whole, label included, so it does not look pressable.
    opacity: enabled ? 1.0 : 0.45
    font.family: Theme.fontFamily
    font.pixelSize: Theme.buttonSize
    font.weight: Font.DemiBold

    Accessible.role: Accessible.Button
    Accessible.name: root.text

    // Space presses a Button already; Enter does too, as on every keypad.
    Keys.onReturnPressed: root.pressByKey()
    Keys.onEnterPressed: root.pressByKey()

    function pressByKey() {
        root.keysUsed = true
        root.clicked()
    }

    // A button that its own key press disables ("Next page" on the last page, "+" at the
    // largest size) passes the keys on to the next control, or a keyboard user would be left
    // nowhere and have to start again from the top of the screen.
    property bool keysUsed: false
    Keys.onPressed: root.keysUsed = true // not accepted: the press goes on
    onActiveFocusChanged: {
        // Moving away forgets it; losing the keys by being disabled (enabled is false by then)
        // does not.
        if (!root.activeFocus && root.enabled)
            root.keysUsed = false
    }
    onEnabledChanged: {
        if (!root.enabled && root.keysUsed) {
            root.keysUsed = false
            const next = root.nextItemInFocusChain(true)
            if (next && next !== root)
                next.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    FocusFrame {
        control: root
        darkBackdrop: root.darkBackdrop
    }

    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        color: root.labelColor
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.fillColor
        border.width: root.tone === KioskButton.Tone.Plain ? Theme.borderWidth : 0
        border.color: Theme.primary

        // Pressed feedback without an animation that could keep running.
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.text
            opacity: root.down ? 0.18 : 0
        }
    }
}
