// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A window made from a few lines of QML, for the tests of what walks an item tree (LayoutWalker,
// ScreenText, AccessibilityCheck): QtQuick, Controls.Basic and Layouts imported (plus imports),
// body inside a Window of the given size, shown and rendered once so that layouts are polished.
// Header-only: the tests that use it link Qt Quick already.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSize>
#include <QUrl>

#include <memory>

namespace MistTest {

inline std::unique_ptr<QQuickWindow> qmlWindow(QQmlEngine &engine, const QByteArray &body,
    QSize size = {400, 300}, const QByteArray &imports = {})
{
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport QtQuick.Controls.Basic\nimport QtQuick.Layouts\n"
            + imports + "Window { width: " + QByteArray::number(size.width())
            + "; height: " + QByteArray::number(size.height()) + "\n" + body + "\n}",
        QUrl(QStringLiteral("file:///window.qml")));
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    if (!window) {
        qWarning().noquote() << component.errorString();
        return window;
    }
    window->show();
    (void)window->grabWindow();
    return window;
}

} // namespace MistTest
