import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Tritium

ApplicationWindow {
    id: window
    required property AppContext context

    width: 1180
    height: 760
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: qsTr("Tritium")
    color: Theme.window
    // Right-to-left languages (Arabic) mirror the whole window; Translations sets the application's direction
    // when the language changes.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textMuted
    palette.mid: Theme.border

    Binding { target: Theme; property: "mode"; value: window.context.settings.theme }
    Binding {
        target: Theme; property: "systemIsDark"
        value: Qt.styleHints.colorScheme === Qt.Dark
        when: Qt.styleHints.colorScheme !== undefined
    }

    // Which page the main area shows.
    property int currentPage: 0
    function showChat() { currentPage = 0 }
    function showModels() { currentPage = 1 }
    function showSettings() { currentPage = 2 }

    Shortcut { sequence: "Ctrl+N"; onActivated: { window.showChat(); sidebar.newConversation() } }
    Shortcut { sequence: "Ctrl+K"; onActivated: sidebar.focusSearch() }
    Shortcut { sequence: "Ctrl+,"; onActivated: window.showSettings() }

    FileDialog {
        id: exportDialog
        property var conversationId: 0
        property string format: "markdown"
        function start(id, fmt) { conversationId = id; format = fmt; open() }
        title: qsTr("Export chat")
        fileMode: FileDialog.SaveFile
        defaultSuffix: format === "json" ? "json" : "md"
        nameFilters: format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: window.context.chat.exportConversation(conversationId, selectedFile, format)
    }

    // Dropping a .gguf file anywhere on the window imports it (copied into the models folder).
    DropArea {
        id: modelDrop
        anchors.fill: parent
        z: 10
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            for (const url of drop.urls) {
                if (url.toString().toLowerCase().endsWith(".gguf")) {
                    window.context.models.importFile(url, false)
                    window.showModels()
                }
            }
        }
        Rectangle {
            anchors.fill: parent
            visible: modelDrop.containsDrag
            color: Qt.rgba(0.2, 0.35, 0.85, 0.15)
            border.color: Theme.accent
            border.width: 3
            Label {
                anchors.centerIn: parent
                text: qsTr("Drop a .gguf model file to import it")
                font.pixelSize: 20
                color: Theme.text
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            objectName: "sidebar"
            context: window.context
            currentPage: window.currentPage
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            onChatRequested: window.showChat()
            onModelsRequested: window.showModels()
            onSettingsRequested: window.showSettings()
            onExportRequested: (id, format) => exportDialog.start(id, format)
        }

        StackLayout {
            id: pages
            objectName: "pages"
            currentIndex: window.currentPage
            Layout.fillWidth: true
            Layout.fillHeight: true

            ChatPage {
                objectName: "chatPage"
                context: window.context
                onModelsRequested: window.showModels()
            }
            ModelsPage {
                objectName: "modelsPage"
                context: window.context
            }
            SettingsPage {
                objectName: "settingsPage"
                context: window.context
            }
        }
    }
}
