// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The services of one topic: name and one line each, the librarian's pinned ones first, a badge
// on those that did not answer their last check. A tap opens the service's page.
KioskScreen {
    id: root

    // "national" or "local", and a category feed id. The defaults show a populated topic.
    property string scope: "national"
    property string category: "documents-id"

    title: topics.labelOf(root.category, Preferences.language)

    Component.onCompleted: Usage.categoryOpened(root.category)

    // Only for the topic's name (a model without a directory lists nothing).
    CategoryShelfModel {
        id: topics
    }

    DirectoryModel {
        id: services
        directory: Directory
        scope: root.scope
        category: root.category
        language: Preferences.language
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        spacing: Theme.spacing

        // Anchors, not a RowLayout: Qt 6.4's RowLayout kept the heading's and the button's
        // sizes from before a language or text-size change, cutting "Search" and the heading.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(listHeading.implicitHeight, searchButton.implicitHeight)

            Heading {
                id: listHeading
                objectName: "listHeading"
                anchors.left: parent.left
                anchors.right: searchButton.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: root.title
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
        BodyText {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: services.count > 0 ? qsTr("Touch a service to see what it does and how to use it.")
                                     : qsTr("There are no services on this topic yet. A librarian at the desk will gladly help you.")
        }

        KioskListView {
            id: list
            objectName: "serviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            model: services
            bottomMargin: Theme.margin
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            delegate: ServiceRow {
                objectName: "service-" + portalId
                width: list.width - Theme.spacing * 1.5
                onClicked: root.openRequested("service", { serviceId: portalId })
            }
        }
    }
}
