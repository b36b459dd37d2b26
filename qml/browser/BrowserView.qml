// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtWebEngine
import Mist

// The locked-down browser for one portal. KioskShell loads it (and with it Qt WebEngine) only
// when a citizen presses "Open here", and unloads it when the session ends: the view, its page
// and then its off-the-record profile are destroyed (see portalbrowser.h).
//
// Deny by default: only https pages of the portal's hosts open; anything else is refused with a
// message, and a web address with a QR code to continue on a phone. A file input opens the
// kiosk's own chooser of this visit's documents (UploadChooserPanel), never a file dialog; permissions
// (camera, microphone, location, notifications, clipboard) are refused; the page's
// alert/confirm/prompt appear as kiosk dialogs; no context menu, no developer tools. Downloads
// are refused, except a PDF of the portal's own, which goes into the visit's documents, as does
// the page's own "Print" (BrowserDocuments).
FocusScope {
    id: root

    required property string serviceId
    required property string serviceName
    required property url startUrl
    required property list<string> loginHosts

    // Back out of the first page: the shell closes the browser and shows the service page.
    signal closeRequested()
    // The page's renderer died: the shell starts again from home with a fresh browser.
    signal crashed()
    // "Documents" in the bar or in the "saved" message: the shell shows the visit's documents.
    signal documentsRequested()

    readonly property bool blockedShown: blocked.visible

    // Keyboard and switch access: the page has the keys when the browser opens (the shell's
    // Loader passes them on) and Tab leaves the page for the bar. Escape in the page is the
    // page's own (Chromium keeps it: its menus and dialogs close with it); on the bar it is
    // Back. Alt+Left, a browser's Back, and a keypad's Back key are Back from the page too,
    // which passes on the keys it does not use.
    focus: true
    Keys.onEscapePressed: backButton.clicked()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Back
                || (event.key === Qt.Key_Left && event.modifiers === Qt.AltModifier)) {
            backButton.clicked()
            event.accepted = true
        }
    }
    readonly property string finishLongText: qsTr("Finish and clear my data")
    readonly property string finishShortText: qsTr("Finish")
    readonly property string blockedUrl: blocked.address

    function showBlocked(address: url, verdict: int) {
        browser.noteRefused(address)
        // The log keeps the host alone (UsageRecorder strips the rest).
        Usage.navigationBlocked(String(address))
        // A QR code only for a clean https address (ExternalLink): never the page's query,
        // fragment or user info, never http, a local address or another scheme.
        const phoneUrl = browser.phoneUrl(address)
        blocked.otherSite = verdict === PortalBrowser.OtherSite && phoneUrl !== ""
        blocked.address = blocked.otherSite ? phoneUrl : ""
        blocked.host = blocked.otherSite ? browser.phoneHost(address) : ""
        blocked.visible = true
    }

    // offerDocuments: the message has a button to the visit's documents.
    function showNotice(message: string, offerDocuments: bool) {
        notice.text = message
        notice.offersDocuments = offerDocuments
        notice.visible = true
        noticeTimer.restart()
    }

    function goToStart() {
        if (browser.ready)
            view.url = root.startUrl
    }

    // What became of a portal's download or page print (BrowserDocuments.finished).
    function documentOutcome(outcome: int, origin: string) {
        const print = origin === "page-print"
        switch (outcome) {
        case BrowserDocuments.Added:
            Usage.documentReceived(origin)
            //: After a download or a page's "Print": the document is in the visit's documents.
            root.showNotice(qsTr("Saved to your documents. You have %n document(s) in this visit.", "", Documents.count), true)
            break
        case BrowserDocuments.NotPdf:
            root.showNotice(qsTr("This file is not a PDF document, so it was not saved. Only PDF documents can be kept here."), false)
            break
        case BrowserDocuments.TooLarge:
            //: %1 is the largest document the kiosk keeps, in megabytes.
            root.showNotice(qsTr("This document is larger than %1 MB, so it cannot be saved here.").arg(documents.maxMegabytes), false)
            break
        case BrowserDocuments.TrayFull:
            root.showNotice(qsTr("One visit can keep up to %n documents, and you have that many. Remove one in “Documents” to save another.", "", documents.maxDocuments), true)
            break
        case BrowserDocuments.OtherSite:
            root.showNotice(qsTr("This file comes from another website, so it cannot be saved here. You can continue on your own phone or computer."), false)
            break
        case BrowserDocuments.NotAllowed:
            root.showNotice(print ? qsTr("Pages cannot be printed or saved on this computer. You can continue on your own phone or computer.")
                                  : qsTr("Files cannot be saved on this computer. You can continue on your own phone or computer."), false)
            break
        default:
            root.showNotice(print ? qsTr("The page could not be saved as a document. Please try again.")
                                  : qsTr("The document could not be received. Please try again."), false)
        }
    }

    PortalBrowser {
        id: browser
        objectName: "portalBrowser"
        startUrl: root.startUrl
        loginHosts: root.loginHosts
        webView: view
    }

    // A portal's PDF downloads and its pages' own "Print", into the visit's documents.
    BrowserDocuments {
        id: documents
        objectName: "browserDocuments"
        tray: Documents
        browser: browser
        onFinished: (outcome, origin) => root.documentOutcome(outcome, origin)
    }

    // The permanent kiosk bar: Back, the service's start page, text size, and the way out.
    Rectangle {
        id: bar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        implicitHeight: Theme.barHeight
        color: Theme.bar

        component BarButton: KioskButton {
            tone: KioskButton.Tone.Bar
            font.pixelSize: Theme.barTextSize
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
        }

        // On a narrow panel (4:3, portrait) Finish says just "Finish" (the notice below says
        // what it erases), then Text size folds into "More", and last (portrait, while the visit
        // holds documents) Start page joins it there; Back, Documents and Finish always keep their
        // place, and the title gives way first.
        TextMetrics {
            id: longFinishMetrics
            font: finishButton.font
            text: root.finishLongText
        }
        readonly property real fixedWidth: backButton.implicitWidth + startButton.implicitWidth
            + 4 * barRow.spacing + 2 * Theme.spacing + 2 * Theme.spacing
            + (documentsButton.visible ? documentsButton.implicitWidth + barRow.spacing : 0)
        readonly property bool shortFinish: width < fixedWidth + textSizeButton.implicitWidth
            + longFinishMetrics.advanceWidth + Theme.touchTarget * 3
        readonly property bool compact: width < fixedWidth + textSizeButton.implicitWidth
            + shortFinishMetrics.advanceWidth + Theme.touchTarget * 2
        // Not even More fits beside Start page (Finish's padding counted).
        readonly property bool crowded: width < fixedWidth + moreButton.implicitWidth
            + shortFinishMetrics.advanceWidth + 2 * Theme.spacing
        TextMetrics {
            id: shortFinishMetrics
            font: finishButton.font
            text: root.finishShortText
        }

        RowLayout {
            id: barRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing / 2

            BarButton {
                id: backButton
                objectName: "browserBackButton"
                text: qsTr("‹ Back")
                onClicked: {
                    if (view.canGoBack)
                        view.goBack()
                    else
                        root.closeRequested()
                }
            }
            BarButton {
                id: startButton
                objectName: "browserStartButton"
                visible: !bar.crowded
                text: qsTr("Start page")
                onClicked: root.goToStart()
            }
            Text {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                Layout.leftMargin: Theme.spacing / 2
                text: root.serviceName
                color: Theme.barText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.barTextSize
                font.weight: Font.DemiBold
                textFormat: Text.PlainText
                // Two lines rather than pushing the buttons out; where even that has no room
                // the page itself says where the citizen is.
                opacity: width >= Theme.touchTarget * 2 && !truncated ? 1 : 0
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            DocumentsButton {
                id: documentsButton
                objectName: "browserDocumentsButton"
                onClicked: root.documentsRequested()
            }
            BarButton {
                id: textSizeButton
                objectName: "browserTextSizeButton"
                visible: !bar.compact
                text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
                onClicked: Preferences.cycleTextScale()
            }
            BarButton {
                id: moreButton
                objectName: "browserMoreButton"
                visible: bar.compact
                text: qsTr("More")
                Accessible.description: bar.crowded ? qsTr("Start page, text size") : qsTr("Text size")
                onClicked: moreMenu.open()
            }
            BarButton {
                id: finishButton
                objectName: "browserFinishButton"
                tone: KioskButton.Tone.Danger
                text: bar.shortFinish ? root.finishShortText : root.finishLongText
                Accessible.description: root.finishLongText
                onClicked: Session.finish()
            }
        }

        // The folded Text size (and Start page), under "More": each Text size press shows at
        // once, the menu stays open.
        Popup {
            id: moreMenu
            objectName: "browserMoreMenu"
            x: Math.max(0, moreButton.x + moreButton.width - width + Theme.spacing)
            y: bar.height
            padding: Theme.spacing / 2
            // Opened from the keyboard, it takes the focus, so Tab walks its buttons and Escape
            // closes it; then More has the keyboard again.
            focus: true
            property bool openedByKey: false
            onAboutToShow: openedByKey = moreButton.visualFocus
            onClosed: {
                if (openedByKey && moreButton.visible)
                    moreButton.forceActiveFocus(Qt.TabFocusReason)
                openedByKey = false
            }
            background: Rectangle {
                color: Theme.bar
                radius: Theme.radius
            }
            contentItem: Column {
                spacing: Theme.spacing / 2

                BarButton {
                    objectName: "browserMoreStartButton"
                    visible: bar.crowded
                    text: qsTr("Start page")
                    onClicked: {
                        moreMenu.close()
                        root.goToStart()
                    }
                }
                BarButton {
                    objectName: "browserMoreTextSizeButton"
                    text: qsTr("Text size %1 %").arg(Math.round(Preferences.textScale * 100))
                    onClicked: Preferences.cycleTextScale()
                }
            }
        }
    }

    // Always visible: what happens to what the citizen does here.
    Rectangle {
        id: publicNotice
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        implicitHeight: publicNoticeText.implicitHeight + Theme.spacing
        color: Theme.accent

        Text {
            id: publicNoticeText
            textFormat: Text.PlainText
            objectName: "publicComputerNotice"
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            text: qsTr("This is a public computer. When you press “Finish” or walk away, everything you did here is erased.")
            color: Theme.accentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    WebEngineView {
        id: view
        objectName: "portalView"
        anchors.top: publicNotice.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        // Under the "opens outside" card or a page's dialog the page takes no keys (Tab would
        // reach it unseen); when the card goes, the page has them again.
        enabled: !blocked.visible && !jsDialog.visible
        onEnabledChanged: {
            if (enabled && root.visible)
                view.forceActiveFocus()
        }
        // Nothing loads until the view's own profile is verified to be the kiosk's
        // (PortalBrowser.ready, portalbrowser.h).
        url: browser.ready ? root.startUrl : ""
        zoomFactor: Preferences.textScale

        settings.javascriptCanOpenWindows: true // so window.open reaches newWindowRequested
        settings.javascriptCanAccessClipboard: false
        settings.javascriptCanPaste: false
        settings.localContentCanAccessFileUrls: false
        settings.localContentCanAccessRemoteUrls: false
        settings.pluginsEnabled: false
        settings.pdfViewerEnabled: false
        settings.fullScreenSupportEnabled: false
        settings.screenCaptureEnabled: false
        settings.allowRunningInsecureContent: false
        settings.allowGeolocationOnInsecureOrigins: false
        settings.allowWindowActivationFromJavaScript: false
        settings.hyperlinkAuditingEnabled: false
        settings.navigateOnDropEnabled: false
        settings.unknownUrlSchemePolicy: WebEngineSettings.DisallowUnknownUrlSchemes
        // WebRTC never reveals the kiosk's local addresses (also --force-webrtc-ip-handling-policy).
        settings.webRTCPublicInterfacesOnly: true

        onNavigationRequested: request => {
            const verdict = browser.check(request.url, request.isMainFrame)
            if (verdict === PortalBrowser.Allow)
                return
            request.reject()
            // An iframe that may not load is part of the page, not the citizen's choice: no message.
            if (request.isMainFrame)
                root.showBlocked(request.url, verdict)
        }

        // window.open and target=_blank: never a second window; allowed pages open in this view.
        onNewWindowRequested: request => {
            const verdict = browser.check(request.requestedUrl, true)
            if (verdict === PortalBrowser.Allow && browser.ready)
                view.url = request.requestedUrl
            else if (verdict !== PortalBrowser.Allow)
                root.showBlocked(request.requestedUrl, verdict)
        }

        // A main-frame request the filter refused (a redirect the navigation check did not see).
        onLoadingChanged: loadingInfo => {
            if (loadingInfo.status === WebEngineView.LoadFailedStatus) {
                const verdict = browser.check(loadingInfo.url, true)
                if (verdict !== PortalBrowser.Allow)
                    root.showBlocked(loadingInfo.url, verdict)
            }
        }

        // Only the test CA, in tests, ever gets past this: production rejects every bad certificate.
        onCertificateError: error => error.rejectCertificate()

        onFeaturePermissionRequested: (securityOrigin, feature) => {
            view.grantFeaturePermission(securityOrigin, feature, false)
        }
        // A file input opens the kiosk's own chooser (this visit's documents, or a scan now),
        // never a file dialog; saving to a file or choosing a folder is refused.
        onFileDialogRequested: request => {
            request.accepted = true
            if (request.mode === FileDialogRequest.FileModeOpen
                    || request.mode === FileDialogRequest.FileModeOpenMultiple) {
                uploadChooser.request = request
            } else {
                request.dialogReject()
                root.showNotice(qsTr("Files from this computer cannot be sent. You can continue on your own phone or computer."), false)
            }
        }
        onFileSystemAccessRequested: request => request.reject()
        onAuthenticationDialogRequested: request => {
            request.accepted = true
            request.dialogReject()
        }
        onColorDialogRequested: request => {
            request.accepted = true
            request.dialogReject()
        }
        onContextMenuRequested: request => {
            request.accepted = true
        }
        // No Copy/Cut/Paste menu over a touch selection: what is copied outlives nobody, but
        // nothing invites it either (PortalBrowser.clearClipboard()).
        onTouchSelectionMenuRequested: request => {
            request.accepted = true
        }
        // A page's console output is counted, never logged: it can carry what the citizen typed.
        // With a handler here Qt WebEngine does not print it to stderr ("js" category).
        onJavaScriptConsoleMessage: browser.countConsoleMessage()
        onTooltipRequested: request => {
            request.accepted = true
        }
        onFullScreenRequested: request => request.reject()
        onRegisterProtocolHandlerRequested: request => request.reject()
        onQuotaRequested: request => request.reject()
        onSelectClientCertificate: selection => selection.selectNone()
        // An alert() loop: after a few dialogs in a row the rest are refused, as browsers do.
        onJavaScriptDialogRequested: request => {
            request.accepted = true
            if (browser.admitDialog()) {
                jsDialog.open(request)
            } else {
                request.dialogReject()
                root.showNotice(qsTr("This website kept showing messages, so the kiosk stopped them."), false)
            }
        }
        // The page's own "Print" (window.print()): the page as a PDF, into the visit's documents.
        // One at a time; printToPdf writes into the session's scratch directory on tmpfs.
        onPrintRequested: {
            const path = documents.beginPrint(view.title !== "" ? view.title : root.serviceName)
            if (path !== "")
                view.printToPdf(path)
        }
        onPdfPrintingFinished: (filePath, success) => documents.finishPrint(filePath, success)
        onRenderProcessTerminated: (terminationStatus, exitCode) => {
            if (terminationStatus !== WebEngineView.NormalTerminationStatus)
                root.crashed()
        }
    }

    Connections {
        target: view.profile
        function onDownloadRequested(download: WebEngineDownloadRequest) {
            // A PDF of the portal's own goes into the visit's documents; anything else is refused.
            documents.receiveDownload(download)
        }
    }

    // A short message at the bottom of the page (a refused file choice or download, a document
    // saved), with a way to the visit's documents when it is about them.
    Rectangle {
        id: notice
        property alias text: noticeText.text
        property bool offersDocuments: false
        objectName: "browserNotice"
        visible: false
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        height: noticeColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.bar

        TapHandler {
            onTapped: notice.visible = false
        }
        Column {
            id: noticeColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            Text {
                id: noticeText
                objectName: "browserNoticeText"
                textFormat: Text.PlainText
                width: parent.width
                color: Theme.barText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            KioskButton {
                objectName: "browserNoticeDocumentsButton"
                darkBackdrop: true
                visible: notice.offersDocuments
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Open my documents")
                onClicked: {
                    notice.visible = false
                    root.documentsRequested()
                }
            }
        }
        Timer {
            id: noticeTimer
            interval: 8000
            onTriggered: notice.visible = false
        }
    }

    BrowserBlockedCard {
        id: blocked
        objectName: "blockedCard"
        anchors.top: publicNotice.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: false
        serviceName: root.serviceName
        onDismissed: blocked.visible = false
    }

    // Below the kiosk bar, never over it: "Finish" stays in reach whatever the page shows.
    BrowserDialog {
        id: jsDialog
        objectName: "jsDialog"
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    // A page's file input: the visit's documents and "Scan a document now" (UploadChooserPanel),
    // below the kiosk bar. Its answer goes back to the page; only files UploadChooser wrote into
    // the session's scratch directory can be in it.
    Item {
        id: uploadChooser
        objectName: "uploadChooserHolder"
        property FileDialogRequest request: null
        visible: request !== null
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onRequestChanged: {
            if (request !== null)
                chooserPanel.start()
        }
        function answer(paths: var) {
            const pending = uploadChooser.request
            uploadChooser.request = null
            if (!pending)
                return
            if (paths.length > 0)
                pending.dialogAccept(paths)
            else
                pending.dialogReject()
        }

        UploadChooserPanel {
            id: chooserPanel
            objectName: "browserUploadChooser"
            anchors.fill: parent
            acceptedMimeTypes: uploadChooser.request ? uploadChooser.request.acceptedMimeTypes : []
            multiple: uploadChooser.request !== null
                && uploadChooser.request.mode === FileDialogRequest.FileModeOpenMultiple
            onAccepted: paths => uploadChooser.answer(paths)
            onRejected: uploadChooser.answer([])
        }
    }

    // The view did not take the kiosk's profile: nothing loads, and the citizen is told.
    Rectangle {
        objectName: "browserUnavailable"
        visible: !browser.ready
        anchors.top: publicNotice.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        color: Theme.background

        BodyText {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This service cannot be opened on this kiosk right now. Please ask the librarian.")
        }
    }
}
