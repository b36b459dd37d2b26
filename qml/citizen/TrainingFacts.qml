// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// When, where, who and how many seats are left for one training; a line is left out when the
// calendar does not say.
ColumnLayout {
    id: root

    required property string time // "10:00–12:00"; empty for an all-day training
    required property string day
    required property string lastDay // all-day only: the last day, or empty
    required property string place
    required property string trainer
    required property int seatsFree // -1: the calendar does not say

    readonly property string whenText: {
        if (root.time.length > 0)
            return root.time
        if (root.lastDay.length === 10 && root.lastDay !== root.day) {
            const parts = root.lastDay.split("-")
            const last = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
            const locale = Qt.locale(Preferences.language === "en" ? "en_GB" : "uk_UA")
            return qsTr("All day, until %1").arg(last.toLocaleDateString(locale, "d MMMM"))
        }
        return qsTr("All day")
    }
    readonly property string seatsText: {
        if (root.seatsFree < 0)
            return ""
        if (root.seatsFree === 0)
            return qsTr("No free seats: ask a librarian about the next training")
        return qsTr("%n free seat(s)", "", root.seatsFree)
    }

    spacing: Theme.spacing / 4

    BodyText {
        objectName: "trainingTime"
        Layout.fillWidth: true
        text: root.whenText
        font.weight: Font.DemiBold
    }
    BodyText {
        objectName: "trainingPlace"
        Layout.fillWidth: true
        visible: root.place.length > 0
        text: qsTr("Where: %1").arg(root.place)
    }
    BodyText {
        objectName: "trainingTrainer"
        Layout.fillWidth: true
        visible: root.trainer.length > 0
        text: qsTr("Trainer: %1").arg(root.trainer)
    }
    BodyText {
        objectName: "trainingSeats"
        Layout.fillWidth: true
        visible: root.seatsText.length > 0
        text: root.seatsText
        color: root.seatsFree === 0 ? Theme.danger : Theme.primary
        font.weight: Font.DemiBold
    }
}
