import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The parameters screen's selected dial.
public struct ParametersScreen: Sendable {
    /// The selected dial.
    public var field: Parameters.Field = .consentRate
}
