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

    KioskShell {
        objectName: "shell"
        anchors.fill: parent
        initialScreen: root.initialScreen
    }
}
