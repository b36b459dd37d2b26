// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// How the kiosk treats citizens: idle time before the warning, the warning's length, the text
// size a visit starts with, and which languages are offered. Within the limits the kiosk
// enforces; a change applies from the next touch.
KioskScreen {
    id: root

    title: qsTr("Kiosk settings")
    property bool saved: false

    function seconds(list: list<int>): var {
        return list.map(s => ({ value: String(s), text: qsTr("%n second(s)", "", s) }))
    }

    function save() {
        root.saved = form.save({
            "session/idle_timeout": idle.value,
            "session/warning_seconds": warning.value,
            "display/text_size": textSize.value,
            "display/languages": languages.value
        })
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    SettingsForm {
        id: form
        store: Settings
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        onBackRequested: root.openRequested("admin-home", {})
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing

            AdminChoice {
                id: idle
                Layout.fillWidth: true
                form: form
                key: "session/idle_timeout"
                label: qsTr("Time without a touch before a visit's warning")
                choices: root.seconds([60, 90, 120, 180, 300, 600])
            }
            AdminChoice {
                id: warning
                Layout.fillWidth: true
                form: form
                key: "session/warning_seconds"
                label: qsTr("Length of the warning's countdown")
                choices: root.seconds([20, 30, 45, 60])
            }
            AdminChoice {
                id: textSize
                Layout.fillWidth: true
                form: form
                key: "display/text_size"
                label: qsTr("Text size a visit starts with")
                choices: [{ value: "100", text: "100 %" }, { value: "125", text: "125 %" },
                          { value: "150", text: "150 %" }]
            }
            AdminChoice {
                id: languages
                Layout.fillWidth: true
                form: form
                key: "display/languages"
                label: qsTr("Languages offered")
                choices: [{ value: "uk,en", text: qsTr("Ukrainian and English") },
                          { value: "uk", text: qsTr("Ukrainian only") }]
            }
            AdminSaveRow {
                Layout.fillWidth: true
                result: root.saved ? qsTr("Saved. It applies from the next touch.") : form.generalProblem
                failed: !root.saved
                onSaveClicked: root.save()
            }
        }
    }
}
