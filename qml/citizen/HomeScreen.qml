// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
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

        // Anchors, not a RowLayout: Qt 6.4's RowLayout kept the heading's and the button's
        // sizes from before a language or text-size change, cutting "Search" and the heading.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(homeHeading.implicitHeight, searchButton.implicitHeight)

            Heading {
                id: homeHeading
                anchors.left: parent.left
                anchors.right: searchButton.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("What would you like to do?")
            }
            KioskButton {
                id: searchButton
                objectName: "searchButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                tone: KioskButton.Tone.Plain
                text: qsTr("Search")
                onClicked: root.openRequested("search", {})
            }
        }

        // Scrolls only when the citizen's text size makes the tiles taller than the screen.
        Flickable {
            id: flick

            // Three columns on a landscape panel, two on a portrait one (the tiles reflow).
            readonly property int columns: width >= height ? 3 : 2
            readonly property int rows: Math.ceil((tiles.count + 1) / columns) // the tiles and the note
            readonly property real cellWidth: (width - (columns - 1) * Theme.spacing) / columns
            // The rows share the height; a row grows when its text needs more (large text).
            readonly property real cellHeight: Math.max((height - (rows - 1) * Theme.spacing) / rows,
                                                        Theme.tileMinHeight, tallestCell)
            readonly property real tallestCell: {
                let tallest = 0
                for (let i = 0; i < grid.children.length; ++i)
                    tallest = Math.max(tallest, grid.children[i].implicitHeight)
                return tallest
            }

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height

            Grid {
                id: grid
                columns: flick.columns
                spacing: Theme.spacing

                Repeater {
                    id: tiles
                    model: [
                        { screen: "hromada-services", icon: "qrc:/Mist/icons/hromada.svg",
                          title: qsTr("Services of my hromada"),
                          subtitle: qsTr("City council, CNAP and local services") },
                        { screen: "national-services", icon: "qrc:/Mist/icons/national.svg",
                          title: qsTr("National e-services"),
                          subtitle: qsTr("Diia, pension, taxes, land and more") },
                        { screen: "trainings", icon: "qrc:/Mist/icons/trainings.svg",
                          title: qsTr("Trainings at this library"),
                          subtitle: qsTr("Free classes: when and where") },
                        { screen: "learn", icon: "qrc:/Mist/icons/learn.svg",
                          title: qsTr("Learn e-governance"),
                          subtitle: qsTr("Step-by-step guides and the course") },
                        { screen: "help", icon: "qrc:/Mist/icons/help.svg",
                          title: qsTr("Help"),
                          subtitle: qsTr("How to use this kiosk") }
                    ]
                    delegate: Tile {
                        required property var modelData
                        objectName: "tile-" + modelData.screen
                        width: flick.cellWidth
                        height: flick.cellHeight
                        title: modelData.title
                        subtitle: modelData.subtitle
                        iconSource: Qt.resolvedUrl(modelData.icon)
                        onClicked: root.openRequested(modelData.screen, {})
                    }
                }
                PrivacyNote {
                    width: flick.cellWidth
                    height: flick.cellHeight
                }
            }
        }
    }
}
