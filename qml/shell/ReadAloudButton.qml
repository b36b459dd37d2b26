// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// The kiosk bar's "Read aloud": reads the screen in the session's language, and while it reads,
// the same button stops it. Shown only when this machine has a voice for the language. On a
// crowded bar a loudspeaker (a square while reading) stands for the words, which stay its
// accessible name.
KioskButton {
    id: root

    // Set by the bar when even its folded, tight form is too wide.
    property bool iconOnly: false
    // The wider of its two labels, whatever is shown: reading never refolds the bar.
    readonly property real labelWidth: Math.max(Math.ceil(readMetrics.advanceWidth),
                                                Math.ceil(stopMetrics.advanceWidth),
                                                (root.contentItem as BarLabel)?.labelWidth ?? 0)

    objectName: "readAloudButton"
    tone: KioskButton.Tone.Bar
    font.pixelSize: Theme.barTextSize
    visible: ReadAloud.available
    text: ReadAloud.speaking ? stopMetrics.text : readMetrics.text
    Accessible.description: ReadAloud.speaking ? qsTr("Press to stop reading")
                                               : qsTr("Reads this screen aloud")

    TextMetrics {
        id: readMetrics
        font: root.font
        //: The kiosk bar's button that reads the current screen aloud.
        text: qsTr("Read aloud")
    }
    TextMetrics {
        id: stopMetrics
        font: root.font
        //: The kiosk bar's Read aloud button while it reads: pressing it stops the reading.
        text: qsTr("Stop reading")
    }

    contentItem: BarLabel {
        text: root.text
        iconSource: ReadAloud.speaking ? "qrc:/Mist/icons/read-aloud-stop.svg"
                                       : "qrc:/Mist/icons/read-aloud.svg"
        iconOnly: root.iconOnly
        color: root.labelColor
        font: root.font
    }
}
