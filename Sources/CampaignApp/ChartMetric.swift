import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// What the first dashboard chart plots against the consent rate.
public enum ChartMetric: Sendable, Equatable {
    case conversionRate, profit
}
