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

    public struct Explain: Sendable {
        public var text: LessonText
        public var screen: LessonScreen?
        /// The dashboard panel the room should look at.
        public var panel: LessonPanel?
        public var settings: LessonSettings
    }

    public struct Predict: Sendable {
        public var question: LessonText
        public var answer: LessonQuantity
        /// How a numeric answer is written and guessed (ignored for choice answers).
        public var unit: LessonUnit
        public var explanation: LessonText
        public var screen: LessonScreen?
        public var settings: LessonSettings
    }

    public struct Explore: Sendable {
        public var task: LessonText
        public var condition: [LessonComparison]
        public var hints: [LessonText]
        /// What "show me" sets; it satisfies the condition (tested for every shipped lesson).
        public var solution: LessonSettings
        public var explanation: LessonText
        public var screen: LessonScreen?
        public var settings: LessonSettings
    }

    public struct Quiz: Sendable {
        public var question: LessonText
        public var choices: [Choice]

        public struct Choice: Sendable {
            public var text: LessonText
            public var correct: Bool
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
