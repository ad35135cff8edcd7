import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// One conversation in the sidebar: its title (or the matching text while searching), and a menu to rename,
// pin, export or delete it.
ItemDelegate {
    id: root
    required property var conversationId
    required property string title
    required property bool pinned
    required property string snippet
    property ChatController chat
    property bool current: false
    signal opened()
    signal exportRequested(var conversationId, string format)

    highlighted: current
    Accessible.name: title
    onClicked: { chat.selectConversation(conversationId); opened() }
    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.selection : (root.hovered ? Theme.surfaceAlt : "transparent")
    }
    contentItem: RowLayout {
        spacing: 6
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: (root.pinned ? "📌 " : "") + root.title
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: root.snippet.length > 0
                text: root.snippet
                color: Theme.textMuted
                font.pixelSize: 11
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ToolButton {
            text: "⋯"
            Accessible.name: qsTr("Conversation actions")
            onClicked: menu.popup()
        }
    }

    Menu {
        id: menu
        MenuItem { text: qsTr("Rename…"); onTriggered: renameDialog.open() }
        MenuItem {
            text: root.pinned ? qsTr("Unpin") : qsTr("Pin")
            onTriggered: root.chat.setPinned(root.conversationId, !root.pinned)
        }
        MenuItem { text: qsTr("Export as Markdown…"); onTriggered: root.exportRequested(root.conversationId, "markdown") }
        MenuItem { text: qsTr("Export as JSON…"); onTriggered: root.exportRequested(root.conversationId, "json") }
        MenuSeparator {}
        MenuItem { text: qsTr("Delete…"); onTriggered: deleteDialog.open() }
    }

    Dialog {
        id: renameDialog
        title: qsTr("Rename chat")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: nameField.text = root.title
        onAccepted: root.chat.renameConversation(root.conversationId, nameField.text)
        TextField {
            id: nameField
            width: 320
            Accessible.name: qsTr("Chat title")
            onAccepted: renameDialog.accept()
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteConversationDialog"
        title: qsTr("Delete chat?")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: root.chat.deleteConversation(root.conversationId)
        Label {
            text: qsTr("“%1” and all its messages will be deleted. This cannot be undone.").arg(root.title)
            wrapMode: Text.WordWrap
            width: 360
        }
    }
}
