// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist
import MistTest

// A citizen's visit, end to end: attract → home → screens → idle warning → more time →
// idle → attract, and "Finish". After every ending nothing of the visit may remain.
Item {
    id: root

    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "SessionFlow"
        when: windowShown

        // Items of the current screen first, then the shell's own (bar, warning): a screen
        // that was just closed may linger until the event loop deletes it.
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

        function init() {
            Session.finish()
            wait(0) // let closed screens be deleted
            compare(shell.currentScreen, "attract")
            compare(shell.depth, 1)
        }

        function test_aTouchAnywhereStarts() {
            // Runs first (test functions run by name): nothing has run idle yet, so the idle
            // warning has not been made; it is made when first needed (issue 19: startup).
            const warning = child("idleWarning") as Loader
            verify(warning !== null && warning.item === null, "the idle warning was made at start")
            verify(!Session.active)
            verify(!child("finishButton").visible, "no Finish on the attract screen")
            startVisit()
            verify(Session.active)
            verify(child("finishButton").visible)
            verify(child("languageButton").visible)
        }

        function test_idleWarningMoreTimeThenTimeout() {
            startVisit()
            tap("tile-help")
            compare(shell.currentScreen, "help")

            TestClock.advance(89000)
            verify(!Session.warningActive)
            TestClock.advance(1000)
            verify(Session.warningActive)
            verify(child("idleWarning").visible)
            verify(child("idleCountdown").text.indexOf("30") >= 0, child("idleCountdown").text)
            TestClock.advance(12000)
            verify(child("idleCountdown").text.indexOf("18") >= 0, child("idleCountdown").text)

            tap("moreTimeButton")
            verify(!Session.warningActive)
            verify(!child("idleWarning").visible)
            compare(shell.currentScreen, "help", "more time keeps the citizen where they were")

            TestClock.advance(90000)
            verify(Session.warningActive)
            TestClock.advance(30000)
            verify(!Session.active)
            compare(shell.currentScreen, "attract")
            compare(shell.depth, 1)
            verify(!child("idleWarning").visible)
        }

        function test_touchesInsideAScreenKeepTheSessionAlive() {
            startVisit()
            TestClock.advance(80000)
            mouseClick(shell, shell.width / 2, shell.height - 10)
            TestClock.advance(80000)
            verify(!Session.warningActive, "a touch 80 s ago restarted the idle time")
            TestClock.advance(10000)
            verify(Session.warningActive)
        }

        function test_finishForgetsEverything() {
            startVisit()
            tap("languageButton")
            compare(Preferences.language, "en")
            tap("textSizeButton")
            compare(Preferences.textScale, 1.25)
            tap("tile-national-services")
            compare(shell.currentScreen, "national-services")
            compare(child("servicesHeading").text, "Choose a topic")
            compare(shell.depth, 2)

            tap("finishButton")
            verify(!Session.active)
            compare(shell.currentScreen, "attract")
            compare(shell.depth, 1)
            compare(Preferences.language, "uk")
            compare(Preferences.textScale, 1.0)
            compare(child("attractHeadline").text,
                    "Державні послуги онлайн — просто тут, у бібліотеці")
            // The screens of the visit are gone, not merely hidden.
            tryVerify(() => findChild(shell, "servicesHeading") === null, 2000,
                      "a screen of the last visit still exists")
            tryVerify(() => findChild(shell, "tile-help") === null, 2000)
        }

        function test_timeoutForgetsTheLanguageToo() {
            startVisit()
            tap("languageButton")
            compare(Preferences.language, "en")
            TestClock.advance(90000)
            TestClock.advance(30000)
            compare(shell.currentScreen, "attract")
            compare(Preferences.language, "uk")
        }

        function test_languageSwitchesLiveOnEveryScreen() {
            startVisit()
            compare((child("tile-national-services") as Tile).title, "Державні е-послуги")
            tap("languageButton")
            compare(shell.currentScreen, "home", "the same screen, retranslated in place")
            compare((child("tile-national-services") as Tile).title, "National e-services")
            compare(child("languageButton").text, "Українська")
            tap("tile-help")
            tap("languageButton")
            compare(Preferences.language, "uk")
            compare(shell.currentScreen, "help")
        }

        function test_attractLanguageButtonStartsInEnglish() {
            tap("attractLanguageButton")
            verify(Session.active)
            compare(Preferences.language, "en")
            compare(shell.currentScreen, "home")
        }

        function test_backAndHome() {
            startVisit()
            verify(!child("backButton").enabled)
            tap("tile-learn")
            compare(shell.currentScreen, "learn")
            verify(child("backButton").enabled)
            tap("backButton")
            compare(shell.currentScreen, "home")
            tap("tile-trainings")
            compare(shell.currentScreen, "trainings")
            tap("homeButton")
            compare(shell.currentScreen, "home")
            compare(shell.depth, 1)
            tap("tile-help")
            tap("homeButton")
            compare(shell.currentScreen, "home")
            compare(shell.depth, 1)
        }

        function test_finishOnTheWarning() {
            startVisit()
            TestClock.advance(90000)
            tap("finishNowButton")
            verify(!Session.active)
            compare(shell.currentScreen, "attract")
        }

        // Wholly inside the window: not cut at an edge.
        function onScreen(item: Item): bool {
            const box = item.mapToItem(root, 0, 0, item.width, item.height)
            return box.x >= 0 && box.y >= 0 && box.x + box.width <= root.width + 1
                    && box.y + box.height <= root.height + 1
        }

        // On a 4:3 panel and a portrait pedestal, at large text and in both languages, Finish
        // and the language switch stay on the bar; Contrast and Text size fold into "More",
        // which offers them.
        function test_narrowPanelsKeepFinishAndLanguage_data() {
            return [
                { tag: "1024x768 uk", w: 1024, h: 768, scale: 1.0, en: false },
                { tag: "1024x768 en 150", w: 1024, h: 768, scale: 1.5, en: true },
                { tag: "1080x1920 uk 150", w: 1080, h: 1920, scale: 1.5, en: false },
                { tag: "1920x1080 uk 150", w: 1920, h: 1080, scale: 1.5, en: false, wide: true }
            ]
        }
        function test_narrowPanelsKeepFinishAndLanguage(data) {
            root.width = data.w
            root.height = data.h
            startVisit()
            if (data.en)
                Preferences.language = "en"
            // As a citizen does it: "Text size" until it shows the size wanted.
            while (Math.abs(Preferences.textScale - data.scale) > 0.01)
                Preferences.cycleTextScale()
            tap("tile-national-services")
            waitForRendering(shell, 2000)
            for (const name of ["finishButton", "languageButton", "backButton", "homeButton"]) {
                verify(child(name).visible, name + " is shown")
                verify(onScreen(child(name)), name + " is inside the window")
            }
            if (data.wide) {
                verify(child("contrastButton").visible)
                verify(!child("moreButton").visible)
            } else {
                verify(!child("contrastButton").visible, "Contrast folded away")
                verify(onScreen(child("moreButton")))
                tap("moreButton")
                tryVerify(() => child("moreMenu").opened, 2000)
                verify(onScreen(child("moreContrastButton")))
                mouseClick(child("moreContrastButton"))
                verify(Preferences.highContrast, "Contrast works from the menu")
                Preferences.highContrast = false
                child("moreMenu").close()
            }
        }

        // "Read aloud" shows when the machine has a voice for the language, and keeps its place
        // on the bar beside the visit's documents on a 4:3 panel, a portrait pedestal and a
        // 1920x1080 panel, at large text and in both languages: every button whole, inside the window, its label on
        // one line, and none over another.
        function test_readAloudFitsTheBar_data() {
            // crowded: the portrait bar shows icons for the documents and Read aloud where their
            // words do not fit: in Ukrainian ("Прочитати вголос" is long), and with documents.
            return [
                { tag: "1024x768 uk", w: 1024, h: 768, scale: 1.0, en: false, documents: false, crowded: false },
                { tag: "1024x768 en 150 documents", w: 1024, h: 768, scale: 1.5, en: true, documents: true, crowded: false },
                { tag: "1080x1920 uk 150", w: 1080, h: 1920, scale: 1.5, en: false, documents: false, crowded: true },
                { tag: "1080x1920 en", w: 1080, h: 1920, scale: 1.0, en: true, documents: false, crowded: false },
                { tag: "1080x1920 uk 150 documents", w: 1080, h: 1920, scale: 1.5, en: false, documents: true, crowded: true },
                { tag: "1080x1920 en documents", w: 1080, h: 1920, scale: 1.0, en: true, documents: true, crowded: true },
                { tag: "1920x1080 uk", w: 1920, h: 1080, scale: 1.0, en: false, documents: false, crowded: false, wide: true },
                { tag: "1920x1080 uk 150 documents", w: 1920, h: 1080, scale: 1.5, en: false, documents: true, crowded: false }
            ]
        }
        function test_readAloudFitsTheBar(data) {
            root.width = data.w
            root.height = data.h
            // Sizes as Main.qml scales them for the panel.
            Theme.zoom = Math.min(Math.max(data.w, data.h) / 1920, Math.min(data.w, data.h) / 1080)
            startVisit()
            verify(!child("readAloudButton").visible, "hidden while no voice is known")
            TestSpeech.giveVoices()
            verify(child("readAloudButton").visible)
            if (data.documents)
                TestDocuments.add(2, "Довідка про розмір пенсії", "")
            if (data.en)
                Preferences.language = "en"
            while (Math.abs(Preferences.textScale - data.scale) > 0.01)
                Preferences.cycleTextScale()
            tap("tile-national-services")
            waitForRendering(shell, 2000)
            const names = ["backButton", "homeButton", "readAloudButton", "languageButton",
                           "finishButton"].concat(data.documents ? ["documentsButton"] : [])
                    .concat(child("moreButton").visible ? ["moreButton"] : ["contrastButton", "textSizeButton"])
            compare(child("readAloudButton").iconOnly, data.crowded)
            // On a 1920x1080 panel Read aloud keeps its words and only Less motion folds into
            // "More" (with Read aloud and Less motion there is no room for all three beside the
            // title); Contrast and Text size stay on the bar where they fit, otherwise More
            // offers them.
            if (data.wide) {
                verify(child("moreButton").visible, "Less motion is folded")
                const onBar = child("contrastButton").visible && child("textSizeButton").visible
                tap("moreButton")
                tryVerify(() => child("moreMenu").opened, 2000)
                verify(onScreen(child("moreMotionButton")))
                compare(child("moreContrastButton").visible, !onBar)
                compare(child("moreTextSizeButton").visible, !onBar)
                child("moreMenu").close()
                tryVerify(() => !child("moreMenu").visible, 2000)
            }
            if (data.documents)
                compare(child("documentsButton").iconOnly, data.crowded)
            const boxes = []
            for (const name of names) {
                const item = child(name)
                verify(item.visible, name + " is shown")
                verify(onScreen(item), name + " is inside the window")
                // A crowded bar shows an icon for the documents and Read aloud; their label is
                // the first item of their content.
                const label = item.contentItem.lineCount !== undefined ? item.contentItem
                                                                       : item.contentItem.children[0]
                if (!item.iconOnly)
                    compare(label.lineCount, 1, name + "'s label is on one line")
                verify(item.contentItem.implicitWidth <= item.availableWidth + 1,
                       name + "'s label fits its button")
                boxes.push({ name: name, box: item.mapToItem(root, 0, 0, item.width, item.height) })
            }
            for (let i = 0; i < boxes.length; ++i) {
                for (let j = i + 1; j < boxes.length; ++j) {
                    const a = boxes[i].box
                    const b = boxes[j].box
                    verify(a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5,
                           boxes[i].name + " and " + boxes[j].name + " overlap")
                }
            }
            TestSpeech.forgetVoices()
            verify(!child("readAloudButton").visible, "hidden when no voice speaks the language")
        }

        // A long press on a tile where nothing reads it aloud (no voice) opens it, as a tap does:
        // a slow finger is not left with nothing happening.
        function test_longPressWithoutReadAloudOpens() {
            startVisit()
            waitForRendering(shell, 2000)
            const tile = child("tile-national-services")
            mousePress(tile)
            wait(Qt.styleHints.mousePressAndHoldInterval + 300)
            mouseRelease(tile)
            tryCompare(shell, "currentScreen", "national-services", 2000)
        }

        function cleanup() {
            TestSpeech.forgetVoices()
            Theme.zoom = 1.0
            root.width = 1920
            root.height = 1080
        }
    }
}
