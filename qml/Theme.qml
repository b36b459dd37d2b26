pragma Singleton

import QtQuick
import Mist

// Every colour, size and font of the kiosk. Screens use these names, never raw values, so the
// look (and a high-contrast theme later) changes in one place. Sizes are for a 1080p screen.
QtObject {
    // Page and text. Warm paper background: easier on older eyes than pure white.
    readonly property color background: "#f5f2ea"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1a1a1f"
    readonly property color textMuted: "#45454f"
    readonly property color border: "#8a8a94"

    // Actions. Blue and yellow echo the flag; each has its own text colour.
    readonly property color primary: "#0b4f9c"
    readonly property color primaryText: "#ffffff"
    readonly property color accent: "#ffd500"
    readonly property color accentText: "#1a1a1f"
    readonly property color danger: "#a4231c"
    readonly property color dangerText: "#ffffff"

    // The kiosk bar at the top of every screen.
    readonly property color bar: "#0b2e59"
    readonly property color barText: "#ffffff"
    readonly property color barButton: "#1d4a82"

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
        { name: "kiosk bar button", fg: barText, bg: barButton },
        { name: "primary text on card", fg: primary, bg: surface },
        { name: "primary text on page", fg: primary, bg: background }
    ]

    // Sizes in pixels at 1080p.
    readonly property int touchTarget: 88       // minimum height of anything tappable (>= 72)
    readonly property int barHeight: 120
    readonly property int spacing: 24
    readonly property int margin: 48
    readonly property int radius: 16
    readonly property int borderWidth: 2
    readonly property int iconSize: 96
    readonly property int tileMinHeight: 260
    readonly property int cardMaxWidth: 1100

    // Type. Noto Sans covers Ukrainian fully (ґ, є, і, ї, ’).
    readonly property string fontFamily: "Noto Sans"
    readonly property real textScale: Preferences.textScale
    readonly property int smallSize: Math.round(24 * textScale)    // never below 24 px
    readonly property int bodySize: Math.round(28 * textScale)
    readonly property int buttonSize: Math.round(30 * textScale)
    readonly property int titleSize: Math.round(40 * textScale)
    readonly property int headlineSize: Math.round(60 * textScale)
}
