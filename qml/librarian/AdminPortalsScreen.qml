// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
pragma ComponentBehavior: Bound

import QtQuick
import Mist

// Local portals: every portal a librarian can act on, the library's own first, each marked in
// words (local, pinned, hidden). Any portal can be hidden or pinned; a local one can also be
// edited or removed (after a second tap). A change shows on the citizens' screens at once.
KioskScreen {
    id: root

    title: qsTr("Local portals")
    // A line to show on arrival ("Saved…"), from the form.
    property string message
    // The portal whose "Remove" was tapped once: its row asks to confirm.
    property string confirmRemove

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    PortalList {
        id: list
        directory: Directory
        portals: LocalPortals
        language: Preferences.language
    }

    AdminHeader {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        onBackRequested: root.openRequested("admin-home", {})
    }

    Flickable {
        id: flick
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin / 2
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.cardMaxWidth)
            spacing: Theme.spacing / 2

            BodyText {
                width: column.width
                text: qsTr("Your hromada's own sites are local portals: add, edit or remove them here. Portals from the regional directory can be hidden or pinned to the top.")
            }
            KioskButton {
                objectName: "addPortalButton"
                width: Math.min(implicitWidth, column.width)
                tone: KioskButton.Tone.Accent
                text: qsTr("Add a local portal")
                onClicked: root.openRequested("admin-portal-edit", {})
            }
            BodyText {
                objectName: "portalsMessage"
                width: column.width
                visible: text !== ""
                font.weight: Font.DemiBold
                text: list.problem !== "" ? list.problem : root.message
                color: list.problem !== "" ? Theme.danger : Theme.text
            }

            Repeater {
                model: list.rows
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    readonly property string portalId: modelData.id
                    readonly property bool confirming: root.confirmRemove === row.portalId

                    objectName: "portalRow-" + portalId
                    width: column.width
                    height: rowColumn.height + Theme.spacing
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    radius: Theme.radius

                    Column {
                        id: rowColumn
                        x: Theme.spacing / 2
                        y: Theme.spacing / 2
                        width: row.width - Theme.spacing
                        spacing: Theme.spacing / 4

                        BodyText {
                            width: rowColumn.width
                            font.weight: Font.DemiBold
                            text: row.modelData.name
                        }
                        Text {
                            textFormat: Text.PlainText
                            width: rowColumn.width
                            text: row.modelData.host
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WrapAnywhere
                        }
                        // The marks, in words: never by colour alone.
                        Text {
                            textFormat: Text.PlainText
                            objectName: "marks-" + row.portalId
                            width: rowColumn.width
                            text: [row.modelData.local ? qsTr("Local portal") : qsTr("From the directory"),
                                   row.modelData.pinned ? qsTr("Pinned to the top") : "",
                                   row.modelData.hidden ? qsTr("Hidden from citizens") : ""]
                                  .filter(s => s !== "").join(" · ")
                            color: row.modelData.hidden ? Theme.danger : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                        }
                        Flow {
                            id: actions
                            width: rowColumn.width
                            spacing: Theme.spacing / 2
                            visible: !row.confirming

                            KioskButton {
                                objectName: "hideButton-" + row.portalId
                                width: Math.min(implicitWidth, actions.width)
                                tone: KioskButton.Tone.Plain
                                text: row.modelData.hidden ? qsTr("Show to citizens") : qsTr("Hide")
                                onClicked: list.setHidden(row.portalId, !row.modelData.hidden)
                            }
                            KioskButton {
                                objectName: "pinButton-" + row.portalId
                                width: Math.min(implicitWidth, actions.width)
                                tone: KioskButton.Tone.Plain
                                text: row.modelData.pinned ? qsTr("Unpin") : qsTr("Pin to the top")
                                onClicked: list.setPinned(row.portalId, !row.modelData.pinned)
                            }
                            KioskButton {
                                objectName: "editButton-" + row.portalId
                                visible: row.modelData.local
                                width: Math.min(implicitWidth, actions.width)
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Edit")
                                onClicked: root.openRequested("admin-portal-edit", { "portalId": row.portalId })
                            }
                            KioskButton {
                                objectName: "removeButton-" + row.portalId
                                visible: row.modelData.local
                                width: Math.min(implicitWidth, actions.width)
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Remove")
                                onClicked: root.confirmRemove = row.portalId
                            }
                        }
                        BodyText {
                            width: rowColumn.width
                            visible: row.confirming
                            text: qsTr("Remove this portal for good? Citizens will no longer see it.")
                        }
                        Flow {
                            id: confirmActions
                            width: rowColumn.width
                            spacing: Theme.spacing / 2
                            visible: row.confirming

                            KioskButton {
                                objectName: "confirmRemoveButton-" + row.portalId
                                width: Math.min(implicitWidth, confirmActions.width)
                                tone: KioskButton.Tone.Danger
                                text: qsTr("Yes, remove it")
                                onClicked: {
                                    root.confirmRemove = ""
                                    list.remove(row.portalId)
                                }
                            }
                            KioskButton {
                                width: Math.min(implicitWidth, confirmActions.width)
                                tone: KioskButton.Tone.Plain
                                text: qsTr("Keep it")
                                onClicked: root.confirmRemove = ""
                            }
                        }
                    }
                }
            }
        }
    }
}
