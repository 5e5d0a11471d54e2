import Foundation
import Testing
@testable import Lessons
@testable import ScenarioKit
import Localization

/// Every shipped lesson validates and plays through to the end: each predict step's answer is
/// computed by the simulator, each explore step's "show me" satisfies its own condition, and
/// each quiz has exactly one right answer (the loader refuses any other).
@Suite("Shipped lessons play through")
struct LessonPlayTests {
    @Test func thereAreAtLeastTenLessonsWithAFirstOneForEachGroup() {
        let lessons = LessonCatalog.builtins()
        #expect(lessons.count >= 10)
        for group in LessonAudience.allCases {
            #expect(lessons.contains { $0.firstFor == group }, "no first lesson for \(group)")
        }
        #expect(Set(lessons.map(\.id)).count == lessons.count)
        for lesson in lessons { #expect((5...15).contains(lesson.durationMinutes), "\(lesson.id)") }
    }

    @Test(arguments: BuiltinLessons.all.map(\.id))
    func playsThroughToTheEnd(id: String) throws {
        let lesson = try LessonLoader.load(yaml: BuiltinLessons.named(id)!.yaml, file: "\(id).yaml")
        #expect(lesson.id == id, "the id must match the file name")
        let evaluator = LessonEvaluator(scenario: lesson.scenario, threads: 2)
        var settings = LessonSettings()
        var kinds = Set<String>()
        for (i, step) in lesson.steps.enumerated() {
            settings = settings.merged(with: step.settings)
            kinds.insert(step.kind)
            switch step {
            case .predict(let p):
                let answer = evaluator.answer(p.answer, at: settings)
                switch answer {
                case .number(let value): #expect(value != nil, "\(id) step \(i + 1): no computed number")
                case .choice(let choice): #expect(p.answer.choices!.contains(choice), "\(id) step \(i + 1)")
                }
            case .explore(let e):
                let solved = settings.merged(with: e.solution)
                #expect(evaluator.holds(e.condition, at: solved), "\(id) step \(i + 1): show me does not satisfy the condition")
                #expect(!evaluator.holds(e.condition, at: settings), "\(id) step \(i + 1): the condition already holds before exploring")
            case .quiz(let q):
                #expect(q.choices.filter(\.correct).count == 1)
            case .explain:
                break
            }
        }
        #expect(kinds.contains("predict") && kinds.contains("quiz") || kinds.contains("explore"), "\(id): a lesson asks the room something")
        // The notes compute the same answers and print in both languages.
        for language in [Localization.Language.en, .de] {
            let notes = LessonNotes.markdown(lesson, language: language, evaluator: evaluator)
            #expect(notes.hasPrefix("# " + lesson.title.text(language)))
        }
    }

    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons")

    @Test func embeddedCopiesMatchTheFiles() throws {
        for entry in BuiltinLessons.all {
            let text = try String(contentsOf: Self.lessonsFolder.appendingPathComponent(entry.id + ".yaml"), encoding: .utf8)
            #expect(text == entry.yaml + "\n" || text == entry.yaml, "\(entry.id) is out of date: run scripts/embed-scenarios")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsFolder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltinLessons.all.map(\.id)), "every lesson is embedded: run scripts/embed-scenarios")
    }
}
