import QtQuick
import QtQuick.Layouts
import Mist

// An honest placeholder for a section that is not built yet: it says so, points to a librarian,
// and shows no made-up content.
KioskScreen {
    id: root

    // Which section this stands for (see ScreenCatalog).
    property string topic

    title: {
        switch (root.topic) {
        case "hromada-services": return qsTr("Services of my hromada")
        case "national-services": return qsTr("National e-services")
        case "trainings": return qsTr("Trainings at this library")
        case "learn": return qsTr("Learn e-governance")
        default: return ""
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            Heading {
                objectName: "comingSoonTitle"
                Layout.fillWidth: true
                text: root.title
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("This section is being prepared and will appear in a coming update of the kiosk.")
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Until then, a librarian will gladly help you find the service you need.")
            }
            KioskButton {
                objectName: "comingSoonHomeButton"
                Layout.alignment: Qt.AlignLeft
                text: qsTr("Back to the main menu")
                onClicked: root.openRequested("home")
            }
        }
    }
}
