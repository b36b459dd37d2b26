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

        function enter() {
            holdLibraryName(5300)
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
        }

        // Leave nothing on for the next test file: it has its own shell.
        function cleanupTestCase() {
            Librarian.leave()
            Session.finish()
        }

        function test_longPressPinHome() {
            enter()
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
            holdLibraryName(5300)
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
    }
}
