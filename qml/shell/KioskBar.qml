// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// The bar at the top of every screen during a session: the way back, the way home, the
// language, the contrast, the text size, and the way out.
Rectangle {
    id: root

    required property bool canGoBack
    required property bool atHome
    required property string title

    signal backRequested()
    signal homeRequested()

    // Bar buttons keep one size whatever the citizen's text size, so they always fit.
    component BarButton: KioskButton {
        tone: KioskButton.Tone.Bar
        font.pixelSize: Theme.barTextSize
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
    }

    implicitHeight: Theme.barHeight
    color: Theme.bar

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        BarButton {
            objectName: "backButton"
            text: qsTr("‹ Back")
            enabled: root.canGoBack
            onClicked: root.backRequested()
        }
        BarButton {
            objectName: "homeButton"
            text: qsTr("Home")
            enabled: !root.atHome
            onClicked: root.homeRequested()
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.leftMargin: Theme.spacing / 2
            text: root.title
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.barTextSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BarButton {
            objectName: "languageButton"
            text: Preferences.otherLanguageName
            onClicked: Preferences.toggleLanguage()
        }
        BarButton {
            objectName: "contrastButton"
            text: qsTr("Contrast")
            Accessible.description: Preferences.highContrast ? qsTr("High contrast is on")
                                                             : qsTr("High contrast is off")
            onClicked: Preferences.toggleHighContrast()
        }
        BarButton {
            objectName: "textSizeButton"
            text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
            onClicked: Preferences.cycleTextScale()
        }
        BarButton {
            objectName: "finishButton"
            tone: KioskButton.Tone.Danger
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }
}
