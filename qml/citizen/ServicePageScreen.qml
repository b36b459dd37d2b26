// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mist

// One service: what it does, who provides it, what the citizen needs, cost and time where
// known, where to go in person instead, and the two ways on: open it here, or scan the QR code
// and continue on a phone. When the portal is not answering, the way in person comes first.
KioskScreen {
    id: root

    // The directory id; the default shows the Diia portal of the bundled directory.
    property string serviceId: "diia"

    title: details.found ? details.name : qsTr("Service")

    // Texts shown on the page and printed on its handout alike.
    readonly property string providerText: details.authority.length > 0 && details.area.length > 0
                                           ? details.authority + ", " + details.area
                                           : details.authority + details.area
    readonly property string needText: {
        if (details.noLoginNeeded && details.eIdLabels.length === 0)
            return qsTr("Nothing: you can use it without logging in.")
        if (details.eIdLabels.length === 0)
            return ""
        return qsTr("To log in, one of these: %1.").arg(details.eIdText)
    }
    readonly property string inPersonHeading: details.inPersonIsLocalCentre
        ? qsTr("Prefer to go in person? Ask at the administrative services centre (CNAP)")
        : qsTr("Prefer to go in person?")
    readonly property string deskText: Library.hours.length > 0
        ? qsTr("Or ask at the library desk (open %1).").arg(Library.hours)
        : qsTr("Or ask at the library desk.")
    readonly property string phoneText: qsTr("Scan to continue on your phone")

    // The page as a printed handout: what it is, what you need, where to go in person, and the
    // portal's QR code.
    function handout(): var {
        // "Label: text" for each fact the page shows (a fact without text is not shown either).
        const facts = pairs => pairs.filter(pair => pair[1].length > 0).map(pair => pair[0] + ": " + pair[1])
        const sections = [{
            text: details.description,
            bullets: facts([[qsTr("Who provides it"), root.providerText], [qsTr("What you need"), root.needText],
                            [qsTr("Cost"), details.cost], [qsTr("How long it takes"), details.processingTime]])
        }]
        if (details.hasInPerson)
            sections.push({
                heading: root.inPersonHeading,
                text: details.inPersonIsLocalCentre ? details.inPersonName : "",
                bullets: facts([[qsTr("Address"), details.inPersonAddress], [qsTr("Opening hours"), details.inPersonHours],
                                [qsTr("Phone"), details.inPersonPhone]])
            })
        sections.push({ text: root.deskText })
        return { title: details.name, sections: sections, qrUrl: details.urlText, qrCaption: root.phoneText }
    }

    // The usage log counts the page and its QR code (only the directory id is written).
    Component.onCompleted: {
        if (!details.found)
            return
        Usage.serviceViewed(details.serviceId)
        if (details.urlText.length > 0)
            Usage.qrShown(details.serviceId)
    }

    ServiceDetails {
        id: details
        directory: Directory
        serviceId: root.serviceId
        language: Preferences.language
    }

    // The portal left the directory (a sync removed or a librarian hid it) while it was shown.
    ColumnLayout {
        objectName: "serviceGone"
        visible: !details.found
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        spacing: Theme.spacing

        Heading {
            Layout.fillWidth: true
            text: qsTr("This service is no longer in the list")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("A librarian at the desk will gladly help you find another way.")
        }
        KioskButton {
            objectName: "goneHomeButton"
            text: qsTr("Back to the main menu")
            onClicked: root.openRequested("home", {})
        }
    }

    RowLayout {
        visible: details.found
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.bottomMargin: 0
        spacing: Theme.margin

        // What the service is: scrolls when large text makes it longer than the screen.
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: facts.implicitHeight + Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                implicitWidth: Theme.spacing
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: facts
                width: flick.width - Theme.spacing * 2
                spacing: Theme.spacing

                // The portal did not answer: the first thing to read is where else to go.
                Rectangle {
                    objectName: "downNotice"
                    visible: details.down
                    Layout.fillWidth: true
                    implicitHeight: downColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.danger

                    ColumnLayout {
                        id: downColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 4

                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("This website is not answering right now")
                            color: Theme.dangerText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.buttonSize
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: details.hasInPerson
                                  ? qsTr("You can try again later, or go in person: %1.").arg(details.inPersonAddress)
                                  : qsTr("You can try again later, or ask a librarian at the desk.")
                            color: Theme.dangerText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }

                Heading {
                    objectName: "serviceName"
                    Layout.fillWidth: true
                    text: details.name
                }
                BodyText {
                    objectName: "serviceDescription"
                    Layout.fillWidth: true
                    text: details.description
                }
                InfoBlock {
                    Layout.fillWidth: true
                    label: qsTr("Who provides it")
                    text: root.providerText
                }
                InfoBlock {
                    objectName: "eIdInfo"
                    Layout.fillWidth: true
                    label: qsTr("What you need")
                    text: root.needText
                }
                InfoBlock {
                    Layout.fillWidth: true
                    label: qsTr("Cost")
                    text: details.cost
                }
                InfoBlock {
                    Layout.fillWidth: true
                    label: qsTr("How long it takes")
                    text: details.processingTime
                }

                // The library's step-by-step guides for this service, from the learning section.
                // In a Column, not straight in the layout (see AttractScreen.qml).
                Column {
                    id: guideLinks
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2

                    Repeater {
                        model: details.found ? Guides.guidesForService(details.serviceId, Preferences.language) : []
                        delegate: KioskButton {
                            required property var modelData
                            objectName: "guide-" + modelData.guideId
                            width: guideLinks.width
                            text: qsTr("Step-by-step guide: %1").arg(modelData.title)
                            onClicked: root.openRequested("guide", { guideId: modelData.guideId })
                        }
                    }
                }

                // The way in person: the portal's own counter, or the local centre.
                Rectangle {
                    objectName: "inPersonCard"
                    visible: details.hasInPerson
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    implicitHeight: inPerson.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: details.down ? Theme.danger : Theme.border

                    ColumnLayout {
                        id: inPerson
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: Theme.spacing / 2

                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: root.inPersonHeading
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.buttonSize
                            font.weight: Font.Bold
                            // "адміністративних" alone is wider than a portrait card at 150 %:
                            // break inside a word when nothing else fits.
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        BodyText {
                            Layout.fillWidth: true
                            visible: details.inPersonIsLocalCentre
                            text: details.inPersonName
                        }
                        InfoBlock {
                            objectName: "inPersonAddress"
                            Layout.fillWidth: true
                            label: qsTr("Address")
                            text: details.inPersonAddress
                        }
                        InfoBlock {
                            Layout.fillWidth: true
                            label: qsTr("Opening hours")
                            text: details.inPersonHours
                        }
                        InfoBlock {
                            Layout.fillWidth: true
                            label: qsTr("Phone")
                            text: details.inPersonPhone
                        }
                        // The citizen is in the library already: its desk is the nearest help.
                        BodyText {
                            objectName: "libraryDesk"
                            Layout.fillWidth: true
                            text: root.deskText
                        }
                    }
                }
            }
        }

        // The two ways on: here, or on the citizen's own phone.
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.max(Theme.qrSize + 2 * Theme.spacing, Theme.cardMaxWidth * 0.4)
            Layout.maximumHeight: parent.height - Theme.margin
            implicitHeight: actions.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            ColumnLayout {
                id: actions
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                KioskButton {
                    objectName: "openHereButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget * 1.25
                    tone: KioskButton.Tone.Accent
                    text: qsTr("Open here")
                    Accessible.description: details.host
                    onClicked: root.portalRequested(details.serviceId)
                }
                PrintHandoutButton {
                    objectName: "printServiceButton"
                    Layout.fillWidth: true
                    handout: root.handout
                    onHandoutReady: documentId => root.openRequested("documents-print", { documentId: documentId })
                }
                // Gives up height when large text and "Print this page" fill the panel on a
                // short screen; still big enough for a phone's camera at its smallest.
                QrCodeImage {
                    objectName: "serviceQr"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Theme.qrSize
                    Layout.preferredHeight: Theme.qrSize
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.qrSize * 0.55
                    Layout.maximumHeight: Theme.qrSize
                    text: details.urlText
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.phoneText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "serviceHost"
                    Layout.fillWidth: true
                    text: details.host
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WrapAnywhere
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
    }
}
