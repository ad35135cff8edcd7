import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// One labelled control in a settings section.
RowLayout {
    id: root
    property string label
    Layout.fillWidth: true
    spacing: 12
    Label {
        text: root.label
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
