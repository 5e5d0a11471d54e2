import TerminalKit
import Foundation
import Lessons
import Localization
import ScenarioKit

/// Workshop mode's part of the update: the lesson pane's keys, moving between steps (each
/// applies its settings and screen), reveals, hints and "show me" (issue 18).
enum LessonUpdate {
    /// Handles `key` when the lesson pane has it; nil hands the key to the screen under the lesson.
    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect]? {
        guard let session = state.lesson else { return nil }
        if session.confirmingLeave {
            state.lesson?.confirmingLeave = false
            if KeyTable.action(for: key, in: .lessonConfirm) == .confirm {
                state.quitRequested = true
                return [.quit]
            }
            return []
        }
        guard let lesson = session.lesson else { return picker(key, &state) }
        let action = KeyTable.action(for: key, in: .lesson)
        if action == .toggleLessonFocus {
            state.lesson?.lessonHasFocus.toggle()
            return []
        }
        if action == .room { return room(&state) }
        if let room = session.room, room.showJoin {
            // Any other key puts the join screen away and does what it says.
            state.lesson?.room?.showJoin = false
        }
        guard session.lessonHasFocus else { return nil }
        let step = lesson.steps[session.step]
        switch action {
        case .leaveLesson:
            state.lesson?.confirmingLeave = true
            return []
        case .previousStep:
            if session.finished {
                // Back from the wrap-up to the last step, as it was left.
                state.lesson?.finished = false
                return save(&state)
            }
            return session.step > 0 ? enter(step: session.step - 1, &state) : []
        case .nextStep:
            if session.finished { return [] }
            if case .predict(let p) = step, session.answer == nil {
                return reveal(p, &state)
            }
            if case .quiz = step, session.chosen == nil, let room = session.room {
                // The room answered: its most chosen option is the room's answer, then ✓ marks the right one.
                guard let top = room.tally.mostChosen, room.tally.step == session.step else {
                    state.status = loc("No answers from the room yet: wait, or press a number to answer for the room", state.language)
                    return []
                }
                return typed(Character(String(top + 1)), step, &state)
            }
            guard session.step + 1 < lesson.steps.count else {
                // After the last step: the wrap-up.
                let effects = leave(&state)
                state.lesson?.finished = true
                return effects + save(&state)
            }
            return leave(&state) + enter(step: session.step + 1, &state)
        case .restartLesson:
            guard session.finished else { return [] }
            state.lesson?.records = [:]
            state.lesson?.finished = false
            return enter(step: 0, &state)
        case .showHint:
            if case .explore(let e) = step { state.lesson?.hintsShown = min(e.hints.count, session.hintsShown + 1) }
            return []
        case .showSolution:
            guard case .explore(let e) = step else { return [] }
            state.status = loc("Shown: %1", state.language, LessonAnswerText.settings(e.solution, state.language))
            return apply(e.solution, &state)
        case .eraseGuess:
            if !session.guess.isEmpty { state.lesson?.guess.removeLast() }
            return []
        case .roomSpread:
            guard session.room != nil else {
                state.status = loc("No room is open: R opens one", state.language)
                return []
            }
            state.lesson?.room?.showSpread.toggle()
            return []
        default:
            // The global keys the lesson does not bind itself (help, Ctrl-C) work here too.
            if KeyTable.action(for: key, in: .global) != nil { return nil }
            // A screen's key that is not the lesson's own and types nothing ("open the parameters
            // (p)", as a step may ask) goes to the screen under the lesson, with the keyboard:
            // below 120 columns the screen then shows, and Tab brings the lesson back, guess kept.
            let typesAGuess: Bool = if case .character(let c) = key { c.isNumber || c == "." || c == "," || c == "-" } else { false }
            if !typesAGuess, let screenAction = KeyTable.action(for: key, in: state.screen.keyContext), screenAction != .back {
                state.lesson?.lessonHasFocus = false
                state.status = loc("Tab: back to the lesson", state.language)
                return nil
            }
            // Digits (and a decimal point) type a guess or choose an answer.
            if case .character(let c) = key { return typed(c, step, &state) }
            return []
        }
    }

    /// Digits choose (1–9) or type a numeric guess; a quiz answers at once.
    private static func typed(_ c: Character, _ step: LessonStep, _ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson else { return [] }
        switch step {
        case .predict(let p) where session.answer == nil:
            if let choices = p.answer.choices {
                if let n = c.wholeNumberValue, (1...choices.count).contains(n) { state.lesson?.chosen = n - 1 }
            } else if c.isNumber || c == "." || c == "," || (c == "-" && session.guess.isEmpty), session.guess.count < 12 {
                state.lesson?.guess.append(c)
            }
        case .quiz(let q) where session.chosen == nil:
            guard let n = c.wholeNumberValue, (1...q.choices.count).contains(n) else { return [] }
            state.lesson?.chosen = n - 1
            let choice = q.choices[n - 1]
            state.lesson?.records[session.step] = .init(given: choice.text.text(state.language), answer: nil, correct: choice.correct)
            return save(&state)
        default:
            break
        }
        return []
    }

    /// Asks the simulator for the answer; the pane shows "computing…" until it lands.
    private static func reveal(_ p: LessonStep.Predict, _ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson, let lesson = session.lesson, !session.revealing else { return [] }
        // With a room open, the room's answers are enough: the trainer need not guess too.
        let roomAnswered = session.room.map { $0.tally.step == session.step && $0.tally.answered > 0 } ?? false
        if p.answer.choices != nil && session.chosen == nil && !roomAnswered {
            state.status = loc("Choose an answer with its number first", state.language)
            return []
        }
        if p.answer.choices == nil && guessValue(session.guess) == nil && !roomAnswered {
            state.status = loc("Type your guess first, then Enter", state.language)
            return []
        }
        state.lesson?.revealing = true
        return [.lessonAnswer(p.answer, scenario: lesson.scenario, settings: session.settings(upTo: session.step), step: session.step)]
    }

    /// The answer arrived: record the guess against it and show how far off it was.
    static func revealed(_ answer: LessonAnswer, _ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson, case .predict(let p)? = session.current else { return [] }
        let l = state.language
        state.lesson?.revealing = false
        state.lesson?.answer = answer
        state.lesson?.room?.showSpread = true
        var given = "", correct = false
        switch answer {
        case .choice(let right):
            let choices = p.answer.choices ?? []
            // The trainer's choice, else the room's most chosen one.
            let pick = session.chosen ?? session.room.flatMap { $0.tally.step == session.step ? $0.tally.mostChosen : nil }
            let picked = pick.flatMap { choices.indices.contains($0) ? choices[$0] : nil }
            given = picked.map { LessonAnswerText.choice($0, l) } ?? "—"
            correct = picked == right
        case .number(let value):
            // The trainer's guess, else the room's median guess.
            let roomMedian = session.room.flatMap { $0.tally.step == session.step ? $0.tally.median : nil }
            let guess = (guessValue(session.guess) ?? roomMedian).map { LessonAnswerText.guessValue($0, unit: p.unit) }
            given = guess.map { LessonAnswerText.number($0, unit: p.unit, l) } ?? "—"
            if let guess, let value { correct = isClose(guess, value, unit: p.unit) }
        }
        state.lesson?.records[session.step] = .init(given: given, answer: LessonAnswerText.text(answer, unit: p.unit, l), correct: correct)
        return save(&state)
    }

    /// A guess counts as right within a fifth of the answer, or 2 points for a percentage.
    static func isClose(_ guess: Double, _ answer: Double, unit: LessonUnit) -> Bool {
        let slack = max(0.2 * abs(answer), unit == .percent || unit == .rate ? 0.02 : 0)
        return abs(guess - answer) <= slack
    }

    /// The typed guess as a number ("12,5" reads as 12.5).
    static func guessValue(_ text: String) -> Double? { Double(text.replacingOccurrences(of: ",", with: ".")) }

    /// Records an explore step's condition as it stands when the room moves on.
    private static func leave(_ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson, case .explore(let e)? = session.current, let result = state.snapshot?.current else { return [] }
        let met = e.condition.allSatisfy { $0.holds(in: result) }
        state.lesson?.records[session.step] = .init(given: met ? "✓" : "✗", answer: nil, correct: met)
        return []
    }

    /// Opens step `index`: its settings (on top of every earlier step's), its screen, a clean pane.
    static func enter(step index: Int, _ state: inout AppState, save shouldSave: Bool = true) -> [AppEffect] {
        guard let lesson = state.lesson?.lesson, lesson.steps.indices.contains(index) else { return [] }
        state.lesson?.step = index
        state.lesson?.guess = ""
        state.lesson?.chosen = nil
        state.lesson?.answer = nil
        state.lesson?.revealing = false
        state.lesson?.hintsShown = 0
        state.lesson?.room?.showSpread = false
        let step = lesson.steps[index]
        if let screen = step.screen { state.screen = Screen(screen) }
        if case .explain(let e) = step, let panel = e.panel {
            // The trade-off view alone, or the charts with it where the screen has room for both.
            state.showTradeoff = panel == .tradeoff && !state.showsAllPanels
            state.focus = panel == .table ? .table : panel == .charts ? .charts : .tradeoff
        }
        let effects = apply(state.lesson!.settings(upTo: index), &state)
        return effects + (shouldSave ? save(&state) : [])
    }

    /// Turns the dials to `settings`; a recompute follows when a figure can change.
    private static func apply(_ settings: LessonSettings, _ state: inout AppState) -> [AppEffect] {
        var p = state.parameters
        for (dial, value) in settings.values { p[dial] = value }
        if let s = settings.strategy, let lesson = state.lesson?.lesson, let i = lesson.scenario.strategies.firstIndex(of: s) {
            state.selectedStrategy = i
        }
        guard p != state.parameters else { return [] }
        state.parameters = p
        return state.snapshot == nil && state.computing ? [] : AppUpdate.recompute(&state)
    }

    /// R: opens the room, or shows and hides its join screen.
    private static func room(_ state: inout AppState) -> [AppEffect] {
        guard state.lesson?.room != nil else { return [.openRoom] }
        state.lesson?.room?.showJoin.toggle()
        return []
    }

    /// Saves progress when the session has somewhere to save it.
    private static func save(_ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson, let path = session.progressPath else { return [] }
        return [.saveProgress(path: path, contents: session.progressJSON())]
    }

    /// The lesson picker: ↑↓ choose, Enter opens (its scenario builds first), q quits.
    private static func picker(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard let session = state.lesson else { return [] }
        switch KeyTable.action(for: key, in: .lessonPicker) {
        case .room: return room(&state)
        case .previousLesson: state.lesson?.pickerIndex = max(0, session.pickerIndex - 1)
        case .nextLesson: state.lesson?.pickerIndex = min(session.picker.count - 1, session.pickerIndex + 1)
        case .quitLessons:
            state.quitRequested = true
            return [.quit]
        case .startLesson, .startLessonFresh:
            guard session.picker.indices.contains(session.pickerIndex) else { return [] }
            let lesson = session.picker[session.pickerIndex]
            state.lesson?.lesson = lesson
            state.lesson?.step = 0
            state.lesson?.records = [:]
            state.lesson?.finished = false
            if KeyTable.action(for: key, in: .lessonPicker) == .startLesson, let text = session.saved[lesson.id] {
                state.lesson?.restore(fromJSON: text)
            }
            state.generation += 1
            state.computing = true
            state.snapshot = nil
            return [.openLessonScenario(lesson.scenario, source: lesson.scenarioSource, generation: state.generation)]
        default:
            break
        }
        return []
    }
}

extension Screen {
    /// The app screen a lesson step names.
    init(_ screen: LessonScreen) {
        switch screen {
        case .dashboard: self = .dashboard
        case .timeline: self = .timeline
        case .obligations: self = .obligations
        case .parameters: self = .parameters
        }
    }
}
