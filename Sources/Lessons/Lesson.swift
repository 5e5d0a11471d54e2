import CampaignEngine
import Localization
import ScenarioKit

/// A guided lesson (docs/lesson-format.md): a scenario and a sequence of steps that drive the
/// real simulator, in the spirit of interactive lecture demonstrations (describe, predict, run,
/// compare, discuss).
public struct Lesson: Sendable {
    /// Lowercase letters, digits and hyphens; the lesson file's name.
    public var id: String
    /// The lesson's title.
    public var title: LessonText
    /// The groups the lesson is for.
    public var audience: [LessonAudience]
    /// The group for which this is the recommended first lesson, if any.
    public var firstFor: LessonAudience?
    /// How long the lesson takes, in minutes.
    public var durationMinutes: Int
    /// What the room should be able to do afterwards.
    public var goals: [LessonText]
    /// The scenario the lesson runs, already loaded (and scaled to `customers` where given).
    public var scenario: Scenario
    /// How the lesson names its scenario: a built-in name, a file, or "inline".
    public var scenarioSource: String
    /// The steps in order.
    public var steps: [LessonStep]
    /// For the facilitator: timing, questions to discuss, misconceptions to expect.
    public var timing: LessonText?
    /// Questions for the facilitator to discuss.
    public var discussion: [LessonText]
    /// Misconceptions the facilitator should expect.
    public var misconceptions: [LessonText]
    /// The 1-based line and column each step starts at in its file (0 where unknown), for messages.
    public var stepLines: [Int] = [], stepColumns: [Int] = []

    /// Explore steps whose own solution does not satisfy their condition, or whose condition holds
    /// before the room explores: the step's index and what is wrong. Runs the simulator.
    public func unsolvableSteps(threads: Int) -> [(step: Int, problem: String)] {
        let evaluator = LessonEvaluator(scenario: scenario, threads: threads)
        var settings = LessonSettings(), problems: [(step: Int, problem: String)] = []
        for (i, step) in steps.enumerated() {
            settings = settings.merged(with: step.settings)
            guard case .explore(let e) = step else { continue }
            if !evaluator.holds(e.condition, at: settings.merged(with: e.solution)) {
                problems.append((i, "explore.solution does not satisfy the step's own condition: \"show me\" would not solve it"))
            } else if evaluator.holds(e.condition, at: settings) {
                problems.append((i, "explore.condition already holds before the room changes anything"))
            }
        }
        return problems
    }
}
