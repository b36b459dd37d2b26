// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// QML singletons whose one instance is made in C++ (by kiosk/main.cpp, or a test's set-up) and
// handed over before the engine loads anything. The QML engine never owns them.
#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace Mist {

template<typename T>
struct ProvidedSingleton
{
    // Called once by whoever builds the services, before the first QML file is loaded.
    static void provide(T *instance) { s_instance = instance; }

    // Called by the QML engine on first use.
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "ProvidedSingleton", "provide() was not called before loading QML");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    inline static T *s_instance = nullptr;
};

} // namespace Mist
