// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// Before a trainer shows a module to a group: choose the module, and record the training held
// today (module and number of participants) in the anonymous usage log, so the monthly report
// counts trainings and people trained. Recording is offered, never required. Opened with
// { moduleId }; alone, the course's first module is chosen.
KioskScreen {
    id: root

    property string moduleId
    property int participants: 10
    readonly property int maxParticipants: 200

    readonly property var tracks: Course.tracks(Preferences.language)
    readonly property string chosenModuleId: {
        if (root.moduleId.length > 0)
            return root.moduleId
        return root.tracks.length > 0 && root.tracks[0].modules.length > 0 ? root.tracks[0].modules[0].moduleId : ""
    }
    readonly property var module: Course.module(root.chosenModuleId, Preferences.language)
    readonly property string today: new Date().toLocaleDateString(Qt.locale(Preferences.language === "uk" ? "uk_UA" : "en_GB"), Locale.LongFormat)
    readonly property bool portrait: root.height > root.width

    title: qsTr("Trainer's mode")

    function start(record: bool) {
        if (record)
            Usage.trainingRecorded(root.chosenModuleId, root.participants)
        root.openRequested("trainer-lesson", { moduleId: root.chosenModuleId })
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.spacing
        columns: root.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        // The modules of every track, the chosen one framed.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.portrait ? grid.width : (grid.width - grid.columnSpacing) * 0.55
            spacing: Theme.spacing / 2

            Heading {
                Layout.fillWidth: true
                text: qsTr("Which module will you show?")
            }
            KioskListView {
                id: moduleList
                objectName: "trainerModules"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing / 2
                boundsBehavior: Flickable.StopAtBounds
                model: {
                    const rows = []
                    for (const track of root.tracks) {
                        for (const m of track.modules)
                            rows.push({ moduleId: m.moduleId, title: m.title, trackTitle: track.title })
                    }
                    return rows
                }
                ScrollBar.vertical: ScrollBar {
                    implicitWidth: Theme.spacing
                    policy: moduleList.contentHeight > moduleList.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }
                delegate: AnswerOption {
                    required property var modelData
                    objectName: "pick-" + modelData.moduleId
                    width: moduleList.width - Theme.spacing * 1.5
                    text: modelData.title
                    selected: modelData.moduleId === root.chosenModuleId
                    onClicked: root.moduleId = modelData.moduleId
                }
            }
        }

        // The offer to record the training. It takes its own height, or what the screen has
        // left and scrolls (large text on a low screen), so no button is ever off the screen.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumHeight: implicitHeight
            Layout.preferredWidth: root.portrait ? grid.width : (grid.width - grid.columnSpacing) * 0.45
            Layout.alignment: Qt.AlignTop
            implicitHeight: offer.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            Flickable {
                id: offerFlick
                objectName: "trainingOffer"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                contentHeight: offer.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    implicitWidth: Theme.spacing
                    policy: offerFlick.contentHeight > offerFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }

                ColumnLayout {
                    id: offer
                    // Room for the scroll bar, always: a width that followed it would change
                    // the height that decides whether it shows.
                    width: offerFlick.width - Theme.spacing * 1.5
                    spacing: Theme.spacing

                    Heading {
                        Layout.fillWidth: true
                        text: qsTr("Record this training?")
                    }
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        text: qsTr("The monthly report counts trainings held and people trained. Only the date, the module and the number of participants are recorded: no names.")
                    }
                    BodyText {
                        objectName: "trainingSummary"
                        Layout.fillWidth: true
                        font.weight: Font.DemiBold
                        text: qsTr("%1: %2").arg(root.today).arg(root.module.title ?? "")
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: qsTr("Participants")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        KioskButton {
                            objectName: "fewerParticipants"
                            tone: KioskButton.Tone.Plain
                            Layout.preferredWidth: Theme.touchTarget * 1.5
                            text: "−"
                            Accessible.name: qsTr("One participant fewer")
                            enabled: root.participants > 1
                            autoRepeat: true
                            onClicked: root.participants = root.participants - 1
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "participantCount"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: root.participants
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.weight: Font.Bold
                        }
                        KioskButton {
                            objectName: "moreParticipants"
                            tone: KioskButton.Tone.Plain
                            Layout.preferredWidth: Theme.touchTarget * 1.5
                            text: "+"
                            Accessible.name: qsTr("One participant more")
                            enabled: root.participants < root.maxParticipants
                            autoRepeat: true
                            onClicked: root.participants = root.participants + 1
                        }
                    }
                    KioskButton {
                        objectName: "recordAndStart"
                        Layout.fillWidth: true
                        tone: KioskButton.Tone.Accent
                        text: qsTr("Record and start")
                        onClicked: root.start(true)
                    }
                    KioskButton {
                        objectName: "startWithoutRecording"
                        Layout.fillWidth: true
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Start without recording")
                        onClicked: root.start(false)
                    }
                    KioskButton {
                        // From librarian mode there is no kiosk bar: the way back is here.
                        objectName: "trainerBackToLibrarian"
                        visible: Librarian.active
                        Layout.fillWidth: true
                        tone: KioskButton.Tone.Plain
                        text: qsTr("Back to librarian mode")
                        onClicked: root.openRequested("admin-home", {})
                    }
                }
            }
        }
    }
}
