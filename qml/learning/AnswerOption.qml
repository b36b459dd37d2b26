// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One answer of a self-check question: a large card with a round mark (one answer) or a square
// one (several), and after checking a word that says whether it was right, never colour alone.
AbstractButton {
    id: root

    enum Verdict { None, Right, Wrong }
    property bool multiple: false
    property bool selected: false
    property int verdict: AnswerOption.Verdict.None
    property int pixelSize: Theme.bodySize

    readonly property color frameColor: root.verdict === AnswerOption.Verdict.Right ? Theme.primary
                                      : root.verdict === AnswerOption.Verdict.Wrong ? Theme.danger
                                      : root.selected ? Theme.primary : Theme.border

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    // Reached with Tab (keyboard, switch), never taken by a tap.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    // In a long list, Tab follows the list's order (FocusFrame.tabInList). Shift+Tab comes as
    // Backtab from a keyboard, as Tab with Shift from some switch interfaces.
    Keys.onTabPressed: event => event.accepted = frame.tabInList(!(event.modifiers & Qt.ShiftModifier))
    Keys.onBacktabPressed: event => event.accepted = frame.tabInList(false)

    Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: root.text
    Accessible.checkable: true
    Accessible.checked: root.selected

    FocusFrame {
        id: frame
        control: root
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: root.selected || root.verdict !== AnswerOption.Verdict.None ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: root.frameColor
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        // The mark: filled when chosen.
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Math.round(root.pixelSize * 1.4)
            implicitHeight: implicitWidth
            radius: root.multiple ? Theme.radius / 3 : width / 2
            color: Theme.surface
            border.width: Theme.borderWidth * 2
            border.color: root.selected ? Theme.primary : Theme.border

            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.55
                height: width
                radius: root.multiple ? 2 : width / 2
                color: Theme.primary
                visible: root.selected
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 4

            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: root.pixelSize
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText
                objectName: "verdictWord"
                Layout.fillWidth: true
                visible: root.verdict !== AnswerOption.Verdict.None
                text: root.verdict === AnswerOption.Verdict.Right ? qsTr("Right answer")
                                                                  : qsTr("Your choice: not right")
                color: root.frameColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
        }
    }
}
