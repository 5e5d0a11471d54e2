/// What the participants' page shows: the trainer's current step, as the room may see it.
///
/// The trainer's app makes it from the lesson step; the room never sees the lesson itself, so the
/// answer of a predict step reaches the phones only after the reveal.
public struct RoomStep: Sendable, Equatable {
    /// What the page offers.
    public enum Kind: String, Sendable {
        /// A number to guess, in `unit`, within `range`.
        case number
        /// One of `options` to choose.
        case choice
        /// Nothing to answer: "watch the screen" (explain and explore steps, the wrap-up, the picker).
        case watch
    }

    /// The step's index in the lesson (0-based); -1 before a lesson is open.
    public var index: Int
    /// Steps in the lesson (0 before one is open).
    public var count: Int
    /// The lesson's title.
    public var title: String
    /// What the page offers.
    public var kind: Kind
    /// The question, or the step's first line for a watch step.
    public var question: String
    /// The unit shown beside a number ("%", "€", or "").
    public var unit: String
    /// The numbers accepted, in the unit as typed (25 for 25 %).
    public var range: ClosedRange<Double>
    /// The choices of a choice step.
    public var options: [String]
    /// Whether answers are taken: until the trainer reveals.
    public var open: Bool
    /// The computed answer as text, once revealed.
    public var answer: String?
    /// The computed answer as a number in the typed unit, once revealed (for the debrief export).
    public var answerValue: Double?
    /// The right option, once revealed.
    public var correct: Int?
    /// The page's language: "en" or "de".
    public var language: String

    /// A step with every field given; the rest default to a closed watch step.
    public init(index: Int, count: Int, title: String, kind: Kind, question: String, unit: String = "",
                range: ClosedRange<Double> = 0...0, options: [String] = [], open: Bool = false, answer: String? = nil,
                answerValue: Double? = nil, correct: Int? = nil, language: String) {
        self.index = index
        self.count = count
        self.title = title
        self.kind = kind
        self.question = question
        self.unit = unit
        self.range = range
        self.options = options
        self.open = open
        self.answer = answer
        self.answerValue = answerValue
        self.correct = correct
        self.language = language
    }

    /// Before a lesson starts: a step to wait on.
    public static func waiting(language: String) -> RoomStep {
        RoomStep(index: -1, count: 0, title: "", kind: .watch, question: "", language: language)
    }
}
