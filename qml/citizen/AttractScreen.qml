// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mist

// What a passer-by sees: what this terminal is for, the library's name, and "touch to start".
// Nothing moves here, so an idle kiosk draws no frames.
KioskScreen {
    id: root

    title: qsTr("Welcome")

    // Large text on a wide, short panel (16:9 at 150 %): the headline and the button take the
    // title size and the gaps shrink, so "Touch to start" and the note stay on the screen.
    readonly property bool tight: Preferences.textScale > 1.25 && height / Theme.zoom < 1200

    Rectangle {
        anchors.fill: parent
        color: Theme.bar
    }

    // A keypad or a single switch starts it too: Enter or Space (Tab reaches the buttons).
    Keys.onReturnPressed: Session.start()
    Keys.onEnterPressed: Session.start()
    Keys.onSpacePressed: Session.start()

    // A touch anywhere starts the session (but not the librarian's long press on the name).
    TapHandler {
        onTapped: {
            if (!librarianEntry.held)
                Session.start()
        }
    }

    KioskButton {
        objectName: "attractLanguageButton"
        visible: Preferences.englishOffered
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        tone: KioskButton.Tone.Bar
        text: Preferences.otherLanguageName
        // Choosing a language is a decision to use the kiosk: switch and start.
        onClicked: {
            Preferences.toggleLanguage()
            Session.start()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        anchors.topMargin: Theme.margin + Theme.touchTarget + Theme.spacing
        spacing: root.tight ? Theme.spacing * 0.75 : Theme.spacing * 1.5

        Text {
            textFormat: Text.PlainText
            objectName: "libraryName"
            Layout.fillWidth: true
            text: Library.name(Preferences.language)
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap

            // The librarian's way in: hold the library's name for 5 seconds. Nothing shows it,
            // and it is never offered while a citizen's session runs.
            TapHandler {
                id: librarianEntry
                objectName: "librarianEntry"
                // True from the 5-second mark until the finger lifts.
                property bool held: false
                longPressThreshold: 5
                onPressedChanged: {
                    if (pressed)
                        held = false
                }
                onLongPressed: {
                    held = true
                    if (Librarian.canOffer())
                        root.openRequested("admin-pin", {})
                }
            }
        }
        // Where the library is, when it is open, whom it serves, a line each, as the librarian set them.
        Text {
            textFormat: Text.PlainText
            objectName: "libraryDetails"
            Layout.fillWidth: true
            visible: text.length > 0
            text: (Library.address
                   + (Library.hours.length > 0 ? "\n" + qsTr("Open: %1").arg(Library.hours) : "")
                   + (Library.hromada.length > 0 ? "\n" + qsTr("Hromada: %1").arg(Library.hromada)
                                                 : "")).trim()
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            textFormat: Text.PlainText
            objectName: "attractHeadline"
            Layout.fillWidth: true
            text: qsTr("Government services online, right here in the library")
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: root.tight ? Theme.titleSize : Theme.headlineSize
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        // What the kiosk offers, in the room left between the headline and "Touch to start":
        // where a long library name and its details take that room (a small panel at large
        // text), the list steps aside rather than push the button off the screen.
        Item {
            id: offer
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: bullets.implicitHeight
            Layout.minimumHeight: 0

            // Repeated items sit in a Column, not straight in the layout: Qt 6.4's layouts keep
            // pointers to delegates a model change has destroyed, and crash if resized before
            // they update (a language change, then the kiosk bar appearing).
            Column {
                id: bullets
                objectName: "attractOffer"
                width: offer.width
                visible: implicitHeight <= offer.height
                spacing: root.tight ? Theme.spacing * 0.5 : Theme.spacing * 1.5

                Repeater {
                    model: [
                        qsTr("Find the service you need: Diia, pension, taxes, land, your hromada"),
                        qsTr("Open it safely on this screen, or take it home on your phone"),
                        qsTr("See when the library runs free trainings")
                    ]
                    delegate: BulletText {
                        required property string modelData
                        width: bullets.width
                        text: modelData
                        color: Theme.barText
                    }
                }
            }
        }

        KioskButton {
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 900)
            // Taller where the label wraps (a portrait panel at large text).
            Layout.preferredHeight: Math.max(Theme.touchTarget * (root.tight ? 1.2 : 1.6),
                                             implicitHeight)
            tone: KioskButton.Tone.Accent
            darkBackdrop: true
            text: qsTr("Touch the screen to start")
            font.pixelSize: root.tight ? Theme.buttonSize : Theme.titleSize
            onClicked: Session.start()
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Free of charge. When you finish, everything you did here is erased.")
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
