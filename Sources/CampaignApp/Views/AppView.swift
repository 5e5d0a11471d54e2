import Foundation
import Localization
import TerminalKit

/// Renders the whole app state into a screen buffer. Pure: the same state gives the same screen.
public enum AppView {
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        // The scenario's own texts in the screen's language; the figures are the same.
        var state = state
        if let snapshot = state.snapshot { state.snapshot?.scenario = snapshot.scenario.localized(state.language) }
        var buffer = ScreenBuffer(width: state.width, height: state.height, glyphs: glyphs)
        guard state.fits else {
            renderTooSmall(state, &buffer)
            return buffer
        }
        HeaderView.render(state, &buffer)
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        if let session = state.lesson {
            LessonView.render(state, session, &buffer, body: body) { area, buffer in renderScreen(state, &buffer, in: area) }
        } else {
            renderScreen(state, &buffer, in: body)
        }
        StatusBar.render(state, &buffer)
        if state.showHelp { HelpOverlay.render(state, &buffer) }
        if let dialog = state.dialog { DialogView.render(dialog, language: state.language, &buffer) }
        return buffer
    }

    /// The current screen in `area`.
    static func renderScreen(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        switch state.screen {
        case .dashboard: DashboardView.render(state, &buffer, in: area)
        case .detail: DetailView.render(state, &buffer, in: area)
        case .parameters: ParametersView.render(state, &buffer, in: area)
        case .picker: PickerView.render(state, &buffer, in: area)
        case .obligations: ObligationsView.render(state, &buffer, in: area)
        case .robustness: RobustnessView.render(state, &buffer, in: area)
        case .timeline: TimelineView.render(state, &buffer, in: area)
        }
    }

    private static func renderTooSmall(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let l = state.language
        let lines = [loc("Terminal too small", l),
                     loc("need %1×%2, have %3×%4", l, AppState.minimumWidth, AppState.minimumHeight, state.width, state.height),
                     loc("enlarge the window, or press q to quit", l)]
        let top = max(0, state.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            buffer.putCentered(line, x: 0, y: top + i, width: state.width, style: i == 0 ? .warning : .plain)
        }
    }

    /// Wraps text into lines of at most `width` characters, breaking at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Single line breaks (as in YAML block text) join; blank lines separate paragraphs.
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty { line = String(word) }
                else if line.count + 1 + word.count <= width { line += " " + word }
                else { lines.append(line); line = String(word) }
                while line.count > width { lines.append(String(line.prefix(width))); line = String(line.dropFirst(width)) }
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// The top line: app, scenario, customers, seed, recompute time.
enum HeaderView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = state.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .reverse)
        var left = width >= 100 ? " campaign-sim │" : ""
        let l = state.language
        if let s = state.snapshot?.scenario {
            left += " " + loc("%1 │ %2 customers │ seed %3", l, s.name, Format.count(s.totalCustomers, state.language), s.seed)
        } else {
            left += " " + loc("computing the population…", l)
        }
        var right = ""
        if state.computing {
            right = loc("recomputing…", l) + (state.progress.map { " \(Int(($0 * 100).rounded(.down))) %" } ?? "") + " "
        }
        else if let ms = state.snapshot?.recomputeMilliseconds { right = loc("recompute %1", l, Format.milliseconds(ms, state.language)) + " " }
        if state.intervals.isOn && !state.computing {
            // A small progress mark for the replications behind the intervals.
            let done = state.intervals.generation == state.snapshotGeneration ? max(1, state.intervals.done) : 1
            right = "± \(done)/\(state.intervals.count)  " + right
        }
        // At least two columns between the scenario and the timing, so they never run together.
        buffer.putTruncated(left, x: 0, y: 0, width: width - right.count - 2, style: Style(bold: true, reverse: true))
        buffer.put(right, x: width - right.count, y: 0, style: .reverse)
    }
}

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
            let keys = session.lessonHasFocus ? loc("Enter/→ next · ← back · 1–9 choose · h hint · s show me · Tab · q leave", state.language)
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
            guard x + keys.count + help.count + 2 < state.width else { break }
            x += buffer.put(keys, x: x, y: y, style: Style(bold: true, reverse: true))
            x += buffer.put(" " + help + "  ", x: x, y: y, style: .reverse)
        }
    }
}
