// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// A large choice on the home screen: an icon, a title and one line that says what is inside.
AbstractButton {
    id: root

    required property string title
    required property string subtitle
    required property url iconSource

    implicitHeight: Math.max(Theme.tileMinHeight, implicitContentHeight + topPadding + bottomPadding)
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

    // The icon, title and line stay together, centred in the tile, whatever its height.
    contentItem: ColumnLayout {
        spacing: Theme.spacing / 2

        Item { Layout.fillHeight: true }
        // The icons are drawn in the normal theme's blue: in high contrast they sit on a white
        // plate rather than on black.
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Theme.iconSize + Theme.spacing / 2
            implicitHeight: implicitWidth
            radius: Theme.radius
            color: Theme.iconPlate

            Image {
                anchors.centerIn: parent
                source: root.iconSource
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                Accessible.ignored: true
            }
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.title
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.subtitle
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
    }
}
