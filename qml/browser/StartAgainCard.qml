// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// Shown when the page's renderer died: a clean explanation and one way on, over the home
// screen, never a blank or frozen page.
Rectangle {
    id: root

    color: Theme.scrim
    visible: false

    // Keyboard and switch access: the card has the keys while it shows; Enter, Space or Escape
    // is its OK, and Tab stays on its one button.
    onVisibleChanged: {
        if (visible)
            root.forceActiveFocus()
    }
    Keys.onReturnPressed: root.visible = false
    Keys.onEnterPressed: root.visible = false
    Keys.onSpacePressed: root.visible = false
    Keys.onEscapePressed: root.visible = false
    Keys.onTabPressed: event => {
        if (event.modifiers & Qt.ShiftModifier)
            okButton.forceActiveFocus(Qt.BacktabFocusReason)
        else
            okButton.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: okButton.forceActiveFocus(Qt.BacktabFocusReason)

    // Swallow touches so nothing behind the card can be pressed by accident.
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

            Heading {
                objectName: "startAgainTitle"
                Layout.fillWidth: true
                text: qsTr("Something went wrong, let’s start again")
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("The website stopped working. What you did on it has been erased. You can open the service again from the start.")
            }
            KioskButton {
                id: okButton
                objectName: "startAgainButton"
                KeyNavigation.tab: okButton
                KeyNavigation.backtab: okButton
                Layout.fillWidth: true
                tone: KioskButton.Tone.Accent
                text: qsTr("OK")
                onClicked: root.visible = false
            }
        }
    }
}
