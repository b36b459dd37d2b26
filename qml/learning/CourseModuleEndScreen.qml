// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The end of a module: what the citizen learned, how the self-check went (this visit only), and
// what to try next: a guide, a service, the next training at this library, the next module.
// Opened with { moduleId }; alone it shows the course's first module.
KioskScreen {
    id: root

    property string moduleId

    readonly property var tracks: Course.tracks(Preferences.language)
    readonly property string shownModuleId: {
        if (root.moduleId.length > 0)
            return root.moduleId
        return root.tracks.length > 0 && root.tracks[0].modules.length > 0 ? root.tracks[0].modules[0].moduleId : ""
    }
    readonly property var module: Course.module(root.shownModuleId, Preferences.language)
    readonly property bool found: (root.module.moduleId ?? "").length > 0
    // The module after this one in its track, or {}.
    readonly property var nextModule: {
        const track = root.tracks.find(t => t.trackId === root.module.trackId)
        if (!track)
            return {}
        const i = track.modules.findIndex(m => m.moduleId === root.shownModuleId)
        return i >= 0 && i + 1 < track.modules.length ? track.modules[i + 1] : {}
    }
    readonly property int answered: {
        CourseProgress.revision
        return CourseProgress.answeredCount(root.shownModuleId)
    }
    readonly property int correct: {
        CourseProgress.revision
        return CourseProgress.correctCount(root.shownModuleId)
    }

    title: root.module.title ?? qsTr("Course")

    Component.onCompleted: {
        if (!root.found || CourseProgress.isModuleFinished(root.shownModuleId))
            return
        CourseProgress.moduleFinished(root.shownModuleId)
        Usage.moduleFinished(root.shownModuleId)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        contentHeight: column.implicitHeight + Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        visible: root.found
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: column
            width: Math.min(flick.width - Theme.spacing * 1.5, Theme.cardMaxWidth)
            spacing: Theme.spacing

            Heading {
                objectName: "moduleDone"
                Layout.fillWidth: true
                font.pixelSize: Theme.headlineSize
                text: qsTr("Well done! You finished this module.")
            }
            BodyText {
                objectName: "score"
                Layout.fillWidth: true
                visible: root.answered > 0
                font.weight: Font.DemiBold
                text: qsTr("Self-check: %1 of %2 answered right the first time.").arg(root.correct).arg(root.answered)
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("What you learned")
            }
            // Repeated items in a Column, not in the layout (see LessonBlocks.qml).
            Column {
                id: learnedColumn
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: root.module.learned ?? []
                    delegate: BulletText {
                        required property string modelData
                        width: learnedColumn.width
                        text: modelData
                    }
                }
            }

            Heading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("What to try next")
            }
            // Repeated items in a Column, not in the layout (see LessonBlocks.qml).
            Column {
                id: nextColumn
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: root.module.nextGuides ?? []
                    delegate: KioskButton {
                        id: guideLink
                        required property string modelData
                        readonly property var guide: Guides.guide(modelData, Preferences.language)
                        objectName: "next-guide-" + modelData
                        width: nextColumn.width
                        visible: (guide.title ?? "").length > 0
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Step-by-step guide: %1").arg(guide.title ?? "")
                        onClicked: root.openRequested("guide", { guideId: guideLink.modelData })
                    }
                }
                Repeater {
                    model: root.module.nextServices ?? []
                    delegate: KioskButton {
                        id: serviceLink
                        required property string modelData
                        objectName: "next-service-" + modelData
                        width: nextColumn.width
                        visible: details.found
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Try the service: %1").arg(details.name)
                        onClicked: root.openRequested("service", { serviceId: serviceLink.modelData })

                        ServiceDetails {
                            id: details
                            directory: Directory
                            serviceId: serviceLink.modelData
                            language: Preferences.language
                        }
                    }
                }
            }
            KioskButton {
                objectName: "nextTrainings"
                Layout.fillWidth: true
                tone: KioskButton.Tone.Plain
                text: qsTr("Trainings at this library: learn with a trainer")
                onClicked: root.openRequested("trainings", {})
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing

                KioskButton {
                    objectName: "allModules"
                    tone: KioskButton.Tone.Plain
                    text: qsTr("All modules")
                    onClicked: root.openRequested("course-modules", {})
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    objectName: "nextModule"
                    visible: (root.nextModule.moduleId ?? "").length > 0
                    tone: KioskButton.Tone.Accent
                    text: qsTr("Next module: %1").arg(root.nextModule.title ?? "")
                    Layout.maximumWidth: column.width * 0.6
                    onClicked: root.openRequested("course-lesson", { moduleId: root.nextModule.moduleId })
                }
            }
        }
    }

    BodyText {
        objectName: "noModule"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.found
        text: qsTr("This module is not available. A librarian will gladly help you.")
    }
}
