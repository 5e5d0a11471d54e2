import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The scenario picker's entries and selection.
public struct PickerScreen: Sendable {
    public var entries: [PickerEntry] = []
    public var index = 0
}
