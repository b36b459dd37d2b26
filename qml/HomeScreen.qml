import QtQuick
import QtQuick.Layouts
import Mist

// The main menu: one large tile per thing a citizen can do here.
KioskScreen {
    id: root

    title: qsTr("Main menu")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Heading {
            Layout.fillWidth: true
            text: qsTr("What would you like to do?")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Tile {
                objectName: "tile-hromada-services"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Services of my hromada")
                subtitle: qsTr("City council, CNAP and local services")
                iconSource: "icons/hromada.svg"
                onClicked: root.openRequested("hromada-services")
            }
            Tile {
                objectName: "tile-national-services"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("National e-services")
                subtitle: qsTr("Diia, pension, taxes, land and more")
                iconSource: "icons/national.svg"
                onClicked: root.openRequested("national-services")
            }
            Tile {
                objectName: "tile-trainings"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Trainings at this library")
                subtitle: qsTr("Free classes: when and where")
                iconSource: "icons/trainings.svg"
                onClicked: root.openRequested("trainings")
            }
            Tile {
                objectName: "tile-learn"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Learn e-governance")
                subtitle: qsTr("Step-by-step guides and the course")
                iconSource: "icons/learn.svg"
                onClicked: root.openRequested("learn")
            }
            Tile {
                objectName: "tile-help"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Help")
                subtitle: qsTr("How to use this kiosk")
                iconSource: "icons/help.svg"
                onClicked: root.openRequested("help")
            }
            PrivacyNote {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
            }
        }
    }
}
