import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// A fenced code block: monospace, its language, and a copy button.
Rectangle {
    id: root
    property string code
    property string language
    signal copyRequested(string text)

    implicitHeight: column.implicitHeight + 16
    radius: 6
    color: Theme.dark ? "#111318" : "#f3f4f7"
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.language.length > 0 ? root.language : qsTr("code")
                color: Theme.textMuted
                font.pixelSize: 11
                Layout.fillWidth: true
            }
            ToolButton {
                id: copyButton
                objectName: "copyCodeButton"
                text: copied ? qsTr("Copied") : qsTr("Copy")
                font.pixelSize: 11
                property bool copied: false
                Accessible.name: qsTr("Copy code")
                onClicked: { root.copyRequested(root.code); copied = true; resetTimer.restart() }
                Timer { id: resetTimer; interval: 1500; onTriggered: copyButton.copied = false }
            }
        }
        TextEdit {
            text: root.code
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: Theme.monoFont
            font.pixelSize: 13
            color: Theme.text
            Layout.fillWidth: true
        }
    }
}
