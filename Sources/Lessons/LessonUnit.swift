import CampaignEngine
import Localization
import ScenarioKit

/// How a numeric answer is written.
public enum LessonUnit: String, Sendable, CaseIterable {
    /// A fraction shown and guessed as a percentage (0.2 is "20 %").
    case percent
    case euros
    case count
    case number
    /// A consent rate shown and guessed as a percentage.
    case rate
}
