// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// "Learn e-governance": the course "Basics of E-Governance" (Course), step-by-step guides (Guides: bundled plus the librarian's) and the
// course materials, PDF files from the librarian's folder (Materials). Both are content a
// librarian can add without a new kiosk version; see services/learning/README.md.
KioskScreen {
    id: root

    readonly property var guides: Guides.list(Preferences.language)
    // Read when the screen opens: a file the librarian copies in shows at the next visit.
    readonly property var materials: Materials.scan()

    title: qsTr("Learn e-governance")

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        contentHeight: column.implicitHeight + Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: column
            width: flick.width - Theme.spacing * 1.5
            spacing: Theme.spacing

            // The course "Basics of E-Governance" (CourseModulesScreen), when this kiosk has it.
            Heading {
                Layout.fillWidth: true
                visible: Course.available
                text: qsTr("The course")
            }
            ChoiceCard {
                objectName: "courseEntry"
                Layout.fillWidth: true
                visible: Course.available
                title: qsTr("Basics of E-Governance")
                subtitle: qsTr("Short lessons with pictures and a few questions at the end of each module: your digital signature, Diia, pensions and taxes, your hromada, staying safe online. There is also a track for council members and hromada staff.")
                note: qsTr("%n module(s)", "", Course.moduleCount)
                onClicked: root.openRequested("course-modules", {})
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Course.available ? Theme.spacing : 0
                text: qsTr("Step-by-step guides")
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.textMuted
                text: qsTr("Short guides with pictures. One step at a time, at your own pace.")
            }
            Grid {
                id: guideGrid
                objectName: "guideGrid"
                Layout.fillWidth: true
                columns: column.width > Theme.cardMaxWidth ? 2 : 1
                spacing: Theme.spacing

                Repeater {
                    model: root.guides
                    delegate: ChoiceCard {
                        required property var modelData
                        width: (guideGrid.width - (guideGrid.columns - 1) * guideGrid.spacing) / guideGrid.columns
                        title: modelData.title
                        subtitle: modelData.summary
                        note: qsTr("%n step(s)", "", modelData.stepCount)
                        onClicked: root.openRequested("guide", { guideId: modelData.guideId })
                    }
                }
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Course materials")
            }
            BodyText {
                objectName: "noMaterials"
                Layout.fillWidth: true
                visible: root.materials.length === 0
                text: qsTr("No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.")
            }
            // In a Column, not straight in the layout (see AttractScreen.qml).
            Column {
                id: materialList
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: root.materials
                    delegate: ChoiceCard {
                        required property var modelData
                        width: materialList.width
                        title: modelData.title
                        subtitle: ""
                        note: qsTr("Document (PDF)")
                        onClicked: root.openRequested("course-material", {
                            source: modelData.url,
                            fileName: modelData.fileName,
                            materialTitle: modelData.title
                        })
                    }
                }
            }
        }
    }
}
