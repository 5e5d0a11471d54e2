import CampaignEngine
import Localization
import ScenarioKit

/// The screens a lesson step may open.
public enum LessonScreen: String, Sendable, CaseIterable {
    /// The dashboard, the timeline, the obligations, or the parameters screen.
    case dashboard, timeline, obligations, parameters
}
