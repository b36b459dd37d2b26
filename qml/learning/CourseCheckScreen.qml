// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// A module's self-check, one question at a time: tap one answer (or several, when the question
// says so), "Check my answer", then see which answers were right and why. No score is kept beyond
// the session: the first answer to each question goes into CourseProgress, and only "module,
// question, right or wrong" into the anonymous usage log. Opened with { moduleId, questionId };
// without a questionId it starts at the first question, alone at the course's first module.
KioskScreen {
    id: root

    property string moduleId
    property string questionId

    readonly property string shownModuleId: {
        if (root.moduleId.length > 0)
            return root.moduleId
        const tracks = Course.tracks(Preferences.language)
        return tracks.length > 0 && tracks[0].modules.length > 0 ? tracks[0].modules[0].moduleId : ""
    }
    readonly property var module: Course.module(root.shownModuleId, Preferences.language)
    readonly property string shownQuestionId: root.questionId.length > 0
        ? root.questionId : ((root.module.questions ?? [])[0] ?? "")
    readonly property var question: Course.question(root.shownModuleId, root.shownQuestionId, Preferences.language)
    readonly property bool found: (root.question.questionId ?? "").length > 0
    readonly property bool multiple: root.question.kind === "multiple"
    readonly property bool isLast: root.found && (root.question.nextQuestionId ?? "").length === 0

    // The options the citizen has tapped, and the scored answer once checked ({} before).
    property var chosen: []
    property var result: ({})
    readonly property bool checked: root.result.valid === true

    title: root.module.title ?? qsTr("Course")

    function toggle(optionId: string) {
        if (root.checked)
            return
        if (!root.multiple) {
            root.chosen = [optionId]
            return
        }
        const i = root.chosen.indexOf(optionId)
        const next = root.chosen.slice()
        if (i >= 0)
            next.splice(i, 1)
        else
            next.push(optionId)
        root.chosen = next
    }

    function check() {
        const scored = Object.assign({}, Course.answer(root.shownModuleId, root.shownQuestionId, root.chosen, Preferences.language))
        if (scored.valid !== true)
            return
        root.result = scored
        CourseProgress.answered(root.shownModuleId, root.shownQuestionId, scored.correct === true)
        Usage.checkAnswered(root.shownModuleId, root.shownQuestionId, scored.correct === true)
    }

    function next() {
        if (root.isLast) {
            root.openRequested("course-module-end", { moduleId: root.shownModuleId })
            return
        }
        root.chosen = []
        root.result = {}
        root.questionId = root.question.nextQuestionId
        flick.contentY = 0
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
                Layout.fillWidth: true
                text: qsTr("Check yourself")
            }
            Text {
                textFormat: Text.PlainText
                objectName: "questionCounter"
                Layout.alignment: Qt.AlignVCenter
                text: qsTr("Question %1 of %2").arg((root.question.index ?? 0) + 1).arg(root.question.count ?? 0)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: column
                width: Math.min(flick.width - Theme.spacing * 1.5, Theme.cardMaxWidth)
                spacing: Theme.spacing

                BodyText {
                    objectName: "questionText"
                    Layout.fillWidth: true
                    font.pixelSize: Math.round(Theme.bodySize * 1.2)
                    font.weight: Font.DemiBold
                    text: root.question.question ?? ""
                }
                BodyText {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    text: root.multiple ? qsTr("Several answers may be right: tap each one you choose.")
                                        : qsTr("Tap one answer.")
                }

                // Repeated items in a Column, not in the layout (see LessonBlocks.qml).
                Column {
                    id: optionColumn
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Repeater {
                        model: root.question.options ?? []
                        delegate: AnswerOption {
                            required property var modelData
                            objectName: "option-" + modelData.optionId
                            width: optionColumn.width
                            text: modelData.text
                            multiple: root.multiple
                            selected: root.chosen.indexOf(modelData.optionId) >= 0
                            // After checking: the right answers, and the wrong ones chosen.
                            verdict: !root.checked ? AnswerOption.Verdict.None
                                   : root.result.correctOptions.indexOf(modelData.optionId) >= 0 ? AnswerOption.Verdict.Right
                                   : selected ? AnswerOption.Verdict.Wrong : AnswerOption.Verdict.None
                            enabled: !root.checked
                            onClicked: root.toggle(modelData.optionId)
                        }
                    }
                }

                Rectangle {
                    objectName: "verdict"
                    Layout.fillWidth: true
                    visible: root.checked
                    implicitHeight: verdictColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth * 2
                    border.color: root.result.correct ? Theme.primary : Theme.danger

                    ColumnLayout {
                        id: verdictColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 2

                        Text {
                            textFormat: Text.PlainText
                            objectName: "verdictTitle"
                            Layout.fillWidth: true
                            text: root.result.correct ? qsTr("Right!") : qsTr("Not quite.")
                            color: root.result.correct ? Theme.primary : Theme.danger
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                        }
                        BodyText {
                            objectName: "explanation"
                            Layout.fillWidth: true
                            text: root.result.explanation ?? ""
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "checkAnswer"
                visible: !root.checked
                enabled: root.chosen.length > 0
                text: qsTr("Check my answer")
                onClicked: root.check()
            }
            KioskButton {
                objectName: "nextQuestion"
                visible: root.checked
                tone: root.isLast ? KioskButton.Tone.Accent : KioskButton.Tone.Primary
                text: root.isLast ? qsTr("Finish the module") : qsTr("Next question")
                onClicked: root.next()
            }
        }
    }

    BodyText {
        objectName: "noQuestion"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: !root.found
        text: qsTr("This self-check is not available. A librarian will gladly help you.")
    }
}
