import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The obligations panel's selected row.
public struct ObligationsScreen: Sendable {
    /// Index of the selected obligation.
    public var index = 0
}
