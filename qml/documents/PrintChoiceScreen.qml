// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// Before printing: how many copies (1 to 3), all pages or some, and what that makes ("6 pages"),
// against the pages this visit may still print. Print sends the job and the screen gives way to
// the job's progress (documents-printing).
KioskScreen {
    id: root

    // Opened with { documentId }; alone it shows the tray's first document.
    property string documentId
    readonly property string shownId: root.documentId.length > 0 ? root.documentId
        : (Documents.count > 0 ? String(Documents.data(Documents.index(0, 0), Qt.UserRole)) : "")
    readonly property int documentPages: root.shownId.length > 0 ? PrintDesk.pageCount(root.shownId) : 0

    // The document's own name, as the portal gave it (the tray's title role).
    readonly property string documentTitle: {
        for (let row = 0; row < Documents.count; ++row) {
            const index = Documents.index(row, 0)
            if (String(Documents.data(index, Qt.UserRole)) === root.shownId)
                return String(Documents.data(index, Qt.UserRole + 1))
        }
        return ""
    }

    property int copies: 1
    property bool allPages: true
    property int firstPage: 1
    property int lastPage: Math.max(1, root.documentPages)
    readonly property int pages: PrintDesk.pagesFor(root.documentPages, root.copies,
                                                    root.allPages ? 0 : root.firstPage,
                                                    root.allPages ? 0 : root.lastPage)
    readonly property bool overLimit: root.pages > PrintDesk.pagesLeft
    readonly property bool canPrint: PrintDesk.available && !PrintDesk.busy && root.pages > 0 && !root.overLimit

    title: qsTr("Print")

    // A choice among a few: the chosen one is filled, the others outlined.
    component Choice: KioskButton {
        required property bool chosen
        tone: chosen ? KioskButton.Tone.Primary : KioskButton.Tone.Plain
        Accessible.description: chosen ? qsTr("Chosen") : ""
    }

    component SectionTitle: Text {
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.buttonSize
        font.weight: Font.Bold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Flickable {
        id: flick
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

            Heading {
                objectName: "printTitle"
                width: parent.width
                text: root.documentTitle.length > 0 ? root.documentTitle : qsTr("Print a document")
            }

            // No printer, or the document left the tray: nothing to choose.
            BodyText {
                objectName: "printUnavailable"
                visible: !PrintDesk.available || root.documentPages === 0
                width: parent.width
                text: !PrintDesk.available
                      ? qsTr("This kiosk has no printer. A librarian can tell you where to print.")
                      : qsTr("This document is no longer here.")
            }

            Column {
                visible: PrintDesk.available && root.documentPages > 0
                width: parent.width
                spacing: Theme.spacing

                SectionTitle {
                    width: parent.width
                    text: qsTr("How many copies?")
                }
                Row {
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: 3
                        delegate: Choice {
                            required property int index
                            objectName: "copies" + (index + 1)
                            chosen: root.copies === index + 1
                            text: String(index + 1)
                            Accessible.name: qsTr("%n copies", "", index + 1)
                            onClicked: root.copies = index + 1
                        }
                    }
                }

                SectionTitle {
                    width: parent.width
                    text: qsTr("Which pages?")
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 2
                    Choice {
                        objectName: "allPagesButton"
                        chosen: root.allPages
                        text: qsTr("All pages (%n)", "", root.documentPages)
                        onClicked: root.allPages = true
                    }
                    Choice {
                        objectName: "somePagesButton"
                        visible: root.documentPages > 1
                        chosen: !root.allPages
                        text: qsTr("Some pages")
                        onClicked: root.allPages = false
                    }
                }
                StepperRow {
                    objectName: "fromPage"
                    visible: !root.allPages
                    width: parent.width
                    label: qsTr("From page")
                    value: root.firstPage
                    from: 1
                    to: root.lastPage
                    onDecreased: root.firstPage = Math.max(1, root.firstPage - 1)
                    onIncreased: root.firstPage = Math.min(root.lastPage, root.firstPage + 1)
                }
                StepperRow {
                    objectName: "toPage"
                    visible: !root.allPages
                    width: parent.width
                    label: qsTr("To page")
                    value: root.lastPage
                    from: root.firstPage
                    to: root.documentPages
                    onDecreased: root.lastPage = Math.max(root.firstPage, root.lastPage - 1)
                    onIncreased: root.lastPage = Math.min(root.documentPages, root.lastPage + 1)
                }

                // What it makes, and what the visit allows.
                Rectangle {
                    width: parent.width
                    height: summary.height + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: root.overLimit ? Theme.danger : Theme.border

                    Column {
                        id: summary
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing / 2

                        Text {
                            objectName: "pagesSummary"
                            width: parent.width
                            textFormat: Text.PlainText
                            //: How many sheets the chosen copies and pages make.
                            text: qsTr("%n page(s) to print", "", root.pages)
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        BodyText {
                            objectName: "pagesLeft"
                            width: parent.width
                            text: qsTr("You can print %n more page(s) in this visit.", "", PrintDesk.pagesLeft)
                        }
                        BodyText {
                            objectName: "overLimitNote"
                            visible: root.overLimit
                            width: parent.width
                            color: Theme.danger
                            font.weight: Font.DemiBold
                            text: qsTr("That is more than this visit allows. Choose fewer copies or fewer pages.")
                        }
                        BodyText {
                            objectName: "heldNote"
                            visible: PrintDesk.holdForRelease
                            width: parent.width
                            text: qsTr("Your pages wait at the librarian's desk: you will get a code to collect them.")
                        }
                    }
                }

                BodyText {
                    objectName: "busyNote"
                    visible: PrintDesk.busy
                    width: parent.width
                    text: qsTr("Another document is printing. Please wait until it has finished.")
                }

                KioskButton {
                    objectName: "printButton"
                    width: Math.min(parent.width, Math.max(implicitWidth, Theme.touchTarget * 4))
                    height: Theme.touchTarget * 1.25
                    tone: KioskButton.Tone.Accent
                    enabled: root.canPrint
                    text: qsTr("Print %n page(s)", "", root.pages)
                    onClicked: {
                        if (PrintDesk.print(root.shownId, root.copies, root.allPages ? 0 : root.firstPage,
                                            root.allPages ? 0 : root.lastPage))
                            root.replaceRequested("documents-printing", {})
                    }
                }
            }
        }
    }
}
