// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Controls.Basic
import Mist

// The kiosk window. kiosk/main.cpp decides full screen or windowed and which screen comes first;
// its size comes from the screen (WindowFitter), never from here.
ApplicationWindow {
    id: root

    required property string initialScreen

    title: qsTr("Mist: e-services kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize

    // Sizes are drawn for a 1920x1080 panel and scale with the panel's long and short sides, so a
    // portrait 1080x1920 pedestal is as large as a landscape one; screens reflow to the width.
    Binding {
        target: Theme
        property: "zoom"
        value: Math.min(Math.max(root.width, root.height) / 1920,
                        Math.min(root.width, root.height) / 1080)
    }

    KioskShell {
        objectName: "shell"
        anchors.fill: parent
        initialScreen: root.initialScreen
    }
}
