import CampaignEngine
import Localization
import ScenarioKit

/// The dashboard panels an explain step may point at: the table, the charts by consent rate, or
/// the profit–exposure trade-off view.
public enum LessonPanel: String, Sendable, CaseIterable {
    /// The figures table, the charts, and the trade-off view.
    case table, charts, tradeoff
}
