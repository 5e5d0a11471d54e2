import CampaignOutput
import Lessons
import Localization
import WorkshopRoom

/// What the room sees of the trainer's lesson: the step made public, its answer only once revealed.
enum RoomUpdate {
    /// The room's view of the lesson as `state` shows it.
    static func step(_ state: AppState) -> RoomStep {
        let l = state.language
        let language = l == .de ? "de" : "en"
        guard let session = state.lesson, let lesson = session.lesson, let current = session.current else { return .waiting(language: language) }
        let title = lesson.title.text(l)
        let count = lesson.steps.count
        if session.finished {
            return RoomStep(index: count, count: count, title: title, kind: .watch, question: loc("The lesson is over: thank you for taking part.", l), language: language)
        }
        let index = session.step
        switch current {
        case .explain, .explore:
            return RoomStep(index: index, count: count, title: title, kind: .watch, question: LessonNotes.kindName(current, l), language: language)
        case .predict(let p):
            let open = session.answer == nil && !session.revealing
            if let choices = p.answer.choices {
                var correct: Int?
                if case .choice(let right)? = session.answer { correct = choices.firstIndex(of: right) }
                return RoomStep(index: index, count: count, title: title, kind: .choice, question: p.question.text(l),
                                options: choices.map { LessonAnswerText.choice($0, l) }, open: open,
                                answer: correct.map { LessonAnswerText.choice(choices[$0], l) }, correct: correct, language: language)
            }
            var answer: String?, value: Double?
            if let a = session.answer {
                answer = LessonAnswerText.text(a, unit: p.unit, l)
                if case .number(let v?) = a { value = p.unit == .percent || p.unit == .rate ? v * 100 : v }
            }
            return RoomStep(index: index, count: count, title: title, kind: .number, question: p.question.text(l), unit: unit(p.unit),
                            range: range(p.unit), open: open, answer: answer, answerValue: value, language: language)
        case .quiz(let q):
            let revealed = session.chosen != nil
            let correct = revealed ? q.choices.firstIndex(where: \.correct) : nil
            return RoomStep(index: index, count: count, title: title, kind: .choice, question: q.question.text(l),
                            options: q.choices.map { $0.text.text(l) }, open: !revealed,
                            answer: correct.map { q.choices[$0].text.text(l) }, correct: correct, language: language)
        }
    }

    /// The unit beside a guess on the phone.
    static func unit(_ unit: LessonUnit) -> String {
        switch unit {
        case .percent, .rate: "%"
        case .euros: "€"
        case .count, .number: ""
        }
    }

    /// The guesses taken, in the unit as typed: wide enough for any honest guess, narrow enough
    /// that a joker's 10³⁰⁰ is refused.
    static func range(_ unit: LessonUnit) -> ClosedRange<Double> {
        switch unit {
        case .rate: 0...100
        case .percent: -100...10_000
        case .euros: -1e10...1e10
        case .count: 0...1e10
        case .number: -1e6...1e6
        }
    }
}
