// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// A lesson's text, block by block (Course.lesson(...).blocks): plain paragraphs, numbered steps,
// and framed tips, warnings and "where to check" notes. Shared by the citizen's lesson and the
// trainer's projector view (which sets a larger pixelSize). Columns, not layouts, hold the
// repeated blocks: Qt 6.4's layouts crash on delegates a model change destroyed (AttractScreen).
Column {
    id: root

    required property var blocks
    property int pixelSize: Math.round(Theme.bodySize * 1.1)

    spacing: Theme.spacing

    // The label a framed block carries ("Tip"), or "".
    function labelOf(type: string): string {
        switch (type) {
        case "tip": return qsTr("Tip")
        case "warning": return qsTr("Be careful")
        case "check-where": return qsTr("Where to check")
        default: return ""
        }
    }

    // The blocks as handout sections (HandoutWriter): the same labels and texts as on screen.
    function handoutSections(): var {
        return root.blocks.map(block => block.type === "steps"
                               ? { bullets: block.items ?? [], numbered: true }
                               : { heading: root.labelOf(block.type), text: block.text ?? "" })
    }

    Repeater {
        model: root.blocks
        delegate: Rectangle {
            id: block
            required property var modelData
            required property int index
            readonly property bool framed: modelData.type !== "text" && modelData.type !== "steps"
            readonly property string label: root.labelOf(modelData.type)
            objectName: "block-" + index
            width: root.width
            implicitHeight: content.implicitHeight + (framed ? 2 * Theme.spacing : 0)
            radius: Theme.radius
            color: framed ? Theme.surface : "transparent"
            border.width: framed ? Theme.borderWidth * (modelData.type === "warning" ? 2 : 1) : 0
            border.color: modelData.type === "warning" ? Theme.danger : Theme.primary

            Column {
                id: content
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: block.framed ? Theme.spacing : 0
                spacing: Theme.spacing / 3

                Text {
                    textFormat: Text.PlainText
                    width: content.width
                    visible: block.label.length > 0
                    text: block.label
                    color: block.modelData.type === "warning" ? Theme.danger : Theme.primary
                    font.family: Theme.fontFamily
                    font.pixelSize: root.pixelSize
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                }
                Text {
                    textFormat: Text.PlainText
                    width: content.width
                    visible: block.modelData.type !== "steps"
                    text: block.modelData.text ?? ""
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: root.pixelSize
                    lineHeight: 1.2
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Repeater {
                    model: block.modelData.type === "steps" ? block.modelData.items : []
                    delegate: RowLayout {
                        id: step
                        required property string modelData
                        required property int index
                        width: content.width
                        spacing: Theme.spacing / 2

                        Text {
                            textFormat: Text.PlainText
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: root.pixelSize * 1.6
                            text: (step.index + 1) + "."
                            color: Theme.primary
                            font.family: Theme.fontFamily
                            font.pixelSize: root.pixelSize
                            font.weight: Font.Bold
                            Accessible.ignored: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: step.modelData
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: root.pixelSize
                            lineHeight: 1.2
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }
            }
        }
    }
}
