// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// A tappable card in a list of things to open: a bold title, an optional line under it and a
// short note (e.g. "5 steps").
AbstractButton {
    id: root

    required property string title
    required property string subtitle
    required property string note

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    // Reached with Tab (keyboard, switch), never taken by a tap.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

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

    contentItem: ColumnLayout {
        spacing: Theme.spacing / 4

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.title
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.subtitle.length > 0
            text: root.subtitle
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.note.length > 0
            text: root.note
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
    }
}
