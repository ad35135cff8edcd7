import QtQuick
import QtQuick.Controls
import Tritium

// A flat, checkable button for the sidebar's page navigation.
ItemDelegate {
    id: root
    checkable: false
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    implicitWidth: parent ? parent.width : 200
    highlighted: checked
    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.selection : (root.hovered ? Theme.surfaceAlt : "transparent")
    }
    contentItem: Label {
        text: root.text
        color: Theme.text
        font.bold: root.checked
        verticalAlignment: Text.AlignVCenter
    }
}
