// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The command line of mist-kiosk.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mist {

struct KioskOptions
{
    bool windowed = false;
    bool listScreens = false;
    QString dataDir;
    QString configPath;
    // --screenshot FILE --screen NAME [--lang uk|en] [--size WxH]
    QString screenshotFile;
    QString screen = QStringLiteral("attract");
    QString language = QStringLiteral("uk");
    bool highContrast = false; // screenshots only
    bool reducedMotion = false; // screenshots and checks: --reduced-motion
    // Screenshots only: Tab pressed this many times before the picture (--tab N), to show where
    // the keyboard focus goes and how its frame looks.
    int tabPresses = 0;
    qreal textScale = 1.0; // screenshots only: --text-scale 100|125|150
    bool textScaleGiven = false; // --check-layout checks only that scale, not all three
    // --check-layout: walk every screen at every size instead of writing a PNG (layoutcheck.h).
    bool checkLayout = false;
    // --speech-text: print what "Read aloud" would say for --screen instead of a PNG
    // (speechtext.h).
    bool speechText = false;
    QSize size {1920, 1080};

    // A run that renders a screen offscreen and exits (a PNG, a layout check, the read-aloud text).
    [[nodiscard]] bool wantsScreenshot() const
    {
        return !screenshotFile.isEmpty() || checkLayout || speechText;
    }

    // True for runs that draw nothing on a real display (they use the offscreen platform).
    [[nodiscard]] static bool isHeadlessRun(const QStringList &arguments);

    // Parses arguments (QCoreApplication must exist). Prints --help/--version and exits for them;
    // on an error prints it to stderr and returns std::nullopt.
    [[nodiscard]] static std::optional<KioskOptions> parse(const QStringList &arguments);
};

} // namespace Mist
