// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist
import MistTest

// The visit's documents as a citizen meets them: the bar's button opens the tray, which lists
// what portals gave; the viewer pages through a document; a QR code only where the portal gave
// a link; removal asks first; printing reaches "printed" on a real printer (ippeveprinter,
// TestDocuments.startPrinter); the tray over the portal hides the browser and gives it back;
// Finish empties the tray and resets the print desk.
Item {
    id: root

    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Documents"
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

        // The tray's cards, in the tray's order.
        function cards(): list<Item> {
            const list = child("documentList") as Repeater
            const result = []
            for (let i = 0; i < list.count; ++i)
                result.push(list.itemAt(i))
            return result
        }

        function tapIn(item: Item, name: string) {
            waitForRendering(shell, 2000)
            const target = findChild(item, name)
            verify(target, "no item named " + name)
            verify(target.visible, name + " is not visible")
            mouseClick(target)
        }

        function startVisit() {
            Session.finish()
            wait(0)
            mouseClick(shell, shell.width / 3, shell.height / 2)
            compare(shell.currentScreen, "home")
            Preferences.language = "en"
        }

        function cleanup() {
            Session.finish()
            wait(0)
            Preferences.language = "uk"
        }

        function test_trayListsTheDocuments() {
            startVisit()
            verify(!child("documentsButton").visible, "no button while the tray is empty")
            TestDocuments.add(2, "Довідка про розмір пенсії", "")
            TestDocuments.add(1, "Квитанція", "")
            verify(child("documentsButton").visible)
            compare(child("documentsButton").text, "Documents: 2")
            tap("documentsButton")
            compare(shell.currentScreen, "documents-tray")
            verify(!child("emptyState").visible)
            const all = cards()
            compare(all.length, 2)
            compare(findChild(all[0], "documentTitle").text, "Довідка про розмір пенсії")
            verify(findChild(all[0], "documentFacts").text.indexOf("2") >= 0)
            compare(findChild(all[1], "documentTitle").text, "Квитанція")
            // The bar's button again from the tray stays on the same tray.
            tap("documentsButton")
            compare(shell.currentScreen, "documents-tray")
            compare(shell.depth, 2)
        }

        function test_anEmptyTraySaysWhatComesHere() {
            startVisit()
            shell.open("documents-tray", {})
            verify(child("emptyState").visible)
            compare(cards().length, 0)
        }

        function test_viewerShowsThePages() {
            startVisit()
            TestDocuments.add(3, "Витяг", "")
            tap("documentsButton")
            tapIn(cards()[0], "openDocumentButton")
            compare(shell.currentScreen, "documents-viewer")
            tryCompare(child("pageCounter"), "text", "Page 1 of 3")
            tryVerify(() => child("documentPage").rendered, 5000, "the page is drawn")
            verify(!child("documentMessage").visible)
            verify(!child("previousPage").enabled)
            tap("nextPage")
            compare(child("pageCounter").text, "Page 2 of 3")
            tap("zoomIn")
            verify(child("zoomOut").enabled)
            // The exact count went back to the tray.
            compare(Documents.pageCount(String(Documents.data(Documents.index(0, 0), Qt.UserRole))), 3)
            // No printer configured in this test run yet: no Print.
            verify(!PrintDesk.available || child("printButton").visible)
        }

        function test_qrOnlyWhereThePortalGaveALink() {
            startVisit()
            TestDocuments.add(1, "With link", "https://portal.example.gov.ua/documents/42")
            TestDocuments.add(1, "Without link", "")
            TestDocuments.add(1, "Not https", "http://portal.example.gov.ua/documents/43")
            tap("documentsButton")
            const all = cards()
            compare(all.length, 3)
            verify(findChild(all[0], "documentLink").visible)
            compare(findChild(all[0], "documentQr").text, "https://portal.example.gov.ua/documents/42")
            verify(!findChild(all[0], "documentKeepNote").visible)
            for (const card of [all[1], all[2]]) {
                verify(!findChild(card, "documentLink").visible)
                verify(findChild(card, "documentKeepNote").visible)
                verify(findChild(card, "documentKeepNote").text.indexOf("portal") >= 0)
            }
        }

        function test_removingAsksFirst() {
            startVisit()
            TestDocuments.add(1, "First", "")
            TestDocuments.add(1, "Second", "")
            tap("documentsButton")
            tapIn(cards()[0], "removeDocumentButton")
            verify(findChild(cards()[0], "removeConfirmation").visible)
            tapIn(cards()[0], "keepDocumentButton")
            compare(Documents.count, 2)
            tapIn(cards()[0], "removeDocumentButton")
            tapIn(cards()[0], "confirmRemoveButton")
            compare(Documents.count, 1)
            compare(findChild(cards()[0], "documentTitle").text, "Second")
        }

        function test_printingReachesPrinted() {
            const missing = TestDocuments.printerMissing()
            if (missing.length > 0)
                skip(missing + " is not installed (deploy/packages.txt)")
            compare(TestDocuments.startPrinter(20), "", "the test printer starts")
            const before = TestDocuments.printedDocuments()
            startVisit()
            verify(PrintDesk.available)
            TestDocuments.add(2, "Довідка", "")
            tap("documentsButton")
            tapIn(cards()[0], "printDocumentButton")
            compare(shell.currentScreen, "documents-print")
            compare(child("printButton").text.indexOf("2") >= 0, true)
            tap("copies2")
            verify(child("printButton").text.indexOf("4") >= 0, child("printButton").text)
            tap("somePagesButton")
            tap("fromPageUp")
            verify(child("printButton").text.indexOf("2") >= 0, child("printButton").text)
            tap("allPagesButton")
            tap("printButton")
            compare(shell.currentScreen, "documents-printing")
            tryCompare(shell, "currentScreen", "documents-printed", 90000)
            verify(child("resultPages").text.indexOf("4") >= 0, child("resultPages").text)
            tryVerify(() => TestDocuments.printedDocuments() === before + 1, 10000)
            compare(PrintDesk.pagesLeft, 16)
            // Back does not return to the passing "printing" screen.
            tap("backToDocumentsButton")
            compare(shell.currentScreen, "documents-tray")
            const events = TestUsage.events()
            verify(events.indexOf("document_printed portal") >= 0, events.join("; "))
        }

        function test_aPrinterSwitchedOffIsSaidPlainly() {
            const missing = TestDocuments.printerMissing()
            if (missing.length > 0)
                skip(missing + " is not installed (deploy/packages.txt)")
            compare(TestDocuments.startPrinter(20), "", "the test printer starts")
            TestDocuments.stopPrinter()
            startVisit()
            TestDocuments.add(1, "Квитанція", "")
            tap("documentsButton")
            tapIn(cards()[0], "printDocumentButton")
            tap("printButton")
            tryCompare(shell, "currentScreen", "documents-print-failed", 30000)
            const problem = child("problemText").text
            verify(problem.indexOf("not answering") >= 0 && problem.indexOf("librarian") >= 0, problem)
            compare(PrintDesk.pagesLeft, 20, "nothing printed, nothing counted")
            tap("backToDocumentsButton")
            compare(shell.currentScreen, "documents-tray")
            compare(Documents.count, 1, "the document is still there")
            const events = TestUsage.events()
            verify(events.indexOf("print_failed unreachable") >= 0, events.join("; "))
            compare(TestDocuments.startPrinter(20), "", "the test printer is back")
        }

        function test_theTrayOverThePortalHidesTheBrowserAndGivesItBack() {
            startVisit()
            TestDocuments.add(1, "From the portal", "")
            shell.openPortal("diia")
            tryVerify(() => shell.browser !== null, 5000, "the browser opens")
            const browser = shell.browser
            const depth = shell.depth
            shell.showDocuments()
            compare(shell.currentScreen, "documents-tray")
            verify(!child("browserLoader").visible, "the browser is hidden")
            compare(shell.browser, browser, "and not destroyed")
            verify(child("kioskBar").visible)
            tap("backToPortalButton")
            verify(child("browserLoader").visible)
            compare(shell.browser, browser)
            compare(shell.depth, depth)
            // Back from the tray returns to the portal too, even from the viewer below it.
            shell.showDocuments()
            tapIn(cards()[0], "openDocumentButton")
            compare(shell.currentScreen, "documents-viewer")
            tap("backButton")
            compare(shell.currentScreen, "documents-tray")
            tap("backButton")
            verify(child("browserLoader").visible)
            compare(shell.browser, browser)
            // Home from the documents leaves the portal.
            shell.showDocuments()
            tap("homeButton")
            compare(shell.currentScreen, "home")
            compare(shell.browser, null)
        }

        function test_finishEmptiesTheTrayAndResetsPrinting() {
            startVisit()
            TestDocuments.add(2, "Довідка", "https://portal.example.gov.ua/documents/1")
            tap("documentsButton")
            compare(cards().length, 1)
            tap("finishButton")
            compare(Documents.count, 0)
            compare(PrintDesk.state, PrintDesk.Idle)
            compare(PrintDesk.pagesLeft, PrintDesk.pageLimit)
            compare(shell.currentScreen, "attract")
            startVisit()
            verify(!child("documentsButton").visible)
        }
    }
}
