// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// The document tray's button, in the kiosk bar and in the browser's bar: "Documents 2", shown
// only while this visit holds documents. Bar-sized whatever the text size, like the bar's other
// buttons; the count is in the label, so it is read and seen the same way. On a crowded kiosk bar
// a page and the count stand for the label, which stays its accessible name.
KioskButton {
    id: root

    // Set by the kiosk bar when even its folded, tight form is too wide.
    property bool iconOnly: false
    // The label's width, whatever is shown.
    readonly property real labelWidth: (root.contentItem as BarLabel)?.labelWidth ?? 0

    objectName: "documentsButton"
    tone: KioskButton.Tone.Bar
    font.pixelSize: Theme.barTextSize
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    visible: Documents.count > 0
    //: The kiosk bar's button to the visit's documents; %1 is how many there are.
    text: qsTr("Documents: %1").arg(Documents.count)
    Accessible.description: qsTr("The documents you received in this visit, to view or print")

    contentItem: BarLabel {
        text: root.text
        iconSource: "qrc:/Mist/icons/documents.svg"
        iconText: Documents.count.toString()
        iconOnly: root.iconOnly
        color: root.labelColor
        font: root.font
    }
}
