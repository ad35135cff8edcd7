import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Tritium

// Models: the catalog and the files on disk in one list, with downloads, import, load, default and delete.
Item {
    id: root
    required property AppContext context
    readonly property ModelLibrary library: context.models

    function bytes(n) { return n < 0 ? qsTr("unknown size") : Qt.locale().formattedDataSize(n, 1) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Models")
                font.pixelSize: 24
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            Button {
                objectName: "importModelButton"
                text: qsTr("Import a model file…")
                enabled: !root.library.importing
                Accessible.name: qsTr("Import a model file")
                onClicked: importDialog.open()
            }
            Button {
                text: qsTr("Open models folder")
                Accessible.name: qsTr("Open the models folder")
                onClicked: root.library.openFolder()
            }
        }
        Label {
            text: qsTr("Folder: %1 · Memory estimates are for a context of %n token(s).", "", root.library.contextLength)
                  .arg(root.library.modelsFolder)
            color: Theme.textMuted
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        ProgressBar {
            objectName: "importProgress"
            visible: root.library.importing
            value: root.library.importProgress
            Layout.fillWidth: true
        }
        Notice {
            id: errorNotice
            objectName: "modelsError"
            danger: true
            onDismissed: text = ""
            Connections {
                target: root.library
                function onErrorOccurred(message) { errorNotice.text = message }
            }
        }

        ListView {
            id: list
            objectName: "modelList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: root.library
            reuseItems: true
            ScrollBar.vertical: ScrollBar {}
            delegate: ModelCard {
                width: ListView.view.width - 12
                library: root.library
                loadedPath: root.context.inference.modelPath
                onLoadRequested: (path) => root.context.loadModel(path)
                onDeleteRequested: (fileName, name) => deleteDialog.ask(fileName, name)
            }
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a model file")
        nameFilters: [qsTr("GGUF models (*.gguf)"), qsTr("All files (*)")]
        onAccepted: importChoice.ask(selectedFile)
    }

    Dialog {
        id: importChoice
        objectName: "importChoiceDialog"
        property url file
        function ask(url) { file = url; open() }
        title: qsTr("Copy or link?")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        standardButtons: Dialog.Cancel
        ColumnLayout {
            spacing: 10
            Label {
                text: qsTr("Copy the file into the models folder (uses disk space), or link to it where it is (the model disappears if you move it).")
                wrapMode: Text.WordWrap
                Layout.preferredWidth: 380
            }
            RowLayout {
                Button { text: qsTr("Copy"); highlighted: true; onClicked: { importChoice.close(); root.library.importFile(importChoice.file, false) } }
                Button { text: qsTr("Link"); onClicked: { importChoice.close(); root.library.importFile(importChoice.file, true) } }
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteModelDialog"
        property string fileName
        property string modelName
        function ask(file, name) { fileName = file; modelName = name; open() }
        title: qsTr("Delete model?")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: root.library.remove(fileName)
        Label {
            text: qsTr("“%1” will be deleted from the models folder.").arg(deleteDialog.modelName)
            wrapMode: Text.WordWrap
            width: 360
        }
    }
}
