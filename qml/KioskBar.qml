import QtQuick
import QtQuick.Layouts
import Mist

// The bar at the top of every screen during a session: the way back, the way home, the
// language, the text size, and the way out.
Rectangle {
    id: root

    required property bool canGoBack
    required property bool atHome
    required property string title

    signal backRequested()
    signal homeRequested()

    implicitHeight: Theme.barHeight
    color: Theme.bar

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        KioskButton {
            objectName: "backButton"
            tone: KioskButton.Tone.Bar
            text: qsTr("‹ Back")
            enabled: root.canGoBack
            onClicked: root.backRequested()
        }
        KioskButton {
            objectName: "homeButton"
            tone: KioskButton.Tone.Bar
            text: qsTr("Home")
            enabled: !root.atHome
            onClicked: root.homeRequested()
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: root.title
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.buttonSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        KioskButton {
            objectName: "languageButton"
            tone: KioskButton.Tone.Bar
            text: Preferences.otherLanguageName
            onClicked: Preferences.toggleLanguage()
        }
        KioskButton {
            objectName: "textSizeButton"
            tone: KioskButton.Tone.Bar
            text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
            onClicked: Preferences.cycleTextScale()
        }
        KioskButton {
            objectName: "finishButton"
            tone: KioskButton.Tone.Danger
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }
}
