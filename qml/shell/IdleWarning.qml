// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts
import QtQuick.Window
import Mist

// "Are you still there?": covers the whole screen when the session has been idle, counts down,
// and offers one large way to carry on (WCAG 2.2.1: at least 20 s, one simple action).
Rectangle {
    id: root

    color: Theme.scrim

    // Keyboard and switch access: the warning takes the keyboard while it shows; Enter, Space
    // or Escape is "I need more time", and Tab stays among its two buttons. The control that
    // had the keyboard before gets it back, with its frame if it showed one.
    property Item focusBefore: null
    property bool focusBeforeVisible: false

    // The shell makes this the first time it shows (a Loader), so it may be born visible.
    Component.onCompleted: {
        if (visible)
            root.takeKeys()
    }
    onVisibleChanged: {
        if (visible) {
            root.takeKeys()
        } else {
            // Not after the visit ended: the attract screen has the keyboard then.
            if (root.focusBefore && root.focusBefore.visible && Session.active)
                root.focusBefore.forceActiveFocus(root.focusBeforeVisible ? Qt.TabFocusReason
                                                                          : Qt.OtherFocusReason)
            root.focusBefore = null
        }
    }
    function takeKeys() {
        const control = root.Window.activeFocusItem as T.Control
        root.focusBefore = root.Window.activeFocusItem
        root.focusBeforeVisible = control !== null && control.visualFocus
        root.forceActiveFocus()
    }
    Keys.onReturnPressed: Session.extend()
    Keys.onEnterPressed: Session.extend()
    Keys.onSpacePressed: Session.extend()
    Keys.onEscapePressed: Session.extend()
    Keys.onTabPressed: event => {
        if (event.modifiers & Qt.ShiftModifier)
            finishNow.forceActiveFocus(Qt.BacktabFocusReason)
        else
            moreTime.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: finishNow.forceActiveFocus(Qt.BacktabFocusReason)

    // Swallow touches so nothing behind the warning can be pressed by accident.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing * 1.5

            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headlineSize
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("To protect your data, this session will end in %n second(s) and everything you did will be erased.", "", Session.secondsLeft)
            }
            KioskButton {
                id: moreTime
                objectName: "moreTimeButton"
                KeyNavigation.tab: finishNow
                KeyNavigation.backtab: finishNow
                Layout.fillWidth: true
                // Taller when the label wraps (portrait at 150 %).
                Layout.preferredHeight: Math.max(Theme.touchTarget * 1.6, implicitHeight)
                tone: KioskButton.Tone.Accent
                text: qsTr("I need more time")
                font.pixelSize: Theme.titleSize
                onClicked: Session.extend()
            }
            KioskButton {
                id: finishNow
                objectName: "finishNowButton"
                KeyNavigation.tab: moreTime
                KeyNavigation.backtab: moreTime
                Layout.alignment: Qt.AlignHCenter
                tone: KioskButton.Tone.Plain
                text: qsTr("Finish now")
                onClicked: Session.finish()
            }
        }
    }
}
