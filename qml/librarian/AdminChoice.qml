// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// One setting chosen from a few values with large buttons (no keyboard): the idle time, the
// text size, the languages. Read-only with "set by your regional administrator" when fixed.
ColumnLayout {
    id: root

    required property string key
    required property string label
    required property SettingsForm form
    // [{ value: "90", text: "90 s" }, ...]
    required property var choices
    property string value
    readonly property bool fixed: root.form.revision >= 0 && root.form.isFixed(root.key)
    readonly property string problem: root.form.problems[root.key] ?? ""

    function reset() {
        root.value = root.form.value(root.key)
    }

    spacing: Theme.spacing / 4
    Component.onCompleted: reset()

    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: root.choices
            delegate: KioskButton {
                required property var modelData
                objectName: "choice-" + root.key + "-" + modelData.value
                enabled: !root.fixed
                tone: root.value === modelData.value ? KioskButton.Tone.Accent : KioskButton.Tone.Plain
                text: modelData.text
                onClicked: root.value = modelData.value
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "problem-" + root.key
        Layout.fillWidth: true
        visible: text !== ""
        text: root.fixed ? qsTr("Set by your regional administrator") : root.problem
        color: root.fixed ? Theme.textMuted : Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
    }
}
