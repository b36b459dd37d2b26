// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The portal directory: where the signed feed comes from (read-only when the regional
// administrator fixed it), "Update now" with its result in plain words, the last update, and
// whether the portals answer ("Check now").
KioskScreen {
    id: root

    title: qsTr("Portal directory")
    property bool saved: false

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    SettingsForm {
        id: form
        store: Settings
    }

    DirectoryAdmin {
        id: admin
        updater: DirectoryService
        usage: Usage
        language: Preferences.language
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
        objectName: "flick"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            Heading {
                width: column.width
                text: qsTr("Where the directory comes from")
            }
            AdminField {
                id: feedUrl
                width: column.width
                form: form
                key: "directory/feed_url"
                label: qsTr("Address of the signed directory")
            }
            KioskButton {
                width: Math.min(implicitWidth, column.width)
                objectName: "saveButton"
                visible: !feedUrl.fixed
                tone: KioskButton.Tone.Accent
                text: qsTr("Save the address")
                onClicked: root.saved = form.save({ "directory/feed_url": feedUrl.text })
            }
            BodyText {
                objectName: "saveResult"
                width: column.width
                visible: text !== ""
                text: root.saved ? qsTr("Saved. The next update uses this address.")
                    : form.generalProblem
                color: root.saved ? Theme.text : Theme.danger
            }

            Heading {
                width: column.width
                topPadding: Theme.spacing / 2
                text: qsTr("Update")
            }
            BodyText {
                objectName: "lastUpdate"
                width: column.width
                text: qsTr("Last update: %1").arg(admin.lastUpdateText)
            }
            KioskButton {
                width: Math.min(implicitWidth, column.width)
                objectName: "updateButton"
                enabled: !admin.updating
                text: qsTr("Update now")
                onClicked: admin.updateNow()
            }
            Item {
                width: column.width
                height: visible ? Math.max(busy.height, updatingText.implicitHeight) : 0
                visible: admin.updating
                BusyIndicator {
                    id: busy
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    running: admin.updating && root.visible && !Theme.reducedMotion
                }
                BodyText {
                    id: updatingText
                    anchors.left: busy.right
                    anchors.leftMargin: Theme.spacing / 2
                    anchors.right: parent.right
                    anchors.verticalCenter: busy.verticalCenter
                    text: qsTr("Fetching and checking the directory…")
                }
            }
            BodyText {
                objectName: "updateResult"
                width: column.width
                visible: text !== ""
                font.weight: Font.DemiBold
                text: admin.resultText
                color: admin.problem ? Theme.danger : Theme.text
            }
            BodyText {
                objectName: "updateMeaning"
                width: column.width
                visible: text !== ""
                text: admin.resultMeaning
            }

            Heading {
                width: column.width
                topPadding: Theme.spacing / 2
                text: qsTr("Do the portals answer?")
            }
            BodyText {
                objectName: "healthText"
                width: column.width
                text: admin.healthText
            }
            Repeater {
                model: admin.downPortals
                delegate: BodyText {
                    required property string modelData
                    width: column.width
                    leftPadding: Theme.spacing
                    text: "• " + modelData
                }
            }
            KioskButton {
                width: Math.min(implicitWidth, column.width)
                objectName: "checkButton"
                enabled: !admin.checking
                text: qsTr("Check now")
                onClicked: admin.checkNow()
            }
            BodyText {
                objectName: "checkProgress"
                width: column.width
                visible: admin.checking
                text: admin.checkTotal > 0
                    ? qsTr("Checking: %1 of %2 addresses…").arg(admin.checkDone).arg(admin.checkTotal)
                    : qsTr("Checking the portals…")
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
