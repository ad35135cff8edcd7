pragma Singleton
import QtQuick

// Colours, sizes and fonts of the Tritium look, light and dark. `mode` is "light", "dark" or "system".
QtObject {
    property string mode: "system"
    readonly property bool dark: mode === "dark" || (mode === "system" && systemIsDark)
    property bool systemIsDark: false

    readonly property color window: dark ? "#16181d" : "#f6f7f9"
    readonly property color sidebar: dark ? "#1d2027" : "#eceef2"
    readonly property color surface: dark ? "#232731" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2b303b" : "#f0f2f5"
    readonly property color border: dark ? "#353a46" : "#d9dde3"
    readonly property color text: dark ? "#e8eaef" : "#1c1f24"
    readonly property color textMuted: dark ? "#9aa1ad" : "#5f6672"
    readonly property color accent: dark ? "#7aa2ff" : "#3a5bd9"
    readonly property color accentText: "#ffffff"
    readonly property color userBubble: dark ? "#2f3a57" : "#e3e9ff"
    readonly property color danger: dark ? "#ff7b7b" : "#c62828"
    readonly property color warning: dark ? "#ffcc66" : "#a86400"
    readonly property color selection: dark ? "#33405e" : "#d5defa"

    readonly property int radius: 8
    readonly property int spacing: 8
    readonly property int sidebarWidth: 270
    readonly property string monoFont: "DejaVu Sans Mono"
}
