// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The course "Basics of E-Governance": first the choice of track (citizens, or council members
// and hromada staff), then that track's modules with what this visit has done in each. The
// choice and the progress live in CourseProgress and go with the session.
KioskScreen {
    id: root

    readonly property var tracks: Course.tracks(Preferences.language)
    // The chosen track, or the first one until the citizen chooses.
    readonly property string trackId: {
        const chosen = CourseProgress.track
        for (const track of root.tracks) {
            if (track.trackId === chosen)
                return chosen
        }
        return root.tracks.length > 0 ? root.tracks[0].trackId : ""
    }
    readonly property var track: root.tracks.find(t => t.trackId === root.trackId) ?? ({})

    title: qsTr("Course: Basics of E-Governance")

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        contentHeight: column.implicitHeight + Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        visible: Course.available
        ScrollBar.vertical: ScrollBar {
            implicitWidth: Theme.spacing
            policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: column
            width: flick.width - Theme.spacing * 1.5
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: qsTr("Who is this course for?")
            }
            Flow {
                id: trackRow
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    model: root.tracks
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "track-" + modelData.trackId
                        // A long title at large text wraps inside the row, not past it.
                        width: Math.min(implicitWidth, trackRow.width)
                        tone: modelData.trackId === root.trackId ? KioskButton.Tone.Primary
                                                                 : KioskButton.Tone.Plain
                        text: modelData.title
                        Accessible.checkable: true
                        Accessible.checked: modelData.trackId === root.trackId
                        onClicked: CourseProgress.track = modelData.trackId
                    }
                }
                // Trainer's mode inside a visit too, where [learning] trainer_mode allows it (a library
                // without a librarian PIN); librarian mode always offers it.
                KioskButton {
                    objectName: "trainerEntry"
                    width: Math.min(implicitWidth, trackRow.width)
                    visible: Course.trainerMode
                    tone: KioskButton.Tone.Accent
                    text: qsTr("For trainers: show a module to a group")
                    onClicked: root.openRequested("trainer-start", { moduleId: (root.track.modules ?? [])[0]?.moduleId ?? "" })
                }
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.textMuted
                text: root.track.summary ?? ""
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                text: qsTr("Your progress is forgotten when you press “Finish” or walk away: nothing about you is kept.")
            }
            Grid {
                id: moduleGrid
                objectName: "moduleGrid"
                Layout.fillWidth: true
                columns: column.width > Theme.cardMaxWidth ? 2 : 1
                spacing: Theme.spacing

                Repeater {
                    model: root.track.modules ?? []
                    delegate: ChoiceCard {
                        required property var modelData
                        readonly property int seen: {
                            CourseProgress.revision // re-read when progress changes
                            return CourseProgress.lessonsSeen(modelData.moduleId)
                        }
                        readonly property bool finished: {
                            CourseProgress.revision
                            return CourseProgress.isModuleFinished(modelData.moduleId)
                        }
                        objectName: "module-" + modelData.moduleId
                        width: (moduleGrid.width - (moduleGrid.columns - 1) * moduleGrid.spacing) / moduleGrid.columns
                        title: modelData.title
                        subtitle: modelData.summary
                        note: finished ? qsTr("Finished. You can go through it again.")
                                       : seen > 0 ? qsTr("Lessons read: %1 of %2").arg(seen).arg(modelData.lessonCount)
                                                  : qsTr("%n lesson(s)", "", modelData.lessonCount)
                                                    + " · " + qsTr("%n question(s) at the end", "", modelData.questionCount)
                        onClicked: root.openRequested("course-lesson", { moduleId: modelData.moduleId })
                    }
                }
            }

        }
    }

    BodyText {
        objectName: "noCourse"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !Course.available
        text: qsTr("The course is not available on this kiosk. A librarian will gladly help you.")
    }
}
