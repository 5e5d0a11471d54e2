import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// A scenario the picker can open: a built-in one or a file in ./scenarios.
public struct PickerEntry: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case builtin(String)
        case file(String)
    }
    public var source: Source
    public var title: String
    public var description: String
    /// Set when the file does not validate; the entry is shown but cannot be opened.
    public var problem: String?

    public init(source: Source, title: String, description: String, problem: String? = nil) {
        self.source = source; self.title = title; self.description = description; self.problem = problem
    }

    /// "built-in" or the file path.
    public var origin: String {
        switch source {
        case .builtin: "built-in"
        case .file(let path): path
        }
    }
}
