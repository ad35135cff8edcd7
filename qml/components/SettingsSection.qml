import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// A titled group of settings on a card.
Rectangle {
    id: root
    property string title
    default property alias content: column.data
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        Label {
            text: root.title
            font.bold: true
            font.pixelSize: 16
            color: Theme.text
        }
    }
}
