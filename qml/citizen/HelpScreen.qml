// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// How to use the kiosk, in plain words for someone who has never used one.
KioskScreen {
    id: root

    title: qsTr("Help")

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.cardMaxWidth * 1.4)
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: qsTr("How to use this kiosk")
            }
            // Repeated items sit in a Column, not straight in the layout: Qt 6.4's layouts keep
            // pointers to delegates a model change has destroyed, and crash if resized before they
            // update (a language change, then the kiosk bar appearing).
            Column {
                id: helpPoints
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: [
                        qsTr("Touch a large button to choose. To go back one step, press “Back” at the top of the screen."),
                        qsTr("“Home” takes you to the main menu from anywhere."),
                        qsTr("“Finish” ends your visit and erases everything you did here: pages, logins and documents."),
                        qsTr("If nobody touches the screen for a while, the kiosk asks whether you are still here. Press “I need more time” to carry on."),
                        qsTr("Text too small? Press “Text size” at the top. Each press changes the size: 100 %, 125 %, 150 %."),
                        qsTr("Hard to read? “Contrast” at the top shows white and yellow text on black."),
                        qsTr("“English” or “Українська” at the top switches the language.")
                    ]
                    delegate: BulletText {
                        required property string modelData
                        width: helpPoints.width
                        text: modelData
                    }
                }
            }
            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Need a hand?")
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Ask a librarian at the desk. Help is free.")
            }
        }
    }
}
