// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist
import MistTest

// The course as a citizen and a trainer meet it, on the compiled-in course (tst_quick.cpp: a
// public base URL set, trainer's mode on, progress tied to the real session): open the course
// from the Learn screen, go through a module's lessons, answer a question wrongly and one
// rightly, finish the module, open a linked service; trainer's mode driven by the keyboard with
// the training recorded; and nothing of the progress left once the session ends.
Item {
    id: root

    width: 1280
    height: 800

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Course"
        when: windowShown

        function child(name: string): Item {
            const item = findChild(shell.currentItem, name) || findChild(shell, name)
            verify(item, "no item named " + name)
            return item
        }

        // Scrolls the Flickable (or ListView) that holds item so that item is in view.
        function reveal(item: Item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.contentItem !== undefined && p.contentY !== undefined && p.contentHeight !== undefined) {
                    const y = item.mapToItem(p.contentItem, 0, 0).y
                    if (y < p.contentY || y + item.height > p.contentY + p.height)
                        p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, y - 10))
                    return
                }
            }
        }

        function tap(name: string) {
            waitForRendering(shell, 2000)
            reveal(child(name))
            waitForRendering(shell, 2000)
            const item = child(name)
            verify(item.visible, name + " is not visible")
            verify(item.enabled, name + " is not enabled")
            mouseClick(item)
        }

        function startVisit(language: string) {
            Session.finish()
            wait(0)
            mouseClick(shell, shell.width / 3, shell.height / 2)
            compare(shell.currentScreen, "home")
            Preferences.language = language
        }

        function cleanup() {
            Session.finish()
            wait(0)
        }

        // The usage log's lines of one type ("lesson_opened what-is-egov/..."), from index from.
        function eventsOf(type: string, from: int): list<string> {
            return TestUsage.events().slice(from).filter(line => line.startsWith(type + " "))
        }

        // The ids of a question's right and of one wrong option, from the course itself.
        function options(moduleId: string, questionId: string): var {
            const q = Course.question(moduleId, questionId, "en")
            const right = Course.answer(moduleId, questionId, [], "en").correctOptions
            const wrong = q.options.map(o => o.optionId).filter(id => right.indexOf(id) < 0)
            return { right: right, wrong: wrong[0], kind: q.kind }
        }

        function test_courseIsLoaded() {
            verify(Course.available)
            verify(Course.moduleCount >= 9, "at least 6 citizens' and 3 councils' modules")
            const tracks = Course.tracks("uk")
            compare(tracks.map(t => t.trackId), ["citizens", "councils"])
            verify(tracks[0].modules.length >= 6)
            verify(tracks[1].modules.length >= 3)
        }

        function test_openFromLearnAndChooseTrack() {
            startVisit("en")
            shell.open("learn", {})
            tap("courseEntry")
            compare(shell.currentScreen, "course-modules")
            waitForRendering(shell, 2000)
            // The citizens' track until the citizen chooses another.
            verify(child("module-what-is-egov").visible)
            tap("track-councils")
            compare(CourseProgress.track, "councils")
            waitForRendering(shell, 2000)
            verify(findChild(shell.currentItem, "module-council-open-data"))
            verify(!findChild(shell.currentItem, "module-what-is-egov"))
            tap("track-citizens")
            waitForRendering(shell, 2000)
            tap("module-what-is-egov")
            compare(shell.currentScreen, "course-lesson")
        }

        function test_moduleFromFirstLessonToItsEnd() {
            startVisit("en")
            const moduleId = "what-is-egov"
            const module = Course.module(moduleId, "en")
            const lessons = module.lessons.length
            const questions = module.questions.length
            verify(lessons >= 3 && lessons <= 6)
            verify(questions >= 3 && questions <= 5)
            const before = TestUsage.events().length

            shell.open("course-lesson", { moduleId: moduleId })
            waitForRendering(shell, 2000)
            compare(child("lessonTitle").text, module.lessons[0].title)
            compare(child("lessonCounter").text, "Lesson 1 of " + lessons)
            verify(!child("previousLesson").enabled)
            verify(String(child("lessonPicture").source).startsWith("data:image/svg+xml;base64,"))
            // Drawn, not only named: the UI's offline network must still decode a data: URL.
            tryCompare(child("lessonPicture"), "status", Image.Ready)
            verify(child("lessonPicture").implicitWidth > 0)
            verify(child("lessonBlocks").children.length > 1)
            // The course is published (tst_quick.cpp): the same lesson online, as a QR code.
            const qr = findChild(child("phoneQr"), "qrImage")
            compare(decodeURIComponent(String(qr.source).substring("image://qr/".length)),
                    "https://course.example.org/egov/" + moduleId + "/" + module.lessons[0].lessonId)
            for (let i = 2; i <= lessons; ++i) {
                tap("nextLesson")
                compare(child("lessonCounter").text, "Lesson " + i + " of " + lessons)
                compare(child("lessonTitle").text, module.lessons[i - 1].title)
            }
            tap("previousLesson")
            compare(child("lessonCounter").text, "Lesson " + (lessons - 1) + " of " + lessons)
            tap("nextLesson")
            compare(CourseProgress.lessonsSeen(moduleId), lessons)
            // Every lesson counted once per opening: lessons + the one seen again.
            compare(eventsOf("lesson_opened", before).length, lessons + 2)
            verify(eventsOf("lesson_opened", before).indexOf("lesson_opened " + moduleId + "/" + module.lessons[0].lessonId) >= 0)

            // After the last lesson: the self-check.
            tap("nextLesson")
            compare(shell.currentScreen, "course-check")
            waitForRendering(shell, 2000)
            compare(child("questionCounter").text, "Question 1 of " + questions)
            verify(!child("checkAnswer").enabled, "nothing chosen yet")
            verify(!child("verdict").visible)

            // The first question answered wrongly...
            let q = options(moduleId, module.questions[0])
            tap("option-" + q.wrong)
            tap("checkAnswer")
            compare(child("verdictTitle").text, "Not quite.")
            verify(child("explanation").text.length > 0)
            verify(findChild(child("option-" + q.right[0]), "verdictWord").visible, "the right answer is shown")
            verify(!child("option-" + q.right[0]).enabled, "no second try on a checked question")
            // ...the others rightly.
            for (let i = 1; i < questions; ++i) {
                tap("nextQuestion")
                compare(child("questionCounter").text, "Question " + (i + 1) + " of " + questions)
                verify(!child("verdict").visible)
                q = options(moduleId, module.questions[i])
                for (const id of q.right)
                    tap("option-" + id)
                compare(shell.currentItem.chosen.slice().sort(), q.right.slice().sort())
                tap("checkAnswer")
                compare(child("verdictTitle").text, "Right!")
            }
            compare(CourseProgress.answeredCount(moduleId), questions)
            compare(CourseProgress.correctCount(moduleId), questions - 1)
            const answers = eventsOf("check_answered", before)
            compare(answers.length, questions)
            compare(answers[0], "check_answered " + moduleId + "/" + module.questions[0])

            // The module's end: what was learned, the score of this visit, what to try next.
            compare(child("nextQuestion").text, "Finish the module")
            tap("nextQuestion")
            compare(shell.currentScreen, "course-module-end")
            waitForRendering(shell, 2000)
            verify(CourseProgress.isModuleFinished(moduleId))
            compare(child("score").text, "Self-check: " + (questions - 1) + " of " + questions
                    + " answered right the first time.")
            compare(eventsOf("module_finished", before), ["module_finished " + moduleId])
            verify(child("nextModule").visible)
            tap("nextModule")
            compare(shell.currentScreen, "course-lesson")
            compare(shell.currentItem.shownModuleId, Course.tracks("en")[0].modules[1].moduleId)
        }

        function test_multipleChoiceNeedsEveryRightAnswer() {
            startVisit("en")
            // The first multiple-choice question of the course, wherever it is.
            let found = null
            for (const track of Course.tracks("en")) {
                for (const m of track.modules) {
                    for (const id of Course.module(m.moduleId, "en").questions) {
                        if (!found && Course.question(m.moduleId, id, "en").kind === "multiple")
                            found = { moduleId: m.moduleId, questionId: id }
                    }
                }
            }
            if (!found)
                skip("the course has no multiple-choice question")
            const q = options(found.moduleId, found.questionId)
            verify(q.right.length >= 2)
            shell.open("course-check", found)
            tap("option-" + q.right[0])
            tap("checkAnswer")
            compare(child("verdictTitle").text, "Not quite.", "one of two right answers is not enough")
        }

        function test_lessonOpensItsService() {
            startVisit("uk")
            // A lesson that links a portal of the bundled directory.
            let target = null
            for (const track of Course.tracks("uk")) {
                for (const m of track.modules) {
                    for (const l of Course.module(m.moduleId, "uk").lessons) {
                        const lesson = Course.lesson(m.moduleId, l.lessonId, "uk")
                        if (!target && lesson.services.length > 0)
                            target = { moduleId: m.moduleId, lessonId: l.lessonId, serviceId: lesson.services[0] }
                    }
                }
            }
            verify(target, "some lesson links a service")
            shell.open("course-lesson", { moduleId: target.moduleId, lessonId: target.lessonId })
            waitForRendering(shell, 2000)
            const link = child("service-" + target.serviceId)
            verify(link.text.startsWith("Послуга в Mist: "), link.text)
            tap("service-" + target.serviceId)
            compare(shell.currentScreen, "service")
            compare(shell.currentItem.serviceId, target.serviceId)
        }

        function test_trainerModeWithKeyboard() {
            startVisit("en")
            const moduleId = "staying-safe"
            const module = Course.module(moduleId, "en")
            const slides = module.lessons.length + module.questions.length
            const before = TestUsage.events().length
            shell.open("learn", {})
            tap("courseEntry")
            tap("trainerEntry")
            compare(shell.currentScreen, "trainer-start")
            waitForRendering(shell, 2000)
            const list = child("trainerModules")
            list.positionViewAtIndex(list.model.findIndex(row => row.moduleId === moduleId), ListView.Center)
            tap("pick-" + moduleId)
            compare(child("participantCount").text, "10")
            tap("moreParticipants")
            tap("moreParticipants")
            tap("fewerParticipants")
            compare(child("participantCount").text, "11")
            tap("recordAndStart")
            compare(eventsOf("training_recorded", before), ["training_recorded " + moduleId])

            compare(shell.currentScreen, "trainer-lesson")
            waitForRendering(shell, 2000)
            verify(!child("kioskBar").visible, "a projector shows no kiosk bar")
            compare(child("slideCounter").text, "1 / " + slides)
            compare(child("slideTitle").text, module.lessons[0].title)
            keyClick(Qt.Key_Right)
            compare(child("slideCounter").text, "2 / " + slides)
            keyClick(Qt.Key_PageDown)
            compare(child("slideCounter").text, "3 / " + slides)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_PageUp)
            compare(child("slideCounter").text, "1 / " + slides)
            keyClick(Qt.Key_PageUp)
            compare(child("slideCounter").text, "1 / " + slides, "nothing before the first slide")
            // Up / Down scroll a lesson longer than the screen, without leaving it.
            const text = child("slideText")
            if (text.contentHeight > text.height) {
                keyClick(Qt.Key_Down)
                verify(text.contentY > 0)
                keyClick(Qt.Key_Up)
                // Back at the top; within a pixel, since a picture that finishes loading on a
                // busy machine may still nudge the content by a fraction of one.
                tryVerify(() => Math.abs(text.contentY - text.originY) < 1, 2000,
                          "Up went back to the top: " + text.contentY)
                compare(child("slideCounter").text, "1 / " + slides)
            }
            for (let i = 1; i < module.lessons.length; ++i)
                keyClick(Qt.Key_Space)
            compare(child("slideTitle").text, module.lessons[module.lessons.length - 1].title)
            verify(child("lessonSlide").visible)

            // The questions, one at a time, the answer only when asked for.
            keyClick(Qt.Key_Space)
            verify(child("questionSlide").visible)
            compare(child("slideTitle").text, "Question for the room")
            const q = options(moduleId, module.questions[0])
            compare(child("trainerQuestion").text, Course.question(moduleId, module.questions[0], "en").question)
            verify(!child("trainerExplanation").visible)
            verify(!findChild(child("trainer-option-" + q.right[0]), "verdictWord").visible)
            keyClick(Qt.Key_Return)
            verify(child("trainerExplanation").visible)
            verify(findChild(child("trainer-option-" + q.right[0]), "verdictWord").visible)
            verify(!findChild(child("trainer-option-" + q.wrong), "verdictWord").visible)
            keyClick(Qt.Key_Right)
            verify(!child("trainerExplanation").visible, "the next question starts hidden")
            // Nothing after the last slide; Escape leaves the projector view.
            for (let i = 0; i < slides; ++i)
                keyClick(Qt.Key_PageDown)
            compare(child("slideCounter").text, slides + " / " + slides)
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "course-modules")
            verify(child("kioskBar").visible)
        }

        function test_trainerCheckStartsAtTheQuestions() {
            startVisit("uk")
            shell.open("trainer-check", {})
            waitForRendering(shell, 2000)
            verify(child("questionSlide").visible)
            verify(!child("lessonSlide").visible)
            tap("revealAnswer")
            verify(child("trainerExplanation").visible)
            tap("endPresentation")
            compare(shell.currentScreen, "course-modules")
        }

        function test_progressErasedWithTheSession() {
            startVisit("en")
            shell.open("course-modules", {})
            tap("track-councils")
            shell.open("course-lesson", { moduleId: "council-open-data" })
            waitForRendering(shell, 2000)
            shell.open("course-check", { moduleId: "council-open-data" })
            const q = options("council-open-data", Course.module("council-open-data", "en").questions[0])
            tap("option-" + q.right[0])
            tap("checkAnswer")
            verify(!CourseProgress.empty)
            compare(CourseProgress.lessonsSeen("council-open-data"), 1)
            compare(CourseProgress.answeredCount("council-open-data"), 1)

            // The citizen walks away: the idle timeout and its warning run out.
            TestClock.advance(Session.idleTimeoutSeconds * 1000)
            verify(Session.warningActive)
            TestClock.advance(Session.warningSeconds * 1000)
            tryCompare(Session, "active", false)
            verify(CourseProgress.empty)
            compare(CourseProgress.track, "")
            compare(CourseProgress.lessonsSeen("council-open-data"), 0)
            compare(CourseProgress.answeredCount("council-open-data"), 0)

            // The next citizen sees a fresh course: the citizens' track, nothing read.
            mouseClick(shell, shell.width / 3, shell.height / 2)
            Preferences.language = "en"
            shell.open("course-modules", {})
            waitForRendering(shell, 2000)
            compare(child("track-citizens").tone, KioskButton.Tone.Primary)
            verify(child("module-what-is-egov").note.indexOf("Lessons read") < 0)
        }
    }
}
