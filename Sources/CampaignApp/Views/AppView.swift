import Foundation
import Localization
import TerminalKit

/// Renders the whole app state into a screen buffer. Pure: the same state gives the same screen.
public enum AppView {
    /// The screen for `state`, drawn with `glyphs`.
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
