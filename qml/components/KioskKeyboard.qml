// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard (Qt Virtual Keyboard; the kiosk has no other): Ukrainian and English
// letters, showing `language` ("uk" or "en"). Any screen with a text field puts one at its
// bottom; it types into whichever field has the focus.
InputPanel {
    id: root

    property string language: "uk"

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["uk_UA", "en_US"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.language === "en" ? "en_US" : "uk_UA"
    }
}
