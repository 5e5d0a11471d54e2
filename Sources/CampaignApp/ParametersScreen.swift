import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The parameters screen's selected dial.
public struct ParametersScreen: Sendable {
    public var field: Parameters.Field = .consentRate
}
