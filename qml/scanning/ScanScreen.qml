// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// The scanning screen (from the visit's documents): ScanPanel, and back to the documents when
// the pages are kept or the citizen gives up. The catalog's scan-* screens are its views (the
// topic); alone (a screenshot) a problem view shows its words without a scanner.
KioskScreen {
    id: root

    property string topic: "ready"

    title: qsTr("Scan a document")

    ScanPanel {
        objectName: "scanPanel"
        anchors.fill: parent
        topic: root.topic
        focus: true
        onDone: root.openRequested("documents-tray", {})
        onClosed: root.openRequested("documents-tray", {})
    }
    // Back in the bar, Home, or the end of the visit: pages not kept are let go. Pages the
    // citizen kept ("Done") and that are still being made one document are not: the document
    // lands in "Documents" as the screen promised (the end of the visit drops it, ScanDesk).
    Component.onDestruction: {
        if (!ScanDesk.preparing)
            ScanDesk.discard()
    }
}
