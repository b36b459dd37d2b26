// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mist-kiosk --check-layout [--screen NAME]`: opens screens in the loaded window at every panel
// size, in both languages and at 100, 125 and 150 % text, and prints every problem LayoutWalker
// finds.
#pragma once

#include <QList>
#include <QSize>
#include <QStringList>

class QQuickWindow;

namespace Mist {

class LibrarianMode;
class ManualClock;
class Preferences;
class SessionController;
struct KioskOptions;

// The panels libraries have: 4:3, 5:4, 16:10, 16:9 (two), and a portrait pedestal.
[[nodiscard]] QList<QSize> layoutCheckSizes();

// Returns the process exit code: 0 when every screen is clean, 1 when a problem was printed.
// `librarian` (null for the resting window) is entered for the librarian's screens and left
// for the citizens', so a check of every screen sees each as it really is shown.
int runLayoutCheck(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session, Preferences &preferences, LibrarianMode *librarian);

} // namespace Mist
