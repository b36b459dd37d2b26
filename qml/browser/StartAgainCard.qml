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
                objectName: "startAgainButton"
                Layout.fillWidth: true
                tone: KioskButton.Tone.Accent
                text: qsTr("OK")
                onClicked: root.visible = false
            }
        }
    }
}
