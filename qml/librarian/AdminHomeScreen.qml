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

    function count(n: int): string {
        return n < 0 ? qsTr("unknown") : String(n)
    }

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
        directory: DirectoryService
        schedule: Schedule
        language: Preferences.language
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
                    objectName: "adminPortalsButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Local portals")
                    onClicked: root.openRequested("admin-portals", {})
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
                KioskButton {
                    objectName: "adminDirectoryButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Portal directory")
                    onClicked: root.openRequested("admin-directory", {})
                }
                KioskButton {
                    objectName: "adminTrainingsButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Trainings")
                    onClicked: root.openRequested("admin-trainings", {})
                }
                KioskButton {
                    // Held prints wait for a librarian: the way to them, where printing is on.
                    objectName: "adminPrintsButton"
                    visible: PrintDesk.printer !== "none"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                    text: qsTr("Prints waiting")
                    onClicked: root.openRequested("admin-prints", {})
                }
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Status")
            }
            // Label and value side by side, placed by hand: a GridLayout of wrapped texts kept
            // stale heights after a resize or a text-size change in Qt 6.4.
            Column {
                id: statusList
                objectName: "adminStatus"
                Layout.fillWidth: true
                spacing: Theme.spacing / 3

                readonly property int labelWidth: Math.round((width - Theme.spacing) * 0.4)

                Repeater {
                    model: [
                        { name: "statusVersion", label: qsTr("Version"), value: status.version },
                        { name: "statusRunningSince", label: qsTr("Running since"),
                          value: status.runningSince.toLocaleString(Qt.locale(Preferences.language), Locale.ShortFormat) },
                        { name: "statusDiskFree", label: qsTr("Free disk space"),
                          value: status.formatBytes(status.diskFreeBytes) },
                        { name: "statusDatabases", label: qsTr("Databases"),
                          value: status.formatBytes(status.databaseBytes) },
                        { name: "statusPortals", label: qsTr("Portals in the directory"),
                          value: String(portals.count) },
                        { name: "statusDirectoryUpdate", label: qsTr("Last directory update"),
                          value: status.lastDirectoryUpdate },
                        { name: "statusLinkHealth", label: qsTr("Do the portals answer?"),
                          value: status.linkHealth },
                        { name: "statusScheduleUpdate", label: qsTr("Last schedule update"),
                          value: status.lastScheduleUpdate },
                        { name: "statusSessionsToday", label: qsTr("Visits today"),
                          value: root.count(status.sessionsToday) },
                        { name: "statusSessionsMonth", label: qsTr("Visits this month"),
                          value: root.count(status.sessionsThisMonth) },
                        { name: "statusTrainingsMonth", label: qsTr("Trainings recorded this month"),
                          value: status.trainingsThisMonth < 0 ? qsTr("unknown")
                              : qsTr("%n training(s)", "", status.trainingsThisMonth) + ", "
                                + qsTr("%n participant(s)", "", status.participantsThisMonth) },
                        { name: "statusIdleTime", label: qsTr("Idle time of a visit"),
                          value: qsTr("%n second(s)", "", Session.idleTimeoutSeconds) }
                    ]
                    delegate: Item {
                        id: statusRow
                        required property var modelData
                        width: statusList.width
                        height: Math.max(statusLabel.implicitHeight, statusValue.implicitHeight)

                        BodyText {
                            id: statusLabel
                            width: statusList.labelWidth
                            text: statusRow.modelData.label
                            color: Theme.textMuted
                        }
                        BodyText {
                            id: statusValue
                            objectName: statusRow.modelData.name
                            x: statusList.labelWidth + Theme.spacing
                            width: statusRow.width - x
                            text: statusRow.modelData.value
                        }
                    }
                }
            }
        }
    }
}
