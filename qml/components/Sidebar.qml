import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// Conversations (new, search, list) and the way to the Models and Settings pages.
Rectangle {
    id: root
    required property AppContext context
    property int currentPage: 0
    signal chatRequested()
    signal modelsRequested()
    signal settingsRequested()

    readonly property ChatController chat: context.chat
    signal exportRequested(var conversationId, string format)

    function newConversation() {
        if (root.chat)
            root.chat.newConversation()
        root.chatRequested()
    }
    function sectionTitle(key) {
        switch (key) {
        case "pinned": return qsTr("Pinned")
        case "today": return qsTr("Today")
        case "yesterday": return qsTr("Yesterday")
        case "week": return qsTr("Previous 7 days")
        case "month": return qsTr("Previous 30 days")
        default: return qsTr("Older")
        }
    }
    function focusSearch() { searchField.forceActiveFocus() }

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Image {
                source: "qrc:/icons/tritium.svg"
                sourceSize.width: 28
                sourceSize.height: 28
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Tritium")
                font.pixelSize: 20
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
        }

        Button {
            id: newChatButton
            objectName: "newChatButton"
            text: qsTr("New chat")
            icon.name: "list-add"
            Layout.fillWidth: true
            highlighted: true
            Accessible.name: qsTr("Start a new chat")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("New chat (Ctrl+N)")
            onClicked: root.newConversation()
        }

        TextField {
            id: searchField
            objectName: "searchField"
            placeholderText: qsTr("Search chats (Ctrl+K)")
            Layout.fillWidth: true
            Accessible.name: qsTr("Search conversations")
            onTextChanged: if (root.chat) root.chat.conversations.searchText = text
            Keys.onEscapePressed: text = ""
        }

        ListView {
            id: conversationList
            objectName: "conversationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.chat ? root.chat.conversations : null
            reuseItems: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            section.property: "section"
            section.delegate: Label {
                required property string section
                text: root.sectionTitle(section)
                color: Theme.textMuted
                font.pixelSize: 11
                font.bold: true
                topPadding: 8
                bottomPadding: 2
            }
            delegate: ConversationDelegate {
                width: ListView.view.width
                chat: root.chat
                current: root.chat && root.chat.currentConversationId === conversationId
                onOpened: root.chatRequested()
                onExportRequested: (id, format) => root.exportRequested(id, format)
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                visible: conversationList.count === 0
                text: searchField.text.length > 0 ? qsTr("No conversation matches your search.")
                                                  : qsTr("No conversations yet.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        NavButton {
            objectName: "chatNavButton"
            text: qsTr("Chat")
            checked: root.currentPage === 0
            onClicked: root.chatRequested()
        }
        NavButton {
            objectName: "modelsNavButton"
            text: qsTr("Models")
            checked: root.currentPage === 1
            onClicked: root.modelsRequested()
        }
        NavButton {
            objectName: "settingsNavButton"
            text: qsTr("Settings")
            checked: root.currentPage === 2
            onClicked: root.settingsRequested()
        }
    }
}
