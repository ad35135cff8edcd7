import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// A dismissible message strip; hidden while its text is empty.
Rectangle {
    id: root
    property string text
    property bool danger: false
    signal dismissed()
    visible: text.length > 0
    Layout.fillWidth: true
    implicitHeight: visible ? label.implicitHeight + 16 : 0
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: danger ? Theme.danger : Theme.warning

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        Label {
            id: label
            text: root.text
            wrapMode: Text.WordWrap
            color: root.danger ? Theme.danger : Theme.text
            Layout.fillWidth: true
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
