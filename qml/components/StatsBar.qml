import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// Live figures: decode speed with its recent history, prompt speed, time to first token, memory in use,
// model and cache sizes, and how full the context is.
Rectangle {
    id: root
    required property InferenceClient inference
    required property ResourceMonitor resources
    implicitHeight: row.implicitHeight + 12
    color: Theme.surfaceAlt
    radius: Theme.radius

    function bytes(n) { return Qt.locale().formattedDataSize(n, 1) }
    function number(v, decimals) { return Number(v).toLocaleString(Qt.locale(), 'f', decimals) }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 16

        Figure {
            objectName: "decodeFigure"
            label: qsTr("Speed")
            value: qsTr("%1 tok/s").arg(root.number(root.inference.decodeTokensPerSecond, 1))
        }
        Sparkline {
            objectName: "rateSparkline"
            values: root.inference.rateHistory
            Layout.alignment: Qt.AlignVCenter
            Accessible.name: qsTr("Recent generation speed")
        }
        Figure {
            label: qsTr("Prompt")
            value: qsTr("%1 tok/s").arg(root.number(root.inference.prefillTokensPerSecond, 0))
        }
        Figure {
            label: qsTr("First token")
            value: qsTr("%1 ms").arg(root.number(root.inference.firstTokenMs, 0))
        }
        Figure {
            objectName: "memoryFigure"
            label: qsTr("Memory")
            value: root.bytes(root.resources.residentBytes)
        }
        Figure {
            label: qsTr("Model")
            value: root.bytes(root.inference.modelInfo.mappedBytes || 0)
        }
        Figure {
            label: qsTr("Cache")
            value: root.bytes(root.inference.kvCacheBytes)
        }
        Item { Layout.fillWidth: true }
        ColumnLayout {
            spacing: 2
            Label {
                objectName: "contextMeterLabel"
                text: qsTr("Context %1 / %2").arg(root.inference.contextUsed).arg(root.inference.contextSize)
                color: Theme.textMuted
                font.pixelSize: 11
            }
            ProgressBar {
                objectName: "contextMeter"
                from: 0
                to: Math.max(1, root.inference.contextSize)
                value: root.inference.contextUsed
                Layout.preferredWidth: 140
                Accessible.name: qsTr("Context used")
            }
        }
    }

    component Figure: ColumnLayout {
        property string label
        property string value
        spacing: 0
        Label { text: parent.label; color: Theme.textMuted; font.pixelSize: 11 }
        Label { text: parent.value; color: Theme.text; font.pixelSize: 13; font.bold: true }
    }
}
