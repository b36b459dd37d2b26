// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtTest
import Mist

// The Theme keeps its promises: readable contrast (WCAG 2.1 AA), large touch targets and text.
TestCase {
    id: testCase
    name: "Theme"

    // WCAG 2.1 relative luminance of a colour.
    function luminance(c: color): real {
        const channel = x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    function contrast(a: color, b: color): real {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function cleanup() {
        Theme.zoom = 1.0
        Preferences.reset()
    }

    function test_formula() {
        // Known values: black on white is 21:1, a colour on itself 1:1.
        fuzzyCompare(contrast(Qt.rgba(0, 0, 0, 1), Qt.rgba(1, 1, 1, 1)), 21, 0.01)
        fuzzyCompare(contrast(Qt.rgba(0.5, 0.5, 0.5, 1), Qt.rgba(0.5, 0.5, 0.5, 1)), 1, 0.001)
        // #767676 on white is the classic just-passing grey (4.54:1).
        fuzzyCompare(contrast(Qt.rgba(0x76 / 255, 0x76 / 255, 0x76 / 255, 1), Qt.rgba(1, 1, 1, 1)), 4.54, 0.01)
    }

    function test_contrast_data() {
        return Theme.contrastPairs.map(pair => ({ tag: pair.name, fg: pair.fg, bg: pair.bg }))
    }

    function test_contrast(data) {
        const ratio = contrast(data.fg, data.bg)
        verify(ratio >= 4.5, data.tag + ": contrast " + ratio.toFixed(2) + ":1 is below 4.5:1")
    }

    // The high-contrast theme goes beyond AA: every pair at least 7:1 (WCAG AAA).
    function test_highContrast_data() {
        Preferences.highContrast = true
        const rows = Theme.contrastPairs.map(pair => ({ tag: pair.name, fg: pair.fg, bg: pair.bg }))
        Preferences.highContrast = false
        return rows
    }

    function test_highContrast(data) {
        const ratio = contrast(data.fg, data.bg)
        verify(ratio >= 7, data.tag + ": contrast " + ratio.toFixed(2) + ":1 is below 7:1")
    }

    function test_highContrastSwitchesAndResets() {
        const page = String(Theme.background) // a copy, not a reference to the property
        Preferences.toggleHighContrast()
        verify(Preferences.highContrast)
        verify(Qt.colorEqual(Theme.background, "#000000"), String(Theme.background))
        Preferences.reset() // what the end of a session does
        verify(!Preferences.highContrast)
        verify(Qt.colorEqual(Theme.background, page), String(Theme.background))
    }

    // Less motion (issue 18) is the citizen's for one visit, like the contrast.
    function test_reducedMotionSwitchesAndResets() {
        verify(!Theme.reducedMotion)
        Preferences.toggleReducedMotion()
        verify(Preferences.reducedMotion)
        verify(Theme.reducedMotion)
        Preferences.reset() // what the end of a session does
        verify(!Preferences.reducedMotion)
        verify(!Theme.reducedMotion)
    }

    // The keyboard focus frame stands out from the page, the cards and the kiosk bar: 3:1 is
    // the bar for a focus indicator (WCAG 2.2 "focus appearance"); the Theme gives more.
    function test_focusFrameStandsOut_data() {
        const rows = []
        for (const contrast of [false, true]) {
            Preferences.highContrast = contrast
            rows.push({ tag: "page" + (contrast ? " high contrast" : ""),
                        fg: Theme.focusFrame, bg: Theme.background })
            rows.push({ tag: "card" + (contrast ? " high contrast" : ""),
                        fg: Theme.focusFrame, bg: Theme.surface })
            rows.push({ tag: "kiosk bar" + (contrast ? " high contrast" : ""),
                        fg: Theme.focusFrameOnBar, bg: Theme.bar })
        }
        Preferences.highContrast = false
        return rows
    }

    function test_focusFrameStandsOut(data) {
        const ratio = contrast(data.fg, data.bg)
        verify(ratio >= 3, data.tag + ": focus frame " + ratio.toFixed(2) + ":1 is below 3:1")
    }

    function test_coversEveryTextColour() {
        verify(Theme.contrastPairs.length >= 10)
    }

    function test_sizesAt1080p() {
        Theme.zoom = 1.0
        verify(Theme.touchTarget >= 72, "touch target " + Theme.touchTarget)
        verify(Theme.barHeight >= Theme.touchTarget)
        verify(Theme.bodySize >= 24, "body " + Theme.bodySize)
        verify(Theme.smallSize >= 24, "small " + Theme.smallSize)
        verify(Theme.buttonSize >= 24)
        verify(Theme.barTextSize >= 24)
    }

    function test_floorsOnASmallPanel() {
        Theme.zoom = 800 / 1080
        verify(Theme.touchTarget >= 72, "touch target " + Theme.touchTarget)
        verify(Theme.bodySize >= 24, "body " + Theme.bodySize)
    }

    function test_textSizeGrowsText() {
        const body = Theme.bodySize
        const touch = Theme.touchTarget
        Preferences.cycleTextScale()
        compare(Preferences.textScale, 1.25)
        verify(Theme.bodySize > body)
        compare(Theme.touchTarget, touch)
        Preferences.cycleTextScale()
        compare(Preferences.textScale, 1.5)
        Preferences.cycleTextScale()
        compare(Preferences.textScale, 1.0)
        compare(Theme.bodySize, body)
    }
}
