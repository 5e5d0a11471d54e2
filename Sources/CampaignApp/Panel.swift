import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// Which dashboard panel has the keyboard.
public enum Panel: Sendable, Equatable, CaseIterable {
    /// The figures table, the charts, and the trade-off view.
    case table, charts, tradeoff
}
