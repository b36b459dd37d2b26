pragma ComponentBehavior: Bound

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

        // Scrolls only when the citizen's text size makes the tiles taller than the screen.
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: Math.max(height, grid.implicitHeight)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height

            GridLayout {
                id: grid
                width: flick.width
                height: flick.contentHeight
                columns: 3
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                Repeater {
                    model: [
                        { screen: "hromada-services", icon: "icons/hromada.svg",
                          title: qsTr("Services of my hromada"),
                          subtitle: qsTr("City council, CNAP and local services") },
                        { screen: "national-services", icon: "icons/national.svg",
                          title: qsTr("National e-services"),
                          subtitle: qsTr("Diia, pension, taxes, land and more") },
                        { screen: "trainings", icon: "icons/trainings.svg",
                          title: qsTr("Trainings at this library"),
                          subtitle: qsTr("Free classes: when and where") },
                        { screen: "learn", icon: "icons/learn.svg",
                          title: qsTr("Learn e-governance"),
                          subtitle: qsTr("Step-by-step guides and the course") },
                        { screen: "help", icon: "icons/help.svg",
                          title: qsTr("Help"),
                          subtitle: qsTr("How to use this kiosk") }
                    ]
                    delegate: Tile {
                        required property var modelData
                        objectName: "tile-" + modelData.screen
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: implicitHeight
                        Layout.preferredWidth: 1
                        title: modelData.title
                        subtitle: modelData.subtitle
                        iconSource: Qt.resolvedUrl(modelData.icon)
                        onClicked: root.openRequested(modelData.screen)
                    }
                }
                PrivacyNote {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: implicitHeight
                    Layout.preferredWidth: 1
                }
            }
        }
    }
}
