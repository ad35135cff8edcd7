import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tritium

// Settings: engine, sampling defaults, appearance, language, folders.
Item {
    id: root
    required property AppContext context
    readonly property Settings settings: context.settings

    // The width `combo` needs to show the widest of `texts` uncut: it must fit its longest translation.
    function fittingWidth(combo, metrics, texts) {
        const widest = Math.ceil(Math.max(...texts.map(text => metrics.advanceWidth(text))))
        const inner = combo.contentItem ? (combo.contentItem.leftPadding || 0) + (combo.contentItem.rightPadding || 0) : 0
        // Some styles leave the drop-down arrow out of the paddings and draw it over the text.
        const arrow = combo.indicator && combo.rightPadding < combo.indicator.width ? combo.indicator.width : 0
        return widest + inner + arrow + combo.leftPadding + combo.rightPadding
    }
    function themeName(theme) {
        return theme === "light" ? qsTr("Light") : theme === "dark" ? qsTr("Dark") : qsTr("Follow system")
    }
    FontMetrics { id: themeMetrics; font: themeCombo.font }
    FontMetrics { id: languageMetrics; font: languageCombo.font }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 720)
            // Explicit x is not mirrored by LayoutMirroring, so right-to-left languages start on the right.
            x: Qt.application.layoutDirection === Qt.RightToLeft ? parent.width - width - 24 : 24
            spacing: 16

            Label {
                text: qsTr("Settings")
                font.pixelSize: 24
                font.bold: true
                color: Theme.text
                Layout.topMargin: 24
            }

            SettingsSection {
                title: qsTr("Engine")
                SettingRow {
                    label: qsTr("Threads")
                    SpinBox {
                        objectName: "threadsSpin"
                        from: 1
                        to: 64
                        value: root.settings.threads
                        onValueModified: root.settings.threads = value
                        Accessible.name: qsTr("Threads")
                    }
                }
                SettingRow {
                    label: qsTr("Context length (tokens)")
                    SpinBox {
                        objectName: "contextSpin"
                        from: 256
                        to: 131072
                        stepSize: 256
                        editable: true
                        value: root.settings.contextLength
                        onValueModified: root.settings.contextLength = value
                        Accessible.name: qsTr("Context length in tokens")
                    }
                }
            }

            SettingsSection {
                title: qsTr("Appearance")
                SettingRow {
                    label: qsTr("Theme")
                    ComboBox {
                        id: themeCombo
                        objectName: "themeCombo"
                        // Static entries named through themeName(): retranslate() refreshes every binding, and a
                        // model of translated texts would be re-created and lose the selection.
                        model: ListModel {
                            ListElement { value: "system" }
                            ListElement { value: "light" }
                            ListElement { value: "dark" }
                        }
                        valueRole: "value"
                        textRole: "value"
                        readonly property var themes: ["system", "light", "dark"]
                        currentIndex: Math.max(0, themes.indexOf(root.settings.theme))
                        displayText: root.themeName(currentValue)
                        delegate: ItemDelegate {
                            required property int index
                            required property string value
                            width: ListView.view ? ListView.view.width : implicitWidth
                            text: root.themeName(value)
                            highlighted: themeCombo.highlightedIndex === index
                        }
                        // Wide enough for the longest translation ("Wie das System"), recomputed per language.
                        Layout.minimumWidth: root.fittingWidth(themeCombo, themeMetrics,
                                                               themes.map(theme => root.themeName(theme)))
                        onActivated: root.settings.theme = currentValue
                        Accessible.name: qsTr("Theme")
                    }
                }
                SettingRow {
                    label: qsTr("Language")
                    ComboBox {
                        id: languageCombo
                        objectName: "languageCombo"
                        // A ListModel rather than a JS array: retranslate() refreshes every binding, and a
                        // re-created array model would reset the selection. Each language is named in its own
                        // script so that people can find theirs whatever the current language is.
                        model: ListModel {
                            ListElement { value: ""; name: "" }
                            ListElement { value: "en"; name: "English" }
                            ListElement { value: "de"; name: "Deutsch" }
                            ListElement { value: "es"; name: "Español" }
                            ListElement { value: "fr"; name: "Français" }
                            ListElement { value: "ja"; name: "日本語" }
                            ListElement { value: "zh_CN"; name: "简体中文" }
                            ListElement { value: "ar"; name: "العربية" }
                        }
                        textRole: "name"
                        valueRole: "value"
                        readonly property var languageCodes: ["", "en", "de", "es", "fr", "ja", "zh_CN", "ar"]
                        currentIndex: Math.max(0, languageCodes.indexOf(root.settings.language))
                        displayText: currentIndex <= 0 ? qsTr("Follow system") : currentText
                        Layout.minimumWidth: root.fittingWidth(languageCombo, languageMetrics, [qsTr("Follow system"), "English", "Deutsch",
                                                                               "Español", "Français", "日本語",
                                                                               "简体中文", "العربية"])
                        delegate: ItemDelegate {
                            required property int index
                            required property string name
                            width: ListView.view ? ListView.view.width : implicitWidth
                            text: index === 0 ? qsTr("Follow system") : name
                            highlighted: languageCombo.highlightedIndex === index
                        }
                        onActivated: root.settings.language = currentValue
                        Accessible.name: qsTr("Interface language")
                    }
                }
            }

            SettingsSection {
                title: qsTr("About")
                Label {
                    text: qsTr("Tritium %1 · kernels: %2").arg(root.context.version).arg(root.context.kernelPath)
                    color: Theme.textMuted
                }
                Label {
                    text: qsTr("Log file: %1").arg(root.context.logFile)
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
            }
        }
    }
}
