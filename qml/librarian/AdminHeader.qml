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

    // The title goes on a line of its own under the buttons when they leave it no room
    // (portrait at 150 %); otherwise it sits between them and wraps if it must.
    readonly property bool titleBelow: Math.ceil(titleMetrics.advanceWidth)
                                       + (root.canGoBack ? backButton.implicitWidth : 0)
                                       + (Librarian.active ? leaveButton.implicitWidth : 0)
                                       + (Librarian.countdownVisible ? countdown.implicitWidth : 0)
                                       + Theme.spacing * 4 + Theme.margin > width
    implicitHeight: headerColumn.implicitHeight + Theme.spacing
    color: Theme.bar

    TextMetrics {
        id: titleMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        font.weight: Font.Bold
        text: root.title
    }

    ColumnLayout {
        id: headerColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.barHeight - Theme.spacing
            spacing: Theme.spacing

            KioskButton {
                id: backButton
                objectName: "adminBackButton"
                visible: root.canGoBack
                tone: KioskButton.Tone.Bar
                text: qsTr("Back")
                onClicked: root.backRequested()
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.fillHeight: true
                verticalAlignment: Text.AlignVCenter
                visible: !root.titleBelow
                text: root.title
                color: Theme.barText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.barTextSize
                font.weight: Font.Bold
                // It fits on one line here (titleBelow says so): no wrapping to go stale.
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Item {
                Layout.fillWidth: true
                visible: root.titleBelow
            }
            Text {
                id: countdown
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
                id: leaveButton
                objectName: "leaveLibrarianButton"
                visible: Librarian.active
                tone: KioskButton.Tone.Accent
                text: qsTr("Leave librarian mode")
                onClicked: Librarian.leave()
            }
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing / 2
            visible: root.titleBelow
            text: root.title
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.barTextSize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
