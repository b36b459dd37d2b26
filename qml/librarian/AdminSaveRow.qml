// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// A librarian form's "Save" with what came of it beside the button: "Saved…" or why not.
// Anchored rather than a RowLayout: Qt 6.4's layouts kept the button's size from before a text
// size change, and its label ran out of it.
Item {
    id: root

    // What came of the last save, or the form's general problem; empty before any.
    property string result
    property bool failed: false

    signal saveClicked()

    implicitHeight: Math.max(saveButton.implicitHeight, resultText.implicitHeight)

    KioskButton {
        id: saveButton
        objectName: "saveButton"
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        tone: KioskButton.Tone.Accent
        text: qsTr("Save")
        onClicked: root.saveClicked()
    }
    Text {
        id: resultText
        objectName: "saveResult"
        anchors.left: saveButton.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        textFormat: Text.PlainText
        text: root.result
        color: root.failed ? Theme.danger : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
