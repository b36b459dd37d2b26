// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// A day as people say it, in the citizen's language: "четвер, 3 грудня" / "Thursday, 3 December".
// day is "yyyy-MM-dd" (a Kyiv day from the schedule). The date is built from its parts, at local
// midnight, so the machine's time zone cannot shift it to the day before.
Text {
    id: root
    textFormat: Text.PlainText

    required property string day

    function dayDate(): date {
        const parts = root.day.split("-")
        return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
    }

    text: {
        if (root.day.length !== 10)
            return ""
        const locale = Qt.locale(Preferences.language === "en" ? "en_GB" : "uk_UA")
        return root.dayDate().toLocaleDateString(locale, "dddd, d MMMM")
    }
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.titleSize
    font.weight: Font.Bold
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
