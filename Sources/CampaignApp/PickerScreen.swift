import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The scenario picker's entries and selection.
public struct PickerScreen: Sendable {
    /// The scenarios listed, built-in ones first.
    public var entries: [PickerEntry] = []
    /// Index of the selected entry.
    public var index = 0
}
