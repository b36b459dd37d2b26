// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// WindowFitter: the kiosk window takes the whole screen, frameless, whatever size it was given,
// and follows the screen when its geometry changes.

#include "windowfitter.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using Mist::WindowFitter;

class TestWindowFitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesTheWholeScreen()
    {
        QWindow window;
        window.resize(1920, 1080); // what the QML used to ask for
        WindowFitter fitter(&window, WindowFitter::Mode::FullScreen);
        fitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.geometry(), window.screen()->geometry());
        QVERIFY(window.flags().testFlag(Qt::FramelessWindowHint));
        QCOMPARE(window.windowState(), Qt::WindowFullScreen);
    }

    void followsAModeChange()
    {
        QWindow window;
        WindowFitter fitter(&window, WindowFitter::Mode::FullScreen);
        // Shown as a plain window: the offscreen platform would put a full-screen one back on
        // its own (unchanged) screen.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // What the platform reports when a panel switches mode or a monitor is swapped.
        Q_EMIT window.screen()->geometryChanged(QRect(0, 0, 1024, 768));
        QTRY_COMPARE(window.size(), QSize(1024, 768));
        Q_EMIT window.screen()->geometryChanged(QRect(0, 0, 1080, 1920));
        QTRY_COMPARE(window.size(), QSize(1080, 1920));
        // An empty geometry (an output going away) keeps the last good size.
        Q_EMIT window.screen()->geometryChanged(QRect());
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(1080, 1920));
    }

    void windowedKeepsDecorationsAndFits()
    {
        QWindow window;
        WindowFitter fitter(&window, WindowFitter::Mode::Windowed);
        QVERIFY(!window.flags().testFlag(Qt::FramelessWindowHint));
        const QRect target
            = WindowFitter::targetGeometry(WindowFitter::Mode::Windowed, QRect(0, 0, 1280, 1024));
        QCOMPARE(target.size(), QSize(1152, 648));
        QVERIFY(QRect(0, 0, 1280, 1024).contains(target));
        QCOMPARE(
            WindowFitter::targetGeometry(WindowFitter::Mode::FullScreen, QRect(0, 0, 800, 600)),
            QRect(0, 0, 800, 600));
    }

    // The size the kiosk makes its window at, before there is a window: what show() then
    // gives it, so the screens are laid out once.
    void initialSizeIsWhatShowGives()
    {
        const QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(
            WindowFitter::initialSize(WindowFitter::Mode::FullScreen), screen->geometry().size());
        QCOMPARE(WindowFitter::initialSize(WindowFitter::Mode::Windowed),
            WindowFitter::targetGeometry(WindowFitter::Mode::Windowed, screen->availableGeometry())
                .size());
        QWindow window;
        window.resize(WindowFitter::initialSize(WindowFitter::Mode::FullScreen));
        WindowFitter fitter(&window, WindowFitter::Mode::FullScreen);
        fitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), WindowFitter::initialSize(WindowFitter::Mode::FullScreen));
    }

    void disablesWaylandDecorationsOnlyWhenUnset()
    {
        qunsetenv("QT_WAYLAND_DISABLE_WINDOWDECORATION");
        WindowFitter::prepareEnvironment(WindowFitter::Mode::Windowed);
        QVERIFY(!qEnvironmentVariableIsSet("QT_WAYLAND_DISABLE_WINDOWDECORATION"));
        WindowFitter::prepareEnvironment(WindowFitter::Mode::FullScreen);
        QCOMPARE(qgetenv("QT_WAYLAND_DISABLE_WINDOWDECORATION"), QByteArray("1"));
        qputenv("QT_WAYLAND_DISABLE_WINDOWDECORATION", "0"); // the admin decides
        WindowFitter::prepareEnvironment(WindowFitter::Mode::FullScreen);
        QCOMPARE(qgetenv("QT_WAYLAND_DISABLE_WINDOWDECORATION"), QByteArray("0"));
    }
};

QTEST_MAIN(TestWindowFitter)
#include "tst_windowfitter.moc"
