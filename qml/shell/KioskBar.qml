// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The bar at the top of every screen during a session: the way back, the way home, the visit's
// documents, reading the screen aloud, the language, the contrast, the text size, less motion,
// and the way out.
Rectangle {
    id: root

    required property bool canGoBack
    required property bool atHome
    required property string title

    signal backRequested()
    signal homeRequested()
    signal documentsRequested()
    signal readAloudRequested()

    // Bar buttons keep one size whatever the citizen's text size, so they always fit. Where
    // even the folded bar is too wide (a portrait panel with the visit's documents: six
    // buttons), they are as wide as their labels with less padding, still a full touch target.
    component BarButton: KioskButton {
        id: barButton
        // Set from the bar: the folded bar is still too wide.
        property bool tight: false
        // From the label and the usual padding, not from implicitWidth or the padding (which
        // depend on the fold).
        readonly property real wideWidth: Math.max(Theme.touchTarget * 2,
                                                   barButton.implicitContentWidth + 2 * Theme.spacing)
        readonly property real tightWidth: Math.max(Theme.touchTarget,
                                                    barButton.implicitContentWidth + Theme.spacing)
        tone: KioskButton.Tone.Bar
        font.pixelSize: Theme.barTextSize
        leftPadding: barButton.tight ? Theme.spacing / 2 : Theme.spacing
        rightPadding: barButton.tight ? Theme.spacing / 2 : Theme.spacing
        implicitWidth: barButton.tight ? barButton.tightWidth : barButton.wideWidth
    }

    // On a narrower panel the rarely used controls fold into "More", so Back, Home, the
    // documents, Read aloud, the language and Finish always keep their place. Less motion folds
    // first (a 1920x1080 panel with Read aloud keeps Contrast and Text size on the bar); on a
    // 4:3 or portrait panel, or at large text, Contrast and Text size follow it. The visit's
    // documents and Read aloud count only while they show. The title is kept room for its
    // shortest readable width only: it repeats the screen's heading.
    readonly property real fullWidth: backButton.wideWidth + homeButton.wideWidth
        + languageButton.wideWidth + contrastButton.wideWidth
        + textSizeButton.wideWidth + motionButton.wideWidth + finishButton.wideWidth
        + optionalWideWidth + 7 * row.spacing + 2 * Theme.spacing + Theme.touchTarget * 2
    readonly property bool motionFolded: width < fullWidth
    readonly property real partlyFoldedWidth: fullWidth - motionButton.wideWidth
        + moreButton.wideWidth
    readonly property bool compact: width < partlyFoldedWidth
    readonly property real compactWidth: backButton.wideWidth + homeButton.wideWidth
        + languageButton.wideWidth + moreButton.wideWidth + finishButton.wideWidth
        + optionalWideWidth + 5 * row.spacing + 2 * Theme.spacing
    readonly property bool tight: compact && width < compactWidth
    // Tight and still too wide (a portrait panel with documents and Read aloud): those two show
    // an icon rather than their words.
    readonly property real tightWidth: backButton.tightWidth + homeButton.tightWidth
        + languageButton.tightWidth + moreButton.tightWidth + finishButton.tightWidth
        + optionalTightWidth + 5 * row.spacing + 2 * Theme.spacing + Theme.spacing / 2
    readonly property bool crowded: tight && width < tightWidth

    // The documents' and Read aloud's widths from their labels (whatever they show), so that
    // showing an icon does not unfold the bar again.
    readonly property real documentsWideWidth: Math.max(Theme.touchTarget * 2,
        documentsButton.labelWidth + 2 * Theme.spacing)
    readonly property real readAloudWideWidth: Math.max(Theme.touchTarget * 2,
        readAloudButton.labelWidth + 2 * Theme.spacing)
    readonly property real optionalWideWidth:
        (documentsButton.visible ? documentsWideWidth + row.spacing : 0)
        + (readAloudButton.visible ? readAloudWideWidth + row.spacing : 0)
    readonly property real optionalTightWidth:
        (documentsButton.visible ? Math.max(Theme.touchTarget, documentsButton.labelWidth + Theme.spacing)
                                   + row.spacing : 0)
        + (readAloudButton.visible ? Math.max(Theme.touchTarget, readAloudButton.labelWidth + Theme.spacing)
                                     + row.spacing : 0)

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
            tight: root.tight
            objectName: "backButton"
            text: qsTr("‹ Back")
            enabled: root.canGoBack
            onClicked: root.backRequested()
        }
        BarButton {
            id: homeButton
            tight: root.tight
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
        DocumentsButton {
            id: documentsButton
            iconOnly: root.crowded
            leftPadding: root.tight ? Theme.spacing / 2 : Theme.spacing
            rightPadding: root.tight ? Theme.spacing / 2 : Theme.spacing
            implicitWidth: root.tight
                           ? Math.max(Theme.touchTarget, documentsButton.implicitContentWidth + Theme.spacing)
                           : root.documentsWideWidth
            onClicked: root.documentsRequested()
        }
        ReadAloudButton {
            id: readAloudButton
            iconOnly: root.crowded
            leftPadding: root.tight ? Theme.spacing / 2 : Theme.spacing
            rightPadding: root.tight ? Theme.spacing / 2 : Theme.spacing
            implicitWidth: root.crowded ? Theme.touchTarget
                           : root.tight ? Math.max(Theme.touchTarget, readAloudButton.labelWidth + Theme.spacing)
                           : root.readAloudWideWidth
            onClicked: root.readAloudRequested()
        }
        BarButton {
            id: languageButton
            tight: root.tight
            objectName: "languageButton"
            visible: Preferences.englishOffered
            text: Preferences.otherLanguageName
            onClicked: Preferences.toggleLanguage()
        }
        BarButton {
            id: contrastButton
            tight: root.tight
            objectName: "contrastButton"
            visible: !root.compact
            text: qsTr("Contrast")
            Accessible.description: Preferences.highContrast ? qsTr("High contrast is on")
                                                             : qsTr("High contrast is off")
            onClicked: Preferences.toggleHighContrast()
        }
        BarButton {
            id: textSizeButton
            tight: root.tight
            objectName: "textSizeButton"
            visible: !root.compact
            text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
            onClicked: Preferences.cycleTextScale()
        }
        // Nothing slides, fades or spins, and screens change at once (Theme.reducedMotion).
        // Yellow while it is on, since nothing else on the screen shows it.
        BarButton {
            id: motionButton
            tight: root.tight
            objectName: "motionButton"
            visible: !root.motionFolded
            tone: Preferences.reducedMotion ? KioskButton.Tone.Accent : KioskButton.Tone.Bar
            darkBackdrop: true
            text: qsTr("Less motion")
            Accessible.checkable: true
            Accessible.checked: Preferences.reducedMotion
            Accessible.description: Preferences.reducedMotion ? qsTr("Less motion is on")
                                                              : qsTr("Less motion is off")
            onClicked: Preferences.toggleReducedMotion()
        }
        BarButton {
            id: moreButton
            tight: root.tight
            objectName: "moreButton"
            visible: root.motionFolded
            text: qsTr("More")
            Accessible.description: root.compact ? qsTr("Contrast, text size and motion")
                                                 : qsTr("Less motion")
            onClicked: more.open()
        }
        BarButton {
            id: finishButton
            tight: root.tight
            objectName: "finishButton"
            tone: KioskButton.Tone.Danger
            darkBackdrop: true
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
        // closes it; then More has the keyboard again.
        focus: true
        property bool openedByKey: false
        onAboutToShow: openedByKey = moreButton.visualFocus
        onClosed: {
            if (openedByKey && moreButton.visible)
                moreButton.forceActiveFocus(Qt.TabFocusReason)
            openedByKey = false
        }
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
            BarButton {
                objectName: "moreMotionButton"
                Layout.fillWidth: true
                tone: Preferences.reducedMotion ? KioskButton.Tone.Accent : KioskButton.Tone.Bar
                darkBackdrop: true
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
