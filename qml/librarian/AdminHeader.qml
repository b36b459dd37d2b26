// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// The top of every librarian screen: back, the title, the auto-lock countdown and
// "Leave librarian mode". Librarian mode has no kiosk bar: that belongs to citizens.
Rectangle {
    id: root

    property string title
    property bool canGoBack: true
    signal backRequested()

    implicitHeight: Theme.barHeight
    color: Theme.bar

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.spacing

        KioskButton {
            objectName: "adminBackButton"
            visible: root.canGoBack
            tone: KioskButton.Tone.Bar
            text: qsTr("Back")
            onClicked: root.backRequested()
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.title
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.barTextSize
            font.weight: Font.Bold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            textFormat: Text.PlainText
            objectName: "adminCountdown"
            visible: Librarian.countdownVisible
            text: qsTr("Locks in %n s", "", Librarian.secondsLeft)
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.barTextSize
            font.weight: Font.Bold
        }
        KioskButton {
            objectName: "leaveLibrarianButton"
            visible: Librarian.active
            tone: KioskButton.Tone.Accent
            text: qsTr("Leave librarian mode")
            onClicked: Librarian.leave()
        }
    }
}
