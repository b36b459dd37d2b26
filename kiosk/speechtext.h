// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mist-kiosk --speech-text --screen NAME [--lang uk|en]`: prints what "Read aloud" would say
// for a screen (ScreenText over the screen as the window shows it), offscreen like --screenshot.
#pragma once

class QQuickItem;
class QQuickWindow;

namespace Mist {

class ManualClock;
class SessionController;
struct KioskOptions;

// What the window shows on top: in the shell, what ScreenText::shownIn picks (the idle warning,
// the browser or the current screen); otherwise the resting window's screen.
[[nodiscard]] QQuickItem *shownScreen(QQuickWindow &window);

// Prints the text to stdout, and on stderr the screen's title and first heading as the screen
// itself states them (what tests compare the text with). Returns the process exit code: 0, or
// 1 with a message on stderr when there is no screen or nothing to read.
int printSpeechText(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session);

} // namespace Mist
