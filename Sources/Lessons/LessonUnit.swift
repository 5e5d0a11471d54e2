import CampaignEngine
import Localization
import ScenarioKit

/// How a numeric answer is written.
public enum LessonUnit: String, Sendable, CaseIterable {
    /// A fraction shown and guessed as a percentage (0.2 is "20 %").
    case percent
    /// An amount in whole euros.
    case euros
    /// A whole count, grouped by thousands.
    case count
    /// A plain decimal number.
    case number
    /// A consent rate shown and guessed as a percentage.
    case rate
}
