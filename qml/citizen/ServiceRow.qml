// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// One portal in a list: its name, what it is for in one line, and a badge when it did not
// answer its last check. The whole row is one large button.
AbstractButton {
    id: root

    required property string portalId
    required property string name
    required property string description
    // "unknown", "ok" or "down" (DirectoryModel.HealthRole).
    required property string health

    readonly property bool notAnswering: root.health === "down"

    implicitHeight: Math.max(Theme.touchTarget * 1.5, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    // Reached with Tab (keyboard, switch), never taken by a tap.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    // In a long list, Tab follows the list's order (FocusFrame.tabInList). Shift+Tab comes as
    // Backtab from a keyboard, as Tab with Shift from some switch interfaces.
    Keys.onTabPressed: event => event.accepted = frame.tabInList(!(event.modifiers & Qt.ShiftModifier))
    Keys.onBacktabPressed: event => event.accepted = frame.tabInList(false)

    // A long press reads this one aloud ([speech] long_press); where it does not, the press
    // opens it as a tap does.
    onPressAndHold: {
        if (!ReadAloud.readItem(root))
            root.clicked()
    }

    Accessible.role: Accessible.Button
    Accessible.name: root.notAnswering ? qsTr("%1, not answering right now").arg(root.name) : root.name
    Accessible.description: root.description

    FocusFrame {
        id: frame
        control: root
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: root.notAnswering ? Theme.danger : (root.pressed ? Theme.primary : Theme.border)

        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: Theme.primary
            opacity: root.pressed ? 0.12 : 0
        }
    }

    // The chevron sits in the right padding, outside the content item.
    rightPadding: Theme.spacing * 2 + chevronMetrics.advanceWidth

    TextMetrics {
        id: chevronMetrics
        font: chevron.font
        text: chevron.text
    }

    // A Column, not layouts: Qt 6.4's layouts kept a wrapped description's height from before
    // the list knew its width, and the text ran out of its row.
    contentItem: Column {
        spacing: Theme.spacing / 4

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.name
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: root.description
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            // The whole description, wrapped: a cut-off line ("…ідентиф…") helps nobody
            // choose, and these are one or two sentences.
            wrapMode: Text.WordWrap
        }
        Label {
            textFormat: Text.PlainText
            objectName: "downBadge"
            visible: root.notAnswering
            width: Math.min(implicitWidth, parent.width)
            leftPadding: Theme.spacing / 2
            rightPadding: Theme.spacing / 2
            topPadding: Theme.spacing / 4
            bottomPadding: Theme.spacing / 4
            text: qsTr("Not answering right now")
            color: Theme.dangerText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.danger
            }
        }
    }

    Text {
        id: chevron
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        textFormat: Text.PlainText
        text: "›"
        color: Theme.primary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headlineSize
        Accessible.ignored: true
    }
}
