// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Mist

// The frame around every screen: the navigation stack, the kiosk bar and the idle warning.
// It forgets everything when the session ends: screens are destroyed, not hidden.
Item {
    id: root

    // The screen shown first (ScreenCatalog name). Anything but "attract" starts a session.
    property string initialScreen: "attract"

    readonly property string currentScreen: {
        const item = stack.currentItem as KioskScreen
        return item ? item.screenName : ""
    }
    readonly property int depth: stack.depth
    readonly property Item currentItem: stack.currentItem
    // The anonymous usage log counts screen views (names only; outside a session, nothing).
    onCurrentScreenChanged: Usage.screenViewed(root.currentScreen)
    // Another screen, the portal opened or left: what was being read aloud is no longer there.
    onCurrentItemChanged: ReadAloud.screenChanged()
    onBrowserChanged: ReadAloud.screenChanged()
    onPortalHiddenChanged: ReadAloud.screenChanged()
    // The open kiosk browser (BrowserView), or null.
    // The open portal's browser; null while none is open (a prepared one is not open).
    readonly property Item browser: root.browserPrepared ? null : browserLoader.item as Item
    // Set by mist-kiosk from [session] warm_browser: a visit's browser is made soon after the
    // visit begins, hidden and empty, so that "Open here" only has to navigate (issue 19: Qt
    // WebEngine's start and a fresh profile take seconds on a library PC). Off in screenshots
    // and in tests that do not ask for it.
    property bool warmBrowser: false
    // True while the loader holds a prepared browser that no portal has used yet.
    property bool browserPrepared: false
    // The citizen left the portal for their documents: the browser waits hidden (not
    // destroyed, so the portal is as they left it) above stack depth portalDepth.
    property bool portalHidden: false
    property int portalDepth: 0

    // Opens a screen by name, with extra initial properties for screens that show one thing
    // (a category, a service). "home" goes back to the existing home screen rather than
    // stacking another one.
    function open(name: string, properties: var) {
        // Home leaves the portal the documents were opened from.
        if (name === "home" && root.portalHidden)
            root.closePortal()
        // Home and the document tray exist once: going there again goes back to them.
        if ((name === "home" || name === "documents-tray") && stack.depth > 0) {
            const existing = stack.find((item, index) => index >= root.portalDepth
                                        && (item as KioskScreen).screenName === name)
            if (existing) {
                stack.pop(existing, StackView.Immediate)
                return
            }
        }
        if (!ScreenCatalog.contains(name)) {
            console.warn("unknown screen", name)
            return
        }
        // Librarian mode: the pad only outside a citizen's session, the rest only inside the
        // mode. Its screens replace each other, so leaving it leaves nothing behind.
        if (name.startsWith("admin-")) {
            if (name === "admin-pin" ? !Librarian.canOffer() : !Librarian.active) {
                console.warn("librarian screen refused", name)
                return
            }
            if (name !== "admin-pin") {
                stack.clear(StackView.Immediate)
                stack.push(ScreenCatalog.url(name),
                           Object.assign(ScreenCatalog.properties(name), properties || {}),
                           StackView.Immediate)
                return
            }
        }
        if (name === "attract" && !Session.active && stack.depth > 0) {
            root.resetToAttract()
            return
        }
        stack.push(ScreenCatalog.url(name),
                   Object.assign(ScreenCatalog.properties(name), properties || {}),
                   StackView.Immediate)
    }

    // The citizen pressed "Open here" on a directory portal: open it in the kiosk browser.
    function openPortal(serviceId: string) {
        portalLookup.serviceId = serviceId
        if (!portalLookup.found) {
            console.warn("no portal", serviceId)
            return
        }
        Usage.portalOpened(serviceId)
        showPortal(serviceId, portalLookup.name, portalLookup.url, portalLookup.loginHosts)
    }

    // Opens the browser over the screens. The first call loads Qt WebEngine; every call makes a
    // new browser with a new off-the-record profile.
    function showPortal(serviceId: string, serviceName: string, startUrl: url, loginHosts: list<string>) {
        warmTimer.stop()
        root.portalHidden = false
        root.portalDepth = 0
        if (root.browserPrepared && browserLoader.status === Loader.Ready) {
            // The visit's prepared browser: its policy first, then the address it may open.
            const view = browserLoader.item as BrowserView
            view.serviceId = serviceId
            view.serviceName = serviceName
            view.loginHosts = loginHosts
            view.startUrl = startUrl
            root.browserPrepared = false
            return
        }
        root.browserPrepared = false
        browserLoader.setSource("qrc:/Mist/browser/BrowserView.qml", {
            serviceId: serviceId,
            serviceName: serviceName,
            startUrl: startUrl,
            loginHosts: loginHosts
        })
    }

    // Makes the visit's browser ahead of need: hidden, with no address (it loads nothing).
    function prepareBrowser() {
        if (!root.warmBrowser || !Session.active || browserLoader.status !== Loader.Null)
            return
        root.browserPrepared = true
        browserLoader.setSource("qrc:/Mist/browser/BrowserView.qml", {
            serviceId: "",
            serviceName: "",
            startUrl: "",
            loginHosts: []
        })
    }

    // Destroys the browser: its view and page now, its profile right after (portalbrowser.h).
    function closePortal() {
        browserLoader.source = ""
        root.browserPrepared = false
        root.portalHidden = false
        root.portalDepth = 0
        // Another portal in the same visit opens as quickly: a fresh browser, prepared again.
        if (root.warmBrowser && Session.active)
            warmTimer.restart()
    }

    // The visit's documents. Over the portal (its Documents button) the browser is hidden,
    // not destroyed, and "Back to the portal" or Back from the tray shows it again.
    function showDocuments() {
        if (browserLoader.item && !root.portalHidden) {
            root.portalHidden = true
            root.portalDepth = stack.depth
            stack.push(ScreenCatalog.url("documents-tray"),
                       Object.assign(ScreenCatalog.properties("documents-tray"), { fromPortal: true }),
                       StackView.Immediate)
            return
        }
        root.open("documents-tray", {})
    }

    function returnToPortal() {
        if (!root.portalHidden)
            return
        if (stack.depth > root.portalDepth)
            stack.pop(stack.get(root.portalDepth - 1), StackView.Immediate)
        root.portalHidden = false
        root.portalDepth = 0
    }

    // Replaces the current screen (a passing state: the print job on its way).
    function replace(name: string, properties: var) {
        if (!ScreenCatalog.contains(name) || name.startsWith("admin-")) {
            console.warn("unknown screen", name)
            return
        }
        stack.replace(ScreenCatalog.url(name),
                      Object.assign(ScreenCatalog.properties(name), properties || {}),
                      StackView.Immediate)
    }

    function back() {
        // Back from the tray opened over the portal returns to the portal.
        if (root.portalHidden && stack.depth - 1 <= root.portalDepth) {
            root.returnToPortal()
            return
        }
        if (stack.depth > 1)
            stack.pop(StackView.Immediate)
    }

    // Back to a clean attract screen: every screen of the last session is destroyed.
    function resetToAttract() {
        stack.clear(StackView.Immediate)
        stack.push(ScreenCatalog.url("attract"), ScreenCatalog.properties("attract"),
                   StackView.Immediate)
    }

    Component.onCompleted: {
        if (root.initialScreen === "attract" || !ScreenCatalog.contains(root.initialScreen)) {
            open("attract", {})
            return
        }
        // A librarian screen (screenshots): no citizen session is started.
        if (root.initialScreen.startsWith("admin-")) {
            open("attract", {})
            open(root.initialScreen, {})
            root.initialScreen = "attract"
            return
        }
        Session.start()
    }

    // A trainer presenting from librarian mode talks for minutes without a key (LibrarianMode).
    Binding {
        target: Librarian
        property: "presenting"
        value: Librarian.active && ((stack.currentItem as KioskScreen)?.screenName ?? "").startsWith("trainer-")
    }

    Connections {
        target: Librarian
        // Left, locked after two minutes, or a citizen session began: back to the attract screen.
        function onEnded() {
            if (!Session.active)
                root.resetToAttract()
        }
    }

    Connections {
        target: Session
        function onSessionStarted() {
            if (root.warmBrowser)
                warmTimer.restart()
            erasedBanner.visible = false
            stack.clear(StackView.Immediate)
            root.open("home", {})
            if (root.initialScreen !== "attract" && root.initialScreen !== "home")
                root.open(root.initialScreen, {})
            root.initialScreen = "attract"
        }
        function onSessionEnded() {
            warmTimer.stop()
            root.closePortal()
            startAgain.visible = false
            root.resetToAttract()
            erasedBanner.show()
        }
    }

    // Keyboard and switch access (issue 18): Escape is the bar's Back, and the arrow and page
    // keys scroll the screen (a long guide, a service page), as in a browser. Keys that the
    // focused control does not use come up to here; the open browser has its own.
    Keys.onEscapePressed: {
        if (!browserLoader.visible && stack.depth > 1)
            root.back()
    }
    Keys.onPressed: event => {
        if (browserLoader.visible)
            return
        // A keypad's Back key and Alt+Left, as in a browser, are Back too.
        if (event.key === Qt.Key_Back
                || (event.key === Qt.Key_Left && event.modifiers === Qt.AltModifier)) {
            if (stack.depth > 1)
                root.back()
            event.accepted = true
            return
        }
        const view = root.scrolledView()
        if (!view)
            return
        let step = 0
        switch (event.key) {
        case Qt.Key_Up: step = -Theme.touchTarget; break
        case Qt.Key_Down: step = Theme.touchTarget; break
        case Qt.Key_PageUp: step = -view.height * 0.9; break
        case Qt.Key_PageDown: step = view.height * 0.9; break
        default: return
        }
        const top = view.originY
        const bottom = Math.max(top, view.originY + view.contentHeight - view.height)
        view.contentY = Math.min(Math.max(view.contentY + step, top), bottom)
        event.accepted = true
    }

    // What the arrow keys scroll: the list or page around the focused control, else the first
    // one on the screen that has more than it shows.
    function scrolledView(): Flickable {
        for (let item = root.Window.activeFocusItem; item; item = item.parent) {
            const view = item as Flickable
            if (view && view.contentHeight > view.height + 1)
                return view
        }
        const queue = stack.currentItem ? [stack.currentItem] : []
        while (queue.length > 0) {
            const item = queue.shift()
            if (!item.visible)
                continue
            const view = item as Flickable
            if (view && view.contentHeight > view.height + 1)
                return view
            for (let i = 0; i < item.children.length; ++i)
                queue.push(item.children[i])
        }
        return null
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    KioskBar {
        id: bar
        objectName: "kioskBar"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: Session.active && !((stack.currentItem as KioskScreen)?.hidesBar ?? false)
        // Under the open browser (which has its own bar) nothing here is in Tab's way.
        enabled: !browserLoader.visible
        canGoBack: stack.depth > 1
        atHome: root.currentScreen === "home"
        title: {
            const item = stack.currentItem as KioskScreen
            return item ? item.title : ""
        }
        onBackRequested: root.back()
        onHomeRequested: root.open("home", {})
        onDocumentsRequested: root.showDocuments()
        onReadAloudRequested: ReadAloud.readScreen(root)
    }

    StackView {
        id: stack
        objectName: "screenStack"
        anchors.top: bar.visible ? bar.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        enabled: !browserLoader.visible
        // Each screen takes the keyboard as it appears (a field of its own keeps it), so keys
        // reach it and Tab starts at its first control.
        onCurrentItemChanged: {
            if (currentItem)
                currentItem.forceActiveFocus()
        }
    }

    Connections {
        target: stack.currentItem as KioskScreen
        function onOpenRequested(name: string, properties: var) {
            root.open(name, properties)
        }
        function onPortalRequested(serviceId: string) {
            root.openPortal(serviceId)
        }
        function onReplaceRequested(name: string, properties: var) {
            root.replace(name, properties)
        }
    }

    // The document tray's "Back to the portal" (other screens have no such signal).
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true
        function onBackToPortalRequested() {
            root.returnToPortal()
        }
    }

    // Looks up the portal that "Open here" names.
    ServiceDetails {
        id: portalLookup
        directory: Directory
        language: Preferences.language
    }

    // A moment after the visit begins (its first screen is drawn first), the browser is made.
    Timer {
        id: warmTimer
        interval: 800
        onTriggered: root.prepareBrowser()
    }

    // The kiosk browser, over the screens and their bar (it has its own). Empty until a visit
    // begins (warmBrowser) or a portal is opened, so Qt WebEngine costs nothing at rest.
    Loader {
        id: browserLoader
        objectName: "browserLoader"
        anchors.fill: parent
        visible: status === Loader.Ready && !root.portalHidden && !root.browserPrepared
        focus: visible
        // The browser closed or hid for the documents: the screen has the keyboard again.
        onVisibleChanged: {
            if (!visible && stack.currentItem)
                stack.currentItem.forceActiveFocus()
        }
    }

    Connections {
        target: browserLoader.item
        ignoreUnknownSignals: true
        function onCloseRequested() {
            root.closePortal()
        }
        // The browser's own Documents button (BrowserView).
        function onDocumentsRequested() {
            root.showDocuments()
        }
        function onCrashed() {
            root.closePortal()
            root.open("home", {})
            startAgain.visible = true
        }
    }

    ErasedBanner {
        id: erasedBanner
        objectName: "erasedBanner"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
    }

    StartAgainCard {
        id: startAgain
        objectName: "startAgainCard"
        anchors.fill: parent
        onVisibleChanged: {
            if (!visible && Session.active && stack.currentItem)
                stack.currentItem.forceActiveFocus()
        }
    }

    // Made the first time a visit runs idle, then kept: nothing of it is needed to start the
    // kiosk (issue 19: startup).
    Loader {
        objectName: "idleWarning"
        anchors.fill: parent
        visible: Session.warningActive
        active: false
        onVisibleChanged: {
            if (visible)
                active = true
        }
        // A file, not an inline component: Qt 6.4's Loader cannot make a component bound to
        // this file's context (pragma ComponentBehavior: Bound).
        source: "IdleWarning.qml"
    }
}
