// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mist-kiosk --screenshot FILE --screen NAME`: renders one screen to a PNG and reports.
#pragma once

class QQuickWindow;

namespace Mist {

class ManualClock;
class SessionController;
struct KioskOptions;

// Renders the loaded window at options.size into options.screenshotFile. Returns the process
// exit code: 0 when the PNG was written, 1 with a message on stderr otherwise.
int renderScreenshot(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session);

} // namespace Mist
