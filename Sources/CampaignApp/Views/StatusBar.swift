import Foundation
import Localization
import TerminalKit

/// The bottom line: a message, or the main keys of the current screen from the key table.
enum StatusBar {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let y = state.height - 1
        buffer.fill(Rect(x: 0, y: y, width: state.width, height: 1), style: .reverse)
        if let status = state.status {
            buffer.putTruncated(" " + status, x: 0, y: y, width: state.width, style: state.statusIsError ? Style(color: .red, bold: true, reverse: true) : .reverse)
            return
        }
        if let session = state.lesson, session.lesson != nil, session.lessonHasFocus || state.width >= 120 && !session.present {
            // Workshop mode names the lesson's keys; Tab gives the keyboard to the screen.
            // The keys the pane's own footer does not name (it shows Enter, ←, Tab and q), from the key
            // table; digits choose or type a guess, which no single binding names.
            var parts: [String] = []
            switch session.current {
            case .predict(let p)? where p.answer.choices == nil: parts.append("0–9 " + loc("type a guess", state.language))
            case .predict?, .quiz?: parts.append("1–9 " + loc("choose", state.language))
            case .explore?: parts.append(KeyTable.hint([.showHint, .showSolution], in: .lesson, state.language))
            default: break
            }
            parts.append(KeyTable.hint([.help], in: .global, state.language))
            let keys = session.lessonHasFocus ? parts.joined(separator: " · ")
                : loc("Tab: back to the lesson · the dashboard's keys work here", state.language)
            buffer.putTruncated(" " + keys, x: 0, y: y, width: state.width, style: .reverse)
            return
        }
        if let session = state.lesson, session.lesson != nil, !session.lessonHasFocus {
            buffer.putTruncated(" " + loc("Tab: back to the lesson · the dashboard's keys work here", state.language), x: 0, y: y, width: state.width, style: .reverse)
            return
        }
        let hints = (KeyTable.bindings(for: .global) + KeyTable.bindings(for: state.screen.keyContext)).compactMap(\.status)
        var x = 1
        for hint in hints {
            let help = loc(hint.text, state.language)
            // Mapped to ASCII, "↑↓" would read "^v", like Ctrl-V: name the keys instead.
            let keys = buffer.glyphs == .ascii ? hint.keys.replacingOccurrences(of: "↑↓", with: "up/down").replacingOccurrences(of: "←→", with: "left/right") : hint.keys
            // The gap after the last hint may run off the edge; the hint itself must fit.
            guard x + keys.count + 1 + help.count <= state.width else { break }
            x += buffer.put(keys, x: x, y: y, style: Style(bold: true, reverse: true))
            x += buffer.put(" " + help + "  ", x: x, y: y, style: .reverse)
        }
    }
}
