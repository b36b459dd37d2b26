// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// A bar button's content: its label, or, on a crowded bar, an icon (and a short text such as a
// count) standing for it. The button's accessible name stays the label.
Item {
    id: root

    required property string text
    required property url iconSource
    // Shown beside the icon: the documents' count.
    property string iconText: ""
    property bool iconOnly: false
    property color color: Theme.barText
    property font font
    // The label's width, whatever is shown.
    readonly property real labelWidth: label.implicitWidth

    implicitWidth: root.iconOnly ? iconRow.implicitWidth : label.implicitWidth
    implicitHeight: Math.max(label.implicitHeight, iconRow.implicitHeight)

    Text {
        id: label
        anchors.fill: parent
        visible: !root.iconOnly
        text: root.text
        textFormat: Text.PlainText
        color: root.color
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    Row {
        id: iconRow
        anchors.centerIn: parent
        visible: root.iconOnly
        spacing: Theme.spacing / 4

        Image {
            anchors.verticalCenter: parent.verticalCenter
            source: root.iconSource
            sourceSize.width: Theme.barIconSize
            sourceSize.height: Theme.barIconSize
            Accessible.ignored: true
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.iconText !== ""
            text: root.iconText
            textFormat: Text.PlainText
            color: root.color
            font: root.font
            Accessible.ignored: true
        }
    }
}
