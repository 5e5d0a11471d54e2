import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// What the timeline's right-hand chart plots week by week.
public enum TimelineMetric: Sendable, Equatable, CaseIterable {
    /// Re-identification risk, stored events, or consenting customers.
    case reidRisk, storedEvents, consenting
}
