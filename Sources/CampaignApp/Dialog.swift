import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

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

    /// The question the dialog asks.
    public func prompt(_ language: Language) -> String {
        switch kind {
        case .saveScenario: loc("Save parameters as scenario file:", language)
        case .exportFigures: loc("Export figures (.csv, .json) or the chart (.svg) to:", language)
        case .confirmOverwrite(let path, _): loc("%1 exists. Replace it? (y/n)", language, path)
        }
    }
}
