// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// "Print this page" on a service page, a guide or a lesson: the screen's own texts become a
// one- or two-page handout (Handouts, in the session's language), which joins the visit's
// documents and opens at the print screen. Shown only where the library has a printer.
KioskButton {
    id: root

    // A function returning the handout map (HandoutWriter): { title, subtitle, sections, qrUrl,
    // qrCaption }. The footer and the note about left-off text are added here.
    property var handout: null
    // The tray refused it (full): the screen says so.
    property bool refused: false

    signal handoutReady(string documentId)

    visible: PrintDesk.available && typeof root.handout === "function"
    tone: KioskButton.Tone.Plain
    text: qsTr("Print this page")
    Accessible.description: qsTr("A printed copy to take with you")

    onClicked: {
        const map = root.handout()
        const when = new Date().toLocaleDateString(Qt.locale(Preferences.language === "en" ? "en_GB" : "uk_UA"),
                                                   Locale.LongFormat)
        map.footer = qsTr("Printed at %1, %2").arg(Library.name(Preferences.language)).arg(when)
        map.moreNote = qsTr("The rest of the text is on the kiosk's screen.")
        const id = Documents.addHandout(Handouts.pdf(map), map.title)
        root.refused = id === ""
        if (id !== "")
            root.handoutReady(id)
    }
}
