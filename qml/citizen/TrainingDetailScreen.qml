// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One training: everything the calendar says about it, and a QR code that puts it into the
// citizen's phone calendar (a VEVENT, see VEventWriter). It keeps what it shows when opened,
// even if a sync changes the list meanwhile.
KioskScreen {
    id: root

    // The training's key in the Schedule model; empty shows the first upcoming training.
    property string trainingKey

    // A copy of the row ({} when there is none) and its calendar entry, taken when opened.
    property var training: ({})
    property string calendarEntry
    readonly property bool found: root.calendarEntry.length > 0

    title: qsTr("Training")

    Component.onCompleted: {
        const row = root.trainingKey.length > 0 ? Schedule.rowOf(root.trainingKey) : 0
        root.training = Schedule.get(row)
        root.calendarEntry = Schedule.calendarEntry(row)
        if (root.found) {
            Usage.trainingViewed(root.training.key)
            Usage.qrShown(root.training.key)
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin
        visible: root.found

        // The facts and the whole description, scrolling when the text is long or large: a
        // Column, not a ColumnLayout, whose wrapped heights Qt 6.4 kept from an earlier size.
        Flickable {
            id: detailFlick
            objectName: "detailText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: detailColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: detailFlick.contentHeight > detailFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            Column {
                id: detailColumn
                // Room for the scroll bar, always (a width that followed it would change the
                // height that decides whether it shows).
                width: detailFlick.width - Theme.spacing * 1.5
                spacing: Theme.spacing

                Heading {
                    objectName: "detailTopic"
                    width: parent.width
                    text: root.training.topic ?? ""
                }
                DayTitle {
                    objectName: "detailDay"
                    width: parent.width
                    day: root.training.day ?? ""
                    font.pixelSize: Theme.bodySize
                }
                TrainingFacts {
                    width: parent.width
                    time: root.training.time ?? ""
                    day: root.training.day ?? ""
                    lastDay: root.training.lastDay ?? ""
                    place: root.training.place ?? ""
                    trainer: root.training.trainer ?? ""
                    seatsFree: root.training.seatsFree ?? -1
                }
                BodyText {
                    objectName: "detailDescription"
                    width: parent.width
                    visible: text.length > 0
                    text: root.training.description ?? ""
                    color: Theme.textMuted
                }
                BodyText {
                    width: parent.width
                    visible: root.training.isSample ?? false
                    text: qsTr("This is an example from the sample schedule, not a real training.")
                    font.weight: Font.DemiBold
                }
            }
        }

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: qrColumn.implicitWidth + Theme.spacing * 2
            implicitHeight: qrColumn.implicitHeight + Theme.spacing * 2
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: qrColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                QrCodeImage {
                    objectName: "calendarQr"
                    Layout.alignment: Qt.AlignHCenter
                    text: root.calendarEntry
                    Accessible.name: qsTr("QR code that adds this training to your phone calendar")
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: Theme.qrSize
                    text: qsTr("Point your phone’s camera at the code to add this training to your calendar.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }

    // The training is gone (or there is none): say so; "Back" in the kiosk bar leads out.
    BodyText {
        objectName: "trainingGone"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.found
        text: qsTr("This training is not on the schedule any more. A librarian can tell you about the next one.")
    }
}
