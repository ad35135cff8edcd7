import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// Edits a sent message; resending keeps the original as another version.
Dialog {
    id: root
    property var messageId: 0
    property alias editedText: editor.text
    function openFor(id, text) { messageId = id; editor.text = text; open(); editor.forceActiveFocus() }

    title: qsTr("Edit message")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 40)
    standardButtons: Dialog.Cancel
    footer: DialogButtonBox {
        Button { text: qsTr("Resend"); DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole; highlighted: true }
        Button { text: qsTr("Cancel"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
    ScrollView {
        anchors.fill: parent
        implicitHeight: 200
        TextArea {
            id: editor
            wrapMode: TextArea.Wrap
            Accessible.name: qsTr("Message text")
        }
    }
}
