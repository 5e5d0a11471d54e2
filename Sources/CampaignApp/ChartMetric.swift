import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// What the first dashboard chart plots against the consent rate.
public enum ChartMetric: Sendable, Equatable {
    /// The conversion rate, or the profit in euros.
    case conversionRate, profit
}
