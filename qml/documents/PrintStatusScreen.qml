// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// The job on its way: sent, waiting for its turn, printing. It follows PrintDesk and gives way
// to the job's ending (printed, held with a code, failed). Nothing moves on it: an animation
// would keep the screen drawing frames while the citizen waits.
KioskScreen {
    id: root

    // Standalone (screenshots): the state to show; in a visit, the job's own state.
    property int sampleState: PrintDesk.Printing
    property int samplePages: 2
    readonly property int shownState: PrintDesk.busy ? PrintDesk.state : root.sampleState
    readonly property int shownPages: PrintDesk.busy ? PrintDesk.jobPages : root.samplePages

    title: qsTr("Printing")

    // The job ended: its own screen replaces this one, so Back does not come here again.
    function showEnding() {
        switch (PrintDesk.state) {
        case PrintDesk.Printed:
            root.replaceRequested("documents-printed", { pages: PrintDesk.jobPages })
            break
        case PrintDesk.Held:
            root.replaceRequested("documents-printed-held", {
                pages: PrintDesk.jobPages, pickupCode: PrintDesk.pickupCode })
            break
        case PrintDesk.Failed:
            root.replaceRequested("documents-print-failed", { problem: PrintDesk.problem })
            break
        default:
            break
        }
    }

    // A job refused at once (no printer, the page limit) has ended before this screen shows:
    // the ending replaces it once the stack has finished putting it up.
    Timer {
        running: true
        interval: 0
        onTriggered: root.showEnding()
    }
    Connections {
        target: PrintDesk
        function onStateChanged() {
            root.showEnding()
        }
    }

    component Step: Row {
        id: step
        required property string label
        required property bool done
        required property bool current
        spacing: Theme.spacing / 2
        width: parent ? parent.width : 0

        // Done: a tick; now: filled; still to come: an empty ring.
        Rectangle {
            width: Theme.spacing * 1.5
            height: width
            radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            color: step.done ? Theme.primary : (step.current ? Theme.accent : "transparent")
            border.width: Theme.borderWidth
            border.color: Theme.primary

            Text {
                anchors.centerIn: parent
                visible: step.done
                textFormat: Text.PlainText
                text: "✓"
                color: Theme.primaryText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.weight: Font.Bold
                Accessible.ignored: true
            }
        }
        Text {
            width: step.width - Theme.spacing * 2
            textFormat: Text.PlainText
            text: step.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: step.current ? Font.Bold : Font.Normal
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    // Centred when it fits; scrolls when large text makes it taller than the screen.
    Flickable {
        id: flick
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: Math.max(height, content.height + 2 * Theme.spacing)
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        Column {
            id: content
            x: Math.round((flick.width - width) / 2)
            y: Math.max(Theme.spacing, Math.round((flick.height - height) / 2))
            width: Math.min(flick.width - 2 * Theme.margin, Theme.cardMaxWidth)
            spacing: Theme.spacing

            Heading {
                objectName: "printingHeading"
                width: parent.width
                font.pixelSize: Theme.headlineSize
                text: {
                    switch (root.shownState) {
                    case PrintDesk.Sending: return qsTr("Sending your document to the printer…")
                    case PrintDesk.Queued: return qsTr("Your document is waiting for its turn…")
                    default: return qsTr("Printing…")
                    }
                }
            }
            BodyText {
                objectName: "printingPages"
                width: parent.width
                text: qsTr("%n page(s)", "", root.shownPages)
                font.weight: Font.DemiBold
            }
            Column {
                width: parent.width
                spacing: Theme.spacing / 2
                Step {
                    label: qsTr("Sent to the printer")
                    done: root.shownState !== PrintDesk.Sending
                    current: root.shownState === PrintDesk.Sending
                }
                Step {
                    label: qsTr("Waiting for its turn")
                    done: root.shownState === PrintDesk.Printing
                    current: root.shownState === PrintDesk.Queued
                }
                Step {
                    label: qsTr("Printing")
                    done: false
                    current: root.shownState === PrintDesk.Printing
                }
            }
            BodyText {
                width: parent.width
                text: qsTr("Please wait here. This screen tells you when your pages are ready.")
            }
        }
    }
}
