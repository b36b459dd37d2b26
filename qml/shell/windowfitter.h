// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keeps the kiosk window on the whole of its output, whatever the platform (Wayland under cage,
// X11, eglfs): frameless, sized from the screen rather than from the QML, and following the
// screen when its mode changes or the window moves to another output.
#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

QT_BEGIN_NAMESPACE
class QScreen;
class QWindow;
QT_END_NAMESPACE

namespace Mist {

class WindowFitter : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        FullScreen, // the kiosk: the whole output, no decorations
        Windowed, // development: a 16:9 window inside the available area, decorated
    };

    // Before the QGuiApplication exists: no client-side title bar on Wayland unless the
    // environment already decides (the systemd unit sets it too, but the kiosk may be started
    // by hand or by another compositor). Windowed runs keep their decorations.
    static void prepareEnvironment(Mode mode);

    WindowFitter(QWindow *window, Mode mode, QObject *parent = nullptr);

    // Fits the window to its screen and shows it (full screen or windowed).
    void show();

    // The size the window will get on the primary screen, to make it at that size (an empty
    // size without a screen).
    [[nodiscard]] static QSize initialSize(Mode mode);

    // The geometry the window should have on a screen of this geometry.
    [[nodiscard]] static QRect targetGeometry(Mode mode, const QRect &screenGeometry);

private:
    void watch(QScreen *screen);
    void fitTo(const QRect &screenGeometry);

    QPointer<QWindow> m_window;
    QPointer<QScreen> m_screen;
    Mode m_mode;
};

} // namespace Mist
