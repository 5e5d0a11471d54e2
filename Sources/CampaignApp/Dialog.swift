import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit
import TerminalKit

/// A one-line prompt or a yes/no question over the current screen.
public struct Dialog: Sendable, Equatable {
    /// What the dialog asks for.
    public enum Kind: Sendable, Equatable {
        /// File name for saving the parameters as a scenario.
        case saveScenario
        /// File name for exporting figures; the extension picks CSV, JSON or the chart as SVG.
        case exportFigures
        /// The file exists: replace it?
        case confirmOverwrite(path: String, contents: String)
    }
    /// What the dialog asks for.
    public var kind: Kind
    /// The text typed so far (a file name), at most 200 characters.
    public var text: String
    /// The cursor's position in `text`, in characters.
    public var cursor: Int
    /// The text is a suggestion, shown selected: typing replaces it, as in a shell's or a
    /// browser's file prompt; moving the cursor keeps it.
    public var suggested: Bool

    /// A dialog of `kind`; a non-empty `text` is a suggestion, selected, with the cursor at its end.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
        cursor = text.count
        suggested = !text.isEmpty
    }

    /// Applies a line-editing key: characters insert at the cursor (replacing a suggestion),
    /// Backspace, ← →, Home/End and Ctrl-A/E, Ctrl-U (to the start), Ctrl-K (to the end) and Ctrl-W
    /// (the word before the cursor). False for keys it does not edit with.
    public mutating func edit(_ key: Key) -> Bool {
        var chars = Array(text)
        cursor = min(max(0, cursor), chars.count)
        switch key {
        case .character(let c) where !c.isNewline:
            if suggested { chars = []; cursor = 0 }
            guard chars.count < 200 else { break }
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if suggested { chars = []; cursor = 0 } else if cursor > 0 { chars.remove(at: cursor - 1); cursor -= 1 }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = chars.count
        case .ctrl("u"): chars.removeFirst(cursor); cursor = 0
        case .ctrl("k"): chars.removeLast(chars.count - cursor)
        case .ctrl("w"):
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " && chars[start - 1] != "/" { start -= 1 }
            if start == cursor && start > 0 { start -= 1 }  // a lone "/" goes on its own
            chars.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(chars)
        suggested = false
        return true
    }

    /// The question the dialog asks.
    public func prompt(_ language: Language) -> String {
        switch kind {
        case .saveScenario: loc("Save parameters as scenario file:", language)
        case .exportFigures: loc("Export figures (.csv, .json) or the chart (.svg) to:", language)
        case .confirmOverwrite(let path, _): loc("%1 exists. Replace it? (y/n)", language, path)
        }
    }
}
