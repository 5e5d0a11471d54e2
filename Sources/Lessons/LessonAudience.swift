import CampaignEngine
import Localization
import ScenarioKit

/// Who a lesson is for: the three groups the tool serves.
public enum LessonAudience: String, Sendable, CaseIterable {
    /// Marketers, workshop trainers, and privacy teachers.
    case marketer, trainer, teacher
}
