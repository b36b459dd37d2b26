// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// A number chosen with two big buttons, no keyboard: "From page  [−] 2 [+]". The label wraps
// beside the buttons; the buttons keep their size.
Item {
    id: root

    required property string label
    required property int value
    required property int from
    required property int to

    signal decreased()
    signal increased()

    implicitHeight: Math.max(labelText.implicitHeight, buttons.height)

    Text {
        id: labelText
        textFormat: Text.PlainText
        anchors.left: parent.left
        anchors.right: buttons.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Row {
        id: buttons
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing / 2

        KioskButton {
            objectName: root.objectName + "Down"
            tone: KioskButton.Tone.Plain
            text: "−"
            Accessible.name: qsTr("Less: %1").arg(root.label)
            enabled: root.value > root.from
            onClicked: root.decreased()
        }
        Text {
            objectName: root.objectName + "Value"
            textFormat: Text.PlainText
            width: Math.max(Theme.touchTarget, implicitWidth)
            height: Theme.touchTarget
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: String(root.value)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
            Accessible.role: Accessible.StaticText
            Accessible.name: root.label + " " + text
        }
        KioskButton {
            objectName: root.objectName + "Up"
            tone: KioskButton.Tone.Plain
            text: "+"
            Accessible.name: qsTr("More: %1").arg(root.label)
            enabled: root.value < root.to
            onClicked: root.increased()
        }
    }
}
