// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// One document of the tray: its title, its pages and where it came from, what can be done with
// it (open, print, remove, with a second tap to confirm the removal), and how to take it home:
// a QR code where the portal itself gave a link to the document, otherwise plain words that
// the paper copy or the portal account is the way to keep it.
Rectangle {
    id: root

    required property string documentId
    required property string title
    required property int pages
    required property string origin
    required property string link
    // The screen asks "Remove it?" for one document at a time.
    property bool confirmingRemoval: false

    signal openClicked()
    signal printClicked()
    signal removeClicked()
    signal removeConfirmed()
    signal removeCanceled()

    // Keyboard and switch access: the buttons that appear take the keys from the one pressed,
    // so a keyboard user is not left nowhere: "Remove" hands them to "No, keep it" (the safe
    // answer), and "No, keep it" back to "Remove". Set when a button is pressed by key.
    property bool keysHandedOver: false

    onConfirmingRemovalChanged: {
        if (root.keysHandedOver)
            takeKeys.restart()
    }

    // Once the buttons have shown or hidden.
    Timer {
        id: takeKeys
        interval: 0
        onTriggered: {
            root.keysHandedOver = false
            const next = root.confirmingRemoval ? keepButton : removeButton
            if (next.visible)
                next.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    objectName: "documentCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: root.width - 2 * Theme.spacing
        spacing: Theme.spacing / 2

        Text {
            objectName: "documentTitle"
            width: parent.width
            textFormat: Text.PlainText
            text: root.title.length > 0 ? root.title : qsTr("Document without a name")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.Bold
            // A long official title breaks inside a word rather than running off the card.
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "documentFacts"
            width: parent.width
            textFormat: Text.PlainText
            text: {
                const from = root.origin === "print"
                    //: Where a document in the tray came from: a portal page the citizen printed.
                    ? qsTr("a page of a portal, kept for printing")
                    : root.origin === "scan"
                    //: Where a document in the tray came from: paper scanned at the kiosk.
                    ? qsTr("scanned here")
                    //: Where a document in the tray came from: a file a portal gave.
                    : qsTr("received from a portal")
                return root.pages > 0 ? qsTr("%n page(s)", "", root.pages) + ", " + from : from
            }
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Flow {
            width: parent.width
            spacing: Theme.spacing / 2
            visible: !root.confirmingRemoval

            KioskButton {
                objectName: "openDocumentButton"
                text: qsTr("Open")
                onClicked: root.openClicked()
            }
            KioskButton {
                objectName: "printDocumentButton"
                visible: PrintDesk.available
                tone: KioskButton.Tone.Accent
                text: qsTr("Print")
                onClicked: root.printClicked()
            }
            KioskButton {
                id: removeButton
                objectName: "removeDocumentButton"
                tone: KioskButton.Tone.Plain
                text: qsTr("Remove")
                onClicked: {
                    root.keysHandedOver = removeButton.visualFocus
                    root.removeClicked()
                }
            }
        }

        // The second tap: a document removed is gone for good.
        Column {
            objectName: "removeConfirmation"
            width: parent.width
            spacing: Theme.spacing / 2
            visible: root.confirmingRemoval

            BodyText {
                width: parent.width
                text: qsTr("Remove this document from the kiosk? You cannot get it back here.")
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                KioskButton {
                    objectName: "confirmRemoveButton"
                    tone: KioskButton.Tone.Danger
                    text: qsTr("Yes, remove it")
                    onClicked: root.removeConfirmed()
                }
                KioskButton {
                    id: keepButton
                    objectName: "keepDocumentButton"
                    tone: KioskButton.Tone.Plain
                    text: qsTr("No, keep it")
                    onClicked: {
                        root.keysHandedOver = keepButton.visualFocus
                        root.removeCanceled()
                    }
                }
            }
        }

        // Taking it home without the kiosk keeping it.
        Item {
            width: parent.width
            height: Theme.spacing / 2
        }
        Row {
            objectName: "documentLink"
            visible: root.link.length > 0
            width: parent.width
            spacing: Theme.spacing

            QrCodeImage {
                id: qr
                objectName: "documentQr"
                // Only the address the portal gave: it is drawn when shown, never stored.
                text: root.link.length > 0 ? root.link : ""
                width: Math.round(Theme.qrSize * 0.75)
                height: width
            }
            BodyText {
                width: parent.width - qr.width - parent.spacing
                anchors.verticalCenter: parent.verticalCenter
                font.weight: Font.DemiBold
                text: qsTr("Scan with your phone to get this document from the portal.")
            }
        }
        BodyText {
            objectName: "documentKeepNote"
            visible: root.link.length === 0
            width: parent.width
            text: qsTr("To keep it, print it here, or find it again later in your account on the portal. The kiosk does not keep it after you press Finish.")
        }
    }
}
