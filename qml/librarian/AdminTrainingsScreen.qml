// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// Trainings: the library's calendar (address or file; read-only when the regional
// administrator fixed it) with "Test", and recording a training that was held with how many
// people came: the figures of the monthly report.
KioskScreen {
    id: root

    title: qsTr("Trainings")
    property bool saved: false
    // The chosen training: an occurrence key, "unlisted" for one not in the calendar, or "".
    property string chosen: ""
    property int participants: 0
    readonly property bool participantsValid: root.participants >= admin.minParticipants
        && root.participants <= admin.maxParticipants

    function typeDigit(digit: int) {
        root.participants = Math.min(999, root.participants * 10 + digit)
    }

    function saveRecord() {
        const done = root.chosen === "unlisted" ? admin.recordUnlisted(root.participants)
            : admin.record(root.chosen, root.participants)
        if (done) {
            root.chosen = ""
            root.participants = 0
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    SettingsForm {
        id: form
        store: Settings
    }

    TrainingsAdmin {
        id: admin
        schedule: Schedule
        usage: Usage
        dataDir: Settings.dataDir
        language: Preferences.language
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        onBackRequested: root.openRequested("admin-home", {})
    }

    Flickable {
        id: flick
        objectName: "flick"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            Heading {
                width: column.width
                text: qsTr("The library's calendar")
            }
            AdminField {
                id: source
                width: column.width
                form: form
                key: "schedule/source"
                label: qsTr("Calendar: https:// address or .ics file")
            }
            Flow {
                width: column.width
                spacing: Theme.spacing / 2
                KioskButton {
                    objectName: "testButton"
                    width: Math.min(implicitWidth, column.width)
                    enabled: !admin.testing
                    text: qsTr("Test")
                    onClicked: admin.test(source.text)
                }
                KioskButton {
                    objectName: "saveButton"
                    width: Math.min(implicitWidth, column.width)
                    visible: !source.fixed
                    tone: KioskButton.Tone.Accent
                    text: qsTr("Save")
                    onClicked: root.saved = form.save({ "schedule/source": source.text })
                }
            }
            BodyText {
                objectName: "saveResult"
                width: column.width
                visible: text !== ""
                text: root.saved ? qsTr("Saved. The schedule uses this calendar from now on.")
                    : form.generalProblem
                color: root.saved ? Theme.text : Theme.danger
            }
            Item {
                width: column.width
                height: visible ? busy.height : 0
                visible: admin.testing
                BusyIndicator {
                    id: busy
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    running: admin.testing && root.visible && !Theme.reducedMotion
                }
                BodyText {
                    anchors.left: busy.right
                    anchors.leftMargin: Theme.spacing / 2
                    anchors.right: parent.right
                    anchors.verticalCenter: busy.verticalCenter
                    text: qsTr("Reading the calendar…")
                }
            }
            BodyText {
                objectName: "testMessage"
                width: column.width
                visible: text !== "" && !admin.testing
                font.weight: Font.DemiBold
                text: admin.testMessage
                color: admin.testOk ? Theme.text : Theme.danger
            }
            Repeater {
                model: admin.testTrainings
                delegate: BodyText {
                    required property var modelData
                    objectName: "testTraining"
                    width: column.width
                    leftPadding: Theme.spacing
                    text: modelData.when + " — " + modelData.title
                }
            }

            Heading {
                width: column.width
                topPadding: Theme.spacing / 2
                text: qsTr("Record a training that was held")
            }
            BodyText {
                width: column.width
                text: admin.recent.length > 0
                    ? qsTr("Which training? The calendar's trainings of the last two weeks and today:")
                    : qsTr("The calendar has no trainings in the last two weeks.")
            }
            Repeater {
                model: admin.recent
                delegate: KioskButton {
                    required property var modelData
                    required property int index
                    objectName: "occurrence-" + index
                    width: column.width
                    tone: root.chosen === modelData.key ? KioskButton.Tone.Accent : KioskButton.Tone.Plain
                    text: modelData.when + "\n" + modelData.title
                    onClicked: root.chosen = modelData.key
                }
            }
            KioskButton {
                objectName: "unlistedChoice"
                width: column.width
                tone: root.chosen === "unlisted" ? KioskButton.Tone.Accent : KioskButton.Tone.Plain
                text: qsTr("A training not in the calendar (held today)")
                onClicked: root.chosen = "unlisted"
            }

            BodyText {
                width: column.width
                text: qsTr("How many people took part?")
            }
            Row {
                spacing: Theme.spacing / 2
                KioskButton {
                    objectName: "participantsMinus"
                    text: "−"
                    enabled: root.participants > admin.minParticipants
                    onClicked: root.participants = Math.min(admin.maxParticipants, root.participants - 1)
                }
                Rectangle {
                    width: Theme.touchTarget * 2
                    height: Theme.touchTarget
                    color: Theme.surface
                    border.color: root.participantsValid || root.participants === 0 ? Theme.border : Theme.danger
                    border.width: Theme.borderWidth
                    radius: Theme.radius / 2
                    Text {
                        objectName: "participantsValue"
                        anchors.centerIn: parent
                        textFormat: Text.PlainText
                        text: String(root.participants)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.Bold
                    }
                }
                KioskButton {
                    objectName: "participantsPlus"
                    text: "+"
                    enabled: root.participants < admin.maxParticipants
                    onClicked: root.participants = Math.max(admin.minParticipants, root.participants + 1)
                }
            }
            Grid {
                columns: 3
                spacing: Theme.spacing / 3
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
                    delegate: KioskButton {
                        required property string modelData
                        objectName: "participantsKey-" + (modelData === "⌫" ? "back" : modelData)
                        width: Math.max(Theme.touchTarget * 1.5, implicitWidth)
                        leftPadding: Theme.spacing / 2
                        rightPadding: Theme.spacing / 2
                        tone: KioskButton.Tone.Plain
                        text: modelData
                        Accessible.name: modelData === "⌫" ? qsTr("Delete the last digit")
                            : modelData === "C" ? qsTr("Clear") : modelData
                        onClicked: {
                            if (modelData === "C")
                                root.participants = 0
                            else if (modelData === "⌫")
                                root.participants = Math.floor(root.participants / 10)
                            else
                                root.typeDigit(Number(modelData))
                        }
                    }
                }
            }
            BodyText {
                objectName: "participantsProblem"
                width: column.width
                visible: root.participants > 0 && !root.participantsValid
                color: Theme.danger
                text: qsTr("Enter between %1 and %2 participants.").arg(admin.minParticipants).arg(admin.maxParticipants)
            }
            KioskButton {
                objectName: "recordButton"
                width: Math.min(implicitWidth, column.width)
                tone: KioskButton.Tone.Accent
                enabled: root.chosen !== "" && root.participantsValid
                text: qsTr("Save the record")
                onClicked: root.saveRecord()
            }
            BodyText {
                objectName: "recordMessage"
                width: column.width
                visible: text !== ""
                text: admin.recordMessage
                color: admin.recordOk ? Theme.text : Theme.danger
            }

            Heading {
                width: column.width
                topPadding: Theme.spacing / 2
                text: qsTr("Recorded this month")
            }
            BodyText {
                objectName: "monthSummary"
                width: column.width
                text: admin.monthCount === 0 ? qsTr("No trainings recorded yet this month.")
                    : qsTr("%n training(s)", "", admin.monthCount) + ", "
                      + qsTr("%n participant(s)", "", admin.monthParticipants)
            }
            Repeater {
                model: admin.monthRecords
                delegate: BodyText {
                    required property var modelData
                    objectName: "monthRecord"
                    width: column.width
                    leftPadding: Theme.spacing
                    text: modelData.when + " — " + modelData.title + ": "
                        + qsTr("%n participant(s)", "", modelData.participants)
                }
            }
        }
    }

    KioskKeyboard {
        id: keyboard
        objectName: "keyboard"
        language: Preferences.language
        visible: active
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Math.max(0, (parent.width - Theme.cardMaxWidth * 1.45) / 2)
        anchors.rightMargin: anchors.leftMargin
    }
}
