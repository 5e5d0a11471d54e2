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

    static func lines(for screen: Screen, language: Language) -> [Line] {
        var lines: [Line] = []
        for context in [screen.keyContext, .global] {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.title(loc(context.title, language)))
            for binding in KeyTable.bindings(for: context) {
                lines.append(.binding(binding.keys.map(\.label).joined(separator: " "), loc(binding.help, language)))
            }
        }
        return lines
    }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let all = lines(for: state.screen, language: state.language)
        let available = state.height - 4
        let columns = all.count > available ? 2 : 1
        let perColumn = (all.count + columns - 1) / columns
        let columnWidth = columns == 1 ? min(60, state.width - 6) : (state.width - 6) / 2
        let width = columnWidth * columns + 2
        let height = min(state.height - 2, perColumn + 3)
        let rect = Rect(x: (state.width - width) / 2, y: max(1, (state.height - height) / 2), width: width, height: height)
        buffer.fill(rect)
        buffer.box(rect, title: loc("Keys — any key closes", state.language), style: .accent)
        let keyWidth = columns == 1 ? 18 : 11
        for (i, line) in all.enumerated() {
            let column = i / perColumn, row = i % perColumn
            guard row < height - 2 else { continue }
            let x = rect.x + 2 + column * columnWidth, y = rect.y + 1 + row
            switch line {
            case .title(let text): buffer.put(text, x: x, y: y, style: .accent)
            case .binding(let keys, let help):
                buffer.put(keys, x: x, y: y, style: .bold, maxWidth: keyWidth - 1)
                buffer.putTruncated(help, x: x + keyWidth, y: y, width: columnWidth - keyWidth - 2)
            case .blank: break
            }
        }
    }
}
