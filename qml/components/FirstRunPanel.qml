import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// What the chat area shows before any model exists: import one, download one, or use the demo.
Item {
    id: root
    signal modelsRequested()
    signal importRequested()
    property bool demoAvailable: false
    property string errorText
    signal demoRequested()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 14

        Label {
            text: qsTr("No model yet")
            font.pixelSize: 26
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Tritium runs ternary (1.58-bit) language models on your own computer, fully offline. Import a model file you already have, or download one.")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Label {
            objectName: "firstRunError"
            visible: root.errorText.length > 0
            text: root.errorText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.danger
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            Button {
                objectName: "firstRunDownloadButton"
                text: qsTr("Download a model…")
                highlighted: true
                Accessible.name: qsTr("Download a model")
                onClicked: root.modelsRequested()
            }
            Button {
                objectName: "firstRunImportButton"
                text: qsTr("Import a model file…")
                Accessible.name: qsTr("Import a model file")
                onClicked: root.importRequested()
            }
            Button {
                objectName: "firstRunDemoButton"
                visible: root.demoAvailable
                text: qsTr("Use the demo model")
                Accessible.name: qsTr("Use the built-in demo model")
                onClicked: root.demoRequested()
            }
        }
    }
}
