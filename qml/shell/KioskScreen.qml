// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick

// The base of every screen the shell shows. A screen asks the shell for another screen by name
// (see ScreenCatalog) and holds no state that must outlive it: the shell destroys screens when
// a session ends, and with them whatever the citizen left there.
FocusScope {
    id: root

    // The catalog name this screen was opened as.
    property string screenName
    // A readable title for the kiosk bar and accessibility.
    property string title
    // A screen for a projector (trainer's mode) hides the kiosk bar and brings its own way out.
    property bool hidesBar: false

    // properties (may be empty) become the new screen's initial properties, e.g.
    // { category: "taxes" } or { serviceId: "diia" }.
    signal openRequested(string name, var properties)
    // As openRequested, but the new screen takes this one's place: a passing state (a print job
    // on its way) that Back should not return to.
    signal replaceRequested(string name, var properties)
    // The citizen pressed "Open here" for a directory portal: the shell opens it in the browser.
    signal portalRequested(string serviceId)
}
