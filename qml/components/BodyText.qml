// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// Running text at the body size.
Text {
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    wrapMode: Text.WordWrap
    lineHeight: 1.15
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
