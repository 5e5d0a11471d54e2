import Localization
import TerminalKit

/// The scenario picker: built-in scenarios and files in ./scenarios, with their stories.
enum PickerView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        let listHeight = min(area.height / 2, max(3, state.picker.entries.count + 2))
        let (list, detail) = area.splitRows(listHeight)
        buffer.box(list, title: loc("Open a scenario — Enter opens", state.language))
        let inner = list.inset(1)
        if state.picker.entries.isEmpty {
            buffer.put(loc("looking for scenarios…", state.language), x: inner.x + 1, y: inner.y, style: .dim)
        }
        let first = max(0, state.picker.index - inner.height + 1)
        for (row, index) in (first..<state.picker.entries.count).enumerated() where row < inner.height {
            let entry = state.picker.entries[index]
            let selected = index == state.picker.index
            let y = inner.y + row
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            let style: Style = selected ? Style(bold: true, reverse: true) : (entry.problem == nil ? .plain : .warning)
            buffer.putTruncated(" " + entry.title, x: inner.x, y: y, width: inner.width / 2, style: style)
            buffer.putTruncated((entry.origin == "built-in" ? loc("built-in", state.language) : entry.origin) + (entry.problem == nil ? "" : loc(" (invalid)", state.language)), x: inner.x + inner.width / 2, y: y,
                                width: inner.width / 2 - 1, style: selected ? .reverse : .dim)
        }
        guard state.picker.entries.indices.contains(state.picker.index) else { return }
        let entry = state.picker.entries[state.picker.index]
        buffer.box(detail, title: entry.title)
        let text = detail.inset(1)
        var y = text.y
        for line in AppView.wrap(entry.problem ?? entry.description, width: text.width - 2) where y < text.maxY {
            buffer.put(line, x: text.x + 1, y: y, style: entry.problem == nil ? .plain : .warning)
            y += 1
        }
    }
}
