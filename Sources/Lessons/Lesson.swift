import CampaignEngine
import Localization
import ScenarioKit

/// A guided lesson (docs/lesson-format.md): a scenario and a sequence of steps that drive the
/// real simulator, in the spirit of interactive lecture demonstrations (describe, predict, run,
/// compare, discuss).
public struct Lesson: Sendable {
    public var id: String
    public var title: LessonText
    public var audience: [LessonAudience]
    /// The group for which this is the recommended first lesson, if any.
    public var firstFor: LessonAudience?
    public var durationMinutes: Int
    public var goals: [LessonText]
    /// The scenario the lesson runs, already loaded (and scaled to `customers` where given).
    public var scenario: Scenario
    /// How the lesson names its scenario: a built-in name, a file, or "inline".
    public var scenarioSource: String
    public var steps: [LessonStep]
    /// For the facilitator: timing, questions to discuss, misconceptions to expect.
    public var timing: LessonText?
    public var discussion: [LessonText]
    public var misconceptions: [LessonText]
}
