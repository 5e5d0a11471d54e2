import Foundation
import Localization

/// A workshop room (issue 29): who has joined, what they answered, and the step the trainer shows.
///
/// Anonymous by design: a participant is a random token the room issued and a number in the order
/// of joining; no name, address or fingerprint is ever taken. Nothing here is written anywhere:
/// the room lives in memory and goes with the lesson, unless the trainer exports the debrief.
public struct Room: Sendable {
    /// The most participants a room takes.
    public static let maxParticipants = 500
    /// Requests a participant may send at once, and a second after that (the page polls every 2 s).
    static let burst = 20.0, perSecond = 4.0

    /// The code participants need to read or answer.
    public let code: String
    /// The step the trainer shows.
    public private(set) var step: RoomStep
    /// Grows with every change a trainer's screen would show (a join, an answer, a new step).
    public private(set) var version = 0

    private var participants: [String: Int] = [:]
    private var limits: [Int: TokenBucket] = [:]
    /// Answers by step index, then by participant.
    private var answers: [Int: [Int: RoomAnswer]] = [:]
    /// Each lesson step as it was last shown, for the debrief.
    private var shown: [Int: RoomStep] = [:]
    /// Wrong codes are limited for the whole room: guessing one of 31⁶ codes at 20 a second takes years.
    private var wrongCodes = TokenBucket(capacity: 100, rate: 20)
    /// A whole room may scan the code in the same minute: joins are limited only against a script.
    private var joins = TokenBucket(capacity: 500, rate: 50)

    /// A room with `code`, showing `step`.
    public init(code: String, step: RoomStep) {
        self.code = code
        self.step = step
        if step.index >= 0 { shown[step.index] = step }
    }

    /// Participants who have joined.
    public var joined: Int { participants.count }

    /// Checks a code sent with a request; wrong ones count against the room's limit.
    public mutating func admit(code typed: String?, now: Double) throws(RoomError) {
        let typed = typed.map { RoomCode.normalized(Substring($0)) } ?? ""
        // Compared in full, not up to the first difference.
        let same = typed.utf8.count == code.utf8.count && zip(typed.utf8, code.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        if same { return }
        throw wrongCodes.take(now: now) ? .wrongCode : .tooManyTries
    }

    /// Admits a new participant under `token` (random, from the server); their number in the room.
    public mutating func join(token: String, now: Double) throws(RoomError) -> Int {
        guard participants.count < Self.maxParticipants else { throw .roomFull }
        guard joins.take(now: now) else { throw .slowDown }
        let number = participants.count + 1
        participants[token] = number
        limits[number] = TokenBucket(capacity: Self.burst, rate: Self.perSecond, now: now)
        version += 1
        return number
    }

    /// The participant behind `token`, if the room knows it and it is within its rate.
    public mutating func participant(_ token: String?, now: Double) throws(RoomError) -> Int {
        guard let token, let number = participants[token] else { throw .unknownParticipant }
        guard limits[number]!.take(now: now) else { throw .slowDown }
        return number
    }

    /// Records `answer` of `participant` to step `index`; a second answer replaces the first.
    public mutating func answer(_ answer: RoomAnswer, step index: Int, by participant: Int) throws(RoomError) {
        guard index == step.index else { throw .notThisStep }
        guard step.open, step.kind != .watch else { throw .stepClosed }
        switch (answer, step.kind) {
        case (.number(let v), .number):
            guard v.isFinite, step.range.contains(v) else { throw .outOfRange(step.range) }
        case (.choice(let i), .choice):
            guard step.options.indices.contains(i) else { throw .noSuchOption }
        default:
            throw .malformed
        }
        answers[index, default: [:]][participant] = answer
        version += 1
    }

    /// What `participant` answered to the current step.
    public func answer(of participant: Int) -> RoomAnswer? { answers[step.index]?[participant] }

    /// Shows `step` from now on; answers to earlier steps are kept for the debrief.
    public mutating func show(_ step: RoomStep) {
        guard step != self.step else { return }
        self.step = step
        if step.index >= 0 { shown[step.index] = step }
        version += 1
    }

    /// The current step's answers, for the trainer's screen.
    public func tally() -> RoomTally {
        let given = answers[step.index] ?? [:]
        var values: [Double] = []
        var choices = [Int](repeating: 0, count: step.kind == .choice ? step.options.count : 0)
        for a in given.values {
            switch a {
            case .number(let v): values.append(v)
            case .choice(let i) where choices.indices.contains(i): choices[i] += 1
            case .choice: break
            }
        }
        return RoomTally(step: step.index, joined: participants.count, answered: given.count, values: values.sorted(), choices: choices)
    }

    /// The debrief (`--room-export`): one row per answer, by step and participant, with the step's
    /// question and computed answer. Participants appear as their number in the room, never a token.
    public func debriefCSV() -> String {
        var out = "step,kind,question,participant,answer,unit,computed_answer\n"
        for index in shown.keys.sorted() {
            guard let step = shown[index], step.kind != .watch else { continue }
            let computed = step.kind == .choice ? step.correct.map { step.options[$0] } ?? "" : step.answerValue.map(Self.plain) ?? ""
            let given = answers[index] ?? [:]
            if given.isEmpty {
                out += [String(index + 1), step.kind.rawValue, step.question, "", "", step.unit, computed].map(Self.csvField).joined(separator: ",") + "\n"
            }
            for participant in given.keys.sorted() {
                let text: String = switch given[participant]! {
                case .number(let v): Self.plain(v)
                case .choice(let i): step.options.indices.contains(i) ? step.options[i] : ""
                }
                out += [String(index + 1), step.kind.rawValue, step.question, String(participant), text, step.unit, computed].map(Self.csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// A number as a spreadsheet reads it: a point for decimals, no grouping.
    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    /// A CSV field, quoted where it must be (RFC 4180).
    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
