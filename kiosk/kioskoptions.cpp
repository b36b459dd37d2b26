// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskoptions.h"

#include "screencatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "mist-kiosk: %s\n", qPrintable(message));
}

} // namespace

bool KioskOptions::isHeadlessRun(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == "--screenshot"_L1 || argument.startsWith("--screenshot="_L1)
            || argument == "--list-screens"_L1 || argument == "--check-layout"_L1
            || argument == "--speech-text"_L1 || argument == "--help"_L1 || argument == "-h"_L1
            || argument == "--version"_L1 || argument == "-v"_L1)
            return true;
    }
    return false;
}

std::optional<KioskOptions> KioskOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Mist: the library e-governance kiosk. Runs full screen on the built-in defaults."_s);
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption windowed(u"windowed"_s, u"Run in a window (for development)."_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
        u"Where the kiosk keeps its data (default: the XDG data location)."_s, u"DIR"_s);
    const QCommandLineOption config(u"config"_s,
        u"Configuration file (default: $XDG_CONFIG_HOME/mist/mist.conf)."_s, u"FILE"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Render a screen offscreen to a PNG file and exit."_s, u"FILE"_s);
    const QCommandLineOption screen(
        u"screen"_s, u"The screen to render (see --list-screens)."_s, u"NAME"_s);
    const QCommandLineOption lang(
        u"lang"_s, u"Language of the screenshot: uk (default) or en."_s, u"uk|en"_s);
    const QCommandLineOption size(
        u"size"_s, u"Size of the screenshot (default 1920x1080)."_s, u"WxH"_s);
    const QCommandLineOption highContrast(
        u"high-contrast"_s, u"Render the screenshot in the high-contrast theme."_s);
    const QCommandLineOption reducedMotion(u"reduced-motion"_s,
        u"Render the screenshot with less motion (no animations), as a citizen can choose."_s);
    const QCommandLineOption tab(u"tab"_s,
        u"Press Tab N times before the screenshot, to show the keyboard focus frame."_s, u"N"_s);
    const QCommandLineOption textScale(u"text-scale"_s,
        u"Text size of the screenshot in percent: 100 (default), 125 or 150."_s, u"100|125|150"_s);
    const QCommandLineOption checkLayout(u"check-layout"_s,
        u"Check the layout of a screen (--screen) or of every screen, at every panel size, in "
        "both languages and at 100, 125 and 150 % text (or --text-scale): texts that do not fit, "
        "controls on top of each other or under 9 mm, controls a screen reader cannot name; "
        "print each problem and exit 1 if any."_s);
    const QCommandLineOption speechText(u"speech-text"_s,
        u"Print what Read aloud would say for a screen (--screen, --lang) and exit."_s);
    const QCommandLineOption listScreens(
        u"list-screens"_s, u"Print the name of every screen, one a line."_s);
    parser.addOptions({windowed, dataDir, config, screenshot, screen, lang, size, highContrast,
        reducedMotion, tab, textScale, checkLayout, speechText, listScreens});

    parser.process(arguments); // exits for --help, --version and unknown options
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    KioskOptions options;
    options.windowed = parser.isSet(windowed);
    options.listScreens = parser.isSet(listScreens);
    options.dataDir = parser.value(dataDir);
    options.configPath = parser.value(config);
    options.screenshotFile = parser.value(screenshot);
    options.highContrast = parser.isSet(highContrast);
    options.reducedMotion = parser.isSet(reducedMotion);
    options.checkLayout = parser.isSet(checkLayout);
    options.speechText = parser.isSet(speechText);
    if (options.checkLayout && !parser.isSet(screen))
        options.screen.clear(); // every screen

    if (parser.isSet(screen)) {
        options.screen = parser.value(screen);
        if (!ScreenCatalog::find(options.screen)) {
            printError(u"unknown screen \"%1\"; known screens: %2"_s.arg(
                options.screen, ScreenCatalog::names().join(u", "_s)));
            return std::nullopt;
        }
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != "uk"_L1 && options.language != "en"_L1) {
            printError(u"--lang must be uk or en, not \"%1\""_s.arg(options.language));
            return std::nullopt;
        }
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(u"^(\\d{3,4})x(\\d{3,4})\\z"_s);
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            printError(u"--size must look like 1920x1080, not \"%1\""_s.arg(parser.value(size)));
            return std::nullopt;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (parser.isSet(textScale)) {
        const QString value = parser.value(textScale);
        if (value != "100"_L1 && value != "125"_L1 && value != "150"_L1) {
            printError(u"--text-scale must be 100, 125 or 150, not \"%1\""_s.arg(value));
            return std::nullopt;
        }
        options.textScale = value.toInt() / 100.0;
        options.textScaleGiven = true;
    }
    if (parser.isSet(tab)) {
        bool ok = false;
        options.tabPresses = parser.value(tab).toInt(&ok);
        if (!ok || options.tabPresses < 0 || options.tabPresses > 200) {
            printError(
                u"--tab must be a number from 0 to 200, not \"%1\""_s.arg(parser.value(tab)));
            return std::nullopt;
        }
    }
    if (!options.wantsScreenshot()
        && (parser.isSet(screen) || parser.isSet(size) || options.highContrast
            || options.reducedMotion || parser.isSet(tab) || parser.isSet(textScale))) {
        printError(u"--screen, --size, --high-contrast, --reduced-motion, --tab and --text-scale "
                   "go with --screenshot FILE, --check-layout or --speech-text"_s);
        return std::nullopt;
    }
    if ((options.checkLayout || options.speechText) && parser.isSet(tab)) {
        printError(u"--tab goes with --screenshot FILE only"_s);
        return std::nullopt;
    }
    if (options.checkLayout && !options.screenshotFile.isEmpty()) {
        printError(u"--check-layout writes no PNG: leave out --screenshot"_s);
        return std::nullopt;
    }
    if (options.speechText && (options.checkLayout || !options.screenshotFile.isEmpty())) {
        printError(u"--speech-text prints a text: leave out --screenshot and --check-layout"_s);
        return std::nullopt;
    }
    return options;
}

} // namespace Mist
