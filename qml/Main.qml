// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// The kiosk window. kiosk/main.cpp decides full screen or windowed and which screen comes first.
ApplicationWindow {
    id: root

    required property string initialScreen

    width: 1920
    height: 1080
    title: qsTr("Mist: e-services kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // The layout is drawn for 1920x1080 and scales to the panel it runs on.
    Binding {
        target: Theme
        property: "zoom"
        value: Math.min(root.width / 1920, root.height / 1080)
    }

    KioskShell {
        objectName: "shell"
        anchors.fill: parent
        initialScreen: root.initialScreen
    }
}
