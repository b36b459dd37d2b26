// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma Singleton

import QtQuick
import Mist

// Every colour, size and font of the kiosk. Screens use these names, never raw values, so the
// look, and the high-contrast theme, change in one place. Sizes are for a 1080p screen.
QtObject {
    // The citizen's "Contrast" choice (Preferences.highContrast): white and yellow on black.
    readonly property bool highContrast: Preferences.highContrast

    // Page and text. Warm paper background: easier on older eyes than pure white.
    readonly property color background: highContrast ? "#000000" : "#f5f2ea"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1a1a1f"
    readonly property color textMuted: highContrast ? "#ffffff" : "#45454f"
    readonly property color border: highContrast ? "#ffffff" : "#8a8a94"

    // Actions. Blue and yellow echo the flag; each has its own text colour.
    readonly property color primary: highContrast ? "#ffff00" : "#0b4f9c"
    readonly property color primaryText: highContrast ? "#000000" : "#ffffff"
    readonly property color accent: highContrast ? "#ffffff" : "#ffd500"
    readonly property color accentText: highContrast ? "#000000" : "#1a1a1f"
    readonly property color danger: highContrast ? "#a00000" : "#a4231c"
    readonly property color dangerText: "#ffffff"

    // The kiosk bar at the top of every screen.
    readonly property color bar: highContrast ? "#000000" : "#0b2e59"
    readonly property color barText: "#ffffff"
    readonly property color barButton: highContrast ? "#3a3a3a" : "#1d4a82"

    // Behind the icons, which are drawn in the normal primary blue.
    readonly property color iconPlate: highContrast ? "#ffffff" : "transparent"

    // The frame around the control a keyboard or switch user has reached (Tab). It is drawn
    // just outside the control, so it must stand out (3:1 or more) from what is around it: the
    // page and cards, or the dark kiosk bar (focusFrameOnBar).
    readonly property color focusFrame: highContrast ? "#ffff00" : "#1a1a1f"
    readonly property color focusFrameOnBar: highContrast ? "#ffff00" : "#ffd500"

    // Dims the screen behind the idle warning.
    readonly property color scrim: "#d9101828"

    // Pairs of (text, background) that appear on screen; a test checks each for WCAG AA 4.5:1.
    readonly property var contrastPairs: [
        { name: "text on page", fg: text, bg: background },
        { name: "muted text on page", fg: textMuted, bg: background },
        { name: "text on card", fg: text, bg: surface },
        { name: "muted text on card", fg: textMuted, bg: surface },
        { name: "primary button", fg: primaryText, bg: primary },
        { name: "accent button", fg: accentText, bg: accent },
        { name: "finish button", fg: dangerText, bg: danger },
        { name: "kiosk bar", fg: barText, bg: bar },
        { name: "library name on the attract screen", fg: accent, bg: bar },
        { name: "kiosk bar button", fg: barText, bg: barButton },
        { name: "primary text on card", fg: primary, bg: surface },
        { name: "primary text on page", fg: primary, bg: background },
        { name: "focus frame on page", fg: focusFrame, bg: background },
        { name: "focus frame on card", fg: focusFrame, bg: surface },
        { name: "focus frame on the kiosk bar", fg: focusFrameOnBar, bg: bar }
    ]

    // Everything scales with the window: 1.0 at 1920x1080 (Main.qml sets it from the window
    // size). Floors keep touch targets and text large enough on smaller panels.
    property real zoom: 1.0

    // The citizen's "Reduced motion" choice (Preferences.reducedMotion): nothing slides, fades
    // or spins; screens change at once. Every animation in qml/ is gated on it.
    readonly property bool reducedMotion: Preferences.reducedMotion

    // Sizes in pixels.
    readonly property int touchTarget: Math.max(72, Math.round(88 * zoom))   // anything tappable
    readonly property int barHeight: touchTarget + Math.round(32 * zoom)
    readonly property int spacing: Math.round(24 * zoom)
    readonly property int margin: Math.round(48 * zoom)
    readonly property int radius: Math.round(16 * zoom)
    readonly property int borderWidth: 2
    // The keyboard focus frame: thick, and a gap away from the control so it reads as a frame.
    readonly property int focusFrameWidth: Math.max(4, Math.round(5 * zoom))
    readonly property int focusFrameGap: Math.max(3, Math.round(4 * zoom))
    readonly property int iconSize: Math.round(96 * zoom)
    readonly property int tileMinHeight: Math.round(240 * zoom)
    readonly property int cardMaxWidth: Math.round(1100 * zoom)
    // QR codes: large enough for an old phone camera at arm's length.
    readonly property int qrSize: Math.max(240, Math.round(360 * zoom))

    // Type. Noto Sans covers Ukrainian fully (ґ, є, і, ї, ’). textScale is the citizen's
    // "Text size" choice; the kiosk bar keeps its size so its buttons always fit.
    readonly property string fontFamily: "Noto Sans"
    readonly property real textScale: Preferences.textScale
    readonly property int smallSize: Math.max(22, Math.round(24 * zoom * textScale))
    readonly property int bodySize: Math.max(24, Math.round(28 * zoom * textScale))
    readonly property int buttonSize: Math.max(24, Math.round(30 * zoom * textScale))
    readonly property int titleSize: Math.max(30, Math.round(40 * zoom * textScale))
    readonly property int headlineSize: Math.max(40, Math.round(60 * zoom * textScale))
    readonly property int barTextSize: Math.max(22, Math.round(28 * zoom))
    // An icon that stands for a label on a crowded bar (Read aloud, Documents).
    readonly property int barIconSize: Math.round(barTextSize * 1.5)
}
