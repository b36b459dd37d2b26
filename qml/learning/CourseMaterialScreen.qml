// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
// Qt 6.4 ships QtQuick.Pdf with PdfStyle declared twice; qmllint's "ambiguous type" warning
// about that import is Qt's, not ours.
// qmllint disable import
import QtQuick.Pdf
// qmllint enable import
import Mist

// A course-material PDF inside the kiosk (Qt Pdf): one page at a time, big buttons for the
// pages and the size, the page fitted to the width and scrollable when enlarged. Links in the
// PDF are not followed: the kiosk opens nothing it was not asked to. A file that will not open
// shows a plain message and is logged (Materials.reportOpenFailure), never a crash.
KioskScreen {
    id: root

    // Opened with { source, fileName, materialTitle }; alone it shows the first material.
    property url source
    property string fileName
    property string materialTitle

    readonly property var firstMaterial: {
        const all = Materials.scan()
        return all.length > 0 ? all[0] : null
    }
    readonly property url effectiveSource: String(root.source).length > 0 ? root.source
                                           : (root.firstMaterial ? root.firstMaterial.url : "")
    readonly property string effectiveFileName: root.fileName.length > 0 ? root.fileName
                                                : (root.firstMaterial ? root.firstMaterial.fileName : "")
    property int page: 0
    property bool reported: false
    // 1.0: the page fills the width of the view.
    property real zoom: 1.0
    readonly property real minZoom: 1.0
    readonly property real maxZoom: 3.0
    readonly property bool failed: pdf.status === PdfDocument.Error && String(root.effectiveSource).length > 0
    readonly property bool ready: pdf.status === PdfDocument.Ready && pdf.pageCount > 0

    title: root.materialTitle.length > 0 ? root.materialTitle
                                         : (root.firstMaterial ? root.firstMaterial.title : qsTr("Course materials"))

    PdfDocument {
        id: pdf
        source: root.effectiveSource
        onStatusChanged: {
            // Reported once per file; a screen being torn down (no source any more) is no failure.
            if (pdf.status === PdfDocument.Error && String(pdf.source).length > 0 && !root.reported) {
                root.reported = true
                Materials.reportOpenFailure(root.effectiveFileName, pdf.error)
            }
        }
    }

    function goToPage(page: int) {
        root.page = Math.max(0, Math.min(page, pdf.pageCount - 1))
        flick.contentY = 0
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: root.ready

        Flickable {
            id: flick
            objectName: "pdfFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: Math.max(width, pageLoader.width)
            contentHeight: pageLoader.height
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            ScrollBar.horizontal: ScrollBar {
                implicitHeight: Theme.spacing
                policy: flick.contentWidth > flick.width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            Rectangle {
                anchors.fill: pageLoader
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: Theme.border
            }
            // Made only once the document is ready: Qt 6.4's PdfPageImage crashes when it is
            // sized while it has no document.
            Loader {
                id: pageLoader
                objectName: "pdfPage"
                readonly property size pointSize: root.ready ? pdf.pagePointSize(root.page) : Qt.size(1, 1)
                x: Math.max(0, (flick.width - width) / 2)
                width: Math.round((flick.width - Theme.spacing * 1.5) * root.zoom)
                height: Math.round(width * pointSize.height / Math.max(1, pointSize.width))
                active: root.ready
                sourceComponent: Component {
                    PdfPageImage {
                        objectName: "pdfPageImage"
                        document: pdf
                        currentFrame: root.page
                        sourceSize.width: pageLoader.width
                        sourceSize.height: pageLoader.height
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Page %1 of %2").arg(root.page + 1).arg(pdf.pageCount)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            KioskButton {
                objectName: "previousPage"
                tone: KioskButton.Tone.Plain
                text: qsTr("Previous page")
                enabled: root.page > 0
                onClicked: root.goToPage(root.page - 1)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pageCounter"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Page %1 of %2").arg(root.page + 1).arg(pdf.pageCount)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "zoomOut"
                tone: KioskButton.Tone.Plain
                text: qsTr("Smaller")
                enabled: root.zoom > root.minZoom
                onClicked: root.zoom = Math.max(root.minZoom, root.zoom - 0.5)
            }
            KioskButton {
                objectName: "zoomIn"
                tone: KioskButton.Tone.Plain
                text: qsTr("Larger")
                enabled: root.zoom < root.maxZoom
                onClicked: root.zoom = Math.min(root.maxZoom, root.zoom + 0.5)
            }
            KioskButton {
                objectName: "nextPage"
                text: qsTr("Next page")
                enabled: root.page < pdf.pageCount - 1
                onClicked: root.goToPage(root.page + 1)
            }
        }
    }

    // Nothing to show, or the file would not open: say so plainly.
    BodyText {
        objectName: "pdfMessage"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.ready
        text: {
            if (root.failed)
                return qsTr("This document cannot be opened: the file may be damaged. Please tell a librarian.")
            if (String(root.effectiveSource).length === 0)
                return qsTr("No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.")
            return qsTr("Opening the document…")
        }
    }
}
