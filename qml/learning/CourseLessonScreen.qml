// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One lesson of the course: its drawing, its text block by block, the services it talks about
// (their page in Mist, with "Open here" and the QR code), guides, and a "continue on your phone"
// QR code when the course is published online. Back / Next go through the module's lessons; after
// the last one comes the module's self-check. Opened with { moduleId, lessonId }; without a
// lessonId it shows the module's first lesson, alone the first lesson of the course.
KioskScreen {
    id: root

    property string moduleId
    property string lessonId

    readonly property string shownModuleId: {
        if (root.moduleId.length > 0)
            return root.moduleId
        const tracks = Course.tracks(Preferences.language)
        return tracks.length > 0 && tracks[0].modules.length > 0 ? tracks[0].modules[0].moduleId : ""
    }
    readonly property var module: Course.module(root.shownModuleId, Preferences.language)
    readonly property string shownLessonId: root.lessonId.length > 0
        ? root.lessonId : ((root.module.lessons ?? [])[0]?.lessonId ?? "")
    readonly property var lesson: Course.lesson(root.shownModuleId, root.shownLessonId, Preferences.language)
    readonly property bool found: (root.lesson.lessonId ?? "").length > 0
    readonly property bool isLast: root.found && (root.lesson.nextLessonId ?? "").length === 0
    readonly property string illustration: Course.illustration(root.shownModuleId, root.shownLessonId, {
        ink: String(Theme.text),
        paper: String(Theme.surface),
        accent: String(Theme.primary),
        highlight: String(Theme.accent),
        tint: String(Theme.background)
    })
    readonly property string phoneUrl: Course.publicLessonUrl(root.shownModuleId, root.shownLessonId)
    readonly property bool portrait: root.height > root.width

    title: root.module.title ?? qsTr("Course")

    // Each lesson shown counts once per opening, in the session's progress and the usage log.
    onShownLessonIdChanged: root.noteOpened()
    Component.onCompleted: root.noteOpened()
    // The lesson on paper (PrintHandoutButton), with its online version's QR code where the
    // course has one.
    function handout(): var {
        return {
            title: root.lesson.title ?? "",
            subtitle: root.module.title ?? "",
            sections: blocks.handoutSections(),
            qrUrl: root.phoneUrl,
            qrCaption: qsTr("Continue on your phone: point its camera at this code to open this lesson online.")
        }
    }

    function noteOpened() {
        if (!root.found)
            return
        CourseProgress.lessonSeen(root.shownModuleId, root.shownLessonId)
        Usage.lessonOpened(root.shownModuleId, root.shownLessonId)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing
        visible: root.found

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Heading {
                objectName: "lessonTitle"
                Layout.fillWidth: true
                text: root.lesson.title ?? ""
            }
            Text {
                textFormat: Text.PlainText
                objectName: "lessonCounter"
                Layout.alignment: Qt.AlignVCenter
                text: qsTr("Lesson %1 of %2").arg((root.lesson.index ?? 0) + 1).arg(root.lesson.count ?? 0)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
        }

        Flickable {
            id: flick
            objectName: "lessonFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            GridLayout {
                id: body
                width: flick.width - Theme.spacing * 1.5
                columns: root.portrait ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing

                Image {
                    id: picture
                    objectName: "lessonPicture"
                    readonly property real fitWidth: root.portrait ? body.width : Math.min(body.width * 0.4, flick.height * 1.5)
                    Layout.preferredWidth: picture.fitWidth
                    Layout.preferredHeight: picture.fitWidth * 2 / 3
                    Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                    visible: root.illustration.length > 0
                    source: root.illustration
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectFit
                    asynchronous: false
                    Accessible.ignored: true
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    LessonBlocks {
                        id: blocks
                        objectName: "lessonBlocks"
                        Layout.fillWidth: true
                        blocks: root.lesson.blocks ?? []
                    }

                    // The portals this lesson talks about: their page in Mist, one tap away.
                    // Repeated items in a Column, not in the layout (see LessonBlocks.qml).
                    Column {
                        id: links
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Repeater {
                            model: root.lesson.services ?? []
                            delegate: KioskButton {
                                id: serviceLink
                                required property string modelData
                                objectName: "service-" + modelData
                                width: links.width
                                visible: details.found
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Service in Mist: %1").arg(details.name)
                                onClicked: root.openRequested("service", { serviceId: serviceLink.modelData })

                                ServiceDetails {
                                    id: details
                                    directory: Directory
                                    serviceId: serviceLink.modelData
                                    language: Preferences.language
                                }
                            }
                        }
                        Repeater {
                            model: root.lesson.guides ?? []
                            delegate: KioskButton {
                                id: guideLink
                                required property string modelData
                                readonly property var guide: Guides.guide(modelData, Preferences.language)
                                objectName: "guide-" + modelData
                                width: links.width
                                visible: (guide.title ?? "").length > 0
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Step-by-step guide: %1").arg(guide.title ?? "")
                                onClicked: root.openRequested("guide", { guideId: guideLink.modelData })
                            }
                        }
                    }

                    // The same lesson online, for a citizen who wants to finish it at home.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        visible: root.phoneUrl.length > 0

                        QrCodeImage {
                            objectName: "phoneQr"
                            Layout.preferredWidth: Math.round(Theme.qrSize * 0.6)
                            Layout.preferredHeight: Math.round(Theme.qrSize * 0.6)
                            text: root.phoneUrl
                        }
                        BodyText {
                            Layout.fillWidth: true
                            color: Theme.textMuted
                            text: qsTr("Continue on your phone: point its camera at this code to open this lesson online.")
                        }
                    }
                }
            }
        }

        // On a portrait screen "Print this page" has a row of its own above the others: in
        // thirds of a narrow row a long Ukrainian word at large text would not fit its button.
        PrintHandoutButton {
            objectName: "printLessonButtonAbove"
            Layout.fillWidth: true
            visible: root.portrait && root.found && PrintDesk.available
            handout: root.handout
            onHandoutReady: documentId => root.openRequested("documents-print", { documentId: documentId })
        }

        // Anchors, not a RowLayout: Qt 6.4's RowLayout kept a label's old width after the
        // window or the language changed, and "Previous lesson" wrapped out of its button.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(previousLesson.implicitHeight, nextLesson.implicitHeight,
                                     printLesson.visible ? printLesson.implicitHeight : 0)
            // Each button's share of the row: halves, or thirds with "Print this page". From the
            // screen's width, not the row's: the row's own width, set by the layout as the labels
            // wrap, made a binding loop.
            readonly property real rowWidth: root.width - 2 * Theme.margin
            readonly property real buttonRoom: printLesson.visible ? (rowWidth - 2 * Theme.spacing) / 3
                                                                  : (rowWidth - Theme.spacing) / 2

            KioskButton {
                id: previousLesson
                objectName: "previousLesson"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                tone: KioskButton.Tone.Plain
                text: qsTr("Previous lesson")
                enabled: (root.lesson.previousLessonId ?? "").length > 0
                onClicked: {
                    root.lessonId = root.lesson.previousLessonId
                    flick.contentY = 0
                }
            }
            // The lesson on paper, with its online version's QR code where the course has one.
            PrintHandoutButton {
                id: printLesson
                objectName: "printLessonButton"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                visible: !root.portrait && root.found && PrintDesk.available
                handout: root.handout
                onHandoutReady: documentId => root.openRequested("documents-print", { documentId: documentId })
            }
            KioskButton {
                id: nextLesson
                objectName: "nextLesson"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                tone: root.isLast ? KioskButton.Tone.Accent : KioskButton.Tone.Primary
                text: root.isLast ? qsTr("Check yourself: %n question(s)", "", (root.module.questions ?? []).length)
                                  : qsTr("Next lesson")
                onClicked: {
                    if (!root.isLast) {
                        root.lessonId = root.lesson.nextLessonId
                        flick.contentY = 0
                    } else if ((root.module.questions ?? []).length > 0) {
                        root.openRequested("course-check", { moduleId: root.shownModuleId })
                    } else {
                        root.openRequested("course-module-end", { moduleId: root.shownModuleId })
                    }
                }
            }
        }
    }

    BodyText {
        objectName: "noLesson"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.found
        text: qsTr("This lesson is not available. A librarian will gladly help you.")
    }
}
