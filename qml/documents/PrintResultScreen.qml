// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// How a print job ended, in plain words: printed (pick the pages up at the printer), held for
// the librarian (the pickup code, large), or failed (what is wrong, and that the librarian can
// help). Each ending is its own catalog screen (the topic); its state comes from properties,
// which the printing screen fills from PrintDesk and which show a sample when alone.
KioskScreen {
    id: root

    property string topic: "printed"
    property int pages: 2
    property string pickupCode: "4821"
    // PrintDesk's problem word (CupsPrinter::problemName, or "page-limit").
    property string problem: "out-of-paper"

    title: {
        switch (root.topic) {
        case "held": return qsTr("Pickup code")
        case "failed": return qsTr("Not printed")
        default: return qsTr("Printed")
        }
    }

    // A failure the librarian fixes while the citizen waits (paper put in) still prints: say so.
    Connections {
        target: PrintDesk
        enabled: root.topic === "failed"
        function onStateChanged() {
            if (PrintDesk.state === PrintDesk.Printed)
                root.replaceRequested("documents-printed", { pages: PrintDesk.jobPages })
        }
    }

    readonly property string problemText: {
        switch (root.problem) {
        case "out-of-paper": return qsTr("The printer is out of paper: please ask the librarian.")
        case "paper-jam": return qsTr("Paper is stuck in the printer: please ask the librarian.")
        case "out-of-toner": return qsTr("The printer has run out of ink: please ask the librarian.")
        case "door-open": return qsTr("A cover of the printer is open: please ask the librarian.")
        case "unreachable": return qsTr("The printer is not answering (it may be switched off): please ask the librarian.")
        case "not-configured": return qsTr("This kiosk has no printer set up: please ask the librarian.")
        case "refused": return qsTr("The printer did not accept this document: please ask the librarian.")
        case "canceled": return qsTr("The printing was stopped at the printer: please ask the librarian.")
        case "page-limit": return qsTr("That is more pages than this visit allows. Choose fewer copies or fewer pages.")
        default: return qsTr("The printer has a problem: please ask the librarian.")
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
                objectName: "resultHeading"
                width: parent.width
                font.pixelSize: Theme.headlineSize
                color: root.topic === "failed" ? Theme.danger : Theme.text
                text: {
                    switch (root.topic) {
                    case "held": return qsTr("Your pages wait at the librarian's desk")
                    case "failed": return qsTr("Your document was not printed")
                    default: return qsTr("Printed: pick up your pages at the printer")
                    }
                }
            }
            BodyText {
                objectName: "resultPages"
                visible: root.topic !== "failed"
                width: parent.width
                font.weight: Font.DemiBold
                text: qsTr("%n page(s)", "", root.pages)
            }

            // The pickup code: large, and spelled out for the librarian.
            Rectangle {
                objectName: "pickupCard"
                visible: root.topic === "held"
                width: parent.width
                height: codeColumn.height + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.primary

                Column {
                    id: codeColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing / 2

                    BodyText {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Your pickup code")
                    }
                    Text {
                        objectName: "pickupCode"
                        width: parent.width
                        textFormat: Text.PlainText
                        horizontalAlignment: Text.AlignHCenter
                        text: root.pickupCode
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.headlineSize * 2
                        font.weight: Font.Bold
                        font.letterSpacing: Theme.spacing / 2
                        Accessible.role: Accessible.StaticText
                        // Read digit by digit.
                        Accessible.name: qsTr("Pickup code %1").arg(root.pickupCode.split("").join(" "))
                    }
                }
            }
            BodyText {
                visible: root.topic === "held"
                width: parent.width
                text: qsTr("Go to the librarian now, before you finish, and tell them this code: they print your pages and give them to you. Pages not printed by the end of your visit are deleted.")
            }

            BodyText {
                objectName: "problemText"
                visible: root.topic === "failed"
                width: parent.width
                font.weight: Font.DemiBold
                text: root.problemText
            }
            BodyText {
                visible: root.topic === "failed"
                width: parent.width
                text: qsTr("Your document is still in your documents: you can print it again later.")
            }
            BodyText {
                visible: root.topic === "printed"
                width: parent.width
                text: qsTr("Take all your pages with you: the next visitor uses the same printer.")
            }

            KioskButton {
                objectName: "backToDocumentsButton"
                text: qsTr("Back to my documents")
                onClicked: root.openRequested("documents-tray", {})
            }
        }
    }
}
