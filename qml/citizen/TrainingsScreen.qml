// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// The library's trainings of the next 30 days, under a heading per day. A tap on one opens its
// details with a QR code for the citizen's phone calendar. The list comes from the Schedule
// model (ScheduleModel), which changes row by row when the calendar is synced.
KioskScreen {
    id: root

    // Moves on every minute while the screen is shown, for "updated X ago".
    property date now: new Date()

    readonly property string updatedText: {
        if (Schedule.isSample || isNaN(Schedule.lastUpdated.getTime()))
            return ""
        const minutes = Math.max(0, Math.floor((root.now.getTime() - Schedule.lastUpdated.getTime()) / 60000))
        if (minutes < 1)
            return qsTr("Updated just now")
        if (minutes < 60)
            return qsTr("Updated %n minute(s) ago", "", minutes)
        const hours = Math.floor(minutes / 60)
        if (hours < 48)
            return qsTr("Updated %n hour(s) ago", "", hours)
        return qsTr("Updated %n day(s) ago", "", Math.floor(hours / 24))
    }

    title: qsTr("Trainings at this library")

    Timer {
        interval: 60000
        repeat: true
        running: root.visible
        onTriggered: root.now = new Date()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                text: qsTr("Free trainings in the next %n day(s)", "", Schedule.days)
            }
            Text {
                textFormat: Text.PlainText
                objectName: "updatedText"
                Layout.alignment: Qt.AlignVCenter
                visible: text.length > 0
                text: root.updatedText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }

        // The bundled sample says so plainly: nobody should come to a training that is an example.
        Rectangle {
            objectName: "sampleNotice"
            Layout.fillWidth: true
            visible: Schedule.isSample
            implicitHeight: sampleText.implicitHeight + Theme.spacing * 2
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth * 2
            border.color: Theme.accent

            BodyText {
                id: sampleText
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: qsTr("This is an example of a schedule, not real trainings: the library has not connected its calendar yet. Ask a librarian when the next training is.")
            }
        }

        KioskListView {
            id: list
            objectName: "trainingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Schedule.count > 0
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            model: Schedule
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            // Grouped by day: the first training of each day carries the day's heading. (A
            // section.delegate with a required "section" property cannot be created on Qt 6.4.)
            section.property: "day"
            section.criteria: ViewSection.FullString

            delegate: Column {
                id: entry
                required property string key
                required property string day
                required property string topic
                required property string time
                required property string lastDay
                required property string place
                required property string trainer
                required property int seatsFree
                readonly property bool firstOfDay: ListView.section !== ListView.previousSection

                width: list.width - Theme.spacing * 1.5
                spacing: Theme.spacing / 2

                DayTitle {
                    objectName: "dayTitle"
                    width: entry.width
                    topPadding: Theme.spacing / 2
                    visible: entry.firstOfDay
                    day: entry.day
                }
                TrainingCard {
                    width: entry.width
                    key: entry.key
                    day: entry.day
                    topic: entry.topic
                    time: entry.time
                    lastDay: entry.lastDay
                    place: entry.place
                    trainer: entry.trainer
                    seatsFree: entry.seatsFree
                    onClicked: root.openRequested("training-detail", { trainingKey: entry.key })
                }
            }
        }

        // Honest empty state: no invented trainings.
        Rectangle {
            objectName: "emptyState"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            visible: Schedule.count === 0
            implicitHeight: emptyColumn.implicitHeight + Theme.margin * 2
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: emptyColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing

                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("No trainings are planned for the next %n day(s).", "", Schedule.days)
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Ask a librarian at the desk: they can tell you about the next training or help you on the spot.")
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: Schedule.count === 0
        }
    }
}
