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

    // Opens a screen by name. "home" goes back to the existing home screen rather than
    // stacking another one.
    function open(name: string) {
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
        stack.push(ScreenCatalog.url(name), ScreenCatalog.properties(name), StackView.Immediate)
    }

    function back() {
        if (stack.depth > 1)
            stack.pop(StackView.Immediate)
    }

    // Back to a clean attract screen: every screen of the last session is destroyed.
    function resetToAttract() {
        stack.clear(StackView.Immediate)
        open("attract")
    }

    Component.onCompleted: {
        if (root.initialScreen === "attract" || !ScreenCatalog.contains(root.initialScreen)) {
            open("attract")
            return
        }
        Session.start()
    }

    Connections {
        target: Session
        function onSessionStarted() {
            stack.clear(StackView.Immediate)
            root.open("home")
            if (root.initialScreen !== "attract" && root.initialScreen !== "home")
                root.open(root.initialScreen)
            root.initialScreen = "attract"
        }
        function onSessionEnded() {
            root.resetToAttract()
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    KioskBar {
        id: bar
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: Session.active
        canGoBack: stack.depth > 1
        atHome: root.currentScreen === "home"
        title: {
            const item = stack.currentItem as KioskScreen
            return item ? item.title : ""
        }
        onBackRequested: root.back()
        onHomeRequested: root.open("home")
    }

    StackView {
        id: stack
        anchors.top: bar.visible ? bar.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    Connections {
        target: stack.currentItem as KioskScreen
        function onOpenRequested(name: string) {
            root.open(name)
        }
    }

    IdleWarning {
        objectName: "idleWarning"
        anchors.fill: parent
        visible: Session.warningActive
    }
}
