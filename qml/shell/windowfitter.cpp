// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "windowfitter.h"

#include "core/logging.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace Mist {

void WindowFitter::prepareEnvironment(Mode mode)
{
    if (mode == Mode::FullScreen
        && !qEnvironmentVariableIsSet("QT_WAYLAND_DISABLE_WINDOWDECORATION"))
        qputenv("QT_WAYLAND_DISABLE_WINDOWDECORATION", "1");
}

WindowFitter::WindowFitter(QWindow *window, Mode mode, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_mode(mode)
{
    if (!m_window)
        return;
    if (m_mode == Mode::FullScreen)
        m_window->setFlag(Qt::FramelessWindowHint, true);
    // A monitor unplugged or plugged in may move the window to another output.
    connect(m_window, &QWindow::screenChanged, this, [this](QScreen *screen) {
        watch(screen);
        if (screen)
            fitTo(screen->geometry());
    });
    watch(m_window->screen());
}

QSize WindowFitter::initialSize(Mode mode)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {};
    return targetGeometry(
        mode, mode == Mode::FullScreen ? screen->geometry() : screen->availableGeometry())
        .size();
}

QRect WindowFitter::targetGeometry(Mode mode, const QRect &screenGeometry)
{
    if (mode == Mode::FullScreen || screenGeometry.isEmpty())
        return screenGeometry;
    // Windowed: the largest 16:9 window that leaves a tenth of the area free.
    const QSize room = screenGeometry.size() * 0.9;
    const QSize size = QSize(1920, 1080).scaled(room, Qt::KeepAspectRatio);
    QRect result(QPoint(), size);
    result.moveCenter(screenGeometry.center());
    return result;
}

void WindowFitter::show()
{
    if (!m_window)
        return;
    if (m_screen)
        fitTo(m_mode == Mode::FullScreen ? m_screen->geometry() : m_screen->availableGeometry());
    if (m_mode == Mode::FullScreen)
        m_window->showFullScreen();
    else
        m_window->show();
}

void WindowFitter::watch(QScreen *screen)
{
    if (m_screen)
        disconnect(m_screen, nullptr, this, nullptr);
    m_screen = screen;
    if (!m_screen)
        return;
    // A mode change or a rotated panel: the new size without a restart.
    if (m_mode == Mode::FullScreen)
        connect(m_screen, &QScreen::geometryChanged, this, &WindowFitter::fitTo);
    else
        connect(m_screen, &QScreen::availableGeometryChanged, this, &WindowFitter::fitTo);
}

void WindowFitter::fitTo(const QRect &screenGeometry)
{
    const QRect target = targetGeometry(m_mode, screenGeometry);
    if (!m_window || target.isEmpty())
        return;
    // Said even when the window was made at this size (kiosk/main.cpp): the journal, and
    // tst_cagerealpath, learn from it what the window fills.
    if (target != m_window->geometry())
        m_window->setGeometry(target);
    qCInfo(lcUi) << "window fitted to" << target.size();
}

} // namespace Mist
