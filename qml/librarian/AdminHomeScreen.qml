// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// Librarian mode's first screen: how the kiosk is doing, and the way to each task.
KioskScreen {
    id: root

    title: qsTr("Librarian mode")

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    DirectoryModel {
        id: portals
        directory: Directory
        language: Preferences.language
    }

    KioskStatus {
        id: status
        dataDir: Settings.dataDir
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        canGoBack: false
    }

    Flickable {
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
            width: parent.width
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: qsTr("What would you like to do?")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > root.height ? 3 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                KioskButton {
                    objectName: "adminLibraryButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Library details")
                    onClicked: root.openRequested("admin-library", {})
                }
                KioskButton {
                    objectName: "adminKioskButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Kiosk settings")
                    onClicked: root.openRequested("admin-kiosk", {})
                }
                KioskButton {
                    objectName: "adminReportsButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Reports to a USB stick")
                    onClicked: root.openRequested("admin-reports", {})
                }
                KioskButton {
                    // A group training on this screen or a projector: the course, presented.
                    objectName: "adminTrainerButton"
                    visible: Course.tracks(Preferences.language).length > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Trainer's mode")
                    onClicked: root.openRequested("trainer-start", {})
                }
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Status")
            }
            GridLayout {
                objectName: "adminStatus"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 3

                BodyText { text: qsTr("Version") }
                BodyText { objectName: "statusVersion"; Layout.fillWidth: true; text: status.version }
                BodyText { text: qsTr("Running since") }
                BodyText {
                    Layout.fillWidth: true
                    text: status.runningSince.toLocaleString(Qt.locale(Preferences.language), Locale.ShortFormat)
                }
                BodyText { text: qsTr("Free disk space") }
                BodyText {
                    objectName: "statusDiskFree"
                    Layout.fillWidth: true
                    text: status.formatBytes(status.diskFreeBytes)
                }
                BodyText { text: qsTr("Databases") }
                BodyText { Layout.fillWidth: true; text: status.formatBytes(status.databaseBytes) }
                BodyText { text: qsTr("Portals in the directory") }
                BodyText { Layout.fillWidth: true; text: String(portals.count) }
                BodyText { text: qsTr("Idle time of a visit") }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("%n second(s)", "", Session.idleTimeoutSeconds)
                }
            }
        }
    }
}
