// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// A topic on a services screen: its icon beside its name and how many services it holds. Wider
// than tall, so nine topics fit on one screen even with large text.
AbstractButton {
    id: root

    required property string title
    required property string subtitle
    required property url iconSource

    implicitHeight: Math.max(Theme.touchTarget * 1.5, implicitContentHeight + topPadding + bottomPadding)
    // Reached with Tab (keyboard, switch), never taken by a tap.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    padding: Theme.spacing

    // A long press reads this one aloud ([speech] long_press); where it does not, the press
    // opens it as a tap does.
    onPressAndHold: {
        if (!ReadAloud.readItem(root))
            root.clicked()
    }

    Accessible.role: Accessible.Button
    Accessible.name: root.title
    Accessible.description: root.subtitle

    FocusFrame {
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

        // On a white plate in high contrast, as on the home tiles (Tile.qml).
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.iconSize * 0.75 + Theme.spacing / 2
            implicitHeight: implicitWidth
            radius: Theme.radius
            color: Theme.iconPlate

            Image {
                anchors.centerIn: parent
                source: root.iconSource
                sourceSize.width: Theme.iconSize * 0.75
                sourceSize.height: Theme.iconSize * 0.75
                Accessible.ignored: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacing / 4

            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.title
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.buttonSize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.subtitle
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
        }
    }
}
