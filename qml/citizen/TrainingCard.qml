// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One training in the schedule list; a tap opens its details and the QR code.
AbstractButton {
    id: root

    required property string key
    required property string day
    required property string topic
    required property string time
    required property string lastDay
    required property string place
    required property string trainer
    required property int seatsFree

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.NoFocus

    // A long press reads this one aloud ([speech] long_press); where it does not, the press
    // opens it as a tap does.
    onPressAndHold: {
        if (!ReadAloud.readItem(root))
            root.clicked()
    }

    Accessible.role: Accessible.Button
    Accessible.name: root.topic

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: root.down ? Theme.primary : Theme.border

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.primary
            opacity: root.down ? 0.12 : 0
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 4

            Text {
                textFormat: Text.PlainText
                objectName: "trainingTopic"
                Layout.fillWidth: true
                text: root.topic
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            TrainingFacts {
                Layout.fillWidth: true
                time: root.time
                day: root.day
                lastDay: root.lastDay
                place: root.place
                trainer: root.trainer
                seatsFree: root.seatsFree
            }
        }
        Text {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignVCenter
            text: qsTr("Details")
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.DemiBold
        }
    }
}
