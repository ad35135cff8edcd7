import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium
import "MessageSegments.js" as Segments

// One message: the user's in a bubble, the assistant's as Markdown with code blocks; its state, its figures
// once finished, and its actions (copy, edit, regenerate, continue, other versions).
Item {
    id: root
    required property int index
    required property var messageId
    required property string role
    required property string text
    required property string messageState
    required property int generatedTokens
    required property int promptTokens
    required property double firstTokenMs
    required property double tokensPerSecond
    required property int siblingIndex
    required property int siblingCount
    property ChatController chat
    property bool streaming: false
    property bool busy: false
    signal editRequested(var messageId, string text)

    readonly property bool isUser: role === "user"
    width: ListView.view ? ListView.view.width : 600
    implicitHeight: body.implicitHeight + 20

    ColumnLayout {
        id: body
        x: root.isUser ? root.width - width - 24 : 24
        y: 10
        width: root.isUser ? Math.min(root.width * 0.75, bubble.implicitWidth + 24) : root.width - 48
        spacing: 4

        Label {
            text: root.isUser ? qsTr("You") : qsTr("Assistant")
            font.bold: true
            font.pixelSize: 12
            color: Theme.textMuted
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
        }

        Rectangle {
            id: bubbleBox
            Layout.fillWidth: true
            implicitHeight: bubble.implicitHeight + (root.isUser ? 20 : 0)
            radius: Theme.radius
            color: root.isUser ? Theme.userBubble : "transparent"

            ColumnLayout {
                id: bubble
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: root.isUser ? 10 : 0
                spacing: 6
                implicitWidth: root.isUser ? Math.min(userText.implicitWidth, root.width * 0.75 - 24) : 400

                Text {
                    id: userText
                    visible: root.isUser
                    text: root.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: 14
                    Layout.fillWidth: true
                }

                Repeater {
                    model: root.isUser ? [] : Segments.split(root.text)
                    delegate: Loader {
                        required property var modelData
                        Layout.fillWidth: true
                        sourceComponent: modelData.kind === "code" ? codeComponent : proseComponent
                        Component {
                            id: proseComponent
                            Text {
                                text: modelData.text
                                textFormat: Text.MarkdownText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                linkColor: Theme.accent
                                font.pixelSize: 14
                                onLinkActivated: (link) => Qt.openUrlExternally(link)
                            }
                        }
                        Component {
                            id: codeComponent
                            CodeBlock {
                                code: modelData.text
                                language: modelData.language
                                onCopyRequested: (code) => root.chat.copyToClipboard(code)
                            }
                        }
                    }
                }

                BusyIndicator {
                    visible: root.streaming && root.text.length === 0
                    running: visible
                    implicitWidth: 28
                    implicitHeight: 28
                }
            }
        }

        RowLayout {
            spacing: 6
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft

            Label {
                objectName: "messageState"
                visible: root.messageState === "interrupted" || root.messageState === "stopped" || root.messageState === "failed"
                text: root.messageState === "interrupted" ? qsTr("Interrupted")
                      : root.messageState === "stopped" ? qsTr("Stopped") : qsTr("Failed")
                color: root.messageState === "failed" ? Theme.danger : Theme.warning
                font.pixelSize: 12
            }
            Label {
                objectName: "messageFigures"
                visible: !root.isUser && !root.streaming && root.generatedTokens > 0
                text: qsTr("%n token(s)", "", root.generatedTokens) + " · "
                      + qsTr("%1 tok/s").arg(Number(root.tokensPerSecond).toLocaleString(Qt.locale(), 'f', 1)) + " · "
                      + qsTr("first token %1 ms").arg(Number(root.firstTokenMs).toLocaleString(Qt.locale(), 'f', 0))
                color: Theme.textMuted
                font.pixelSize: 12
            }
            ToolButton {
                visible: root.siblingCount > 1
                enabled: !root.busy && root.siblingIndex > 0
                text: "‹"
                Accessible.name: qsTr("Previous version")
                onClicked: root.chat.showSibling(root.messageId, -1)
            }
            Label {
                visible: root.siblingCount > 1
                text: qsTr("%1 / %2").arg(root.siblingIndex + 1).arg(root.siblingCount)
                color: Theme.textMuted
                font.pixelSize: 12
            }
            ToolButton {
                visible: root.siblingCount > 1
                enabled: !root.busy && root.siblingIndex < root.siblingCount - 1
                text: "›"
                Accessible.name: qsTr("Next version")
                onClicked: root.chat.showSibling(root.messageId, 1)
            }
            ToolButton {
                text: qsTr("Copy")
                font.pixelSize: 12
                visible: !root.streaming
                Accessible.name: qsTr("Copy message")
                onClicked: root.chat.copyToClipboard(root.text)
            }
            ToolButton {
                objectName: "editButton"
                text: qsTr("Edit")
                font.pixelSize: 12
                visible: root.isUser && !root.busy
                Accessible.name: qsTr("Edit and resend")
                onClicked: root.editRequested(root.messageId, root.text)
            }
            ToolButton {
                objectName: "regenerateButton"
                text: qsTr("Regenerate")
                font.pixelSize: 12
                visible: !root.isUser && !root.busy
                Accessible.name: qsTr("Regenerate reply")
                onClicked: root.chat.regenerate(root.messageId)
            }
            ToolButton {
                objectName: "continueButton"
                text: qsTr("Continue")
                font.pixelSize: 12
                visible: !root.isUser && !root.busy && (root.messageState === "interrupted" || root.messageState === "stopped")
                Accessible.name: qsTr("Continue this reply")
                onClicked: root.chat.continueReply(root.messageId)
            }
        }
    }
}
