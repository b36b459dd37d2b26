// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import Mist

// For screenshots only (mist-kiosk --screenshot --screen browser / browser-blocked): the kiosk
// browser's own bar, notice and refusal card around an empty page, over the whole window as the
// shell shows the real browser. It opens no web page, so it works without a network; and a
// screenshot is taken before Qt WebEngine could paint a page anyway.
KioskScreen {
    id: root

    // "browser": the bar and the notice; "browser-blocked": with the "another website" card.
    property string topic

    title: qsTr("Service website")

    BrowserView {
        id: preview
        // Over the shell's own bar, as the real browser is.
        parent: root.Window.contentItem
        anchors.fill: parent
        z: 1000
        serviceId: "preview"
        serviceName: qsTr("Portal of the hromada")
        startUrl: ""
        loginHosts: []
        Component.onCompleted: {
            if (root.topic === "browser-blocked")
                preview.showBlocked("https://example.com/a-page-on-another-website", PortalBrowser.OtherSite)
        }
    }
}
