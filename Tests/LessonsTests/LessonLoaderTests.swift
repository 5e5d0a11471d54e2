import Foundation
import Testing
@testable import Lessons
@testable import ScenarioKit

/// Lesson files are validated like scenarios: every problem with file, line, column and key
/// path, did-you-mean hints, hostile YAML refused, and no lesson without its German.
@Suite("Lesson files")
struct LessonLoaderTests {
    static let good = """
        id: tiny
        title: {en: "Tiny", de: "Winzig"}
        duration_minutes: 5
        scenario: fashion-welcome
        customers: 2000
        steps:
          - explain: {text: {en: "Hello", de: "Hallo"}, set: {consent: 0.3}}
          - quiz:
              question: {en: "Q", de: "F"}
              choices:
                - {text: {en: "a", de: "a"}, correct: true, feedback: {en: "yes", de: "ja"}, cites: gdpr-6-1-a}
                - {text: {en: "b", de: "b"}, feedback: {en: "no", de: "nein"}}
        """

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do { _ = try LessonLoader.load(yaml: yaml, file: "l.yaml"); return [] } catch { return error.diagnostics }
    }

    @Test func aSmallLessonLoads() throws {
        let lesson = try LessonLoader.load(yaml: Self.good, file: "l.yaml")
        #expect(lesson.id == "tiny" && lesson.steps.count == 2 && lesson.scenario.totalCustomers == 2000)
        #expect(lesson.steps[0].settings.consent == 0.3)
        #expect(LessonLoader.isLesson(Self.good))
        #expect(!LessonLoader.isLesson(BuiltinScenarios.defaultScenario.yaml))
    }

    @Test func aMissingGermanTextIsAnError() {
        let found = Self.diagnostics(Self.good.replacingOccurrences(of: #"{en: "Hello", de: "Hallo"}"#, with: #"{en: "Hello"}"#))
        #expect(found.count == 1)
        #expect(found.first?.path == "steps[0].explain.text.de" && found.first?.line == 7)
    }

    @Test func unknownNamesGetTheirPlaceAndANearName() {
        let broken = Self.good.replacingOccurrences(of: "cites: gdpr-6-1-a", with: "cites: gdpr-6-1-q")
            .replacingOccurrences(of: "set: {consent: 0.3}", with: "set: {consnet: 0.3}")
        let found = Self.diagnostics(broken)
        #expect(found.contains { $0.path == "steps[1].quiz.choices[0].cites" && $0.message.contains("gdpr-6-1-a") })
        #expect(found.contains { $0.path == "steps[0].explain.set.consnet" && $0.message.contains("consent") && $0.line == 7 })
    }

    @Test func aQuizNeedsExactlyOneRightAnswer() {
        let two = Self.diagnostics(Self.good.replacingOccurrences(of: #"feedback: {en: "no", de: "nein"}"#, with: #"correct: true, feedback: {en: "no", de: "nein"}"#))
        #expect(two.contains { $0.path == "steps[1].quiz.choices" && $0.message.contains("exactly one") })
    }

    @Test func computedAnswersAndConditionsUseTheVocabulary() {
        let predict = Self.good + """

              - predict:
                  question: {en: "Q", de: "F"}
                  answer: {crossover: profit, strategies: [segment, broadcast]}
                  explanation: {en: "E", de: "E"}
              - explore:
                  task: {en: "T", de: "T"}
                  condition: [{figure: exposure_index, strategy: segment, under: 3}]
                  hints: [{en: "h", de: "h"}]
                  solution: {k: 5}
                  explanation: {en: "e", de: "e"}
            """
        let found = Self.diagnostics(predict)
        #expect(found.contains { $0.path == "steps[2].predict.answer.crossover" && $0.message.contains("profit_eur") })
        #expect(found.contains { $0.path.hasPrefix("steps[3].explore.condition[0]") && $0.message.contains("under") })
    }

    @Test func hostileFilesAreRefusedLikeHostileScenarios() {
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nsteps: [*c, *c]\n"
        #expect(!Self.diagnostics(bomb).isEmpty)
        #expect(!Self.diagnostics(String(repeating: "[", count: 5000)).isEmpty)
        #expect(!Self.diagnostics("steps: [\u{0}]").isEmpty)
        #expect(!Self.diagnostics("").isEmpty)
        #expect(Self.diagnostics("steps: [1, 2]\n").contains { $0.path == "id" })
    }

    @Test func aScenarioFileBesideTheLessonIsFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try BuiltinScenarios.named("bike-shop-sme")!.yaml.write(to: folder.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
        let text = Self.good.replacingOccurrences(of: "scenario: fashion-welcome", with: "scenario: {file: shop.yaml}")
        let lesson = try LessonLoader.load(yaml: text, file: folder.appendingPathComponent("l.yaml").path)
        #expect(lesson.scenario.name.contains("bike") || lesson.scenario.name.contains("Bike"))
        let missing = Self.diagnostics(text.replacingOccurrences(of: "shop.yaml", with: "nope.yaml"))
        #expect(missing.contains { $0.path == "scenario.file" })
    }
}
