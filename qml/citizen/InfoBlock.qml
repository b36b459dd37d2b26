// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// One fact on the service page: a short label above its text. Hidden when there is no text, so
// a page never shows an empty heading.
ColumnLayout {
    id: root

    required property string label
    required property string text

    visible: root.text.length > 0
    spacing: Theme.spacing / 4

    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        Layout.fillWidth: true
        text: root.text
    }
}
