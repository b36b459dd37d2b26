// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// The upload chooser as a screen of its own (scan-choose-document), as a portal's PDF file input
// opens it over the page; the browser shows the same panel (BrowserView.qml).
KioskScreen {
    id: root

    property list<string> acceptedMimeTypes: ["application/pdf"]
    property bool multiple: false

    title: qsTr("Send a document")

    UploadChooserPanel {
        objectName: "uploadChooserPanel"
        anchors.fill: parent
        acceptedMimeTypes: root.acceptedMimeTypes
        multiple: root.multiple
        onAccepted: root.openRequested("documents-tray", {})
        onRejected: root.openRequested("documents-tray", {})
        Component.onCompleted: start()
    }
}
