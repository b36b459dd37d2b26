// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// Tells the citizen, in plain words, that this is a shared computer and nothing stays.
Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.accent

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("This is a public computer")
            color: Theme.accentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("When you press “Finish”, everything you did here is erased: pages, logins and documents.")
            color: Theme.accentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
    }
}
