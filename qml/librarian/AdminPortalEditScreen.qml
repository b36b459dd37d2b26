// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import Mist

// Adds a local portal, or (opened with { portalId }) edits one, with the on-screen keyboard. The
// values are checked like `mistctl portal add` checks them, with the reason next to the field;
// then the address is checked live ("Checking…"): if it answers, the portal is saved and
// citizens see it at once; if not, the librarian is told why and may save it anyway.
KioskScreen {
    id: root

    title: root.portalId === "" ? qsTr("Add a local portal") : qsTr("Edit a local portal")
    // The local portal to edit; empty for a new one.
    property string portalId

    readonly property bool busy: editor.state === PortalEditor.Checking
    // Latin letters for the address and the English texts.
    readonly property bool latinField: url.activeFocus || nameEn.activeFocus
                                       || descriptionEn.activeFocus
    property string category: "other"

    function values(): var {
        return {
            "nameUk": nameUk.text,
            "descriptionUk": descriptionUk.text,
            "url": url.text,
            "area": area.text,
            "category": root.category,
            "nameEn": nameEn.text,
            "descriptionEn": descriptionEn.text,
            "addressUk": addressUk.text
        }
    }

    // The reason a field's value was refused, or "".
    function problem(key: string): string {
        return editor.problems[key] ?? ""
    }

    property var initial: ({})

    function load() {
        root.initial = editor.fields(settingsForm.value("library/hromada"))
        const fields = root.initial
        nameUk.text = fields.nameUk
        descriptionUk.text = fields.descriptionUk
        url.text = fields.url
        area.text = fields.area
        root.category = fields.category
        nameEn.text = fields.nameEn
        descriptionEn.text = fields.descriptionEn
        addressUk.text = fields.addressUk
    }

    Component.onCompleted: load()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    SettingsForm {
        id: settingsForm
        store: Settings
    }

    PortalEditor {
        id: editor
        portals: LocalPortals
        portalId: root.portalId
        onStateChanged: {
            if (editor.state === PortalEditor.Saved)
                root.openRequested("admin-portals", { "message": qsTr("Saved. Citizens see it now.") })
        }
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        onBackRequested: {
            editor.cancel()
            root.openRequested("admin-portals", {})
        }
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.margins: Theme.margin / 2
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            AdminTextField {
                id: nameUk
                width: column.width
                key: "nameUk"
                label: qsTr("Name in Ukrainian (required)")
                problem: root.problem("nameUk")
            }
            AdminTextField {
                id: descriptionUk
                width: column.width
                key: "descriptionUk"
                label: qsTr("What citizens do there, in Ukrainian (required)")
                problem: root.problem("descriptionUk")
            }
            AdminTextField {
                id: url
                width: column.width
                key: "url"
                label: qsTr("Address (required)")
                hint: qsTr("Secure addresses only, starting with https://. It is checked before saving.")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                problem: root.problem("url")
            }
            AdminTextField {
                id: area
                width: column.width
                key: "area"
                label: qsTr("Hromada it serves (required)")
                problem: root.problem("area")
            }

            Text {
                textFormat: Text.PlainText
                width: column.width
                text: qsTr("Category")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Flow {
                id: categories
                width: column.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: editor.categories(Preferences.language)
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "category-" + modelData.value
                        width: Math.min(implicitWidth, categories.width)
                        tone: root.category === modelData.value ? KioskButton.Tone.Accent
                                                                : KioskButton.Tone.Plain
                        // The chosen one says so in words, not by its colour alone.
                        text: root.category === modelData.value ? "✓ " + modelData.text
                                                                : modelData.text
                        onClicked: root.category = modelData.value
                    }
                }
            }

            AdminTextField {
                id: nameEn
                width: column.width
                key: "nameEn"
                label: qsTr("Name in English (optional)")
                problem: root.problem("nameEn")
            }
            AdminTextField {
                id: descriptionEn
                width: column.width
                key: "descriptionEn"
                label: qsTr("What citizens do there, in English (optional)")
                problem: root.problem("descriptionEn")
            }
            AdminTextField {
                id: addressUk
                width: column.width
                key: "addressUk"
                label: qsTr("Where to go in person, e.g. the CNAP's address (optional)")
                problem: root.problem("addressUk")
            }
        }
    }

    // Always in sight, above the keyboard: the reason a save failed, "Checking…" and what the
    // check found, and the button that starts it all.
    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        height: footerColumn.height + Theme.margin / 2
        color: Theme.background
        border.color: Theme.border
        border.width: Theme.borderWidth

        Column {
            id: footerColumn
            x: Theme.margin / 2
            y: Theme.margin / 4
            width: Math.min(footer.width - Theme.margin, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            Text {
                textFormat: Text.PlainText
                objectName: "generalProblem"
                width: footerColumn.width
                visible: text !== ""
                text: editor.generalProblem
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }

            // Checking…, or what the check found and the choice it leaves.
            Rectangle {
                width: footerColumn.width
                height: checkColumn.height + Theme.spacing
                visible: editor.state === PortalEditor.Checking
                         || editor.state === PortalEditor.NotAnswering
                color: Theme.surface
                border.color: editor.state === PortalEditor.NotAnswering ? Theme.danger : Theme.border
                border.width: Theme.borderWidth
                radius: Theme.radius

                Column {
                    id: checkColumn
                    x: Theme.spacing / 2
                    y: Theme.spacing / 2
                    width: parent.width - Theme.spacing
                    spacing: Theme.spacing / 2

                    BodyText {
                        objectName: "checkState"
                        width: checkColumn.width
                        font.weight: Font.DemiBold
                        text: editor.state === PortalEditor.Checking
                              ? qsTr("Checking the address…")
                              : qsTr("Warning: the address did not pass the check.")
                    }
                    BodyText {
                        objectName: "checkWarning"
                        width: checkColumn.width
                        visible: editor.state === PortalEditor.NotAnswering
                        text: editor.warning + " " + qsTr("Citizens would see it as not answering. Save it anyway?")
                    }
                    Flow {
                        id: checkButtons
                        width: checkColumn.width
                        spacing: Theme.spacing
                        KioskButton {
                            objectName: "saveAnywayButton"
                            visible: editor.state === PortalEditor.NotAnswering
                            width: Math.min(implicitWidth, checkButtons.width)
                            tone: KioskButton.Tone.Danger
                            text: qsTr("Save anyway")
                            onClicked: editor.saveAnyway()
                        }
                        KioskButton {
                            objectName: "cancelCheckButton"
                            width: Math.min(implicitWidth, checkButtons.width)
                            tone: KioskButton.Tone.Plain
                            text: editor.state === PortalEditor.Checking ? qsTr("Stop checking")
                                                                         : qsTr("Change the address")
                            onClicked: {
                                editor.cancel()
                                url.forceActiveFocus()
                            }
                        }
                    }
                }
            }

            KioskButton {
                objectName: "saveButton"
                width: Math.min(implicitWidth, footerColumn.width)
                enabled: !root.busy && editor.state !== PortalEditor.NotAnswering
                tone: KioskButton.Tone.Accent
                text: qsTr("Check and save")
                onClicked: {
                    footer.forceActiveFocus() // the keyboard goes with the field's focus
                    editor.checkAndSave(root.values())
                }
            }
        }
    }

    KioskKeyboard {
        id: keyboard
        objectName: "keyboard"
        language: root.latinField ? "en" : "uk"
        visible: active
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Math.max(0, (parent.width - Theme.cardMaxWidth * 1.45) / 2)
        anchors.rightMargin: anchors.leftMargin
    }
}
