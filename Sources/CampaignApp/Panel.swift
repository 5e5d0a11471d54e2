import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// Which dashboard panel has the keyboard.
public enum Panel: Sendable, Equatable, CaseIterable {
    case table, charts, tradeoff
}
