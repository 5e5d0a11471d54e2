import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// A scenario the picker can open: a built-in one or a file in ./scenarios.
public struct PickerEntry: Sendable, Equatable {
    /// Where the scenario comes from.
    public enum Source: Sendable, Equatable {
        /// A built-in scenario, by name.
        case builtin(String)
        /// A scenario file, by path.
        case file(String)
    }
    /// Where the scenario comes from.
    public var source: Source
    /// The scenario's name as listed.
    public var title: String
    /// The scenario's description.
    public var description: String
    /// Set when the file does not validate; the entry is shown but cannot be opened.
    public var problem: String?

    /// An entry for the scenario at `source`.
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
