// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One text setting on a librarian screen: its label, the field (read-only with "set by your
// regional administrator" when /etc/mist/mist.conf fixes it) and the reason a value was refused.
ColumnLayout {
    id: root

    required property string key
    required property string label
    required property SettingsForm form
    property alias text: field.text
    readonly property bool fixed: root.form.revision >= 0 && root.form.isFixed(root.key)
    readonly property string problem: root.form.problems[root.key] ?? ""

    function reset() {
        field.text = root.form.value(root.key)
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
    }
    TextField {
        id: field
        objectName: "field-" + root.key
        // A screen reader names the field by its label, and says the problem.
        Accessible.name: root.label
        Accessible.description: root.problem
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        readOnly: root.fixed
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        inputMethodHints: Qt.ImhNoPredictiveText
        background: Rectangle {
            color: root.fixed ? Theme.background : Theme.surface
            border.color: root.problem !== "" ? Theme.danger : Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius / 2
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
