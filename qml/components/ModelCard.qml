import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// One model: what it is, its size and memory needs, and what can be done with it now.
Rectangle {
    id: root
    required property string name
    required property string fileName
    required property string description
    required property string license
    required property var parameters
    required property string tensorType
    required property string architecture
    required property var size
    required property string state
    required property double progress
    required property var speed
    required property var eta
    required property string error
    required property bool isDefault
    required property bool isLoaded
    required property bool isDemo
    required property bool isRecommended
    required property var expectedMemory
    required property string memoryWarning
    required property string path
    property ModelLibrary library
    property string loadedPath
    signal loadRequested(string path)
    signal deleteRequested(string fileName, string name)

    readonly property bool installed: state === "installed"
    readonly property bool active: state === "downloading" || state === "queued" || state === "retrying"
                                   || state === "verifying"
    function bytes(n) { return n < 0 ? qsTr("unknown") : Qt.locale().formattedDataSize(n, 1) }
    function duration(s) {
        if (s < 0) return qsTr("unknown")
        if (s < 60) return qsTr("%n second(s)", "", Math.round(s))
        return qsTr("%n minute(s)", "", Math.round(s / 60))
    }
    function stateText() {
        switch (state) {
        case "queued": return qsTr("Waiting to download")
        case "downloading": return qsTr("Downloading: %1 of %2 · %3/s · %4 left").arg(bytes(size * progress)).arg(bytes(size)).arg(bytes(speed)).arg(duration(eta))
        case "retrying": return qsTr("Connection lost; retrying…")
        case "paused": return qsTr("Paused at %1%").arg(Math.round(progress * 100))
        case "verifying": return qsTr("Checking the file…")
        case "failed": return qsTr("Failed")
        case "unusable": return qsTr("Cannot be used")
        case "installed": return isLoaded ? qsTr("Loaded") : qsTr("Installed")
        default: return ""
        }
    }

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: isLoaded ? Theme.accent : Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label { text: root.name; font.bold: true; font.pixelSize: 16; color: Theme.text }
            Tag { visible: root.isRecommended; text: qsTr("Recommended") }
            Tag { visible: root.isDemo; text: qsTr("Demo") }
            Tag { visible: root.isDefault; text: qsTr("Default") }
            Item { Layout.fillWidth: true }
            Label { text: root.stateText(); color: root.state === "failed" ? Theme.danger : Theme.textMuted }
        }
        Label {
            visible: root.description.length > 0
            text: root.description
            wrapMode: Text.WordWrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            text: [root.architecture, root.tensorType,
                   root.parameters > 0 ? qsTr("%1 parameters").arg(Number(root.parameters).toLocaleString(Qt.locale(), 'f', 0)) : "",
                   qsTr("file %1").arg(root.bytes(root.size)),
                   root.expectedMemory > 0 ? qsTr("needs about %1 of memory").arg(root.bytes(root.expectedMemory)) : "",
                   root.license].filter(s => s.length > 0).join(" · ")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.memoryWarning.length > 0
            text: root.memoryWarning
            color: Theme.warning
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.error.length > 0
            text: root.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: root.active || root.state === "paused"
            value: root.progress
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 8
            Button {
                objectName: "downloadButton"
                visible: root.state === "available" || root.state === "failed"
                text: root.state === "failed" ? qsTr("Try again") : qsTr("Download (%1)").arg(root.bytes(root.size))
                highlighted: true
                Accessible.name: qsTr("Download %1").arg(root.name)
                onClicked: root.library.download(root.fileName)
            }
            Button {
                objectName: "pauseButton"
                visible: root.active
                text: qsTr("Pause")
                Accessible.name: qsTr("Pause the download")
                onClicked: root.library.pause(root.fileName)
            }
            Button {
                objectName: "resumeButton"
                visible: root.state === "paused"
                text: qsTr("Resume")
                highlighted: true
                Accessible.name: qsTr("Resume the download")
                onClicked: root.library.resume(root.fileName)
            }
            Button {
                objectName: "cancelButton"
                visible: root.active || root.state === "paused"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the download")
                onClicked: root.library.cancel(root.fileName)
            }
            Button {
                objectName: "loadButton"
                visible: root.installed && !root.isLoaded
                text: qsTr("Load")
                highlighted: true
                Accessible.name: qsTr("Load %1").arg(root.name)
                onClicked: root.loadRequested(root.path)
            }
            Button {
                visible: root.installed && !root.isDefault
                text: qsTr("Make default")
                Accessible.name: qsTr("Use %1 at start").arg(root.name)
                onClicked: root.library.defaultModel = root.fileName
            }
            Button {
                objectName: "deleteModelButton"
                visible: root.installed && !root.isDemo
                text: qsTr("Delete…")
                Accessible.name: qsTr("Delete %1").arg(root.name)
                onClicked: root.deleteRequested(root.fileName, root.name)
            }
        }
    }

    component Tag: Label {
        color: Theme.accentText
        font.pixelSize: 11
        leftPadding: 6
        rightPadding: 6
        topPadding: 2
        bottomPadding: 2
        background: Rectangle { radius: 4; color: Theme.accent }
    }
}
