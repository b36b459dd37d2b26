// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import Mist

// Take the reports home: the month's usage table (CSV for Excel) and the printable monthly
// report, written to a USB stick. Choose the month and the stick, press one big button, wait for
// "you can remove the stick". Laid out as a Column in a Flickable (wrapped text keeps its size
// after a language or text-size change).
KioskScreen {
    id: root

    title: qsTr("Reports to a USB stick")
    // A fake mount root (tests, screenshots); empty: the kiosk's real drives.
    property string mountRoot: ""

    readonly property bool failed: reports.state === UsbReports.NoDrive
        || reports.state === UsbReports.ReadOnly || reports.state === UsbReports.Full
        || reports.state === UsbReports.NoLog || reports.state === UsbReports.Failed

    function monthLabel(value: string, index: int): string {
        const name = reports.monthTitle(value, Preferences.language)
        if (index === 0)
            return qsTr("This month, %1").arg(name)
        if (index === 1)
            return qsTr("Last month, %1").arg(name)
        return name
    }

    function resultText(): string {
        switch (reports.state) {
        case UsbReports.Looking:
            return qsTr("Looking for USB sticks…")
        case UsbReports.Writing:
            return qsTr("Writing the reports. Do not remove the stick.")
        case UsbReports.Done:
            return qsTr("Done. You can remove the stick. The files are in its Mist folder: %1 and %2.")
                .arg(reports.writtenFiles[0] ?? "").arg(reports.writtenFiles[1] ?? "")
        case UsbReports.NoDrive:
            return qsTr("No USB stick found. Plug one into the kiosk, wait a few seconds, then press “Look again”.")
        case UsbReports.ReadOnly:
            return qsTr("The stick is read-only, so nothing was written. Check the lock switch on its side, or use another stick.")
        case UsbReports.Full:
            return qsTr("The stick is full, so nothing was written. Free some space on it on another computer, or use another stick.")
        case UsbReports.NoLog:
            return qsTr("The kiosk has recorded nothing yet, so there is no report to write.")
        case UsbReports.Failed:
            return qsTr("The reports could not be written. Check that the stick is plugged in properly and try again.")
        }
        return ""
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    UsbReports {
        id: reports
        objectName: "usbReports"
        dataDir: Settings.dataDir
        mountRoot: root.mountRoot
        libraryName: Library.nameUk
        recorder: Usage
    }

    KioskStatus {
        id: sizes
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
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing

            BodyText {
                width: column.width
                text: qsTr("The month's usage table (for Excel) and the printable monthly report go into the Mist folder on the stick. Names and typed text are never in them.")
            }

            Text {
                textFormat: Text.PlainText
                width: column.width
                text: qsTr("Month")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Flow {
                width: column.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: reports.months
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "month-" + modelData
                        width: Math.min(implicitWidth, column.width)
                        enabled: !reports.busy
                        tone: reports.month === modelData ? KioskButton.Tone.Accent : KioskButton.Tone.Plain
                        text: root.monthLabel(modelData, index)
                        onClicked: reports.month = modelData
                    }
                }
            }

            Text {
                textFormat: Text.PlainText
                width: column.width
                text: qsTr("USB stick")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Flow {
                width: column.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: reports.drives
                    delegate: KioskButton {
                        required property var modelData
                        required property int index
                        objectName: "drive-" + index
                        width: Math.min(implicitWidth, column.width)
                        enabled: !reports.busy
                        tone: reports.driveIndex === index ? KioskButton.Tone.Accent : KioskButton.Tone.Plain
                        text: modelData.readOnly
                              ? qsTr("%1 (read-only)").arg(modelData.label)
                              : qsTr("%1 (%2 free)").arg(modelData.label).arg(sizes.formatBytes(modelData.bytesFree))
                        onClicked: reports.driveIndex = index
                    }
                }
                KioskButton {
                    objectName: "lookAgainButton"
                    width: Math.min(implicitWidth, column.width)
                    enabled: !reports.busy
                    tone: KioskButton.Tone.Plain
                    text: qsTr("Look again")
                    onClicked: reports.lookAgain()
                }
            }

            KioskButton {
                objectName: "writeReportsButton"
                width: column.width
                height: Math.max(Theme.touchTarget * 1.4, implicitHeight)
                enabled: !reports.busy && reports.driveIndex >= 0
                tone: KioskButton.Tone.Accent
                font.pixelSize: Theme.titleSize
                text: qsTr("Write the reports")
                onClicked: reports.write()
            }

            Rectangle {
                objectName: "usbProgress"
                width: column.width
                height: Math.round(Theme.spacing * 0.75)
                visible: reports.state === UsbReports.Writing || reports.state === UsbReports.Done
                radius: height / 2
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                Rectangle {
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    width: parent.width * reports.progress / 100
                    radius: parent.radius
                    color: Theme.primary
                }
            }

            Text {
                objectName: "usbResult"
                textFormat: Text.PlainText
                width: column.width
                visible: text !== ""
                text: root.resultText()
                color: root.failed ? Theme.danger : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: reports.state === UsbReports.Done ? Font.DemiBold : Font.Normal
                wrapMode: Text.Wrap
            }
        }
    }
}
