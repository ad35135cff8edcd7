// Splits a message's Markdown into prose and fenced code blocks, so that code can be shown in a monospace
// box with its own copy button. An unclosed fence (a reply still streaming) counts as code to the end.
.pragma library

function split(text) {
    const segments = []
    const fence = /^```([^\n`]*)\n?/m
    let rest = text
    while (rest.length > 0) {
        const open = rest.search(/^```/m)
        if (open < 0) {
            segments.push({ kind: "prose", text: rest, language: "" })
            break
        }
        if (open > 0)
            segments.push({ kind: "prose", text: rest.slice(0, open), language: "" })
        const header = fence.exec(rest.slice(open))
        const bodyStart = open + header[0].length
        const close = rest.slice(bodyStart).search(/^```[ \t]*$/m)
        if (close < 0) {
            segments.push({ kind: "code", text: rest.slice(bodyStart), language: header[1].trim() })
            break
        }
        segments.push({ kind: "code", text: rest.slice(bodyStart, bodyStart + close).replace(/\n$/, ""),
                        language: header[1].trim() })
        const after = rest.slice(bodyStart + close).indexOf("\n")
        rest = after < 0 ? "" : rest.slice(bodyStart + close + after + 1)
    }
    return segments
}
