import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// The conversation: messages, live figures and the composer; the first-run panel while no model exists.
Item {
    id: root
    required property AppContext context
    readonly property ChatController chat: context.chat
    readonly property InferenceClient inference: context.inference
    readonly property bool modelReady: inference.state === InferenceClient.Ready
    readonly property bool showFirstRun: chat !== null && !modelReady && inference.state !== InferenceClient.Loading
                                         && chat.messages.count === 0
    signal modelsRequested()
    signal importRequested()

    function focusComposer() { composer.focusInput() }

    Label {
        objectName: "storageProblem"
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        visible: root.chat === null
        text: root.context.storageProblem
        wrapMode: Text.WordWrap
        color: Theme.danger
        horizontalAlignment: Text.AlignHCenter
    }

    FirstRunPanel {
        id: firstRun
        objectName: "firstRunPanel"
        anchors.fill: parent
        visible: root.showFirstRun
        demoAvailable: root.context.bundledModel.length > 0
        errorText: root.inference.state === InferenceClient.Failed ? root.inference.errorText : ""
        onModelsRequested: root.modelsRequested()
        onImportRequested: root.importRequested()
        onDemoRequested: root.context.loadModel(root.context.bundledModel)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        visible: root.chat !== null && !root.showFirstRun

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "conversationTitle"
                text: root.chat ? root.chat.currentTitle : ""
                font.pixelSize: 18
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "modelLabel"
                text: root.inference.state === InferenceClient.Loading
                      ? qsTr("Loading model… %1%").arg(Math.round(root.inference.loadProgress * 100))
                      : root.modelReady ? (root.inference.modelInfo.name || "") : qsTr("No model loaded")
                color: Theme.textMuted
            }
            Button {
                objectName: "conversationSettingsButton"
                text: qsTr("Chat settings")
                enabled: root.chat !== null && root.chat.currentConversationId !== 0
                Accessible.name: qsTr("System prompt and sampling for this chat")
                onClicked: conversationSettings.open()
            }
        }

        Notice {
            objectName: "storageNotice"
            text: root.context.storageNotice
            onDismissed: root.context.dismissStorageNotice()
        }
        Notice {
            objectName: "errorNotice"
            text: root.chat ? root.chat.errorText : ""
            danger: true
            onDismissed: root.chat.clearError()
        }
        Notice {
            objectName: "droppedTurnsNotice"
            text: root.chat && root.chat.droppedTurns > 0
                  ? qsTr("The conversation is longer than the model's context: the %n oldest message(s) were left out of this reply.", "", root.chat.droppedTurns)
                  : ""
        }

        ListView {
            id: messageList
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.chat ? root.chat.messages : null
            spacing: 4
            reuseItems: true
            property bool followEnd: true
            onMovementEnded: followEnd = atYEnd
            onCountChanged: if (followEnd) Qt.callLater(positionViewAtEnd)
            onContentHeightChanged: if (followEnd && root.chat && root.chat.generating) Qt.callLater(positionViewAtEnd)
            ScrollBar.vertical: ScrollBar {}
            delegate: MessageDelegate {
                chat: root.chat
                busy: root.chat.generating
                streaming: root.chat.streamingMessageId === messageId
                onEditRequested: (id, text) => editDialog.openFor(id, text)
            }
            Label {
                anchors.centerIn: parent
                visible: messageList.count === 0
                text: qsTr("Ask anything. Everything stays on this computer.")
                color: Theme.textMuted
            }
        }

        StatsBar {
            objectName: "statsBar"
            Layout.fillWidth: true
            inference: root.inference
            resources: root.context.resources
        }

        Composer {
            id: composer
            objectName: "composer"
            Layout.fillWidth: true
            busy: root.chat !== null && root.chat.generating
            canSend: root.modelReady
            onSendRequested: (text) => { if (root.chat.send(text)) composer.text = "" }
            onStopRequested: root.chat.stop()
        }
    }

    EditMessageDialog {
        id: editDialog
        onAccepted: root.chat.editAndResend(messageId, editedText)
    }
    ConversationSettingsDialog {
        id: conversationSettings
        chat: root.chat
    }
}
