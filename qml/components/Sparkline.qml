import QtQuick
import Tritium

// A small line chart of recent values (tokens per second while a reply streams).
Canvas {
    id: root
    property var values: []
    property color lineColor: Theme.accent
    implicitWidth: 90
    implicitHeight: 22
    onValuesChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (values.length < 2)
            return
        let max = 1
        for (const v of values) max = Math.max(max, v)
        ctx.strokeStyle = lineColor
        ctx.lineWidth = 1.5
        ctx.beginPath()
        for (let i = 0; i < values.length; ++i) {
            const x = i * (width - 2) / (values.length - 1) + 1
            const y = height - 1 - (values[i] / max) * (height - 2)
            if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y)
        }
        ctx.stroke()
    }
}
