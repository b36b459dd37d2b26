// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
import QtQuick
import QtQuick.Layouts
import Mist

// One step-by-step guide, one step at a time: a picture, a few plain sentences, "Step 2 of 5"
// and big Back / Next buttons. Opened with { guideId }; alone it shows the first guide.
KioskScreen {
    id: root

    property string guideId
    property int stepIndex: 0

    readonly property var guide: {
        let id = root.guideId
        if (id.length === 0) {
            const all = Guides.list(Preferences.language)
            id = all.length > 0 ? all[0].guideId : ""
        }
        return Guides.guide(id, Preferences.language)
    }
    readonly property var steps: root.guide.steps ?? []
    readonly property int stepCount: root.steps.length
    readonly property var step: root.stepCount > 0 ? root.steps[Math.min(root.stepIndex, root.stepCount - 1)] : ({})
    readonly property bool isLastStep: root.stepIndex >= root.stepCount - 1
    readonly property bool portrait: root.height > root.width

    title: root.guide.title ?? qsTr("Guide")

    function handout(): var {
        return {
            title: root.guide.title ?? "",
            subtitle: qsTr("Step-by-step guide"),
            sections: [{ bullets: root.steps.map(step => step.text ?? ""), numbered: true }]
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        visible: root.stepCount > 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Heading {
                objectName: "guideTitle"
                Layout.fillWidth: true
                text: root.guide.title ?? ""
            }
            Text {
                textFormat: Text.PlainText
                objectName: "stepCounter"
                Layout.alignment: Qt.AlignVCenter
                text: qsTr("Step %1 of %2").arg(root.stepIndex + 1).arg(root.stepCount)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Image {
                id: stepImage
                objectName: "stepImage"
                // The drawings are 3:2; as large as the row allows, never more than 45 % wide.
                readonly property real fitWidth: Math.min(parent.width * 0.45, parent.height * 1.5)
                Layout.preferredWidth: stepImage.fitWidth
                Layout.preferredHeight: stepImage.fitWidth * 2 / 3
                Layout.alignment: Qt.AlignTop
                visible: (root.step.image ?? "").length > 0
                source: root.step.image ?? ""
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: false
                Accessible.ignored: true
            }
            Text {
                textFormat: Text.PlainText
                objectName: "stepText"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: root.step.text ?? ""
                color: Theme.text
                font.family: Theme.fontFamily
                // Larger than running text: this is the one thing on the screen to read.
                font.pixelSize: Math.round(Theme.bodySize * 1.2)
                lineHeight: 1.2
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignTop
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        // On a portrait screen "Print this page" has a row of its own above the others: in
        // thirds of a narrow row a long Ukrainian word at large text would not fit its button.
        PrintHandoutButton {
            objectName: "printGuideButtonAbove"
            Layout.fillWidth: true
            visible: root.portrait && PrintDesk.available
            handout: root.handout
            onHandoutReady: documentId => root.openRequested("documents-print", { documentId: documentId })
        }

        // Anchors, not a RowLayout: Qt 6.4's RowLayout kept a label's old width after a resize
        // or a language change, and "Крок назад" wrapped out of its button.
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(previousStep.implicitHeight, nextStep.implicitHeight,
                                     printGuide.visible ? printGuide.implicitHeight : 0)
            // Each button's share of the row: halves, or thirds with "Print this page". From the
            // screen's width, not the row's: the row's own width, set by the layout as the labels
            // wrap, made a binding loop.
            readonly property real rowWidth: root.width - 2 * Theme.margin
            readonly property real buttonRoom: printGuide.visible ? (rowWidth - 2 * Theme.spacing) / 3
                                                                  : (rowWidth - Theme.spacing) / 2

            KioskButton {
                id: previousStep
                objectName: "previousStep"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                tone: KioskButton.Tone.Plain
                text: qsTr("Back a step")
                enabled: root.stepIndex > 0
                onClicked: root.stepIndex = root.stepIndex - 1
            }
            // The whole guide, every step numbered, on paper to follow at home.
            PrintHandoutButton {
                id: printGuide
                objectName: "printGuideButton"
                visible: !root.portrait && PrintDesk.available
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                handout: root.handout
                onHandoutReady: documentId => root.openRequested("documents-print", { documentId: documentId })
            }
            KioskButton {
                id: nextStep
                objectName: "nextStep"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.buttonRoom)
                tone: root.isLastStep ? KioskButton.Tone.Accent : KioskButton.Tone.Primary
                // After the last step the citizen is done here: the main menu, not another stack
                // level ("Back" in the kiosk bar still leads to the list of guides).
                text: root.isLastStep ? qsTr("Done: to the main menu") : qsTr("Next step")
                onClicked: {
                    if (root.isLastStep)
                        root.openRequested("home", {})
                    else
                        root.stepIndex = root.stepIndex + 1
                }
            }
        }
    }

    BodyText {
        objectName: "noGuide"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
        visible: root.stepCount === 0
        text: qsTr("This guide is not available. A librarian will gladly help you.")
    }
}
