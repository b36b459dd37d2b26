// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// "This page opens outside the kiosk": shown over the portal when it tries to leave (a link to
// another site, a redirect, a new window, a form sent elsewhere, a file: or javascript: address).
// A web address comes with a QR code, so the citizen can carry on with it on a phone.
Rectangle {
    id: root

    // For otherSite: the address to continue with on a phone (https, no query, fragment or user
    // info: ExternalLink), and its host, shown large so the citizen sees where it leads.
    property string address
    property string host
    // True for a clean https address on another site: worth a QR code. False for http, file:,
    // data:, a local address...: the kiosk cannot open it, and offers nothing to carry away.
    property bool otherSite
    required property string serviceName

    signal dismissed()

    color: Theme.background

    // Keyboard and switch access: the card has the keys while it shows (the page under it has
    // none); Enter, Space or Escape is "Back to the service", and Tab reaches its button.
    onVisibleChanged: {
        if (visible)
            root.forceActiveFocus()
    }
    Keys.onReturnPressed: root.dismissed()
    Keys.onEnterPressed: root.dismissed()
    Keys.onSpacePressed: root.dismissed()
    Keys.onEscapePressed: root.dismissed()
    Keys.onTabPressed: event => {
        if (event.modifiers & Qt.ShiftModifier)
            backButton.forceActiveFocus(Qt.BacktabFocusReason)
        else
            backButton.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: backButton.forceActiveFocus(Qt.BacktabFocusReason)

    // Nothing behind the card can be pressed.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        height: Math.min(parent.height - 2 * Theme.spacing,
                         column.implicitHeight + backButton.implicitHeight + 3 * Theme.margin)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        clip: true

        // Where the card is taller than the panel (a 4:3 or 16:9 panel at large text), its
        // text scrolls and "Back to the service" stays at the bottom, always in reach.
        Flickable {
            id: cardFlick
            objectName: "blockedScroll"
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: backButton.top
            anchors.margins: Theme.margin
            contentWidth: width
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            RowLayout {
                id: column
                width: cardFlick.width
                spacing: Theme.margin

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Heading {
                        objectName: "blockedTitle"
                        Layout.fillWidth: true
                        text: root.otherSite ? qsTr("This page is on another website")
                                             : qsTr("This cannot be opened here")
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: root.otherSite
                              ? qsTr("To keep you safe, this kiosk opens only the pages of “%1”. To continue on your phone, scan the code with its camera.").arg(root.serviceName)
                              : qsTr("To keep you safe, this kiosk opens only the pages of “%1”.").arg(root.serviceName)
                    }
                    Heading {
                        objectName: "blockedHost"
                        Layout.fillWidth: true
                        visible: root.otherSite
                        text: root.host
                        textFormat: Text.PlainText
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    BodyText {
                        objectName: "blockedAddress"
                        Layout.fillWidth: true
                        visible: root.otherSite
                        text: root.address
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                }
                QrCodeImage {
                    objectName: "blockedQr"
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: Theme.qrSize
                    Layout.preferredHeight: Theme.qrSize
                    visible: root.otherSite
                    text: root.otherSite ? root.address : ""
                }
            }
        }
        KioskButton {
            id: backButton
            objectName: "blockedBackButton"
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            tone: KioskButton.Tone.Accent
            text: qsTr("Back to the service")
            onClicked: root.dismissed()
        }
    }
}
