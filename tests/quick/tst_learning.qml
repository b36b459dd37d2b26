// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist
import MistTest

// Trainings and learning, as a citizen meets them: the schedule grouped by day with Ukrainian
// dates and plurals, a training's details with its calendar QR code, a guide walked step by
// step, and course-material PDFs (one that opens, one that does not). The schedule is the
// bundled sample at 1 December 2026 (tst_quick.cpp), the materials tests/data/learning.
Item {
    id: root

    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    Component {
        id: dayTitle
        DayTitle {}
    }
    Component {
        id: facts
        TrainingFacts {
            time: "10:00–12:00"
            day: "2026-12-03"
            lastDay: ""
            place: ""
            trainer: ""
            seatsFree: -1
        }
    }

    TestCase {
        name: "Learning"
        when: windowShown

        function child(name: string): Item {
            const item = findChild(shell.currentItem, name) || findChild(shell, name)
            verify(item, "no item named " + name)
            return item
        }

        function tap(name: string) {
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

        function test_dayHeadingsInBothLanguages() {
            Preferences.language = "uk"
            const heading = createTemporaryObject(dayTitle, null, { day: "2026-12-03" })
            compare(heading.text, "четвер, 3 грудня")
            heading.day = "2027-03-08"
            compare(heading.text, "понеділок, 8 березня")
            Preferences.language = "en"
            compare(heading.text, "Monday, 8 March")
            heading.day = "garbage"
            compare(heading.text, "")
            Preferences.language = "uk"
        }

        function test_freeSeatPlurals_data() {
            return [
                { tag: "uk 1", language: "uk", seats: 1, text: "1 вільне місце" },
                { tag: "uk 3", language: "uk", seats: 3, text: "3 вільні місця" },
                { tag: "uk 5", language: "uk", seats: 5, text: "5 вільних місць" },
                { tag: "uk 11", language: "uk", seats: 11, text: "11 вільних місць" },
                { tag: "uk 21", language: "uk", seats: 21, text: "21 вільне місце" },
                { tag: "uk 24", language: "uk", seats: 24, text: "24 вільні місця" },
                { tag: "en 1", language: "en", seats: 1, text: "1 free seat" },
                { tag: "en 3", language: "en", seats: 3, text: "3 free seats" }
            ]
        }

        function test_freeSeatPlurals(data) {
            Preferences.language = data.language
            const item = createTemporaryObject(facts, null, { seatsFree: data.seats })
            compare(item.seatsText, data.text)
            Preferences.language = "uk"
        }

        function test_seatsLineOnlyWhenKnown() {
            const unknown = createTemporaryObject(facts, null, { seatsFree: -1 })
            compare(unknown.seatsText, "")
            verify(!findChild(unknown, "trainingSeats").visible)
            const full = createTemporaryObject(facts, null, { seatsFree: 0 })
            verify(full.seatsText.length > 0)
            verify(full.seatsText.indexOf("0") < 0, "a full training is not \"0 seats\"")
        }

        function test_scheduleGroupedByDayWithTheSampleNotice() {
            startVisit("uk")
            shell.open("trainings", {})
            compare(shell.currentScreen, "trainings")
            waitForRendering(shell, 2000)
            verify(Schedule.isSample)
            verify(child("sampleNotice").visible, "the sample says it is a sample")
            verify(!child("emptyState").visible)
            const list = child("trainingList")
            verify(list.count > 3)
            compare(list.count, Schedule.count)
            compare(list.section.property, "day")
            // The first heading is the first training's day, written out in Ukrainian.
            const first = Schedule.get(0)
            const heading = child("dayTitle")
            verify(heading.text.length > 0)
            compare(heading.day, first.day)
            verify(/^(понеділок|вівторок|середа|четвер|п’ятниця|п'ятниця|субота|неділя), \d+ (грудня|січня)$/.test(heading.text),
                   heading.text)
            // Every day key is in order and inside the 30 days from 1 December.
            for (let i = 1; i < Schedule.count; ++i)
                verify(Schedule.get(i - 1).day <= Schedule.get(i).day)
            verify(Schedule.get(Schedule.count - 1).day < "2026-12-31")
        }

        function test_detailWithCalendarQr() {
            startVisit("en")
            shell.open("trainings", {})
            waitForRendering(shell, 2000)
            const list = child("trainingList")
            const first = list.itemAtIndex(0)
            verify(first)
            // The first entry of a day: its heading, then the card.
            verify(first.children[0].visible)
            mouseClick(first.children[1])
            compare(shell.currentScreen, "training-detail")
            waitForRendering(shell, 2000)
            const expected = Schedule.get(0)
            compare(child("detailTopic").text, expected.topic)
            compare(child("detailDay").day, expected.day)
            const qr = findChild(child("calendarQr"), "qrImage")
            verify(qr)
            const prefix = "image://qr/"
            verify(String(qr.source).startsWith(prefix), String(qr.source))
            const payload = decodeURIComponent(String(qr.source).substring(prefix.length))
            verify(payload.startsWith("BEGIN:VEVENT\r\n"), payload)
            verify(payload.indexOf("END:VEVENT") > 0)
            compare(payload, Schedule.calendarEntry(0))
            tryCompare(child("calendarQr"), "status", Image.Ready, 5000)
            verify(!child("trainingGone").visible)
        }

        function test_detailOfAGoneTrainingSaysSo() {
            startVisit("en")
            shell.open("training-detail", { trainingKey: "no-such-training" })
            waitForRendering(shell, 2000)
            verify(child("trainingGone").visible)
            compare(String(findChild(child("calendarQr"), "qrImage").source), "")
        }

        function test_guideWalkThrough() {
            startVisit("en")
            shell.open("learn", {})
            compare(shell.currentScreen, "learn")
            waitForRendering(shell, 2000)
            compare(child("guideGrid").children.length - 1, Guides.count) // plus the Repeater
            shell.open("guide", { guideId: "diia-signature" })
            waitForRendering(shell, 2000)
            compare(child("guideTitle").text, "How to get Diia.Signature")
            const steps = Guides.guide("diia-signature", "en").stepCount
            verify(steps >= 3)
            compare(child("stepCounter").text, "Step 1 of " + steps)
            verify(!child("previousStep").enabled)
            verify(String(child("stepImage").source).startsWith("qrc:/learning/guides/"))
            const firstText = child("stepText").text
            for (let i = 2; i <= steps; ++i) {
                tap("nextStep")
                compare(child("stepCounter").text, "Step " + i + " of " + steps)
            }
            verify(child("stepText").text !== firstText)
            tap("previousStep")
            compare(child("stepCounter").text, "Step " + (steps - 1) + " of " + steps)
            tap("nextStep")
            // The last step's button ends the guide at the main menu.
            tap("nextStep")
            compare(shell.currentScreen, "home")
        }

        function test_guideInUkrainian() {
            startVisit("uk")
            shell.open("guide", { guideId: "land-parcel" })
            waitForRendering(shell, 2000)
            compare(child("guideTitle").text, "Як перевірити земельну ділянку")
            verify(child("stepText").text.indexOf("кадастровий номер") >= 0, child("stepText").text)
        }

        function test_pdfPagesAndZoom() {
            startVisit("en")
            shell.open("course-material", {
                source: Qt.resolvedUrl("../data/learning/two-pages.pdf"),
                fileName: "two-pages.pdf",
                materialTitle: "Test"
            })
            tryCompare(child("pageCounter"), "text", "Page 1 of 2", 5000)
            verify(!child("previousPage").enabled)
            const page = child("pdfPage")
            const width = page.width
            tap("zoomIn")
            verify(page.width > width)
            tap("zoomOut")
            compare(page.width, width)
            tap("nextPage")
            compare(child("pageCounter").text, "Page 2 of 2")
            verify(!child("nextPage").enabled)
            verify(!child("pdfMessage").visible)
        }

        function test_brokenPdfShowsAMessageAndIsLogged() {
            startVisit("en")
            ignoreWarning(new RegExp("course material truncated\\.pdf could not be opened"))
            shell.open("course-material", {
                source: Qt.resolvedUrl("../data/learning/truncated.pdf"),
                fileName: "truncated.pdf",
                materialTitle: "Broken"
            })
            tryVerify(() => child("pdfMessage").text.indexOf("cannot be opened") >= 0, 5000)
            verify(child("pdfMessage").visible)
        }

        function test_learnListsTheMaterials() {
            startVisit("en")
            shell.open("learn", {})
            waitForRendering(shell, 2000)
            verify(!child("noMaterials").visible)
            compare(Materials.scan().length, 2)
        }
    }
}
