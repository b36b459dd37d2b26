// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist
import MistTest

// Librarian mode on the touch screen: the hidden way in, the PIN pad, the librarian's screens,
// the auto-lock, and that a citizen's session never reaches any of it.
Item {
    id: root

    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Librarian"
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
            mouseClick(item)
        }

        // Scrolls the screen's Flickable (objectName "flick") so that the item is in view.
        function reveal(name: string) {
            waitForRendering(shell, 2000) // the screen's Column is laid out before it is drawn
            const item = child(name)
            const flick = findChild(shell.currentItem, "flick")
            if (flick) {
                const y = item.mapToItem(flick.contentItem, 0, 0).y
                flick.contentY = Math.max(0, Math.min(y - flick.height / 3, flick.contentHeight - flick.height))
            }
            return item
        }

        function tapInView(name: string) {
            reveal(name)
            tap(name)
        }

        function typePin(pin: string) {
            for (const digit of pin)
                tap("pinKey-" + digit)
            tap("pinKey-ok")
        }

        // Holds the library's name on the attract screen for the given time.
        function holdLibraryName(ms: int) {
            waitForRendering(shell, 2000)
            const name = child("libraryName")
            mousePress(name, 10, 10)
            // The delay moves the events' timestamps too, so the press is as long as a finger's.
            mouseRelease(name, 10, 10, Qt.LeftButton, Qt.NoModifier, ms)
        }

        // Holds the name for 1 s past a threshold shortened to 0.3 s (the margin is for a busy
        // machine, where the handler's timer may be served late). The real 5 s are held in
        // test_longPressPinHome and test_wrongPin; every other test only needs to get in, and 5 s of
        // real waiting in each made this the slowest test file. init() puts the 5 s back.
        function holdLibraryNameBriefly() {
            findChild(shell.currentItem, "librarianEntry").longPressThreshold = 0.3
            holdLibraryName(1000)
        }

        function enter() {
            holdLibraryNameBriefly()
            enterPin()
        }

        function enterHoldingFiveSeconds() {
            holdLibraryName(5300)
            enterPin()
        }

        function enterPin() {
            compare(shell.currentScreen, "admin-pin")
            typePin("246813")
            tryCompare(shell, "currentScreen", "admin-home")
            verify(Librarian.active)
        }

        function init() {
            Librarian.leave()
            Session.finish()
            verify(TestAdmin.setPin("246813"))
            verify(TestAdmin.unlock())
            wait(0)
            compare(shell.currentScreen, "attract")
            findChild(shell.currentItem, "librarianEntry").longPressThreshold = 5
        }

        // Leave nothing on for the next test file: it has its own shell.
        function cleanupTestCase() {
            Librarian.leave()
            Session.finish()
        }

        function test_longPressPinHome() {
            enterHoldingFiveSeconds()
            verify(!Session.active, "librarian mode is not a citizen session")
            verify(!child("finishButton").visible, "no kiosk bar in librarian mode")
            verify(child("adminStatus").visible)
            compare(child("statusVersion").text, Qt.application.version)
            tap("leaveLibrarianButton")
            verify(!Librarian.active)
            compare(shell.currentScreen, "attract")
            verify(!Session.active)
        }

        function test_aShortPressStartsAVisitInstead() {
            holdLibraryName(200)
            verify(Session.active, "a short press on the name is a citizen's touch")
            compare(shell.currentScreen, "home")
            verify(!Librarian.active)
        }

        function test_wrongPin() {
            holdLibraryName(5300)
            compare(shell.currentScreen, "admin-pin")
            typePin("111111")
            compare(shell.currentScreen, "admin-pin")
            verify(!Librarian.active)
            verify(child("pinMessage").text.length > 0)
            compare(child("pinMessage").text, "Неправильний PIN.") // the kiosk speaks Ukrainian
            typePin("246813")
            tryCompare(shell, "currentScreen", "admin-home")
        }

        function test_noPinLetsNobodyIn() {
            TestAdmin.removePin()
            holdLibraryNameBriefly()
            compare(shell.currentScreen, "admin-pin")
            verify(child("pinMessage").text.indexOf("mistctl admin set-pin") >= 0,
                   child("pinMessage").text)
            verify(!child("pinKey-1").enabled, "the pad takes no digits without a PIN")
            compare(Librarian.tryPin("246813"), Librarian.NoPin)
            verify(!Librarian.active)
            tap("pinCancelButton")
            compare(shell.currentScreen, "attract")
        }

        function test_autoLockAfterTwoMinutes() {
            enter()
            TestClock.advance(89000)
            verify(Librarian.active)
            verify(!child("adminCountdown").visible)
            TestClock.advance(1000)
            verify(child("adminCountdown").visible, "the last 30 s are counted down")
            verify(child("adminCountdown").text.indexOf("30") >= 0, child("adminCountdown").text)
            TestClock.advance(29000)
            verify(Librarian.active)
            TestClock.advance(1000)
            verify(!Librarian.active, "locked after two minutes without a touch")
            compare(shell.currentScreen, "attract")
        }

        function test_aTouchKeepsLibrarianModeOpen() {
            enter()
            TestClock.advance(100000)
            verify(child("adminCountdown").visible)
            mouseClick(child("adminStatus"))
            TestClock.advance(1000)
            verify(!child("adminCountdown").visible, "a touch restarts the two minutes")
            TestClock.advance(100000)
            verify(Librarian.active)
        }

        // A group training from librarian mode: the course presented, the mode held while the
        // trainer talks, and the way back to the librarian's screens.
        function test_trainerModeFromLibrarianMode() {
            enter()
            tap("adminTrainerButton")
            compare(shell.currentScreen, "trainer-start")
            verify(!Session.active, "a training is not a citizen's visit")
            tap("startWithoutRecording")
            compare(shell.currentScreen, "trainer-lesson")
            verify(Librarian.presenting)
            TestClock.advance(10 * 60 * 1000)
            verify(Librarian.active, "ten quiet minutes of a presentation keep the mode")
            compare(shell.currentScreen, "trainer-lesson")
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Escape)
            tryCompare(shell, "currentScreen", "admin-home")
            verify(!Librarian.presenting)
            TestClock.advance(120 * 1000)
            verify(!Librarian.active, "two minutes again once the presentation ended")
            compare(shell.currentScreen, "attract")
        }

        function test_trainerStartLeadsBackToLibrarianMode() {
            enter()
            tap("adminTrainerButton")
            tap("trainerBackToLibrarian")
            compare(shell.currentScreen, "admin-home")
            verify(Librarian.active)
        }

        function test_citizenSessionCannotReachLibrarianMode() {
            mouseClick(shell, shell.width / 3, shell.height / 2)
            verify(Session.active)
            verify(!Librarian.canOffer())
            shell.open("admin-pin", {})
            compare(shell.currentScreen, "home", "the pad is not offered during a session")
            shell.open("admin-home", {})
            compare(shell.currentScreen, "home")
            compare(Librarian.tryPin("246813"), Librarian.Refused)
            verify(!Librarian.active)
        }

        function test_librarianScreensNeedTheMode() {
            shell.open("admin-home", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-kiosk", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-portals", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-portal-edit", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-directory", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-trainings", {})
            compare(shell.currentScreen, "attract")
            shell.open("admin-reports", {})
            compare(shell.currentScreen, "attract")
        }

        function test_libraryNameShowsAtOnce() {
            enter()
            tap("adminLibraryButton")
            compare(shell.currentScreen, "admin-library")
            const field = child("field-library/name_en")
            field.text = "Rivne Regional Library"
            tap("saveButton")
            compare(child("saveResult").text, "Збережено. Відвідувачі вже бачать зміни.")
            compare(Library.nameEn, "Rivne Regional Library")
            tap("leaveLibrarianButton")
            Preferences.language = "en"
            waitForRendering(shell, 2000)
            compare(child("libraryName").text, "Rivne Regional Library")
            Preferences.language = "uk"
        }

        // Address, hours and hromada reach the attract screen, and the hours the "go in person"
        // card of a service page; nothing is shown where nothing was set.
        function test_libraryDetailsReachCitizens() {
            compare(child("libraryDetails").visible, false)
            enter()
            tap("adminLibraryButton")
            child("field-library/address").text = "вул. Соборна, 5, Рівне"
            child("field-library/hours").text = "Пн–Пт 9:00–18:00"
            child("field-library/hromada").text = "Рівненська міська громада"
            tap("saveButton")
            compare(Library.hours, "Пн–Пт 9:00–18:00")
            tap("leaveLibrarianButton")
            waitForRendering(shell, 2000)
            const details = child("libraryDetails")
            verify(details.visible)
            compare(details.text, "вул. Соборна, 5, Рівне\nГодини роботи: Пн–Пт 9:00–18:00"
                    + "\nГромада: Рівненська міська громада")

            Session.start()
            shell.open("service", { serviceId: "lutsk-cnap" })
            waitForRendering(shell, 2000)
            compare(child("libraryDesk").text,
                    "Або зверніться до бібліотекаря (працює Пн–Пт 9:00–18:00).")
            Session.finish()

            // Cleared again: the line goes away.
            enter()
            tap("adminLibraryButton")
            for (const key of ["address", "hours", "hromada"])
                child("field-library/" + key).text = ""
            tap("saveButton")
            tap("leaveLibrarianButton")
            waitForRendering(shell, 2000)
            compare(child("libraryDetails").visible, false)
        }

        function test_emptyNameRefusedWithItsReason() {
            enter()
            tap("adminLibraryButton")
            const before = Library.nameUk
            child("field-library/name_uk").text = "   "
            tap("saveButton")
            compare(child("problem-library/name_uk").text, "Це поле не може бути порожнім.")
            compare(Library.nameUk, before, "a refused value changes nothing")
        }

        // Reports to a USB stick, on a fake mount root: the month's CSV (with its BOM) and HTML
        // report written to the stick, the result in plain words, an admin event by id.
        function test_reportsToUsbStick() {
            enter()
            tap("adminReportsButton")
            compare(shell.currentScreen, "admin-reports")
            const stick = TestAdmin.makeMountRoot("rw")
            verify(stick.length > 0)
            shell.open("admin-reports", { mountRoot: stick })
            compare(shell.currentScreen, "admin-reports")
            tryVerify(() => findChild(shell.currentItem, "drive-0") !== null, 5000)
            const month = child("usbReports").months[0] // this month, Kyiv time
            verify(child("month-" + month).visible, "this month is offered")
            tap("month-" + month)
            verify(child("writeReportsButton").enabled)
            tap("writeReportsButton")
            tryVerify(() => child("usbResult").text.indexOf("Готово") === 0, 10000,
                      child("usbResult").text)
            verify(child("usbResult").text.indexOf("можна виймати") > 0, child("usbResult").text)
            const files = TestAdmin.stickFiles(stick)
            compare(files.length, 2, files.join(" "))
            compare(files[0], "mist-report-" + month + "-test.html")
            compare(files[1], "mist-usage-" + month + "-test.csv")
            compare(TestAdmin.stickFileStart(stick, files[1], 3), "efbbbf")
            compare(TestAdmin.stickFileStart(stick, files[0], 5), "3c21444f43") // <!DOC
            verify(TestUsage.events().indexOf("admin_action reports-usb") >= 0)
            verify(Librarian.active)
        }

        function test_reportsWithoutAStick() {
            enter()
            const none = TestAdmin.makeMountRoot("none")
            shell.open("admin-reports", { mountRoot: none })
            tryVerify(() => child("usbResult").text.indexOf("не знайдено") >= 0, 5000,
                      child("usbResult").text)
            verify(!child("writeReportsButton").enabled, "nothing to write to")
            // A read-only stick is plugged in, then "Look again".
            const readOnly = TestAdmin.makeMountRoot("ro")
            shell.currentItem.mountRoot = readOnly
            tryVerify(() => child("lookAgainButton").enabled, 5000)
            tap("lookAgainButton")
            tryVerify(() => findChild(shell.currentItem, "drive-0") !== null, 5000)
            tryVerify(() => child("writeReportsButton").enabled, 5000)
            tap("writeReportsButton")
            tryVerify(() => child("usbResult").text.indexOf("лише для читання") >= 0, 10000,
                      child("usbResult").text)
            compare(TestAdmin.stickFiles(readOnly).length, 0)
        }

        function test_kioskSettingsApply() {
            enter()
            tap("adminKioskButton")
            compare(shell.currentScreen, "admin-kiosk")
            tap("choice-session/idle_timeout-120")
            tap("saveButton")
            compare(Session.idleTimeoutSeconds, 120)
            compare(Settings.value("session/idle_timeout"), "120")
            tap("choice-session/idle_timeout-90")
            tap("saveButton")
            compare(Session.idleTimeoutSeconds, 90)
        }

        // Fills the required fields of the local portal form.
        function fillPortal(url: string) {
            compare(shell.currentScreen, "admin-portal-edit")
            child("field-nameUk").text = "Черга ЦНАП Луцьк"
            child("field-descriptionUk").text = "Записатися на прийом до ЦНАП"
            child("field-area").text = "Луцька міська громада"
            child("field-url").text = url
        }

        function test_addLocalPortalShowsToCitizens() {
            enter()
            tap("adminPortalsButton")
            compare(shell.currentScreen, "admin-portals")
            verify(child("marks-diia").text.length > 0, "every portal is listed with its marks")
            tap("addPortalButton")
            fillPortal("https://cnap.lutsk-hromada.test/")
            tap("category-documents-id")
            tap("saveButton")
            // Checked live first; nothing answers at that name here, so the librarian is warned
            // and decides.
            tryVerify(() => child("saveAnywayButton").visible, 15000, "a warning to confirm")
            verify(child("checkWarning").text.length > 0)
            compare(shell.currentScreen, "admin-portal-edit")
            tap("saveAnywayButton")
            tryCompare(shell, "currentScreen", "admin-portals")
            compare(child("portalsMessage").text, "Збережено. Відвідувачі вже бачать зміни.")
            const id = "local.cherha-tsnap-lutsk"
            verify(child("marks-" + id).text.indexOf("Місцевий портал") >= 0, child("marks-" + id).text)
            verify(TestUsage.events().indexOf("admin_change portal:" + id) >= 0)

            // A citizen finds it at once, without a restart.
            tap("leaveLibrarianButton")
            mouseClick(shell, shell.width / 3, shell.height / 2)
            verify(Session.active)
            tap("searchButton")
            compare(shell.currentScreen, "search")
            child("searchField").text = "черга цнап"
            tryVerify(() => findChild(shell.currentItem, "result-" + id) !== null, 3000,
                      "the new portal is among the results")
            Session.finish()

            // Hidden from the librarian's list: no longer found by citizens; then removed.
            enter()
            tap("adminPortalsButton")
            tap("hideButton-" + id)
            verify(child("marks-" + id).text.indexOf("Приховано від відвідувачів") >= 0)
            tap("removeButton-" + id)
            tap("confirmRemoveButton-" + id)
            tryVerify(() => findChild(shell.currentItem, "portalRow-" + id) === null, 2000)
        }

        function test_plainHttpAddressRefused() {
            enter()
            tap("adminPortalsButton")
            tap("addPortalButton")
            fillPortal("http://cnap.lutsk-hromada.test/")
            tap("saveButton")
            compare(child("problem-url").text,
                    "Приймаються лише захищені адреси: вона має починатися з https:// (http:// не приймається).")
            verify(!child("checkState").visible, "refused before any check")
            compare(shell.currentScreen, "admin-portal-edit")
            tap("adminBackButton")
            compare(shell.currentScreen, "admin-portals")
            verify(findChild(shell.currentItem, "portalRow-local.cherha-tsnap-lutsk") === null,
                   "nothing was saved")
        }

        function test_recordHeldTrainingIsCounted() {
            enter()
            const before = child("statusTrainingsMonth").text
            tap("adminTrainingsButton")
            compare(shell.currentScreen, "admin-trainings")
            const summaryBefore = child("monthSummary").text
            tapInView("unlistedChoice")
            tapInView("participantsKey-1")
            tapInView("participantsKey-2")
            compare(child("participantsValue").text, "12")
            tapInView("participantsPlus")
            compare(child("participantsValue").text, "13")
            tapInView("participantsMinus")
            compare(child("participantsValue").text, "12")
            tapInView("recordButton")
            verify(child("recordMessage").text.indexOf("12") >= 0, child("recordMessage").text)
            verify(child("monthSummary").text !== summaryBefore)
            // Newest first: this record heads the month's list.
            verify(child("monthRecord").text.indexOf("12") >= 0, child("monthRecord").text)
            verify(TestUsage.events().indexOf("training_recorded not-in-calendar:2026-12-01") >= 0)
            // Counted on the status too.
            tap("adminBackButton")
            tryCompare(shell, "currentScreen", "admin-home")
            verify(child("statusTrainingsMonth").text !== before, child("statusTrainingsMonth").text)
        }

        function test_participantsOutOfRangeRefused() {
            enter()
            tap("adminTrainingsButton")
            tapInView("unlistedChoice")
            for (const digit of "999")
                tapInView("participantsKey-" + digit)
            verify(child("participantsProblem").visible)
            verify(!child("recordButton").enabled)
        }

        function test_calendarTestShowsTrainings() {
            enter()
            tap("adminTrainingsButton")
            child("field-schedule/source").text = Qt.resolvedUrl("../data/ics/weekly-no-end.ics").toString()
            tapInView("testButton")
            tryVerify(() => findChild(shell.currentItem, "testTraining") !== null, 10000)
            verify(child("testMessage").visible)
            compare(child("testMessage").color, Theme.text)

            child("field-schedule/source").text = Qt.resolvedUrl("../data/ics/no-such.ics").toString()
            tapInView("testButton")
            tryVerify(() => findChild(shell.currentItem, "testTraining") === null, 10000)
            tryCompare(child("testMessage"), "color", Theme.danger)
        }

        function test_directoryUpdateWithoutAFeedSaysSo() {
            enter()
            tap("adminDirectoryButton")
            compare(shell.currentScreen, "admin-directory")
            verify(child("healthText").text !== "")
            tapInView("updateButton")
            verify(child("updateResult").visible)
            verify(child("updateMeaning").text !== "")
        }
    }
}
