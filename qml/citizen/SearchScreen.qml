// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// Search every portal by what the citizen types on the on-screen keyboard; results follow each
// key press. Nothing found gets an honest answer and a few searches to try. What was typed lives
// only in this screen, which the shell destroys when the session ends.
KioskScreen {
    id: root

    title: qsTr("Search")

    // Examples a citizen can tap instead of typing: common reasons to come to the kiosk.
    readonly property var examples: [
        qsTr("pension"), qsTr("passport"), qsTr("land"), qsTr("taxes"), qsTr("court")
    ]

    // The keyboard's letters: the kiosk's language first, switchable with one tap.
    property string keyboardLanguage: Preferences.language === "en" ? "en" : "uk"

    function search(text: string) {
        field.text = text
        field.forceActiveFocus()
    }

    Component.onCompleted: field.forceActiveFocus()

    DirectoryModel {
        id: results
        directory: Directory
        scope: "all"
        language: Preferences.language
        query: field.text.trim()
        // One search is what the citizen typed before pausing, not every letter.
        onQueryChanged: searchPause.restart()
    }

    // The usage log gets the number of results only, never the text.
    Timer {
        id: searchPause
        interval: 2000
        onTriggered: {
            if (results.query.length > 0)
                Usage.searchDone(results.count)
        }
    }

    ColumnLayout {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.top
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.buttonSize
                color: Theme.text
                placeholderText: qsTr("For example: pension")
                placeholderTextColor: Theme.textMuted
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                // Whole words as typed: suggestions would change what the citizen meant.
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search for a service")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth * 2
                    border.color: field.activeFocus ? Theme.primary : Theme.border
                }
            }
            // The Ukrainian keyboard has the apostrophe only on its symbols page, yet words such
            // as "пам’ять" need it: one tap here.
            KioskButton {
                objectName: "apostropheButton"
                visible: root.keyboardLanguage === "uk"
                tone: KioskButton.Tone.Plain
                text: "’"
                font.pixelSize: Theme.headlineSize
                Accessible.name: qsTr("Apostrophe")
                onClicked: field.insert(field.cursorPosition, "’")
            }
            KioskButton {
                objectName: "keyboardLanguageButton"
                tone: KioskButton.Tone.Plain
                text: root.keyboardLanguage === "en" ? qsTr("Ukrainian letters") : qsTr("English letters")
                onClicked: {
                    root.keyboardLanguage = root.keyboardLanguage === "en" ? "uk" : "en"
                    field.forceActiveFocus()
                }
            }
            KioskButton {
                objectName: "clearButton"
                tone: KioskButton.Tone.Plain
                text: qsTr("Clear")
                enabled: field.text.length > 0
                onClicked: root.search("")
            }
        }

        // Before typing, and when nothing is found: what to try.
        ColumnLayout {
            objectName: "searchHelp"
            Layout.fillWidth: true
            visible: results.query.length === 0 || results.count === 0
            spacing: Theme.spacing / 2

            BodyText {
                objectName: "emptyState"
                Layout.fillWidth: true
                visible: results.query.length > 0
                font.weight: Font.DemiBold
                text: qsTr("Nothing found for “%1”.").arg(results.query)
            }
            BodyText {
                Layout.fillWidth: true
                text: results.query.length > 0
                      ? qsTr("Try fewer letters, another word, or one of these:")
                      : qsTr("Type a word, or touch one of these:")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2

                Repeater {
                    model: root.examples
                    delegate: KioskButton {
                        required property string modelData
                        required property int index
                        objectName: "example-" + index
                        tone: KioskButton.Tone.Plain
                        text: modelData
                        onClicked: root.search(modelData)
                    }
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            objectName: "resultCount"
            Layout.fillWidth: true
            visible: results.query.length > 0 && results.count > 0
            text: qsTr("%n service(s) found", "", results.count)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ListView {
            id: list
            objectName: "resultList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: results.query.length > 0
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            model: results
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            delegate: ServiceRow {
                objectName: "result-" + portalId
                width: list.width - Theme.spacing * 1.5
                onClicked: root.openRequested("service", { serviceId: portalId })
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !list.visible
        }
    }

    KioskKeyboard {
        id: keyboard
        objectName: "keyboard"
        language: root.keyboardLanguage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // Wide keyboards get too tall to leave room for results: cap the width.
        anchors.leftMargin: Math.max(0, (parent.width - Theme.cardMaxWidth * 1.45) / 2)
        anchors.rightMargin: anchors.leftMargin
    }
}
