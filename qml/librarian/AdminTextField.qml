// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// One text field of a librarian's form that is not a setting (a local portal's name, address…):
// its label, the field, and the reason its value was refused, right under it. A Column, so the
// wrapped texts follow a change of width, language or text size.
Column {
    id: root

    required property string key
    required property string label
    property string hint
    property string problem
    property alias text: field.text
    property alias inputMethodHints: field.inputMethodHints

    spacing: Theme.spacing / 4

    Text {
        textFormat: Text.PlainText
        width: root.width
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    Text {
        textFormat: Text.PlainText
        width: root.width
        visible: root.hint !== ""
        text: root.hint
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
    }
    TextField {
        id: field
        objectName: "field-" + root.key
        // A screen reader names the field by its label, and says the hint or the problem.
        Accessible.name: root.label
        Accessible.description: root.problem !== "" ? root.problem : root.hint
        width: root.width
        height: Theme.touchTarget
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        inputMethodHints: Qt.ImhNoPredictiveText
        background: Rectangle {
            color: Theme.surface
            border.color: root.problem !== "" ? Theme.danger : Theme.border
            border.width: root.problem !== "" ? Theme.borderWidth * 2 : Theme.borderWidth
            radius: Theme.radius / 2
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "problem-" + root.key
        width: root.width
        visible: text !== ""
        text: root.problem
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
}
