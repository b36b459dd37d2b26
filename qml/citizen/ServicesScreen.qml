// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The topics of one scope (the hromada's own portals, or the national ones) as large tiles.
// Only topics that hold at least one portal appear; a tap lists that topic's services.
KioskScreen {
    id: root

    // "hromada-services" or "national-services" (see ScreenCatalog).
    property string topic: "national-services"
    readonly property string scope: root.topic === "hromada-services" ? "local" : "national"

    title: root.scope === "local" ? qsTr("Services of my hromada") : qsTr("National e-services")

    CategoryShelfModel {
        id: shelves
        directory: Directory
        scope: root.scope
        language: Preferences.language
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Anchors, not a RowLayout: Qt 6.4's RowLayout kept the heading's and the button's
        // sizes from before a language or text-size change, cutting "Search" and the heading.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(servicesHeading.implicitHeight, searchButton.implicitHeight)

            Heading {
                id: servicesHeading
                objectName: "servicesHeading"
                anchors.left: parent.left
                anchors.right: searchButton.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Choose a topic")
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

        // An honest empty state: the directory has nothing for this scope yet.
        BodyText {
            objectName: "noTopics"
            Layout.fillWidth: true
            visible: shelves.count === 0
            text: qsTr("No services are listed here yet. A librarian at the desk will gladly help you.")
        }

        // Scrolls only when the citizen's text size makes the tiles taller than the screen.
        Flickable {
            id: flick

            // Three columns on a landscape panel, two on a portrait one (the tiles reflow).
            readonly property int columns: width >= height ? 3 : 2
            readonly property int rows: Math.max(1, Math.ceil(shelves.count / columns))
            readonly property real gap: Theme.spacing
            readonly property real cellWidth: (width - scrollBar.width - (columns - 1) * gap) / columns
            // The rows share the height; a row grows when its text needs more (large text), and
            // then the tiles scroll.
            readonly property real cellHeight: Math.max(
                Math.min(Math.floor((height - (rows - 1) * gap) / rows), Theme.tileMinHeight),
                tallestContent)
            // What the tallest tile's icon and words need.
            readonly property real tallestContent: {
                let tallest = 0
                for (let i = 0; i < grid.children.length; ++i) {
                    const tile = grid.children[i] as CategoryTile
                    if (tile)
                        tallest = Math.max(tallest, tile.implicitContentHeight + tile.topPadding
                                           + tile.bottomPadding)
                }
                return tallest
            }

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shelves.count > 0
            contentHeight: grid.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
                implicitWidth: Theme.spacing
                policy: flick.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            Grid {
                id: grid
                columns: flick.columns
                spacing: flick.gap

                Repeater {
                    model: shelves
                    delegate: CategoryTile {
                        required property string categoryId
                        required property string label
                        required property int entryCount
                        objectName: "category-" + categoryId
                        width: flick.cellWidth
                        height: flick.cellHeight
                        title: label
                        subtitle: qsTr("%n service(s)", "", entryCount)
                        iconSource: Qt.resolvedUrl("qrc:/Mist/icons/category-" + categoryId + ".svg")
                        onClicked: root.openRequested("service-list",
                                                      { scope: root.scope, category: categoryId })
                    }
                }
            }
        }
    }
}
