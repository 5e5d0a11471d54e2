import CampaignEngine
import Localization
import ScenarioKit

/// A text in both languages the tool speaks; every text of a lesson has both.
public struct LessonText: Sendable, Equatable {
    public var en: String
    public var de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .de ? de : en }
}

/// Who a lesson is for: the three groups the tool serves.
public enum LessonAudience: String, Sendable, CaseIterable {
    case marketer, trainer, teacher
}

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

/// The screens a lesson step may open.
public enum LessonScreen: String, Sendable, CaseIterable {
    case dashboard, timeline, obligations, parameters
}

/// The dashboard panels an explain step may point at: the table, the charts by consent rate, or
/// the profit–exposure trade-off view.
public enum LessonPanel: String, Sendable, CaseIterable {
    case table, charts, tradeoff
}

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

/// Dials a step sets; nil leaves a dial as it is. `epsilon` and `retention` use an inner nil for "off" / "no limit".
public struct LessonSettings: Sendable, Hashable {
    public var consent: Double?
    public var k: Int?
    public var epsilon: Double??
    public var fallback: Fallback?
    public var protectVulnerable: Bool?
    public var relevanceWeight: Double?
    public var weeks: Int?
    public var withdrawal: Double?
    public var retention: Int??
    /// Which strategy the dashboard selects.
    public var strategy: StrategyName?

    public init() {}

    /// Whether nothing is set.
    public var isEmpty: Bool { self == LessonSettings() }

    /// `other`'s values where it sets them, these where it does not.
    public func merged(with other: LessonSettings) -> LessonSettings {
        var s = self
        if let v = other.consent { s.consent = v }
        if let v = other.k { s.k = v }
        if let v = other.epsilon { s.epsilon = v }
        if let v = other.fallback { s.fallback = v }
        if let v = other.protectVulnerable { s.protectVulnerable = v }
        if let v = other.relevanceWeight { s.relevanceWeight = v }
        if let v = other.weeks { s.weeks = v }
        if let v = other.withdrawal { s.withdrawal = v }
        if let v = other.retention { s.retention = v }
        if let v = other.strategy { s.strategy = v }
        return s
    }

    /// The scenario with these settings applied (the consent rate is the scenario's `consent.rate`).
    public func apply(to base: Scenario) -> Scenario {
        var s = base
        if let v = consent { s.consent.rate = v }
        if let v = k { s.privacy.k = v }
        if let v = epsilon { s.privacy.epsilon = v }
        if let v = fallback { s.privacy.fallback = v }
        if let v = protectVulnerable { s.privacy.protectVulnerable = v }
        if let v = relevanceWeight { s.model.relevanceWeight = v }
        if let v = weeks { s.campaign.weeks = v }
        if let v = withdrawal { s.consent.withdrawalWeekly = v }
        if let v = retention { s.privacy.retentionWeeks = v }
        return s
    }
}
