// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// Trainer's mode: a module shown to a room on a projector or a large screen. Bigger type, no
// kiosk bar, one slide per lesson and then the module's questions one at a time, the answer shown
// only when the trainer asks. A presenter remote works: Right / PageDown / Space go forward,
// Left / PageUp go back, Up / Down scroll a long lesson, Return reveals the answer, Escape ends the presentation. Opened with
// { moduleId } (topic "trainer-check" starts at the questions); alone, the course's first module.
KioskScreen {
    id: root

    property string moduleId
    property string topic
    // Lessons first, then questions: index into root.slides.
    property int slideIndex: 0
    property bool revealed: false

    readonly property string shownModuleId: {
        if (root.moduleId.length > 0)
            return root.moduleId
        const tracks = Course.tracks(Preferences.language)
        return tracks.length > 0 && tracks[0].modules.length > 0 ? tracks[0].modules[0].moduleId : ""
    }
    readonly property var module: Course.module(root.shownModuleId, Preferences.language)
    readonly property int lessonCount: (root.module.lessons ?? []).length
    readonly property int slideCount: root.lessonCount + (root.module.questions ?? []).length
    readonly property bool atQuestion: root.slideIndex >= root.lessonCount
    readonly property var lesson: root.atQuestion ? ({})
        : Course.lesson(root.shownModuleId, (root.module.lessons ?? [])[root.slideIndex]?.lessonId ?? "", Preferences.language)
    readonly property var question: !root.atQuestion || root.slideCount === 0 ? ({})
        : Course.question(root.shownModuleId, (root.module.questions ?? [])[root.slideIndex - root.lessonCount] ?? "", Preferences.language)
    // The scored "answer" with the right options chosen: which are right, and the explanation.
    readonly property var solution: {
        if (!root.atQuestion || root.slideCount === 0)
            return {}
        const probe = Course.answer(root.shownModuleId, root.question.questionId, [], Preferences.language)
        return probe
    }
    readonly property string illustration: root.atQuestion ? "" : Course.illustration(root.shownModuleId, root.lesson.lessonId ?? "", {
        ink: String(Theme.text),
        paper: String(Theme.surface),
        accent: String(Theme.primary),
        highlight: String(Theme.accent),
        tint: String(Theme.background)
    })
    // Projector type: half as large again as the kiosk's.
    readonly property int bigSize: Math.round(Theme.bodySize * 1.5)

    hidesBar: true

    // Back where the trainer came from: librarian mode's first screen, or the course.
    function endPresentation() {
        root.openRequested(Librarian.active ? "admin-home" : "course-modules", {})
    }
    title: root.module.title ?? qsTr("Trainer's mode")
    focus: true

    function go(step: int) {
        const next = Math.max(0, Math.min(root.slideCount - 1, root.slideIndex + step))
        if (next === root.slideIndex)
            return
        root.slideIndex = next
        root.revealed = false
        slideText.contentY = 0
        questionFlick.contentY = 0
        Session.extend()
    }

    function scrollText(direction: int) {
        const flick = root.atQuestion ? questionFlick : slideText
        const most = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(0, Math.min(most, flick.contentY + direction * flick.height * 0.6))
    }

    Component.onCompleted: {
        if (root.topic === "trainer-check")
            root.slideIndex = root.lessonCount
        root.forceActiveFocus()
    }

    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            root.go(1)
            break
        case Qt.Key_Left:
        case Qt.Key_PageUp:
        case Qt.Key_Backspace:
            root.go(-1)
            break
        case Qt.Key_Down:
        case Qt.Key_Up:
            root.scrollText(event.key === Qt.Key_Down ? 1 : -1)
            break
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_B: // the "blank screen" key of many remotes
            if (root.atQuestion)
                root.revealed = true
            break
        case Qt.Key_Escape:
            root.endPresentation()
            break
        default:
            return
        }
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Text {
                textFormat: Text.PlainText
                objectName: "trainerModuleTitle"
                Layout.fillWidth: true
                text: root.module.title ?? ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText
                objectName: "slideCounter"
                text: qsTr("%1 / %2").arg(root.slideIndex + 1).arg(root.slideCount)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            KioskButton {
                objectName: "endPresentation"
                tone: KioskButton.Tone.Plain
                text: qsTr("End the presentation")
                onClicked: root.endPresentation()
            }
        }

        Text {
            textFormat: Text.PlainText
            objectName: "slideTitle"
            Layout.fillWidth: true
            text: root.atQuestion ? qsTr("Question for the room") : (root.lesson.title ?? "")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(Theme.headlineSize * 1.1)
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }

        // A lesson: its drawing beside (or, on a tall screen, above) its text.
        GridLayout {
            objectName: "lessonSlide"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.atQuestion
            columns: root.height > root.width ? 1 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            Image {
                Layout.preferredWidth: root.height > root.width ? parent.width : parent.width * 0.38
                Layout.preferredHeight: Layout.preferredWidth * 2 / 3
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                visible: root.illustration.length > 0
                source: root.illustration
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: false
                Accessible.ignored: true
            }
            // A long lesson scrolls: by touch, or Up / Down on the keyboard.
            Flickable {
                id: slideText
                objectName: "slideText"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: blocks.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                // The room sees that the slide goes on below.
                ScrollBar.vertical: ScrollBar {
                    implicitWidth: Theme.spacing
                    policy: slideText.contentHeight > slideText.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }

                LessonBlocks {
                    id: blocks
                    width: slideText.width - Theme.spacing * 1.5
                    blocks: root.lesson.blocks ?? []
                    pixelSize: root.bigSize
                }
            }
        }

        // A question: the options, and the right ones marked once revealed. At large text a
        // question with its explanation can be taller than the screen: it scrolls (touch, or Up /
        // Down), so the buttons below always stay on the screen.
        Flickable {
            id: questionFlick
            objectName: "questionSlide"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.atQuestion
            contentHeight: questionColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: questionColumn
                width: questionFlick.width
                spacing: Theme.spacing

                Text {
                    textFormat: Text.PlainText
                    objectName: "trainerQuestion"
                    width: parent.width
                    text: root.question.question ?? ""
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: root.bigSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: root.question.options ?? []
                    delegate: AnswerOption {
                        required property var modelData
                        required property int index
                        objectName: "trainer-option-" + modelData.optionId
                        width: questionColumn.width
                        pixelSize: root.bigSize
                        multiple: root.question.kind === "multiple"
                        text: String.fromCharCode(65 + index) + ". " + modelData.text
                        verdict: root.revealed && (root.solution.correctOptions ?? []).indexOf(modelData.optionId) >= 0
                                 ? AnswerOption.Verdict.Right : AnswerOption.Verdict.None
                        enabled: false
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "trainerExplanation"
                    width: parent.width
                    visible: root.revealed
                    text: root.solution.explanation ?? ""
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: root.bigSize
                    wrapMode: Text.WordWrap
                }
            }
        }

        // Anchors, not a RowLayout: Qt 6.4's RowLayout left "Show the answer" over "Previous"
        // when it became visible on a question slide.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(previousSlide.implicitHeight, nextSlide.implicitHeight)

            KioskButton {
                id: previousSlide
                objectName: "previousSlide"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                tone: KioskButton.Tone.Plain
                text: qsTr("Previous")
                enabled: root.slideIndex > 0
                onClicked: root.go(-1)
            }
            KioskButton {
                objectName: "revealAnswer"
                anchors.right: nextSlide.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                visible: root.atQuestion && !root.revealed
                tone: KioskButton.Tone.Accent
                text: qsTr("Show the answer")
                onClicked: root.revealed = true
            }
            KioskButton {
                id: nextSlide
                objectName: "nextSlide"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Next")
                enabled: root.slideIndex < root.slideCount - 1
                onClicked: root.go(1)
            }
        }
    }
}
