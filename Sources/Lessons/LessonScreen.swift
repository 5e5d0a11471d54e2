import CampaignEngine
import Localization
import ScenarioKit

/// The screens a lesson step may open.
public enum LessonScreen: String, Sendable, CaseIterable {
    case dashboard, timeline, obligations, parameters
}
