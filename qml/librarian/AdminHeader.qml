// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
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
    implicitHeight: topRow.height + Theme.spacing
                    + (titleBelow ? titleUnder.implicitHeight + Theme.spacing : 0)
    color: Theme.bar

    TextMetrics {
        id: titleMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.barTextSize
        font.weight: Font.Bold
        text: root.title
    }

    // Placed with anchors, not a RowLayout: in Qt 6.4 the layout kept the title where it was
    // before the header had its width, drawn over "Back" in a screenshot of a 1280x800 panel.
    Item {
        id: topRow
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.topMargin: Theme.spacing / 2
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
        height: Math.max(Theme.barHeight - Theme.spacing, backButton.implicitHeight,
                         leaveButton.implicitHeight)

        KioskButton {
            id: backButton
            objectName: "adminBackButton"
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            visible: root.canGoBack
            tone: KioskButton.Tone.Bar
            text: qsTr("Back")
            onClicked: root.backRequested()
        }
        Text {
            textFormat: Text.PlainText
            anchors.left: backButton.visible ? backButton.right : parent.left
            anchors.right: countdown.visible ? countdown.left
                                             : leaveButton.visible ? leaveButton.left : parent.right
            anchors.leftMargin: backButton.visible ? Theme.spacing : 0
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            visible: !root.titleBelow
            text: root.title
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.barTextSize
            font.weight: Font.Bold
            // It fits on one line here (titleBelow says so).
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            id: countdown
            textFormat: Text.PlainText
            objectName: "adminCountdown"
            anchors.right: leaveButton.visible ? leaveButton.left : parent.right
            anchors.rightMargin: leaveButton.visible ? Theme.spacing : 0
            anchors.verticalCenter: parent.verticalCenter
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
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: Librarian.active
            tone: KioskButton.Tone.Accent
            text: qsTr("Leave librarian mode")
            onClicked: Librarian.leave()
        }
    }
    Text {
        id: titleUnder
        textFormat: Text.PlainText
        anchors.top: topRow.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.topMargin: Theme.spacing / 2
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin / 2
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
