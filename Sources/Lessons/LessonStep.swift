import CampaignEngine
import Localization
import ScenarioKit

/// One step of a lesson.
public enum LessonStep: Sendable {
    /// Text, and optionally the screen and settings the room should see.
    case explain(Explain)
    /// A question whose answer the simulator computes at reveal time.
    case predict(Predict)
    /// A task on the live dashboard, with a condition the app checks, hints and a solution.
    case explore(Explore)
    /// Multiple choice on the law, with feedback per choice citing the catalogue.
    case quiz(Quiz)

    /// An explain step.
    public struct Explain: Sendable {
        /// The text the room reads.
        public var text: LessonText
        /// The screen to open, if any.
        public var screen: LessonScreen?
        /// The dashboard panel the room should look at.
        public var panel: LessonPanel?
        /// Dials the step sets, on top of those of the steps before.
        public var settings: LessonSettings
    }

    /// A predict step.
    public struct Predict: Sendable {
        /// The question the room answers.
        public var question: LessonText
        /// What the simulator computes as the answer.
        public var answer: LessonQuantity
        /// How a numeric answer is written and guessed (ignored for choice answers).
        public var unit: LessonUnit
        /// Shown with the answer.
        public var explanation: LessonText
        /// The screen to open, if any.
        public var screen: LessonScreen?
        /// Dials the step sets, on top of those of the steps before.
        public var settings: LessonSettings
    }

    /// An explore step.
    public struct Explore: Sendable {
        /// What the room should find on the live dashboard.
        public var task: LessonText
        /// Comparisons that must all hold, shown live as ✓ / ✗.
        public var condition: [LessonComparison]
        /// Hints, shown one at a time.
        public var hints: [LessonText]
        /// What "show me" sets; it satisfies the condition (tested for every shipped lesson).
        public var solution: LessonSettings
        /// Shown once the condition is met.
        public var explanation: LessonText
        /// The screen to open, if any.
        public var screen: LessonScreen?
        /// Dials the step sets, on top of those of the steps before.
        public var settings: LessonSettings
    }

    /// A quiz step.
    public struct Quiz: Sendable {
        /// The question asked.
        public var question: LessonText
        /// The choices offered; exactly one is correct.
        public var choices: [Choice]

        /// One choice of a quiz.
        public struct Choice: Sendable {
            /// The choice as shown.
            public var text: LessonText
            /// Whether this is the correct choice.
            public var correct: Bool
            /// What the room is told when it picks this choice.
            public var feedback: LessonText
            /// A catalogue entry id (compliance/obligations.yaml) the feedback rests on.
            public var cites: String?
        }
    }

    /// The step's kind as written in a lesson file.
    public var kind: String {
        switch self {
        case .explain: "explain"
        case .predict: "predict"
        case .explore: "explore"
        case .quiz: "quiz"
        }
    }

    /// The settings a step applies when it opens (explain, predict and explore may set them).
    public var settings: LessonSettings {
        switch self {
        case .explain(let s): s.settings
        case .predict(let s): s.settings
        case .explore(let s): s.settings
        case .quiz: LessonSettings()
        }
    }

    /// The screen a step shows, if it names one.
    public var screen: LessonScreen? {
        switch self {
        case .explain(let s): s.screen
        case .predict(let s): s.screen
        case .explore(let s): s.screen
        case .quiz: nil
        }
    }
}
