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
    // Reached with Tab (keyboard, switch), never taken by a tap.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    // In a long list, Tab follows the list's order (FocusFrame.tabInList). Shift+Tab comes as
    // Backtab from a keyboard, as Tab with Shift from some switch interfaces.
    Keys.onTabPressed: event => event.accepted = frame.tabInList(!(event.modifiers & Qt.ShiftModifier))
    Keys.onBacktabPressed: event => event.accepted = frame.tabInList(false)

    // A long press reads this one aloud ([speech] long_press); where it does not, the press
    // opens it as a tap does.
    onPressAndHold: {
        if (!ReadAloud.readItem(root))
            root.clicked()
    }

    Accessible.role: Accessible.Button
    Accessible.name: root.topic
    // The topic is the library's calendar's words, in whatever language it wrote them: data,
    // not a string of ours, so the accessibility check does not hold it to the session's.
    readonly property bool accessibleNameIsData: true

    FocusFrame {
        id: frame
        control: root
    }

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
