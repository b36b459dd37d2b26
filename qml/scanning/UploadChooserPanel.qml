// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// What a portal's "choose a file" opens instead of a file dialog: this visit's documents that
// the form takes (downloaded PDFs and scans), and "Scan a document now". Only what UploadChooser
// writes into the session's scratch directory is ever given to the page.
Rectangle {
    id: root

    // FileDialogRequest.acceptedMimeTypes and whether it takes several files.
    property list<string> acceptedMimeTypes
    property bool multiple: false
    // The ids chosen so far.
    property list<string> chosen
    property bool scanning: false

    // paths: files in the session's scratch directory, for dialogAccept().
    signal accepted(var paths)
    signal rejected()

    color: Theme.background

    // A new file input: nothing chosen yet, and counted (never what is chosen).
    function start() {
        root.chosen = []
        root.scanning = false
        Usage.uploadOffered(chooser.kind)
    }

    UploadChooser {
        id: chooser
        objectName: "uploadChooser"
        tray: Documents
        acceptedMimeTypes: root.acceptedMimeTypes
        multiple: root.multiple
        maxUploadMb: ScanDesk.maxUploadMb
    }

    function toggle(id: string) {
        const at = root.chosen.indexOf(id)
        if (at >= 0) {
            const rest = root.chosen.slice()
            rest.splice(at, 1)
            root.chosen = rest
        } else {
            root.chosen = root.multiple ? root.chosen.concat([id]) : [id]
        }
    }
    function send() {
        const paths = chooser.prepare(root.chosen)
        if (paths.length > 0) {
            Usage.uploadAccepted(chooser.acceptsPdf ? "pdf" : "jpeg", paths.length)
            root.accepted(paths)
        }
    }

    ScanPanel {
        objectName: "chooserScanPanel"
        visible: root.scanning
        anchors.fill: parent
        documentTitle: qsTr("Scanned document")
        onDone: documentId => {
            root.scanning = false
            if (chooser.offers(documentId))
                root.chosen = root.multiple ? root.chosen.concat([documentId]) : [documentId]
        }
        onClosed: root.scanning = false
    }

    Flickable {
        id: flick
        visible: !root.scanning
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: content.height + 2 * Theme.spacing
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        Column {
            id: content
            x: Math.round((flick.width - width) / 2)
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.margin, Theme.cardMaxWidth)
            spacing: Theme.spacing

            Heading {
                objectName: "chooserHeading"
                width: parent.width
                text: root.multiple ? qsTr("Choose the documents to send") : qsTr("Choose the document to send")
            }
            BodyText {
                objectName: "chooserExplanation"
                width: parent.width
                text: {
                    if (chooser.kind === "image")
                        return qsTr("This form takes pictures: scanned pages are sent as JPEG pictures, one for each page.")
                    if (chooser.kind === "pdf")
                        return qsTr("This form takes PDF documents from this visit.")
                    return qsTr("Documents from this visit can be sent.")
                }
            }
            BodyText {
                objectName: "chooserEmpty"
                visible: chooser.offered.length === 0
                width: parent.width
                font.weight: Font.DemiBold
                text: qsTr("You have no documents this form takes yet. You can scan one now.")
            }

            Repeater {
                model: chooser.offered
                delegate: KioskButton {
                    id: choice
                    required property string modelData
                    readonly property bool isChosen: root.chosen.indexOf(modelData) >= 0
                    objectName: "chooserDocument"
                    width: content.width
                    tone: isChosen ? KioskButton.Tone.Primary : KioskButton.Tone.Plain
                    readonly property int pages: Documents.pageCount(modelData)
                    text: (isChosen ? "✓ " : "") + (pages > 0
                        ? qsTr("%1 (%n page(s))", "", pages).arg(Documents.title(modelData))
                        : Documents.title(modelData))
                    Accessible.checkable: true
                    Accessible.checked: isChosen
                    onClicked: root.toggle(choice.modelData)
                }
            }

            KioskButton {
                objectName: "scanNowButton"
                visible: ScanDesk.available
                width: Math.min(implicitWidth, parent.width)
                tone: KioskButton.Tone.Plain
                text: qsTr("Scan a document now")
                onClicked: root.scanning = true
            }
            BodyText {
                objectName: "chooserReduced"
                visible: chooser.reduced
                width: parent.width
                text: qsTr("The pictures were made smaller to fit the website's limit of %1 MB.").arg(ScanDesk.maxUploadMb)
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing

                KioskButton {
                    objectName: "sendChosenButton"
                    enabled: root.chosen.length > 0
                    width: Math.min(implicitWidth, parent.width)
                    tone: KioskButton.Tone.Accent
                    text: qsTr("Send to the website")
                    onClicked: root.send()
                }
                KioskButton {
                    objectName: "chooserCancelButton"
                    width: Math.min(implicitWidth, parent.width)
                    tone: KioskButton.Tone.Plain
                    text: qsTr("Cancel")
                    onClicked: root.rejected()
                }
            }
        }
    }
}
