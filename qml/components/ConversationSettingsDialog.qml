import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// The open conversation's system prompt and sampling settings.
Dialog {
    id: root
    property ChatController chat
    title: qsTr("Chat settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    standardButtons: Dialog.Save | Dialog.Cancel

    onAboutToShow: {
        const s = chat.sampling
        systemPrompt.text = chat.systemPrompt
        temperature.value = Math.round(s.temperature * 100)
        topP.value = Math.round(s.topP * 100)
        topK.value = s.topK
        minP.value = Math.round(s.minP * 100)
        repeatPenalty.value = Math.round(s.repeatPenalty * 100)
        maxTokens.value = s.maxTokens
        seed.text = s.seed < 0 ? "" : String(s.seed)
    }
    onAccepted: chat.setConversationSettings(systemPrompt.text, {
        temperature: temperature.value / 100, topP: topP.value / 100, topK: topK.value,
        minP: minP.value / 100, repeatPenalty: repeatPenalty.value / 100, maxTokens: maxTokens.value,
        seed: seed.text.length > 0 ? parseInt(seed.text) : -1 })

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("System prompt"); color: Theme.text }
        TextArea {
            id: systemPrompt
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            wrapMode: TextArea.Wrap
            placeholderText: qsTr("Optional instructions for the assistant")
            Accessible.name: qsTr("System prompt")
        }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("Temperature (×0.01)") }
            SpinBox { id: temperature; from: 0; to: 200; Accessible.name: qsTr("Temperature") }
            Label { text: qsTr("Top-p (×0.01)") }
            SpinBox { id: topP; from: 0; to: 100; Accessible.name: qsTr("Top-p") }
            Label { text: qsTr("Top-k") }
            SpinBox { id: topK; from: 0; to: 1000; Accessible.name: qsTr("Top-k") }
            Label { text: qsTr("Min-p (×0.01)") }
            SpinBox { id: minP; from: 0; to: 100; Accessible.name: qsTr("Min-p") }
            Label { text: qsTr("Repetition penalty (×0.01)") }
            SpinBox { id: repeatPenalty; from: 100; to: 300; Accessible.name: qsTr("Repetition penalty") }
            Label { text: qsTr("Maximum reply tokens") }
            SpinBox { id: maxTokens; from: 1; to: 32768; editable: true; Accessible.name: qsTr("Maximum reply tokens") }
            Label { text: qsTr("Seed (empty: random)") }
            TextField {
                id: seed
                validator: IntValidator { bottom: 0 }
                Accessible.name: qsTr("Seed")
            }
        }
    }
}
