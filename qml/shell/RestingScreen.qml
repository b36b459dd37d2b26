// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// What the kiosk shows after it has crashed again and again (RestartGuard): a calm, still page
// asking the visitor to see the librarian, instead of a start screen flashing in a loop. It uses
// nothing but the Theme and the translations: no browser, no directory, no database, no session,
// so it still draws when any of those is what keeps failing. Nothing here moves or can be
// touched, so it draws one frame and then none.
KioskScreen {
    id: root

    title: qsTr("Resting")

    Rectangle {
        anchors.fill: parent
        color: Theme.bar
    }

    // One quiet card in the middle of the page.
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.margin, Theme.cardMaxWidth)
        height: column.implicitHeight + 3 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            Text {
                objectName: "restingHeadline"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("This terminal is resting.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headlineSize
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "restingRequest"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("Please ask the librarian.")
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                textFormat: Text.PlainText
                text: qsTr("It will start again by itself in a few minutes.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            // The same three lines in English under the Ukrainian ones: nobody should have to
            // touch a resting terminal to read it, so there is no language button here. The
            // English is the source text itself (QT_TR_NOOP marks it for the translators).
            Rectangle {
                visible: Preferences.language !== "en"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: Theme.borderWidth
                color: Theme.border
            }
            Text {
                objectName: "restingEnglish"
                visible: Preferences.language !== "en"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: QT_TR_NOOP("This terminal is resting.") + "\n" + QT_TR_NOOP("Please ask the librarian.")
                      + "\n" + QT_TR_NOOP("It will start again by itself in a few minutes.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
