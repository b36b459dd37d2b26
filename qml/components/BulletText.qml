// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// One point of a list: a bullet, and text whose second line starts under the first, not under
// the bullet.
RowLayout {
    id: root

    property alias text: label.text
    property color color: Theme.text
    property int pixelSize: Theme.bodySize

    spacing: Theme.spacing / 2

    Text {
        textFormat: Text.PlainText
        Layout.alignment: Qt.AlignTop
        text: "•"
        color: root.color
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize
        Accessible.ignored: true
    }
    Text {
        id: label
        textFormat: Text.PlainText
        Layout.fillWidth: true
        color: root.color
        font.family: Theme.fontFamily
        font.pixelSize: root.pixelSize
        wrapMode: Text.WordWrap
        lineHeight: 1.15
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
