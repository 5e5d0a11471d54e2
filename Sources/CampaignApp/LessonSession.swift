import Foundation
import Lessons
import ScenarioKit

/// A lesson in progress in the app (issue 18): which step, what the room answered, and what the
/// lesson pane shows. Nil in `AppState.lesson` outside workshop mode.
public struct LessonSession: Sendable {
    /// What one step's answer was, kept for the score and for resuming.
    public struct Record: Sendable, Equatable {
        /// The guess or choice as shown ("25 %", "Contextual").
        public var given: String
        /// The computed answer as shown, for predict steps.
        public var answer: String?
        /// Whether the guess or choice counted as right.
        public var correct: Bool
    }

    /// The lessons offered before one is open (`campaign-sim lesson` without a name).
    public var picker: [Lesson] = []
    /// The selected lesson in the picker.
    public var pickerIndex = 0
    /// The open lesson; nil while the picker shows.
    public var lesson: Lesson?
    /// Index of the step shown (0-based).
    public var step = 0
    /// Projector mode: high contrast, the figure that matters in large digits.
    public var present = false
    /// Whether the keyboard is on the lesson pane (else on the dashboard beside or under it).
    public var lessonHasFocus = true
    /// A numeric guess being typed.
    public var guess = ""
    /// The chosen choice (0-based) of a predict or quiz step.
    public var chosen: Int?
    /// The computed answer of the current predict step, once revealed.
    public var answer: LessonAnswer?
    /// Set while the simulator computes the current predict step's answer.
    public var revealing = false
    /// Hints of the current explore step shown so far.
    public var hintsShown = 0
    /// Each answered step's record, by step index.
    public var records: [Int: Record] = [:]
    /// The last step is done: the pane shows the wrap-up (score, key numbers, discussion).
    public var finished = false
    /// The folder progress is saved in, one file per lesson (nil: not saved).
    public var progressFolder: String?
    /// The workshop room, while one is open (issue 29).
    public var room: RoomStatus?

    /// Where the open lesson's progress is saved.
    public var progressPath: String? {
        guard let folder = progressFolder, let lesson else { return nil }
        return (folder as NSString).appendingPathComponent("\(lesson.id).json")
    }
    /// "Leave the lesson?" is on screen.
    public var confirmingLeave = false
    /// Saved progress of the picker's lessons by id (read by the command line), to resume from.
    public var saved: [String: String] = [:]

    /// A session on `lesson`, or on the picker of `picker` when `lesson` is nil.
    public init(lesson: Lesson?, picker: [Lesson] = [], present: Bool, progressFolder: String?) {
        self.lesson = lesson
        self.picker = picker
        self.present = present
        self.progressFolder = progressFolder
    }

    /// The step shown, if a lesson is open.
    public var current: LessonStep? {
        guard let lesson, lesson.steps.indices.contains(step) else { return nil }
        return lesson.steps[step]
    }

    /// Correct answers so far, and how many steps could be scored.
    public var score: (right: Int, of: Int) {
        (records.values.filter(\.correct).count, lesson?.steps.filter { if case .explain = $0 { false } else { true } }.count ?? 0)
    }

    /// The settings in force at step `index`: every step's settings up to it, in order.
    public func settings(upTo index: Int) -> LessonSettings {
        guard let lesson else { return LessonSettings() }
        var s = LessonSettings()
        for step in lesson.steps.prefix(index + 1) { s = s.merged(with: step.settings) }
        return s
    }

    // MARK: - Saved progress

    /// The progress as a small JSON object: lesson id, step and the records.
    public func progressJSON() -> String {
        var object: [String: Any] = ["lesson": lesson?.id ?? "", "step": step, "finished": finished]
        var records: [String: Any] = [:]
        for (i, r) in self.records { records[String(i)] = ["given": r.given, "answer": r.answer ?? "", "correct": r.correct] }
        object["records"] = records
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Restores step and records from saved progress of the same lesson; ignores anything else.
    public mutating func restore(fromJSON text: String) {
        guard let lesson, let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["lesson"] as? String == lesson.id, let step = object["step"] as? Int, lesson.steps.indices.contains(step) else { return }
        self.step = step
        // A finished lesson reopens on its wrap-up, which offers to start again.
        finished = object["finished"] as? Bool ?? false
        if let saved = object["records"] as? [String: [String: Any]] {
            // Only records of this lesson's steps, with texts of a sane length: a damaged or forged
            // file must not make every later save slow.
            for (key, value) in saved {
                guard let i = Int(key), lesson.steps.indices.contains(i), let given = value["given"] as? String,
                      let correct = value["correct"] as? Bool else { continue }
                let answer = (value["answer"] as? String).flatMap { $0.isEmpty ? nil : String($0.prefix(Self.maxAnswerLength)) }
                records[i] = Record(given: String(given.prefix(Self.maxAnswerLength)), answer: answer, correct: correct)
            }
        }
    }

    /// The longest answer text kept from saved progress.
    static let maxAnswerLength = 200
    /// The largest progress file read: a lesson's progress is a few hundred bytes.
    public static let maxProgressBytes = 64 << 10

    /// Where lessons' progress lives: XDG_STATE_HOME (or ~/.local/state)/campaign-sim/lessons.
    public static func progressFolder(environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { base = state }
        else if let home = environment["HOME"], !home.isEmpty { base = home + "/.local/state" }
        else { return nil }
        return base + "/campaign-sim/lessons"
    }

    /// The progress file of lesson `lessonID`: ID.json in `progressFolder(environment:)`.
    public static func progressPath(lessonID: String, environment: [String: String]) -> String? {
        progressFolder(environment: environment).map { $0 + "/\(lessonID).json" }
    }
}
