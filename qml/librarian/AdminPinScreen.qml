// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// The PIN pad that the 5-second press on the library's name opens. Large digits on the screen,
// no keyboard. Without a PIN it says how to set one and lets nobody in.
KioskScreen {
    id: root

    title: qsTr("Librarian mode")

    property string entered: ""
    // What the last attempt gave: "", "wrong", "locked", "invalid", "refused".
    property string outcome: ""

    // A pad left open goes back to the attract screen after a minute without a touch.
    Timer {
        id: abandon
        interval: 60000
        running: !Librarian.active
        onTriggered: root.openRequested("attract", {})
    }

    function press(digit: string) {
        abandon.restart()
        if (root.entered.length < 12)
            root.entered += digit
        root.outcome = ""
    }

    function submit() {
        abandon.restart()
        const result = Librarian.tryPin(root.entered)
        root.entered = ""
        switch (result) {
        case Librarian.Accepted:
            root.outcome = ""
            root.openRequested("admin-home", {})
            break
        case Librarian.Wrong: root.outcome = "wrong"; break
        case Librarian.LockedOut: root.outcome = "locked"; break
        case Librarian.Invalid: root.outcome = "invalid"; break
        case Librarian.NoPin: root.outcome = ""; break
        default: root.outcome = "refused"
        }
    }

    Component.onCompleted: Librarian.refresh()

    // A USB keypad types the PIN too: digits, Backspace, Enter (Escape is the shell's Back).
    Keys.onPressed: event => {
        if (!keypad.enabled)
            return
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            root.press(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            root.entered = root.entered.slice(0, -1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            root.submit()
            event.accepted = true
        }
    }

    // The lock-out counts down while the pad is open.
    Timer {
        interval: 1000
        repeat: true
        running: Librarian.lockedSeconds > 0 && root.visible
        onTriggered: Librarian.refresh()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        canGoBack: false
    }

    // Landscape: what to do on the left, the keypad on the right (one column did not fit a
    // 768-pixel-high screen at large text). Portrait: one column.
    readonly property bool sideBySide: width > height

    GridLayout {
        id: pinLayout
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        // Wider with larger text: the keys carry words ("Стерти") that grow with it.
        width: Math.min(parent.width - Theme.margin * 2, Theme.touchTarget * (root.sideBySide ? 12 : 6) * Theme.textScale)
        columns: root.sideBySide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing / 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: root.sideBySide ? (pinLayout.width - pinLayout.columnSpacing) / 2 : pinLayout.width
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing / 2

            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: Librarian.pinSet ? qsTr("Enter the librarian PIN") : qsTr("No PIN is set")
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: root.outcome === "" && Librarian.lockedSeconds === 0 ? Theme.textMuted : Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                text: {
                    if (!Librarian.pinSet)
                        return qsTr("Librarian mode opens only after a PIN has been set. Ask whoever runs this kiosk to run: mistctl admin set-pin")
                    if (Librarian.lockedSeconds > 0)
                        return qsTr("Too many wrong PINs. Try again in %n second(s).", "", Librarian.lockedSeconds)
                    if (root.outcome === "wrong")
                        return qsTr("That PIN is not right.")
                    if (root.outcome === "invalid")
                        return qsTr("A PIN has 6 to 12 digits.")
                    if (root.outcome === "refused")
                        return qsTr("Librarian mode cannot be opened now.")
                    return qsTr("6 to 12 digits")
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinDots"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: "●".repeat(root.entered.length) || " "
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headlineSize
            }
            // Beside the keypad, not below it: below, it fell off a 1024x768 screen.
            KioskButton {
                objectName: "pinCancelButton"
                Layout.fillWidth: true
                tone: KioskButton.Tone.Plain
                text: qsTr("Cancel")
                onClicked: root.openRequested("attract", {})
            }
        }
        // A Grid of equal keys, not a GridLayout: Qt 6.4's layouts kept column widths from
        // before a text-size change ("Стерти" ran out of its key, the middle column shrank).
        Grid {
            id: keypad
            objectName: "pinKeypad"
            readonly property real keyWidth: (width - 2 * columnSpacing) / 3
            // One height for every key: a digit's larger type must not make its key taller.
            readonly property real keyHeight: Math.max(Theme.touchTarget * 1.1, Math.ceil(Theme.titleSize * 1.5) + Theme.spacing)
            Layout.fillWidth: true
            Layout.preferredWidth: root.sideBySide ? (pinLayout.width - pinLayout.columnSpacing) / 2 : pinLayout.width
            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            enabled: Librarian.pinSet && Librarian.lockedSeconds === 0

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
                delegate: KioskButton {
                    required property string modelData
                    objectName: "pinKey-" + modelData
                    width: keypad.keyWidth
                    height: keypad.keyHeight
                    leftPadding: Theme.spacing / 2
                    rightPadding: Theme.spacing / 2
                    font.pixelSize: modelData.length === 1 ? Theme.titleSize : Theme.buttonSize
                    tone: modelData === "ok" ? KioskButton.Tone.Accent : KioskButton.Tone.Primary
                    text: modelData === "clear" ? qsTr("Clear")
                        : modelData === "ok" ? qsTr("OK") : modelData
                    onClicked: {
                        if (modelData === "clear")
                            root.entered = ""
                        else if (modelData === "ok")
                            root.submit()
                        else
                            root.press(modelData)
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.columnSpan: root.sideBySide ? 2 : 1
        }
    }
}
