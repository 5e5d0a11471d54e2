import Localization
import TerminalKit

/// The help overlay, generated from the key table: the current screen's keys, then the global ones.
/// It switches to two columns when one would not fit the terminal's height.
enum HelpOverlay {
    /// One line of help: a section title, or keys and what they do.
    enum Line {
        case title(String)
        case binding(String, String)
        case blank
    }

    /// The lines for `screen`; in a lesson, the lesson pane's (or picker's) keys come first.
    static func lines(for screen: Screen, lesson: LessonSession? = nil, language: Language) -> [Line] {
        var lines: [Line] = []
        var contexts: [KeyContext] = [screen.keyContext, .global]
        if let lesson { contexts.insert(lesson.lesson == nil ? .lessonPicker : .lesson, at: 0) }
        for context in contexts {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.title(loc(context.title, language)))
            for binding in KeyTable.bindings(for: context) {
                lines.append(.binding(binding.keys.map(\.label).joined(separator: " "), loc(binding.help, language)))
            }
        }
        return lines
    }

    /// One drawn row: keys (on a binding's first row only) and text.
    struct Row {
        var keys: String
        var text: String
        var isTitle: Bool
    }

    /// The lines as rows of a column `textWidth` wide: long help wraps onto further rows, never cut.
    static func rows(_ lines: [Line], textWidth: Int) -> [[Row]] {
        lines.map { line in
            switch line {
            case .title(let text): [Row(keys: "", text: text, isTitle: true)]
            case .blank: [Row(keys: "", text: "", isTitle: false)]
            case .binding(let keys, let help):
                AppView.wrap(help, width: textWidth).enumerated().map { Row(keys: $0.offset == 0 ? keys : "", text: $0.element, isTitle: false) }
            }
        }
    }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let all = lines(for: state.screen, lesson: state.lesson, language: state.language)
        let available = state.height - 5
        let columns = all.count > available ? 2 : 1
        let columnWidth = columns == 1 ? min(60, state.width - 6) : (state.width - 6) / 2
        let keyWidth = columns == 1 ? 18 : 11
        let groups = rows(all, textWidth: columnWidth - keyWidth - 2)
        // Split into columns between lines, never inside one binding's rows.
        var split: [[Row]] = [[]]
        let total = groups.reduce(0) { $0 + $1.count }
        let perColumn = (total + columns - 1) / columns
        for group in groups {
            if columns == 2 && split.count == 1 && split[0].count + group.count > perColumn && !split[0].isEmpty { split.append([]) }
            split[split.count - 1] += group
        }
        let tallest = split.map(\.count).max() ?? 0
        let width = columnWidth * columns + 2
        let height = min(state.height - 2, tallest + 3)
        let rect = Rect(x: (state.width - width) / 2, y: max(1, (state.height - height) / 2), width: width, height: height)
        buffer.fill(rect)
        buffer.box(rect, title: loc("Keys — any key closes", state.language), style: .accent)
        for (column, rows) in split.enumerated() {
            for (row, line) in rows.enumerated() where row < height - 2 {
                let x = rect.x + 2 + column * columnWidth, y = rect.y + 1 + row
                if line.isTitle { buffer.put(line.text, x: x, y: y, style: .accent); continue }
                buffer.put(line.keys, x: x, y: y, style: .bold, maxWidth: keyWidth - 1)
                buffer.putTruncated(line.text, x: x + keyWidth, y: y, width: columnWidth - keyWidth - 2)
            }
        }
    }
}
