import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// Where the user writes. Enter sends, Shift+Enter starts a new line, Esc stops a reply.
Rectangle {
    id: root
    property bool busy: false
    property bool canSend: true
    property alias text: input.text
    signal sendRequested(string text)
    signal stopRequested()

    function focusInput() { input.forceActiveFocus() }

    implicitHeight: Math.min(200, Math.max(56, input.implicitHeight + 20))
    radius: Theme.radius
    color: Theme.surface
    border.color: input.activeFocus ? Theme.accent : Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: input
                objectName: "messageInput"
                placeholderText: root.canSend ? qsTr("Message Tritium…  (Enter to send, Shift+Enter for a new line)")
                                              : qsTr("Load a model to start chatting")
                wrapMode: TextArea.Wrap
                color: Theme.text
                background: null
                Accessible.name: qsTr("Message")
                Keys.onPressed: (event) => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && !(event.modifiers & Qt.ShiftModifier)) {
                        event.accepted = true
                        if (!root.busy && root.canSend && input.text.trim().length > 0)
                            root.sendRequested(input.text)
                    } else if (event.key === Qt.Key_Escape && root.busy) {
                        event.accepted = true
                        root.stopRequested()
                    }
                }
            }
        }
        Button {
            objectName: root.busy ? "stopButton" : "sendButton"
            text: root.busy ? qsTr("Stop") : qsTr("Send")
            highlighted: !root.busy
            enabled: root.busy || (root.canSend && input.text.trim().length > 0)
            Accessible.name: root.busy ? qsTr("Stop the reply") : qsTr("Send the message")
            Layout.alignment: Qt.AlignBottom
            onClicked: root.busy ? root.stopRequested() : root.sendRequested(input.text)
        }
    }
}
