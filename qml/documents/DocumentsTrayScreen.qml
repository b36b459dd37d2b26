// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// The visit's document tray: every PDF a portal gave in this visit, to open, print or remove,
// and how to take it home. Empty, it says what will appear here. Opened from the portal (its
// "Documents" button), it offers the way back to the portal first.
KioskScreen {
    id: root

    // Opened over the kiosk browser (KioskShell.showDocuments): the portal waits behind.
    property bool fromPortal: false
    // The document whose removal waits for the second tap.
    property string confirmRemovalId: ""

    // The shell goes back to the portal, as it was.
    signal backToPortalRequested()

    title: qsTr("Your documents")

    Flickable {
        id: flick
        objectName: "trayFlick"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin - Theme.spacing
        anchors.topMargin: Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: column.height + Theme.margin
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        Column {
            id: column
            width: Math.min(flick.width - Theme.spacing * 1.5, Theme.cardMaxWidth)
            x: Math.max(0, (flick.width - Theme.spacing * 1.5 - width) / 2)
            spacing: Theme.spacing

            KioskButton {
                objectName: "backToPortalButton"
                visible: root.fromPortal
                tone: KioskButton.Tone.Accent
                text: qsTr("‹ Back to the portal")
                onClicked: root.backToPortalRequested()
            }
            Heading {
                width: parent.width
                text: qsTr("Your documents")
            }
            BodyText {
                objectName: "trayIntro"
                visible: Documents.count > 0
                width: parent.width
                text: qsTr("What portals gave you during this visit. You can read each one and print it at the library's printer. Everything here is erased when you press Finish.")
            }

            // Nothing yet: say what will come here, and from where.
            Column {
                objectName: "emptyState"
                visible: Documents.count === 0
                width: parent.width
                spacing: Theme.spacing

                BodyText {
                    width: parent.width
                    font.weight: Font.DemiBold
                    text: qsTr("You have no documents yet.")
                }
                BodyText {
                    width: parent.width
                    text: qsTr("When a portal gives you a document, such as a certificate, an extract or a receipt, it appears here. You can read it and print it at the library's printer.")
                }
            }

            Repeater {
                objectName: "documentList"
                model: Documents
                delegate: DocumentCard {
                    id: card
                    width: column.width
                    confirmingRemoval: root.confirmRemovalId === card.documentId
                    onOpenClicked: root.openRequested("documents-viewer", { documentId: card.documentId })
                    onPrintClicked: root.openRequested("documents-print", { documentId: card.documentId })
                    onRemoveClicked: root.confirmRemovalId = card.documentId
                    onRemoveCanceled: root.confirmRemovalId = ""
                    onRemoveConfirmed: {
                        root.confirmRemovalId = ""
                        Documents.remove(card.documentId)
                    }
                }
            }

            BodyText {
                objectName: "noPrinterNote"
                visible: Documents.count > 0 && !PrintDesk.available
                width: parent.width
                text: qsTr("This kiosk has no printer. A librarian can tell you where to print.")
            }
        }
    }
}
