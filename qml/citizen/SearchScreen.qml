// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
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
        // One search is what the citizen typed before pausing, not every letter. The log keeps
        // it waiting (with the number of results only, never the text) and records it at the
        // pause, or sooner if the citizen taps a result, leaves or finishes first.
        onQueryChanged: {
            if (results.query.length > 0)
                Usage.searchTyped(results.count)
            else
                Usage.searchCleared()
            searchPause.restart()
        }
    }

    Timer {
        id: searchPause
        interval: 2000
        onTriggered: Usage.searchPaused()
    }

    // The field with its tools beside it; where the screen is too narrow for both (portrait,
    // large text), the tools go on a line of their own under a field as wide as the screen.
    // Placed by hand rather than with a RowLayout: Qt 6.4's layouts keep a button's old size
    // after the text size or the window changes.
    Item {
        id: searchBar
        objectName: "searchBar"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        height: stacked ? field.height + Theme.spacing + tools.height
                        : Math.max(field.height, tools.height)

        // Room for "For example: pension" and a word or two more at any text size.
        readonly property real fieldMinWidth: Theme.buttonSize * 14
        readonly property real toolsWidth: (apostropheButton.visible
                                            ? apostropheButton.implicitWidth + Theme.spacing : 0)
                                           + keyboardLanguageButton.implicitWidth + Theme.spacing
                                           + clearButton.implicitWidth
        readonly property bool stacked: fieldMinWidth + Theme.spacing + toolsWidth > width

        TextField {
            id: field
            objectName: "searchField"
            x: 0
            y: searchBar.stacked ? 0 : (searchBar.height - height) / 2
            width: searchBar.stacked ? searchBar.width
                                     : searchBar.width - searchBar.toolsWidth - Theme.spacing
            height: Math.max(Theme.touchTarget, implicitHeight)
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

        Flow {
            id: tools
            x: searchBar.stacked ? 0 : searchBar.width - searchBar.toolsWidth
            y: searchBar.stacked ? field.height + Theme.spacing : (searchBar.height - height) / 2
            width: searchBar.stacked ? searchBar.width : searchBar.toolsWidth
            spacing: Theme.spacing

            // The Ukrainian keyboard has the apostrophe only on its symbols page, yet words such
            // as "пам’ять" need it: one tap here.
            KioskButton {
                id: apostropheButton
                objectName: "apostropheButton"
                visible: root.keyboardLanguage === "uk"
                tone: KioskButton.Tone.Plain
                text: "’"
                // One large glyph: a key as narrow as a touch allows, no taller than its row.
                font.pixelSize: Math.round(Theme.buttonSize * 1.6)
                implicitWidth: Math.max(Theme.touchTarget * 1.25,
                                        implicitContentWidth + leftPadding + rightPadding)
                Accessible.name: qsTr("Apostrophe")
                onClicked: field.insert(field.cursorPosition, "’")
            }
            KioskButton {
                id: keyboardLanguageButton
                objectName: "keyboardLanguageButton"
                tone: KioskButton.Tone.Plain
                text: root.keyboardLanguage === "en" ? qsTr("Ukrainian letters") : qsTr("English letters")
                onClicked: {
                    root.keyboardLanguage = root.keyboardLanguage === "en" ? "uk" : "en"
                    field.forceActiveFocus()
                }
            }
            KioskButton {
                id: clearButton
                objectName: "clearButton"
                tone: KioskButton.Tone.Plain
                text: qsTr("Clear")
                enabled: field.text.length > 0
                onClicked: root.search("")
            }
        }
    }

    // Before typing, and when nothing is found: what to try.
    Column {
        id: searchHelp
        objectName: "searchHelp"
        anchors.top: searchBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        visible: results.query.length === 0 || results.count === 0
        spacing: Theme.spacing / 2

        BodyText {
            objectName: "emptyState"
            width: parent.width
            visible: results.query.length > 0
            font.weight: Font.DemiBold
            text: qsTr("Nothing found for “%1”.").arg(results.query)
        }
        BodyText {
            width: parent.width
            text: results.query.length > 0
                  ? qsTr("Try fewer letters, another word, or one of these:")
                  : qsTr("Type a word, or touch one of these:")
        }
        Flow {
            width: parent.width
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
        id: resultCount
        textFormat: Text.PlainText
        objectName: "resultCount"
        anchors.top: searchHelp.visible ? searchHelp.bottom : searchBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        visible: results.query.length > 0 && results.count > 0
        text: qsTr("%n service(s) found", "", results.count)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    KioskListView {
        id: list
        objectName: "resultList"
        anchors.top: resultCount.visible ? resultCount.bottom : searchBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        visible: results.query.length > 0 && results.count > 0
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

    KioskKeyboard {
        id: keyboard
        objectName: "keyboard"
        language: root.keyboardLanguage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // Wide keyboards get too tall to leave room for results: cap the width.
        anchors.leftMargin: Math.max(0, (parent.width - Theme.cardMaxWidth * 1.5) / 2)
        anchors.rightMargin: anchors.leftMargin
    }
}
