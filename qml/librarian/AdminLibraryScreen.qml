// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// The library's details: its name in both languages (shown on the attract screen at once),
// address, opening hours and the hromada it serves. Saved all together, or not at all.
KioskScreen {
    id: root

    title: qsTr("Library details")
    property bool saved: false

    function save() {
        root.saved = form.save({
            "library/name_uk": nameUk.text,
            "library/name_en": nameEn.text,
            "library/address": address.text,
            "library/hours": hours.text,
            "library/hromada": hromada.text
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
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            AdminField { id: nameUk; Layout.fillWidth: true; form: form; key: "library/name_uk"; label: qsTr("Name in Ukrainian") }
            AdminField { id: nameEn; Layout.fillWidth: true; form: form; key: "library/name_en"; label: qsTr("Name in English") }
            AdminField { id: address; Layout.fillWidth: true; form: form; key: "library/address"; label: qsTr("Address") }
            AdminField { id: hours; Layout.fillWidth: true; form: form; key: "library/hours"; label: qsTr("Opening hours") }
            AdminField { id: hromada; Layout.fillWidth: true; form: form; key: "library/hromada"; label: qsTr("Hromada it serves") }

            AdminSaveRow {
                Layout.fillWidth: true
                result: root.saved ? qsTr("Saved. Citizens see it now.") : form.generalProblem
                failed: !root.saved
                onSaveClicked: root.save()
            }
        }
    }

    KioskKeyboard {
        id: keyboard
        objectName: "keyboard"
        language: Preferences.language
        visible: active
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Math.max(0, (parent.width - Theme.cardMaxWidth * 1.45) / 2)
        anchors.rightMargin: anchors.leftMargin
    }
}
