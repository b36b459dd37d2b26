// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import Mist

// Prints waiting at the desk ([printing] hold_for_release): each held job by the pickup code the
// citizen was given, with "Release" (it prints now) and "Cancel". The printer's state is said in
// plain words first, since a printer out of paper is the usual reason a citizen comes back.
// Looks again every ten seconds while open (only in librarian mode, so never at rest).
KioskScreen {
    id: root

    title: qsTr("Prints waiting")
    // As in [printing] printer (the print desk has the kiosk's configuration).
    property string printer: PrintDesk.printer

    function printerText(): string {
        if (root.printer === "none")
            return qsTr("Printing is switched off in this kiosk's configuration.")
        if (queue.busy && queue.heldJobs.length === 0 && !queue.answers)
            return qsTr("Asking the printer…")
        if (!queue.answers)
            return qsTr("The printer does not answer. Check that it is switched on and connected.")
        switch (queue.problem) {
        case "":
            return qsTr("The printer is ready.")
        case "out-of-paper":
            return qsTr("The printer is out of paper.")
        case "paper-jam":
            return qsTr("Paper is jammed in the printer.")
        case "out-of-toner":
            return qsTr("The printer is out of toner.")
        case "door-open":
            return qsTr("A door of the printer is open.")
        }
        return qsTr("The printer reports a problem.")
    }

    function outcomeText(): string {
        switch (queue.outcome) {
        case PrintQueue.Released:
            return qsTr("Released: the pages with code %1 are printing now.").arg(queue.outcomeCode)
        case PrintQueue.Canceled:
            return qsTr("Canceled: the pages with code %1 will not print.").arg(queue.outcomeCode)
        case PrintQueue.NotFound:
            return qsTr("No print is waiting with code %1. It may have printed or been canceled already.").arg(queue.outcomeCode)
        case PrintQueue.Failed:
            return qsTr("The printer did not answer, so nothing changed. Try again in a moment.")
        }
        return ""
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    PrintQueue {
        id: queue
        objectName: "printQueue"
        printer: root.printer
        recorder: Usage
        Component.onCompleted: queue.refresh()
    }

    Timer {
        interval: 10000
        repeat: true
        running: root.visible && root.printer !== "none"
        onTriggered: {
            if (!queue.busy)
                queue.refresh()
        }
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

            Text {
                objectName: "printerState"
                textFormat: Text.PlainText
                width: column.width
                text: root.printerText()
                color: queue.answers && queue.problem === "" ? Theme.text : Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            // Only what the printer said: when it does not answer, nobody knows what waits.
            BodyText {
                width: column.width
                visible: queue.answers || queue.heldJobs.length > 0
                text: queue.heldJobs.length > 0
                      ? qsTr("Ask the citizen for their pickup code, then release their pages.")
                      : qsTr("No prints are waiting for a pickup code.")
            }

            Repeater {
                model: queue.heldJobs
                delegate: Rectangle {
                    id: jobCard
                    required property var modelData
                    objectName: "held-" + modelData.code
                    width: column.width
                    height: jobColumn.height + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border

                    Column {
                        id: jobColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing / 2

                        Text {
                            textFormat: Text.PlainText
                            width: jobColumn.width
                            //: A held print: its pickup code and the time it was sent.
                            text: jobCard.modelData.created.length > 0
                                  ? qsTr("Code %1, sent at %2").arg(jobCard.modelData.code).arg(jobCard.modelData.created)
                                  : qsTr("Code %1").arg(jobCard.modelData.code)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Flow {
                            width: jobColumn.width
                            spacing: Theme.spacing / 2
                            KioskButton {
                                objectName: "release-" + jobCard.modelData.code
                                width: Math.min(implicitWidth, jobColumn.width)
                                enabled: !queue.busy
                                tone: KioskButton.Tone.Accent
                                text: qsTr("Release")
                                Accessible.description: qsTr("Print the pages with code %1 now").arg(jobCard.modelData.code)
                                onClicked: queue.release(jobCard.modelData.code)
                            }
                            KioskButton {
                                objectName: "cancel-" + jobCard.modelData.code
                                width: Math.min(implicitWidth, jobColumn.width)
                                enabled: !queue.busy
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Cancel")
                                Accessible.description: qsTr("Do not print the pages with code %1").arg(jobCard.modelData.code)
                                onClicked: queue.cancel(jobCard.modelData.code)
                            }
                        }
                    }
                }
            }

            BodyText {
                width: column.width
                visible: queue.activeJobs > 0
                text: qsTr("Other prints on their way: %1").arg(queue.activeJobs)
            }

            KioskButton {
                objectName: "lookAgainButton"
                width: Math.min(implicitWidth, column.width)
                enabled: !queue.busy && root.printer !== "none"
                tone: KioskButton.Tone.Plain
                text: qsTr("Look again")
                onClicked: queue.refresh()
            }

            Text {
                objectName: "printOutcome"
                textFormat: Text.PlainText
                width: column.width
                visible: text !== ""
                text: root.outcomeText()
                color: queue.outcome === PrintQueue.NotFound || queue.outcome === PrintQueue.Failed
                       ? Theme.danger : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
