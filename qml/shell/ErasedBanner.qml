// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// "Your data was erased": a brief confirmation on the attract screen after a session ends. It
// takes no touches, so the next citizen's first tap still starts a session; it hides itself.
Rectangle {
    id: root

    function show() {
        root.visible = true
        hideTimer.restart()
    }

    visible: false
    width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
    height: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: Theme.borderWidth * 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Heading {
            objectName: "erasedTitle"
            Layout.fillWidth: true
            text: qsTr("Your data was erased")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Pages you opened, logins, cookies and anything you typed are gone from this computer.")
        }
    }

    Timer {
        id: hideTimer
        interval: 10000
        onTriggered: root.visible = false
    }
}
