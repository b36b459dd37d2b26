// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// A QR code of `text` (an address), black on white with its quiet zone, crisp at any size: the
// image comes from the "qr" image provider (qrimageprovider.h) at exactly the size shown.
Item {
    id: root

    required property string text
    readonly property alias status: image.status

    implicitWidth: Theme.qrSize
    implicitHeight: Theme.qrSize

    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("QR code of the address %1").arg(root.text)
    Accessible.description: qsTr("Point your phone's camera at it to open the address on your phone.")

    Image {
        id: image
        objectName: "qrImage"
        anchors.fill: parent
        source: root.text.length > 0 ? "image://qr/" + encodeURIComponent(root.text) : ""
        sourceSize.width: Math.round(root.width)
        sourceSize.height: Math.round(root.height)
        fillMode: Image.PreserveAspectFit
        // Scaling would blur the modules; the provider already drew them at this size.
        smooth: false
        cache: false
        Accessible.ignored: true
    }
}
