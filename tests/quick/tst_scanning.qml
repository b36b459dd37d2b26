// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist

// Scanning as a citizen meets it, against SANE's own virtual scanner (test:0, tst_quick.cpp):
// from the documents, "Scan a paper document"; Scan shows the page; another page, turn, remove,
// scan again; "Done" puts one PDF of the pages into the visit's documents. The upload chooser
// offers the tray's documents and a scan made on the spot. Finish lets everything go.
Item {
    id: root

    width: 1280
    height: 800

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Scanning"
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
            ScanDesk.preset = ScanDesk.Text
            Preferences.language = "uk"
        }

        function scanAPage() {
            tap("scanButton")
            verify(ScanDesk.scanning || ScanDesk.pageCount > 0)
            tryVerify(() => !ScanDesk.scanning, 20000)
            compare(ScanDesk.problem, ScanDesk.NoProblem)
        }

        function test_scanTwoPagesIntoTheTray() {
            startVisit()
            shell.open("documents-tray", {})
            tap("scanDocumentButton")
            compare(shell.currentScreen, "scan-ready")
            verify(child("scanInstruction").visible)
            compare(child("scanInstruction").text, "Put the page face down, press Scan")
            // Photo, then back to text: the presets a citizen understands.
            tap("presetPhoto")
            compare(ScanDesk.preset, ScanDesk.Photo)
            tap("presetText")
            compare(ScanDesk.preset, ScanDesk.Text)

            scanAPage()
            compare(ScanDesk.pageCount, 1)
            verify(child("scanPreview").visible)
            tryCompare(child("scanPreview"), "status", Image.Ready)
            compare(child("previewHeading").text, "Page 1 of 1")

            tap("addPageButton")
            compare(child("scanInstruction").text, "Put the next page face down, press Scan")
            scanAPage()
            compare(ScanDesk.pageCount, 2)
            compare(ScanDesk.currentPage, 1)

            // Turn the second page: a square page of the virtual scanner keeps its size, so
            // the revision tells the preview to load it again.
            const revision = ScanDesk.revision
            tap("rotateButton")
            verify(ScanDesk.revision > revision)
            // Scan it again, in its place.
            tap("rescanButton")
            tryVerify(() => !ScanDesk.scanning, 20000)
            compare(ScanDesk.pageCount, 2)
            // A third page, removed again.
            tap("addPageButton")
            scanAPage()
            compare(ScanDesk.pageCount, 3)
            tap("removePageButton")
            compare(ScanDesk.pageCount, 2)

            compare(Documents.count, 0)
            tap("keepScanButton")
            // The document is made on a thread of its own: the screen says so meanwhile.
            verify(ScanDesk.preparing)
            verify(child("preparingHeading").visible)
            verify(!child("keepScanButton").visible)
            tryCompare(Documents, "count", 1, 20000)
            verify(!ScanDesk.preparing)
            compare(ScanDesk.pageCount, 0)
            tryCompare(shell, "currentScreen", "documents-tray")
            const id = Documents.data(Documents.index(0, 0), Documents.IdRole)
            compare(Documents.pageCount(id), 2)
            compare(Documents.data(Documents.index(0, 0), Documents.OriginRole), "scan")
        }

        function test_leavingDeletesThePages() {
            startVisit()
            shell.open("scan-ready", {})
            scanAPage()
            compare(ScanDesk.pageCount, 1)
            tap("deletePagesButton")
            compare(ScanDesk.pageCount, 0)
            compare(Documents.count, 0)
            compare(shell.currentScreen, "documents-tray")
        }

        function test_finishLetsThePagesGo() {
            startVisit()
            shell.open("scan-ready", {})
            scanAPage()
            compare(ScanDesk.pageCount, 1)
            Session.finish()
            wait(0)
            compare(ScanDesk.pageCount, 0)
            compare(Documents.count, 0)
        }

        function test_endingTheVisitWhileTheDocumentIsMadeDropsIt() {
            startVisit()
            shell.open("scan-ready", {})
            ScanDesk.preset = ScanDesk.Photo // the slowest to make
            scanAPage()
            tap("addPageButton")
            scanAPage()
            tap("keepScanButton")
            verify(ScanDesk.preparing)
            Session.finish()
            wait(0)
            verify(!ScanDesk.preparing)
            compare(ScanDesk.pageCount, 0)
            // Long enough for the thread to have finished the document it was making.
            wait(3000)
            compare(Documents.count, 0)
            compare(ScanDesk.pageCount, 0)

            // The next visit keeps its own document, and only it.
            ScanDesk.preset = ScanDesk.Text
            startVisit()
            shell.open("scan-ready", {})
            scanAPage()
            tap("keepScanButton")
            tryCompare(Documents, "count", 1, 20000)
            compare(Documents.pageCount(Documents.data(Documents.index(0, 0), Documents.IdRole)), 1)
            wait(1000)
            compare(Documents.count, 1)
        }

        function test_goingBackWhileTheDocumentIsMadeKeepsIt() {
            startVisit()
            shell.open("scan-ready", {})
            scanAPage()
            tap("keepScanButton")
            verify(ScanDesk.preparing)
            // The screen said the document will be in "Documents": leaving does not lose it.
            tap("backButton")
            compare(shell.currentScreen, "home")
            tryCompare(Documents, "count", 1, 20000)
            verify(!ScanDesk.preparing)
            compare(ScanDesk.pageCount, 0)
        }

        function test_chooserOffersTheTrayAndAScan() {
            startVisit()
            shell.open("scan-choose-document", {})
            verify(child("chooserEmpty").visible)
            compare(child("sendChosenButton").enabled, false)
            tap("scanNowButton")
            verify(child("chooserScanPanel").visible)
            scanAPage()
            tap("keepScanButton")
            // Back in the chooser with the new scan chosen, once the document is made.
            tryVerify(() => !child("chooserScanPanel").visible, 20000)
            compare(Documents.count, 1)
            compare(child("chooserEmpty").visible, false)
            verify(child("sendChosenButton").enabled)
        }
    }
}
