// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
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

    // On a narrow panel (4:3, portrait, large text) the rarely used Contrast and Text size fold
    // into "More", so Back, Home, the language and Finish always keep their place.
    readonly property real fullWidth: backButton.implicitWidth + homeButton.implicitWidth
        + languageButton.implicitWidth + contrastButton.implicitWidth
        + textSizeButton.implicitWidth + finishButton.implicitWidth + moreButton.implicitWidth
        + 7 * row.spacing + 2 * Theme.spacing + Theme.touchTarget * 3
    readonly property bool compact: width < fullWidth

    implicitHeight: Theme.barHeight
    color: Theme.bar

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        BarButton {
            id: backButton
            objectName: "backButton"
            text: qsTr("‹ Back")
            enabled: root.canGoBack
            onClicked: root.backRequested()
        }
        BarButton {
            id: homeButton
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
            // A long title takes two lines rather than pushing the buttons out; where even that
            // has no room (a portrait panel, a long guide title at 4:3) the screen's own heading
            // says it, rather than a cut title.
            opacity: width >= Theme.touchTarget * 2 && !truncated ? 1 : 0
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BarButton {
            id: languageButton
            objectName: "languageButton"
            visible: Preferences.englishOffered
            text: Preferences.otherLanguageName
            onClicked: Preferences.toggleLanguage()
        }
        BarButton {
            id: contrastButton
            objectName: "contrastButton"
            visible: !root.compact
            text: qsTr("Contrast")
            Accessible.description: Preferences.highContrast ? qsTr("High contrast is on")
                                                             : qsTr("High contrast is off")
            onClicked: Preferences.toggleHighContrast()
        }
        BarButton {
            id: textSizeButton
            objectName: "textSizeButton"
            visible: !root.compact
            text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
            onClicked: Preferences.cycleTextScale()
        }
        // Always there: "Less motion" lives under it at any width (a rarely needed choice
        // that should not cost the bar a button); on a narrow panel Contrast and Text size too.
        BarButton {
            id: moreButton
            objectName: "moreButton"
            text: qsTr("More")
            Accessible.description: root.compact ? qsTr("Contrast, text size and motion")
                                                 : qsTr("Less motion")
            onClicked: more.open()
        }
        BarButton {
            id: finishButton
            objectName: "finishButton"
            tone: KioskButton.Tone.Danger
            onDark: true
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }

    // The folded controls, under "More": each change shows at once, the menu stays open.
    Popup {
        id: more
        objectName: "moreMenu"
        x: Math.max(0, moreButton.x + moreButton.width - width + Theme.spacing)
        y: root.height
        padding: Theme.spacing / 2
        // Opened from the keyboard, it takes the focus, so Tab walks its buttons and Escape
        // closes it.
        focus: true
        background: Rectangle {
            color: Theme.bar
            radius: Theme.radius
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacing / 2
            BarButton {
                objectName: "moreContrastButton"
                visible: root.compact
                Layout.fillWidth: true
                text: qsTr("Contrast")
                onClicked: Preferences.toggleHighContrast()
            }
            BarButton {
                objectName: "moreTextSizeButton"
                visible: root.compact
                Layout.fillWidth: true
                text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
                onClicked: Preferences.cycleTextScale()
            }
            // Nothing slides, fades or spins, and screens change at once (Theme.reducedMotion).
            // Yellow while it is on, since nothing else on the screen shows it.
            BarButton {
                objectName: "moreMotionButton"
                Layout.fillWidth: true
                tone: Preferences.reducedMotion ? KioskButton.Tone.Accent : KioskButton.Tone.Bar
                onDark: true
                text: qsTr("Less motion")
                Accessible.checkable: true
                Accessible.checked: Preferences.reducedMotion
                Accessible.description: Preferences.reducedMotion ? qsTr("Less motion is on")
                                                                  : qsTr("Less motion is off")
                onClicked: Preferences.toggleReducedMotion()
            }
        }
    }
}
