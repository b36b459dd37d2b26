// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import QtTest
import Mist
import MistTest
import QtQuick.VirtualKeyboard.Settings

// A citizen looking for a service, against the bundled directory: browse by topic to a service
// page and "Open here"; search by typing; an honest answer when nothing matches; and nothing of
// it left after the session ends.
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
        name: "Journey"
        when: windowShown

        // Items of the current screen first, then the shell's own (bar, warning).
        function child(name: string): Item {
            const item = findChild(shell.currentItem, name) || findChild(shell, name)
            verify(item, "no item named " + name)
            return item
        }

        function tap(name: string) {
            // A screen just pushed is positioned on the next frame: tap where it really is.
            waitForRendering(shell, 2000)
            const item = child(name)
            verify(item.visible, name + " is not visible")
            mouseClick(item)
        }

        function startVisit() {
            compare(shell.currentScreen, "attract")
            mouseClick(shell, shell.width / 3, shell.height / 2)
            compare(shell.currentScreen, "home")
        }

        function typeText(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            Session.finish()
            wait(0) // let closed screens be deleted
            compare(shell.currentScreen, "attract")
            portalSpy.clear()
        }

        function test_browseToAServiceAndOpenIt() {
            startVisit()
            tap("tile-national-services")
            compare(shell.currentScreen, "national-services")
            // Only topics with national portals: no transport, family or education shelf.
            verify(findChild(shell.currentItem, "category-documents-id"))
            verify(findChild(shell.currentItem, "category-taxes"))
            compare(findChild(shell.currentItem, "category-transport"), null)
            compare(findChild(shell.currentItem, "category-family-children"), null)
            compare((child("category-documents-id") as CategoryTile).subtitle, "3 послуги")

            tap("category-documents-id")
            compare(shell.currentScreen, "service-list")
            compare(child("listHeading").text, "Документи та посвідчення")
            compare((child("serviceList") as ListView).count, 3)

            tap("service-diia")
            compare(shell.currentScreen, "service")
            compare(child("serviceName").text, "Дія — державні послуги онлайн")
            compare(child("serviceHost").text, "diia.gov.ua")
            verify(child("eIdInfo").visible, "Diia says which e-ID it needs")
            // No counter of its own: the local centre's address is offered instead.
            verify(child("inPersonCard").visible)
            verify(child("inPersonAddress").text.indexOf("Лесі Українки") >= 0)
            const qr = child("qrImage") as Image
            tryCompare(qr, "status", Image.Ready)
            compare(qr.sourceSize.width, Math.round(qr.width))
            verify(qr.source.toString().indexOf("image://qr/https%3A%2F%2Fdiia.gov.ua") === 0,
                   qr.source)

            portalSpy.target = shell.currentItem
            tap("openHereButton")
            compare(portalSpy.count, 1)
            compare(portalSpy.signalArguments[0][0], "diia")

            // Back walks the same way home.
            portalSpy.target = null
            while (shell.currentScreen !== "home" && shell.depth > 1)
                tap("backButton")
            compare(shell.currentScreen, "home")
        }

        // What the visit leaves in the usage log: which topic, service, QR code and portal, and
        // how many results a search found, never what was typed.
        function test_usageLogRecordsTheVisitAndNoTypedText() {
            startVisit()
            tap("tile-national-services")
            tap("category-documents-id")
            tap("service-diia")
            tap("openHereButton")
            tryVerify(() => shell.browser !== null, 5000, "the browser opens")
            shell.closePortal()
            tap("homeButton")
            tap("searchButton")
            typeText("pension")
            wait(2500) // a search counts once the citizen pauses (SearchScreen.qml)
            const events = TestUsage.events()
            for (const expected of ["category_opened documents-id", "service_viewed diia",
                                    "qr_shown diia", "portal_opened diia", "search_done",
                                    "screen_viewed search"])
                verify(events.indexOf(expected) >= 0, expected + " missing from " + events.join("; "))
            verify(events.every(line => line.indexOf("pension") < 0), "typed text in the log")
            verify(events.every(line => line.indexOf("diia.gov.ua") < 0), "an address in the log")
        }

        // Typed, then a result tapped within the pause: one search, recorded at the tap (not
        // again when the pause runs out). Typed, then Finish within the pause: that search
        // counts too; it was lost before issue 19.
        function test_searchCountsWhenTheCitizenMovesOnWithinThePause() {
            const searches = () => TestUsage.events().filter(line => line === "search_done").length
            const before = searches()
            startVisit()
            tap("searchButton")
            typeText("pension")
            tryCompare(child("resultList") as ListView, "count", 1)
            tap("result-pfu-portal")
            compare(shell.currentScreen, "service")
            compare(searches(), before + 1)
            wait(2500) // the search screen's pause runs out behind the service page
            compare(searches(), before + 1)
            tap("homeButton")
            tap("searchButton")
            typeText("land")
            Session.finish()
            compare(searches(), before + 2)
        }

        function test_hromadaServicesShowOnlyLocalTopics() {
            startVisit()
            tap("tile-hromada-services")
            compare(shell.currentScreen, "hromada-services")
            verify(findChild(shell.currentItem, "category-participation"))
            compare(findChild(shell.currentItem, "category-taxes"), null)
            tap("category-documents-id")
            const list = child("serviceList") as ListView
            compare(list.count, 1)
            tap("service-lutsk-cnap")
            // Its own counter, with its own address.
            verify(child("inPersonAddress").text.indexOf("Лесі Українки, 35") >= 0)
        }

        function test_searchByTypingToAService() {
            startVisit()
            tap("searchButton")
            compare(shell.currentScreen, "search")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000, "the field takes the keyboard at once")
            verify(child("example-0").visible, "examples before typing")

            typeText("pension")
            compare(field.text, "pension")
            const list = child("resultList") as ListView
            tryCompare(list, "count", 1)
            verify(child("resultCount").visible)
            verify(!child("emptyState").visible)
            tap("result-pfu-portal")
            compare(shell.currentScreen, "service")
            compare(child("serviceName").text, "Пенсійний фонд — електронні послуги")
        }

        // Every Key of the on-screen keyboard now shown, by its text.
        function keyboardKeys(item: Item, found: var): var {
            if (item.hasOwnProperty("alternativeKeys") && item.hasOwnProperty("displayText")
                    && item.text.length > 0)
                found[item.text] = item
            for (let i = 0; i < item.children.length; ++i)
                keyboardKeys(item.children[i], found)
            return found
        }

        // The key showing text on the keyboard; waits for the keyboard to lay it out.
        function keyboardKey(text: string): Item {
            const panel = child("keyboard")
            tryVerify(() => keyboardKeys(panel, {})[text] !== undefined, 3000, "no key " + text)
            return keyboardKeys(panel, {})[text]
        }

        function test_typeOnTheOnScreenKeyboard() {
            startVisit()
            tap("searchButton")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000)
            const panel = child("keyboard")
            tryVerify(() => panel.active, 2000, "the keyboard is up for the field")
            // Ukrainian letters on the main page, the kiosk's language first.
            for (const letter of ["ґ", "є", "і", "ї"])
                keyboardKey(letter)
            for (const letter of ["п", "е", "н", "с"])
                mouseClick(keyboardKey(letter))
            compare(field.text, "пенс")
            tryVerify(() => findChild(shell.currentItem, "result-pfu-portal") !== null, 2000)

            // The apostrophe: one tap beside the field, and on the keyboard's symbols page.
            mouseClick(child("apostropheButton"))
            compare(field.text, "пенс’")
            panel.keyboard.symbolMode = true
            waitForRendering(shell, 2000)
            keyboardKey("'")
            panel.keyboard.symbolMode = false

            // Switch to English letters and type one; and back.
            const switcher = child("keyboardLanguageButton") as KioskButton
            compare(switcher.text, "Англійські літери")
            mouseClick(switcher)
            compare(VirtualKeyboardSettings.locale, "en_US")
            tap("clearButton")
            mouseClick(keyboardKey("q"))
            compare(field.text, "q")
            mouseClick(switcher)
            compare(VirtualKeyboardSettings.locale, "uk_UA")
            keyboardKey("ї")
        }

        function test_resultsFollowEveryKeyAndLanguage() {
            startVisit()
            tap("searchButton")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000)
            const list = child("resultList") as ListView
            const panel = child("keyboard")
            tryVerify(() => panel.active, 2000)
            mouseClick(keyboardKey("з"))
            compare(field.text, "з")
            const broad = list.count
            verify(broad > 0)
            for (const letter of ["е", "м", "л", "я"])
                mouseClick(keyboardKey(letter))
            compare(field.text, "земля")
            verify(list.count > 0 && list.count <= broad, list.count + " of " + broad)
            const results = list.model as DirectoryModel
            verify(results.rowOf("cadastral-map") >= 0, "the land map is found")
            verify(results.rowOf("land-eservices") >= 0)
            verify(results.rowOf("diia") < 0)
        }

        function test_emptyStateIsHonestAndHelps() {
            startVisit()
            tap("searchButton")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000)
            typeText("qqxzv")
            const list = child("resultList") as ListView
            compare(list.count, 0)
            verify(child("emptyState").visible)
            compare(child("emptyState").text, "За запитом «qqxzv» нічого не знайдено.")
            verify(!child("resultCount").visible)

            // Every suggested search finds something, in both languages.
            for (const language of ["uk", "en"]) {
                Preferences.language = language
                for (let i = 0; i < 5; ++i) {
                    if (field.text.length > 0)
                        tap("clearButton")
                    tap("example-" + i)
                    verify(list.count > 0, "example " + i + " (" + field.text + ") finds nothing")
                    verify(!child("emptyState").visible)
                }
            }
            tap("clearButton")
            compare(field.text, "")
            verify(child("example-0").visible)
        }

        function test_nothingSurvivesTheSession() {
            startVisit()
            tap("searchButton")
            const field = child("searchField") as TextField
            tryVerify(() => field.activeFocus, 2000)
            typeText("pension")
            tryCompare(child("resultList") as ListView, "count", 1)

            Session.finish()
            compare(shell.currentScreen, "attract")
            tryVerify(() => findChild(shell, "searchField") === null, 2000,
                      "the search screen of the last visit still exists")

            startVisit()
            tap("searchButton")
            compare((child("searchField") as TextField).text, "")
            verify(!child("resultList").visible, "no results before typing")
            verify(child("example-0").visible)

            tap("homeButton")
            tap("tile-national-services")
            tap("category-taxes")
            Session.finish()
            tryVerify(() => findChild(shell, "serviceList") === null, 2000)
            startVisit()
            compare(shell.depth, 1)
        }

        function test_languageSwitchRetranslatesThePage() {
            startVisit()
            shell.open("service", { serviceId: "pfu-portal" })
            compare(child("serviceName").text, "Пенсійний фонд — електронні послуги")
            tap("languageButton")
            compare(child("serviceName").text, "Pension Fund — e-services")
            compare(child("openHereButton").text, "Open here")
        }

        function test_unknownServiceSaysSoHonestly() {
            startVisit()
            shell.open("service", { serviceId: "no-such-portal" })
            verify(child("serviceGone").visible)
            verify(!child("openHereButton").visible)
            tap("goneHomeButton")
            compare(shell.currentScreen, "home")
        }
    }
}
