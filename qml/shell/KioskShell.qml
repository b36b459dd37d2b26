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
    // The open kiosk browser (BrowserView), or null.
    readonly property Item browser: browserLoader.item as Item

    // Opens a screen by name, with extra initial properties for screens that show one thing
    // (a category, a service). "home" goes back to the existing home screen rather than
    // stacking another one.
    function open(name: string, properties: var) {
        if (name === "home" && stack.depth > 0) {
            const home = stack.find(item => (item as KioskScreen).screenName === "home")
            if (home) {
                stack.pop(home, StackView.Immediate)
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
        browserLoader.setSource("qrc:/Mist/browser/BrowserView.qml", {
            serviceId: serviceId,
            serviceName: serviceName,
            startUrl: startUrl,
            loginHosts: loginHosts
        })
    }

    // Destroys the browser: its view and page now, its profile right after (portalbrowser.h).
    function closePortal() {
        browserLoader.source = ""
    }

    function back() {
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
            erasedBanner.visible = false
            stack.clear(StackView.Immediate)
            root.open("home", {})
            if (root.initialScreen !== "attract" && root.initialScreen !== "home")
                root.open(root.initialScreen, {})
            root.initialScreen = "attract"
        }
        function onSessionEnded() {
            root.closePortal()
            startAgain.visible = false
            root.resetToAttract()
            erasedBanner.show()
        }
    }

    // Keyboard and switch access (issue 18): Escape is the bar's Back. Keys that the focused
    // control does not use come up to here; the browser has its own.
    Keys.onEscapePressed: {
        if (!root.browser && stack.depth > 1)
            root.back()
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
        canGoBack: stack.depth > 1
        atHome: root.currentScreen === "home"
        title: {
            const item = stack.currentItem as KioskScreen
            return item ? item.title : ""
        }
        onBackRequested: root.back()
        onHomeRequested: root.open("home", {})
    }

    StackView {
        id: stack
        anchors.top: bar.visible ? bar.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
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
    }

    // Looks up the portal that "Open here" names.
    ServiceDetails {
        id: portalLookup
        directory: Directory
        language: Preferences.language
    }

    // The kiosk browser, over the screens and their bar (it has its own). Empty until a portal is
    // opened, so Qt WebEngine costs nothing at start.
    Loader {
        id: browserLoader
        objectName: "browserLoader"
        anchors.fill: parent
        visible: status === Loader.Ready
        focus: visible
    }

    Connections {
        target: browserLoader.item
        ignoreUnknownSignals: true
        function onCloseRequested() {
            root.closePortal()
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
    }

    IdleWarning {
        objectName: "idleWarning"
        anchors.fill: parent
        visible: Session.warningActive
    }
}
