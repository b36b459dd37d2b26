// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// The kiosk window of a resting kiosk (kiosk/main.cpp loads it instead of Main.qml when
// RestartGuard says rest): the resting screen alone, without the shell, the session or any
// service behind it.
Window {
    id: root

    width: 1920
    height: 1080
    title: qsTr("Mist: e-services kiosk")
    color: Theme.bar

    Binding {
        target: Theme
        property: "zoom"
        value: Math.min(root.width / 1920, root.height / 1080)
    }

    RestingScreen {
        anchors.fill: parent
        screenName: "resting"
    }
}
