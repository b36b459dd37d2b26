// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// Scanning a paper document, calm and large: put the page face down and press Scan (text or
// photo), watch it arrive, turn, scan again or remove a page, add another, and keep the pages as
// one document of the visit. The scanner's troubles in plain words. The scanning screen and the
// portal's upload chooser both show it; ScanDesk does the work.
FocusScope {
    id: root

    // What the panel shows while ScanDesk has nothing to say: "ready", or for a screenshot
    // "scanning", "no-scanner", "busy" or "jammed"; "preparing" (a screenshot's sample page
    // being made a document) is shown over the pages.
    property string topic: "ready"
    // The title of the document made (the tray shows it).
    property string documentTitle: qsTr("Scanned document")

    // The pages are in the visit's documents: documentId is the new document.
    signal done(string documentId)
    // The citizen gave up (Back): the pages are let go.
    signal closed()

    // Set by "Add another page": the ready view waits for the next page, the pages stay.
    property bool adding: false
    // This panel pressed "Done" and waits for the document (the scanning screen and the upload
    // chooser share ScanDesk: only the one that asked goes on).
    property bool waitingForDocument: false

    readonly property string view: {
        if (ScanDesk.preparing || root.topic === "preparing")
            return "preparing"
        if (ScanDesk.scanning)
            return "scanning"
        switch (ScanDesk.problem) {
        case ScanDesk.NoScanner: return "no-scanner"
        case ScanDesk.Busy: return "busy"
        case ScanDesk.Jammed: return "jammed"
        case ScanDesk.NoPaper: return "no-paper"
        case ScanDesk.CoverOpen: return "cover-open"
        case ScanDesk.Failed: return "failed"
        case ScanDesk.TrayFull: return "tray-full"
        case ScanDesk.TooLarge: return "too-large"
        }
        if (ScanDesk.pageCount > 0 && !root.adding)
            return "preview"
        return root.adding ? "ready" : root.topic
    }
    readonly property bool problemShown: root.view !== "ready" && root.view !== "scanning"
                                         && root.view !== "preview" && root.view !== "preparing"

    readonly property string problemTitle: {
        switch (root.view) {
        case "no-scanner": return qsTr("The scanner is not connected")
        case "busy": return qsTr("The scanner is busy")
        case "jammed": return qsTr("The paper is stuck in the scanner")
        case "no-paper": return qsTr("There is no page in the scanner")
        case "cover-open": return qsTr("The scanner's lid is open")
        case "tray-full": return qsTr("Your documents are full")
        case "too-large": return qsTr("This scan is too large to keep")
        default: return qsTr("The scanner did not scan")
        }
    }
    readonly property string problemText: {
        switch (root.view) {
        case "no-scanner": return qsTr("It may be switched off or unplugged. Please ask the librarian.")
        case "busy": return qsTr("It is still finishing something. Wait a moment and try again.")
        case "jammed": return qsTr("Please ask the librarian to take the paper out. Your pages so far are kept.")
        case "no-paper": return qsTr("Put the page in the scanner and try again.")
        case "cover-open": return qsTr("Close the lid gently and try again.")
        case "tray-full": return qsTr("One visit can keep up to 10 documents. Remove one in “Documents” to keep this scan.")
        case "too-large": return qsTr("Remove a page, or scan it again as text.")
        default: return qsTr("Try again. If it happens again, please ask the librarian.")
        }
    }

    Connections {
        target: ScanDesk
        function onDocumentReady(documentId: string) {
            if (!root.waitingForDocument)
                return
            root.waitingForDocument = false
            root.done(documentId)
        }
        // Comes after documentReady or the problem: whichever it was, nothing more is coming.
        function onPreparingChanged() {
            if (!ScanDesk.preparing)
                root.waitingForDocument = false
        }
    }
    // The upload chooser hides its panel for a new file input: a document it asked for then
    // only lands in the tray.
    onVisibleChanged: {
        if (!visible)
            root.waitingForDocument = false
    }

    function scanNow() {
        const started = ScanDesk.scan()
        if (started)
            root.adding = false
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

            // Ready: the one instruction, the two presets, Scan.
            Heading {
                objectName: "scanInstruction"
                visible: root.view === "ready"
                width: parent.width
                font.pixelSize: Theme.headlineSize
                text: ScanDesk.pageCount > 0
                    ? qsTr("Put the next page face down, press Scan")
                    : qsTr("Put the page face down, press Scan")
            }
            BodyText {
                visible: root.view === "ready"
                width: parent.width
                text: qsTr("Lift the scanner's lid, lay the page face down in the corner marked with the arrow, and close the lid.")
            }
            Flow {
                objectName: "scanPresets"
                visible: root.view === "ready"
                width: parent.width
                spacing: Theme.spacing

                KioskButton {
                    objectName: "presetText"
                    width: Math.min(implicitWidth, parent.width)
                    tone: ScanDesk.preset === ScanDesk.Text ? KioskButton.Tone.Primary : KioskButton.Tone.Plain
                    //: Scan preset: a letter, a form, a passport page (200 dpi grey).
                    text: qsTr("Text: letters, forms, passport pages")
                    Accessible.checkable: true
                    Accessible.checked: ScanDesk.preset === ScanDesk.Text
                    onClicked: ScanDesk.preset = ScanDesk.Text
                }
                KioskButton {
                    objectName: "presetPhoto"
                    width: Math.min(implicitWidth, parent.width)
                    tone: ScanDesk.preset === ScanDesk.Photo ? KioskButton.Tone.Primary : KioskButton.Tone.Plain
                    //: Scan preset: a colour picture or photo (300 dpi colour).
                    text: qsTr("Photo: colour pictures")
                    Accessible.checkable: true
                    Accessible.checked: ScanDesk.preset === ScanDesk.Photo
                    onClicked: ScanDesk.preset = ScanDesk.Photo
                }
            }
            KioskButton {
                objectName: "scanButton"
                visible: root.view === "ready"
                width: Math.min(implicitWidth, parent.width)
                tone: KioskButton.Tone.Accent
                text: qsTr("Scan")
                onClicked: root.scanNow()
            }

            // Scanning: what is happening, how far, and a way to stop.
            Heading {
                objectName: "scanningHeading"
                visible: root.view === "scanning"
                width: parent.width
                font.pixelSize: Theme.headlineSize
                text: qsTr("Scanning… keep the lid closed")
            }
            Rectangle {
                objectName: "scanProgress"
                visible: root.view === "scanning"
                width: parent.width
                height: Theme.spacing * 2
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.border
                Accessible.role: Accessible.ProgressBar
                Accessible.name: qsTr("%1 % scanned").arg(ScanDesk.progress)

                Rectangle {
                    x: Theme.borderWidth
                    y: Theme.borderWidth
                    height: parent.height - 2 * Theme.borderWidth
                    width: (parent.width - 2 * Theme.borderWidth) * ScanDesk.progress / 100
                    radius: parent.radius
                    color: Theme.primary
                }
            }
            KioskButton {
                objectName: "cancelScanButton"
                visible: root.view === "scanning"
                width: Math.min(implicitWidth, parent.width)
                tone: KioskButton.Tone.Plain
                text: qsTr("Stop scanning")
                onClicked: ScanDesk.cancel()
            }

            // Preview: the page as it arrived, the pages so far, and what can be done with them.
            Heading {
                objectName: "previewHeading"
                visible: root.view === "preview"
                width: parent.width
                text: qsTr("Page %1 of %2").arg(ScanDesk.currentPage + 1).arg(ScanDesk.pageCount)
            }
            // The page large beside its actions on a landscape screen, above them on a portrait one.
            Flow {
                id: previewArea
                objectName: "scanPreviewArea"
                visible: root.view === "preview"
                readonly property bool sideBySide: flick.width > flick.height
                readonly property real columnWidth: sideBySide ? (width - spacing) / 2 : width
                width: parent.width
                spacing: Theme.spacing

                Image {
                    objectName: "scanPreview"
                    width: previewArea.columnWidth
                    height: previewArea.sideBySide
                        ? Math.max(Theme.tileMinHeight, flick.height - 3 * Theme.spacing - Theme.titleSize * 2)
                        : Math.max(Theme.tileMinHeight, flick.height / 2)
                    fillMode: Image.PreserveAspectFit
                    horizontalAlignment: Image.AlignHCenter
                    verticalAlignment: Image.AlignTop
                    asynchronous: false
                    cache: false
                    sourceSize.height: height
                    source: ScanDesk.currentPage >= 0
                        ? "image://scan/" + ScanDesk.currentPage + "/" + ScanDesk.revision : ""
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Scanned page %1").arg(ScanDesk.currentPage + 1)
                    Accessible.description: qsTr("A picture of the page as the scanner saw it. Check that all of it is there and it can be read; if not, scan it again.")
                }
                Column {
                    width: previewArea.columnWidth
                    spacing: Theme.spacing / 2

                    KioskButton {
                        objectName: "keepScanButton"
                        width: parent.width
                        tone: KioskButton.Tone.Accent
                        text: qsTr("Done: keep %n page(s)", "", ScanDesk.pageCount)
                        onClicked: root.waitingForDocument = ScanDesk.finish(root.documentTitle)
                    }
                    KioskButton {
                        objectName: "addPageButton"
                        width: parent.width
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Add another page")
                        onClicked: root.adding = true
                    }
                    KioskButton {
                        objectName: "rotateButton"
                        width: parent.width
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Turn")
                        onClicked: ScanDesk.rotate(ScanDesk.currentPage)
                    }
                    KioskButton {
                        objectName: "rescanButton"
                        width: parent.width
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Scan again")
                        onClicked: ScanDesk.rescan(ScanDesk.currentPage)
                    }
                    KioskButton {
                        objectName: "removePageButton"
                        width: parent.width
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Remove page")
                        onClicked: ScanDesk.remove(ScanDesk.currentPage)
                    }
                    KioskButton {
                        objectName: "deletePagesButton"
                        width: parent.width
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Cancel and delete these pages")
                        onClicked: {
                            ScanDesk.discard()
                            root.closed()
                        }
                    }
                    // The pages so far, to pick one (shown when there is more than one).
                    Flow {
                        objectName: "scanPages"
                        visible: ScanDesk.pageCount > 1
                        width: parent.width
                        spacing: Theme.spacing / 2

                        Repeater {
                            model: ScanDesk.pageCount
                            delegate: KioskButton {
                                required property int index
                                tone: index === ScanDesk.currentPage ? KioskButton.Tone.Primary : KioskButton.Tone.Plain
                                text: String(index + 1)
                                Accessible.name: qsTr("Page %1").arg(index + 1)
                                onClicked: ScanDesk.currentPage = index
                            }
                        }
                    }
                }
            }

            // Done was pressed: the pages become one document (seconds for colour pages).
            Heading {
                objectName: "preparingHeading"
                visible: root.view === "preparing"
                width: parent.width
                font.pixelSize: Theme.headlineSize
                text: qsTr("Making one document of your %n page(s)…", "", ScanDesk.pageCount)
            }
            BodyText {
                visible: root.view === "preparing"
                width: parent.width
                text: qsTr("This takes a few seconds. Please wait; the document will then be in “Documents”.")
            }

            // A problem: what is wrong and what to do, in plain words.
            Heading {
                objectName: "scanProblemTitle"
                visible: root.problemShown
                width: parent.width
                font.pixelSize: Theme.headlineSize
                color: Theme.danger
                text: root.problemTitle
            }
            BodyText {
                objectName: "scanProblemText"
                visible: root.problemShown
                width: parent.width
                text: root.problemText
                Accessible.role: Accessible.AlertMessage
            }
            KioskButton {
                objectName: "tryAgainButton"
                visible: root.problemShown
                width: Math.min(implicitWidth, parent.width)
                text: ScanDesk.pageCount > 0 ? qsTr("Back to my pages") : qsTr("Try again")
                onClicked: ScanDesk.dismissProblem()
            }

            KioskButton {
                objectName: "leaveScanButton"
                visible: root.view !== "scanning" && root.view !== "preview"
                width: Math.min(implicitWidth, parent.width)
                tone: KioskButton.Tone.Plain
                text: ScanDesk.pageCount > 0 ? qsTr("Cancel and delete these pages") : qsTr("Back")
                onClicked: {
                    ScanDesk.discard()
                    root.adding = false
                    root.closed()
                }
            }
        }
    }
}
