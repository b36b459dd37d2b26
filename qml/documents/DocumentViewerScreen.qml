// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// One document of the tray, read inside the kiosk with Qt Pdf from memory (DocumentPdf): one
// page at a time, big buttons for the pages and the size (as the course materials), and Print.
// Links in the document are not followed. A document that will not open says so plainly.
KioskScreen {
    id: root

    // Opened with { documentId }; alone it shows the tray's first document.
    property string documentId
    readonly property string shownId: root.documentId.length > 0 ? root.documentId
        : (Documents.count > 0 ? String(Documents.data(Documents.index(0, 0), Qt.UserRole)) : "")
    property int page: 0
    // 1.0: the page fills the width of the view.
    property real zoom: 1.0
    readonly property real minZoom: 1.0
    readonly property real maxZoom: 3.0
    readonly property bool ready: pdf.status === DocumentPdf.Ready

    title: pdf.title.length > 0 ? pdf.title : qsTr("Document")

    DocumentPdf {
        id: pdf
        objectName: "documentPdf"
        tray: Documents
        documentId: root.shownId
        onStatusChanged: root.goToPage(0)
    }

    function goToPage(page: int) {
        root.page = Math.max(0, Math.min(page, pdf.pageCount - 1))
        flick.contentY = 0
    }

    Flickable {
        id: flick
        objectName: "documentFlick"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: controls.top
        anchors.margins: Theme.spacing
        visible: root.ready
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: Math.max(width, pageView.width)
        contentHeight: pageView.height
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        ScrollBar.horizontal: ScrollBar {
            implicitHeight: Theme.spacing
            policy: flick.contentWidth > flick.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        DocumentPageView {
            id: pageView
            objectName: "documentPage"
            readonly property size pointSize: root.ready ? pdf.pagePointSize(root.page) : Qt.size(1, 1)
            x: Math.max(0, (flick.width - width) / 2)
            width: Math.round((flick.width - Theme.spacing * 1.5) * root.zoom)
            height: Math.round(width * pointSize.height / Math.max(1, pointSize.width))
            document: pdf
            page: root.page
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Page %1 of %2").arg(root.page + 1).arg(pdf.pageCount)
            Accessible.description: qsTr("A picture of the document's page as it will print. The buttons under it turn the pages and print it.")

            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
        }
    }

    // Two rows of big buttons: the size and Print, then the pages.
    Column {
        id: controls
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        visible: root.ready

        Item {
            width: parent.width
            height: Math.max(zoomOut.height, printButton.height)

            KioskButton {
                id: zoomOut
                objectName: "zoomOut"
                anchors.left: parent.left
                tone: KioskButton.Tone.Plain
                text: qsTr("Smaller")
                enabled: root.zoom > root.minZoom
                onClicked: root.zoom = Math.max(root.minZoom, root.zoom - 0.5)
            }
            KioskButton {
                objectName: "zoomIn"
                anchors.left: zoomOut.right
                anchors.leftMargin: Theme.spacing / 2
                tone: KioskButton.Tone.Plain
                text: qsTr("Larger")
                enabled: root.zoom < root.maxZoom
                onClicked: root.zoom = Math.min(root.maxZoom, root.zoom + 0.5)
            }
            KioskButton {
                id: printButton
                objectName: "printButton"
                anchors.right: parent.right
                visible: PrintDesk.available
                tone: KioskButton.Tone.Accent
                text: qsTr("Print")
                onClicked: root.openRequested("documents-print", { documentId: root.shownId })
            }
        }

        // What the page counter leaves, at least a third each: on a portrait screen at large
        // text the Ukrainian labels wrap inside their buttons and the counter keeps the middle.
        Item {
            id: pageRow
            width: parent.width
            height: Math.max(previous.height, next.height, counter.implicitHeight)
            readonly property real buttonRoom: Math.max((width - 2 * Theme.spacing) / 3,
                                                        (width - counter.implicitWidth - 2 * Theme.spacing) / 2)

            KioskButton {
                id: previous
                objectName: "previousPage"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, pageRow.buttonRoom)
                tone: KioskButton.Tone.Plain
                text: qsTr("Previous page")
                enabled: root.page > 0
                onClicked: root.goToPage(root.page - 1)
            }
            Text {
                id: counter
                objectName: "pageCounter"
                textFormat: Text.PlainText
                anchors.left: previous.right
                anchors.right: next.left
                anchors.margins: Theme.spacing / 2
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Page %1 of %2").arg(root.page + 1).arg(pdf.pageCount)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskButton {
                id: next
                objectName: "nextPage"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, pageRow.buttonRoom)
                text: qsTr("Next page")
                enabled: root.page < pdf.pageCount - 1
                onClicked: root.goToPage(root.page + 1)
            }
        }
    }

    // Nothing to show, or the document would not open: say so plainly.
    BodyText {
        objectName: "documentMessage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.ready
        text: pdf.status === DocumentPdf.Error
              ? qsTr("This document cannot be shown here: it may be damaged. You can ask the portal for it again, or ask a librarian.")
              : qsTr("This document is no longer here.")
    }
}
