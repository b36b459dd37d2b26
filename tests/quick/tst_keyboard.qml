// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtTest
import Mist
import MistTest

// Keyboard and switch access (issue 18): the main journeys with keys alone, as from a USB keypad
// or a switch interface that sends Tab, Enter, Space and Escape. No mouse or touch event is sent
// in these tests. Tab and Shift+Tab move in reading order, Enter and Space press, Escape goes
// back, and the control reached always shows its frame.
Item {
    id: root

    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    SignalSpy {
        id: portalSpy
        signalName: "portalRequested"
    }

    TestCase {
        id: testCase
        name: "Keyboard"
        when: windowShown

        function child(name: string): Item {
            const item = findChild(shell.currentItem, name) || findChild(shell, name)
            verify(item, "no item named " + name)
            return item
        }

        function focused(): Item {
            return root.Window.activeFocusItem
        }

        function inside(item: Item, ancestor: Item): bool {
            for (let it = item; it; it = it.parent) {
                if (it === ancestor)
                    return true
            }
            return false
        }

        function focusedName(): string {
            const item = focused()
            return item ? item.objectName : "(nothing)"
        }

        // The frame drawn for the focused control (FocusFrame), wherever it is drawn.
        // Made as the control's child; inside a scrolled list or page, drawn at the window's top.
        function frameOf(control: Item): Item {
            const places = [control.data, root.Window.contentItem.children]
            for (const items of places) {
                for (let i = 0; i < items.length; ++i) {
                    const frame = items[i]
                    if (frame && frame.hasOwnProperty("shown") && frame.control === control)
                        return frame
                }
            }
            return null
        }

        // The focused control shows a frame that is on the screen.
        function verifyFrame(control: Item) {
            const control_ = control as T.Control
            verify(control_, control.objectName + " is not a control")
            verify(control_.visualFocus, control.objectName + " has no visual focus (reason "
                   + control_.focusReason + ")")
            const frame = frameOf(control)
            verify(frame, control.objectName + " has no focus frame")
            verify(frame.visible, control.objectName + ": its frame is hidden")
            const box = control.mapToItem(root, 0, 0, control.width, control.height)
            verify(box.y >= 0 && box.y + box.height <= root.height + 1,
                   control.objectName + " is off the screen: " + JSON.stringify(box))
        }

        // Tab (or Shift+Tab) until the control named gets the keyboard; every stop on the way is
        // a visible, enabled control with its frame. In a web page the page's renderer moves
        // the focus a moment later: pause after each key.
        function tabTo(name: string, backwards: bool, pause = 0): Item {
            for (let i = 0; i < 60; ++i) {
                keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
                wait(pause) // a list moves the keys to its first row a moment later
                const item = focused()
                verify(item, "Tab left nothing with the keyboard")
                verify(item.visible && item.enabled, item.objectName + " is hidden or disabled")
                if (item.objectName === name) {
                    verifyFrame(item)
                    return item
                }
            }
            fail("Tab never reached " + name + " (at " + focusedName() + ")")
            return null
        }

        // The names of the controls Tab visits from where the focus is, until it comes back.
        function tabCycle(backwards: bool): list<string> {
            const names = []
            for (let i = 0; i < 60; ++i) {
                keyClick(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier)
                wait(0)
                const name = focusedName()
                if (names.length > 0 && name === names[0])
                    return names
                names.push(name)
            }
            fail("Tab never came back to " + names[0] + ": " + names.join(", "))
            return names
        }

        function startVisitByKey() {
            compare(shell.currentScreen, "attract")
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "home")
            verify(Session.active)
        }

        function init() {
            Session.finish()
            wait(0) // let closed screens be deleted
            compare(shell.currentScreen, "attract")
            portalSpy.clear()
            root.width = 1920
            root.height = 1080
            waitForRendering(shell, 2000)
        }

        function cleanup() {
            Session.finish()
            wait(0)
            Preferences.highContrast = false
            root.width = 1920
            root.height = 1080
        }

        // WCAG 2.1 relative luminance and contrast, as in tst_theme.qml.
        function luminance(c: color): real {
            const channel = x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
        }
        function contrast(a: color, b: color): real {
            const la = luminance(a)
            const lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        // What is drawn on the screen: the frame's band left of the control, against the
        // colour just outside the frame and the colour of the gap between frame and control.
        function verifyFrameIsSeen(control: Item) {
            waitForRendering(shell, 2000)
            const image = grabImage(root)
            const box = control.mapToItem(root, 0, 0, control.width, control.height)
            const y = Math.round(box.y + box.height / 2)
            const band = Math.round(box.x - Theme.focusFrameGap - Theme.focusFrameWidth / 2)
            const outside = Math.round(box.x - Theme.focusFrameGap - Theme.focusFrameWidth - 2)
            const gap = Math.round(box.x - Theme.focusFrameGap / 2)
            const frame = image.pixel(band, y)
            for (const x of [outside, gap]) {
                const ratio = contrast(frame, image.pixel(x, y))
                verify(ratio >= 3, control.objectName + ": the frame " + frame + " against "
                       + image.pixel(x, y) + " is " + ratio.toFixed(2) + ":1")
            }
        }

        // On the paper page, on the dark bar, and on the red Finish, in both themes.
        function test_focusFrameIsSeen_data() {
            return [ { tag: "normal", highContrast: false }, { tag: "high contrast", highContrast: true } ]
        }
        function test_focusFrameIsSeen(data) {
            startVisitByKey()
            Preferences.highContrast = data.highContrast
            for (const name of ["languageButton", "finishButton", "searchButton",
                                "tile-hromada-services", "tile-help"])
                verifyFrameIsSeen(tabTo(name, false))
            keyClick(Qt.Key_Return) // on Help
            compare(shell.currentScreen, "help")
            verifyFrameIsSeen(tabTo("backButton", false))
        }

        function test_enterOrSpaceStartsTheVisit() {
            startVisitByKey()
            Session.finish()
            wait(0)
            keyClick(Qt.Key_Space)
            compare(shell.currentScreen, "home")
        }

        // The bar from left to right, then the screen from top to bottom and left to right;
        // Shift+Tab walks the same way back. Disabled Back and Home are passed over.
        function test_tabWalksTheHomeScreenInReadingOrder() {
            startVisitByKey()
            const expected = ["languageButton", "contrastButton", "textSizeButton", "motionButton",
                              "finishButton", "searchButton", "tile-hromada-services",
                              "tile-national-services", "tile-trainings", "tile-learn", "tile-help"]
            const forward = tabCycle(false)
            compare(forward.join(" "), expected.join(" "))
            const backward = tabCycle(true)
            compare(backward.join(" "), expected.slice().reverse().join(" "))
            // Every stop shows its frame.
            for (const name of expected) {
                const item = tabTo(name, false)
                verifyFrame(item)
            }
        }

        // Home → a topic → a service → "Open here" → Finish, by keys alone.
        function test_serviceJourneyByKeys() {
            startVisitByKey()
            tabTo("tile-national-services", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "national-services")
            tabTo("category-documents-id", false)
            keyClick(Qt.Key_Space)
            compare(shell.currentScreen, "service-list")
            tabTo("service-diia", false)
            keyClick(Qt.Key_Enter)
            compare(shell.currentScreen, "service")
            compare(child("serviceName").text, "Дія — державні послуги онлайн")

            portalSpy.target = shell.currentItem
            tabTo("openHereButton", false)
            keyClick(Qt.Key_Return)
            compare(portalSpy.count, 1)
            compare(portalSpy.signalArguments[0][0], "diia")
            tryVerify(() => shell.browser !== null, 5000, "the browser opens")
            portalSpy.target = null

            // The browser's own bar by keys: Shift+Tab from the page reaches Finish, and
            // Tab stays in the browser: nothing of the screens under it is reached.
            tryVerify(() => focused() !== null && inside(focused(), shell.browser), 5000)
            tabTo("browserFinishButton", true, 300)
            for (let i = 0; i < 8; ++i) {
                keyClick(Qt.Key_Tab, Qt.ShiftModifier)
                wait(300)
                verify(inside(focused(), shell.browser), "Tab left the browser for "
                       + focusedName())
            }
            tabTo("browserFinishButton", false, 300)
            keyClick(Qt.Key_Return)
            verify(!Session.active)
            compare(shell.currentScreen, "attract")
        }

        // Escape (and Alt+Left) is the bar's Back.
        function test_escapeGoesBack() {
            startVisitByKey()
            tabTo("tile-national-services", false)
            keyClick(Qt.Key_Return)
            tabTo("category-documents-id", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "service-list")
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "national-services")
            keyClick(Qt.Key_Left, Qt.AltModifier) // a browser's Back
            compare(shell.currentScreen, "home")
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "home", "Escape at home stays there")
            verify(Session.active, "Escape never ends the visit")
        }

        // Search by typing on a physical keyboard: the field has the keys at once, results follow,
        // Tab reaches a result and Enter opens it; Escape leaves the field's screen.
        function test_searchByTyping() {
            startVisitByKey()
            tabTo("searchButton", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "search")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000, "the field takes the keys at once")
            for (const letter of "pension") {
                keyClick(letter)
                waitForRendering(shell, 500) // a person's pace: the results follow each key
            }
            compare(field.text, "pension")
            const list = child("resultList") as ListView
            tryCompare(list, "count", 1)
            // Space in the field is a space, not a press.
            keyClick(Qt.Key_Space)
            compare(field.text, "pension ")
            keyClick(Qt.Key_Backspace)
            tabTo("result-pfu-portal", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "service")
            compare(child("serviceName").text, "Пенсійний фонд — електронні послуги")
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "search")
            compare((child("searchField") as TextField).text, "pension", "Back keeps what was typed")
        }

        // A list longer than the screen: Tab reaches every row in the list's order, scrolling
        // each into view, and Shift+Tab comes back the same way; the arrow keys scroll.
        function test_tabReachesEveryRowOfALongList() {
            root.width = 1280
            root.height = 800
            startVisitByKey()
            tabTo("searchButton", false)
            keyClick(Qt.Key_Return)
            keyClick("a") // a letter in nearly every name
            waitForRendering(shell, 2000)
            const list = child("resultList") as ListView
            verify(list.count >= 8, "results: " + list.count)
            const model = list.model as DirectoryModel
            verify(list.contentHeight > list.height * 1.5, "the list scrolls")
            const first = "result-" + model.idAt(0) // rows come and go as the list scrolls: names
            tabTo(first, false)
            for (let row = 1; row < list.count; ++row) {
                keyClick(Qt.Key_Tab)
                wait(0)
                compare(focusedName(), "result-" + model.idAt(row), "row " + row)
                verifyFrame(focused())
            }
            for (let row = list.count - 2; row >= 0; --row) {
                keyClick(Qt.Key_Tab, Qt.ShiftModifier)
                wait(0)
                compare(focusedName(), "result-" + model.idAt(row), "back to row " + row)
                verifyFrame(focused())
            }
            compare(focusedName(), first)
            compare(list.contentY, list.originY, "at the top again")
            // The arrow keys scroll the list, the keys stay where they were.
            keyClick(Qt.Key_PageDown)
            verify(list.contentY > list.originY, "Page Down scrolled")
            keyClick(Qt.Key_Up)
            compare(focusedName(), first)
        }

        // The visit's documents by keys: the bar's Documents, a document's pages to the last
        // (where "Next page" gives way and the keys go on), Back, and Remove with its question.
        function test_documentsByKeys() {
            startVisitByKey()
            TestDocuments.add(2, "Довідка", "")
            tabTo("documentsButton", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "documents-tray")
            tabTo("openDocumentButton", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "documents-viewer")
            tryVerify(() => child("nextPage").enabled, 5000, "the document opens")
            tabTo("nextPage", false)
            keyClick(Qt.Key_Return)
            compare(child("pageCounter").text, "Сторінка 2 з 2")
            verify(!child("nextPage").enabled)
            tryVerify(() => focused() && (focused() as T.Control) && (focused() as T.Control).visualFocus,
                      2000, "the keys went on from the last page's Next: " + focusedName())
            verifyFrame(focused())
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "documents-tray")

            tabTo("removeDocumentButton", false)
            keyClick(Qt.Key_Return)
            tryCompare(root.Window, "activeFocusItem", child("keepDocumentButton"), 2000,
                       "the keys go to the safe answer")
            verifyFrame(focused())
            keyClick(Qt.Key_Return)
            tryCompare(root.Window, "activeFocusItem", child("removeDocumentButton"), 2000)
            verifyFrame(focused())
            compare(Documents.count, 1, "kept")
            keyClick(Qt.Key_Space)
            tabTo("confirmRemoveButton", false)
            keyClick(Qt.Key_Return)
            compare(Documents.count, 0, "removed")
        }

        // "I need more time" by key: the warning takes the keys and gives them back.
        function test_idleWarningMoreTimeByKey() {
            startVisitByKey()
            const tile = tabTo("tile-help", false)
            TestClock.advance(90000)
            verify(Session.warningActive)
            const warning = child("idleWarning")
            verify(warning.visible)
            tryVerify(() => focused() && inside(focused(), warning),
                      2000, "the warning has the keys")
            // Tab stays within the warning's two buttons.
            const names = tabCycle(false)
            compare(names.slice().sort().join(" "), "finishNowButton moreTimeButton")
            verifyFrame(focused())
            tabTo("moreTimeButton", false)
            keyClick(Qt.Key_Return)
            verify(!Session.warningActive)
            verify(Session.active)
            compare(shell.currentScreen, "home")
            compare(focused(), tile, "the tile has the keys again")
            verifyFrame(tile)

            // Space and Escape are "more time" too; Enter on "Finish now" finishes.
            TestClock.advance(90000)
            verify(Session.warningActive)
            keyClick(Qt.Key_Escape)
            verify(!Session.warningActive)
            verify(Session.active)
            TestClock.advance(90000)
            tabTo("finishNowButton", false)
            keyClick(Qt.Key_Space)
            verify(!Session.active)
            compare(shell.currentScreen, "attract")
        }

        // Less motion by key, on the bar at full width and in "More" on a narrow panel; the end
        // of the visit turns it off again.
        function test_lessMotionByKeyAndResetWithTheSession() {
            startVisitByKey()
            verify(!Preferences.reducedMotion)
            tabTo("motionButton", false)
            keyClick(Qt.Key_Return)
            verify(Preferences.reducedMotion)
            verify(Theme.reducedMotion)
            compare(child("motionButton").tone, KioskButton.Tone.Accent, "it shows that it is on")
            // Screens change at once: no transition is running after the key press.
            tabTo("tile-help", false)
            keyClick(Qt.Key_Return)
            compare(shell.currentScreen, "help")
            verify(!(findChild(shell, "screenStack") as StackView).busy, "a transition runs")
            keyClick(Qt.Key_Escape)
            compare(shell.currentScreen, "home")
            verify(!(findChild(shell, "screenStack") as StackView).busy)
            tabTo("finishButton", false)
            keyClick(Qt.Key_Return)
            verify(!Session.active)
            verify(!Preferences.reducedMotion, "the next citizen gets the default")

            root.width = 1024
            root.height = 768
            waitForRendering(shell, 2000)
            startVisitByKey()
            verify(!child("motionButton").visible, "folded on a narrow panel")
            tabTo("moreButton", false)
            keyClick(Qt.Key_Return)
            const menu = child("moreMenu") as Popup
            tryVerify(() => menu.opened, 2000)
            tabTo("moreMotionButton", false)
            keyClick(Qt.Key_Space)
            verify(Preferences.reducedMotion)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !menu.visible, 2000, "Escape closes the menu")
            compare(shell.currentScreen, "home", "and does not go back")
            compare(focusedName(), "moreButton", "the keys are back on More")
            TestClock.advance(90000)
            TestClock.advance(30000)
            verify(!Session.active)
            verify(!Preferences.reducedMotion, "the idle end resets it too")
        }
    }
}
