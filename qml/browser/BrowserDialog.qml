// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtWebEngine
import Mist

// The page's alert(), confirm(), prompt() and "leave this page?" as a kiosk card: big buttons,
// the site's words shown as plain text, nothing that looks like the computer itself is asking.
Rectangle {
    id: root

    property JavaScriptDialogRequest request: null
    readonly property bool isPrompt: request !== null
                                     && request.type === JavaScriptDialogRequest.DialogTypePrompt
    readonly property bool hasCancel: request !== null
                                      && request.type !== JavaScriptDialogRequest.DialogTypeAlert

    function open(dialogRequest: JavaScriptDialogRequest) {
        root.request = dialogRequest
        answer.text = dialogRequest.defaultText
        root.visible = true
        // The keys: into the answer, or on the card itself (Enter is OK, Escape Cancel).
        if (root.isPrompt)
            answer.forceActiveFocus()
        else
            root.forceActiveFocus()
    }

    function close(accepted: bool) {
        if (root.request) {
            if (accepted)
                root.request.dialogAccept(root.isPrompt ? answer.text : "")
            else
                root.request.dialogReject()
        }
        root.request = null
        answer.text = ""
        root.visible = false
    }

    visible: false
    color: Theme.scrim

    // Keyboard and switch access: Enter is OK and Escape Cancel (OK for a message alone); Tab
    // goes round the card's answer and buttons only.
    Keys.onReturnPressed: root.close(true)
    Keys.onEnterPressed: root.close(true)
    Keys.onEscapePressed: root.close(!root.hasCancel)
    Keys.onTabPressed: event => {
        if (event.modifiers & Qt.ShiftModifier)
            root.lastKey.forceActiveFocus(Qt.BacktabFocusReason)
        else
            root.firstKey.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: root.lastKey.forceActiveFocus(Qt.BacktabFocusReason)
    // The first and last of the card's controls, for Tab's round.
    readonly property Item firstKey: root.isPrompt ? answer as Item : okButton as Item
    readonly property Item lastKey: root.hasCancel ? cancelButton as Item : okButton as Item

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        height: Math.min(parent.height - 2 * Theme.margin, column.implicitHeight + 2 * Theme.margin)
        radius: Theme.radius
        color: Theme.surface
        clip: true

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: root.request && root.request.type === JavaScriptDialogRequest.DialogTypeBeforeUnload
                      ? qsTr("Leave this page? What you entered may be lost.")
                      : qsTr("The website says:")
            }
            BodyText {
                objectName: "jsDialogMessage"
                Layout.fillWidth: true
                text: root.request ? root.request.message : ""
                textFormat: Text.PlainText
                maximumLineCount: 8
                elide: Text.ElideRight
            }
            TextField {
                id: answer
                objectName: "jsDialogAnswer"
                Layout.fillWidth: true
                visible: root.isPrompt
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Your answer")
                KeyNavigation.tab: okButton
                KeyNavigation.backtab: root.lastKey
                onAccepted: root.close(true)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                KioskButton {
                    id: okButton
                    objectName: "jsDialogOk"
                    KeyNavigation.tab: root.hasCancel ? cancelButton as Item : root.firstKey
                    KeyNavigation.backtab: root.isPrompt ? answer as Item : root.lastKey
                    tone: KioskButton.Tone.Accent
                    text: qsTr("OK")
                    onClicked: root.close(true)
                }
                KioskButton {
                    id: cancelButton
                    objectName: "jsDialogCancel"
                    KeyNavigation.tab: root.firstKey
                    KeyNavigation.backtab: okButton
                    visible: root.hasCancel
                    tone: KioskButton.Tone.Plain
                    text: qsTr("Cancel")
                    onClicked: root.close(false)
                }
            }
        }
    }
}
