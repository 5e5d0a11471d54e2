import Foundation
import Lessons
import Localization
import Testing
@testable import CampaignApp
@testable import ScenarioKit
import TerminalKit

/// Workshop mode on screen: a lesson step, a reveal and presenter mode at 80×24 and 120×40 in
/// English and German, the keys of the lesson pane, and progress that resumes.
@Suite("Lesson screens", .serialized)
struct LessonScreenTests {
    static func lesson(_ id: String) -> Lesson { try! LessonCatalog.load(id) }

    /// The fixture app with `id` open at its first step, after `keys`.
    static func app(_ id: String, width: Int, height: Int, language: Language = .en, present: Bool = false, keys: [Key] = []) -> FixtureApp {
        var app = FixtureApp(width: width, height: height, language: language)
        app.state.lesson = LessonSession(lesson: lesson(id), present: present, progressFolder: nil)
        app.apply(LessonUpdate.enter(step: 0, &app.state, save: false))
        for key in keys { app.press(key) }
        return app
    }

    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: [Language.en, .de], LessonScreenTests.sizes)
    func aStepARevealAndPresenterMode(language: Language, size: (Int, Int)) throws {
        let suffix = "\(language == .de ? "de-" : "")\(size.0)x\(size.1)"
        let step = Self.app("consent-buys-personalisation", width: size.0, height: size.1, language: language)
        try Harness.assertSnapshot(AppView.render(step.state), named: "lesson-explain-\(suffix)")
        let reveal = Self.app("consent-buys-personalisation", width: size.0, height: size.1, language: language,
                              keys: [.enter, .character("2"), .character("5"), .enter])
        #expect(reveal.state.lesson?.answer == .number(0.216))
        try Harness.assertSnapshot(AppView.render(reveal.state), named: "lesson-reveal-\(suffix)")
        let present = Self.app("consent-buys-personalisation", width: size.0, height: size.1, language: language, present: true,
                               keys: [.enter, .character("2"), .character("5"), .enter])
        try Harness.assertSnapshot(AppView.render(present.state), named: "lesson-present-\(suffix)")
        for app in [step, reveal, present] {
            let found = LayoutCutTests.problems(AppView.render(app.state))
            #expect(found.isEmpty, "\(suffix): \(found)")
        }
    }

    /// Every shipped lesson from its first step to its last through the app's update, as the keys
    /// drive it: each predict revealed, each explore's "show me" applied, each quiz answered right.
    @Test(arguments: BuiltinLessons.all.map(\.id))
    func everyLessonPlaysThroughTheApp(id: String) {
        var app = Self.app(id, width: 120, height: 40)
        let lesson = Self.lesson(id)
        for (i, step) in lesson.steps.enumerated() {
            #expect(app.state.lesson?.step == i)
            switch step {
            case .predict:
                app.press(.character("1"), .enter)
                #expect(app.state.lesson?.answer != nil && app.state.lesson?.records[i] != nil, "\(id) step \(i + 1)")
            case .explore(let e):
                for _ in e.hints { app.press(.character("h")) }
                #expect(app.state.lesson?.hintsShown == e.hints.count)
                app.press(.character("s"))
                if let consent = e.solution.consent { #expect(app.state.parameters.consentRate == consent) }
            case .quiz(let q):
                app.press(.character(Character(String(q.choices.firstIndex(where: \.correct)! + 1))))
                #expect(app.state.lesson?.records[i]?.correct == true, "\(id) step \(i + 1)")
            case .explain:
                break
            }
            #expect(LayoutCutTests.problems(AppView.render(app.state)).isEmpty, "\(id) step \(i + 1)")
            app.press(.enter)
        }
        // Past the last step comes the wrap-up (issue 30): score, numbers, discussion, and the keys.
        #expect(app.state.lesson?.step == lesson.steps.count - 1 && app.state.lesson?.finished == true)
        let quizzes = lesson.steps.filter { $0.kind == "quiz" }.count
        #expect((app.state.lesson?.score.right ?? 0) >= quizzes)
        let wrapUp = AppView.render(app.state)
        #expect(wrapUp.lines.joined().contains("Wrap-up") && LayoutCutTests.problems(wrapUp).isEmpty, "\(id)")
        // Reopened, a finished lesson lands on its wrap-up; r starts it again for a new group.
        let json = app.state.lesson!.progressJSON()
        var reopened = LessonSession(lesson: lesson, present: false, progressFolder: nil)
        reopened.restore(fromJSON: json)
        #expect(reopened.finished)
        app.press(.character("r"))
        #expect(app.state.lesson?.step == 0 && app.state.lesson?.finished == false && app.state.lesson?.records.isEmpty == true)
    }

    /// An explain step can point the room at a dashboard panel.
    @Test func anExplainStepSetsThePanel() {
        let small = Self.app("pseudonymised-still-personal", width: 80, height: 24)
        #expect(small.state.focus == .tradeoff && small.state.showTradeoff)
        let large = Self.app("pseudonymised-still-personal", width: 160, height: 50)
        #expect(large.state.focus == .tradeoff && !large.state.showTradeoff)
        let table = Self.app("consent-buys-personalisation", width: 80, height: 24)
        #expect(table.state.focus == .table)
    }

    /// The picker shows each lesson's saved progress; n starts one fresh for a new group (issue 30).
    @Test func thePickerShowsProgressAndStartsFresh() throws {
        let lessons = LessonCatalog.builtins()
        var saved = LessonSession(lesson: lessons[0], present: false, progressFolder: nil)
        saved.step = lessons[0].steps.count - 1
        saved.finished = true
        saved.records[1] = .init(given: "1", answer: "2", correct: true)
        var app = FixtureApp(width: 100, height: 30)
        app.state.lesson = LessonSession(lesson: nil, picker: lessons, present: false, progressFolder: nil)
        app.state.lesson?.saved[lessons[0].id] = saved.progressJSON()
        let text = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(text.contains("done, 1 of"), "\(text)")
        app.press(.character("n"))
        #expect(app.state.lesson?.lesson?.id == lessons[0].id && app.state.lesson?.finished == false && app.state.lesson?.records.isEmpty == true)
    }

    @Test func thePickerMarksTheFirstLessonOfEachGroup() throws {
        var app = FixtureApp(width: 80, height: 24)
        app.state.lesson = LessonSession(lesson: nil, picker: LessonCatalog.builtins(), present: false, progressFolder: nil)
        let text = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(text.contains("a good first lesson for marketers"))
        try Harness.assertSnapshot(AppView.render(app.state), named: "lesson-picker-80x24")
        app.press(.down, .enter)
        #expect(app.state.lesson?.lesson?.id == LessonCatalog.builtins()[1].id)
        #expect(app.state.snapshot != nil)
    }

    /// With more lessons than rows the list scrolls: the selected one is always on screen.
    @Test func thePickerScrollsToTheSelectedLesson() {
        var app = FixtureApp(width: 80, height: 24)
        let lessons = LessonCatalog.builtins()
        app.state.lesson = LessonSession(lesson: nil, picker: lessons, present: false, progressFolder: nil)
        for _ in 1..<lessons.count { app.press(.down) }
        let text = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(text.contains(String(lessons.last!.title.text(.en).prefix(30))), "\(text)")
        #expect(!text.contains(lessons[0].title.text(.en)))
    }

    /// Goal checks read as true statements, met or not (issue 30): never "✗ 0.63 > 1.00".
    @Test func goalChecksReadAsTrueStatements() {
        var app = Self.app("differential-privacy-price", width: 120, height: 40)
        app.apply(LessonUpdate.enter(step: 2, &app.state))
        let text = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(text.contains("Segment: ") && (text.contains(", above ") || text.contains(", not yet above ")), "\(text)")
        #expect(!text.contains(" > ") && !text.contains(" < "))
    }

    /// "Open the parameters (p)" works where the lesson is shown, also below 120 columns, and ←
    /// then changes the parameter instead of walking the lesson back (issue 30).
    @Test func aScreenKeyTheLessonAsksForReachesTheScreen() {
        var app = Self.app("segments-and-k", width: 80, height: 24)
        app.apply(LessonUpdate.enter(step: 1, &app.state))
        app.press(.character("4"))
        app.press(.character("p"))
        #expect(app.state.screen == .parameters && app.state.lesson?.lessonHasFocus == false)
        let before = app.state.parameters
        app.press(.down, .right)
        #expect(app.state.parameters != before && app.state.lesson?.step == 1)
        app.press(.tab)
        #expect(app.state.lesson?.lessonHasFocus == true && app.state.lesson?.guess == "4")
    }

    @Test func theLessonPaneTakesItsKeys() {
        var app = Self.app("consent-buys-personalisation", width: 80, height: 24)
        #expect(app.state.lesson?.step == 0 && app.state.parameters.consentRate == 0.4)
        app.press(.right)
        #expect(app.state.lesson?.step == 1)
        // A presentation clicker's PgUp and PgDn move between steps too (issue 30).
        app.press(.pageUp)
        #expect(app.state.lesson?.step == 0)
        app.press(.pageDown)
        #expect(app.state.lesson?.step == 1)
        // Enter without a guess reveals nothing and says what to do.
        app.press(.enter)
        #expect(app.state.lesson?.answer == nil && app.state.status != nil)
        app.press(.character("1"), .character("9"), .backspace, .character("8"), .enter)
        #expect(app.state.lesson?.records[1]?.given == "18.0 %")
        #expect(app.state.lesson?.records[1]?.correct == true)
        app.press(.enter, .enter)  // past the crossover question's reveal too
        app.press(.character("5"), .enter)
        app.press(.enter)
        #expect(app.state.lesson?.step == 3)
        // Explore: hints one at a time, then show me applies the solution's consent rate.
        app.press(.character("h"), .character("h"), .character("h"))
        #expect(app.state.lesson?.hintsShown == 2)
        app.press(.character("s"))
        #expect(app.state.parameters.consentRate == 0.2)
        // Tab hands the keyboard to the dashboard: → moves consent, not the step.
        app.press(.tab, .right)
        #expect(app.state.lesson?.step == 3 && app.state.parameters.consentRate == 0.21)
        app.press(.tab, .left)
        #expect(app.state.lesson?.step == 2)
        // q asks first; anything but y stays.
        app.press(.character("q"))
        #expect(app.state.lesson?.confirmingLeave == true && !app.state.quitRequested)
        app.press(.character("n"))
        #expect(app.state.lesson?.confirmingLeave == false && !app.state.quitRequested)
        app.press(.character("q"), .character("y"))
        #expect(app.state.quitRequested)
    }

    @Test func aQuizAnswersAtOnceWithItsCitation() {
        var app = Self.app("minors-dsa", width: 120, height: 40)
        app.press(.right)
        app.press(.character("1"), .enter, .enter)
        app.press(.character("1"), .enter, .enter)
        #expect(app.state.lesson?.current?.kind == "quiz")
        app.press(.character("2"))
        let text = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(app.state.lesson?.records[3]?.correct == false)
        // The wrong choice's citation, and the right answer: the GDPR binds every business, the DSA platforms' ads.
        #expect(text.contains("DSA Art. 28(2)"))
        // The right choice is marked ✓ in the list; its feedback follows once, its text not repeated (issue 30).
        #expect(text.contains("✓  The GDPR") && !text.contains("Right: "))
        // A second key does not change the answer given.
        app.press(.character("1"))
        #expect(app.state.lesson?.records[3]?.correct == false)
    }

    /// A forged progress file of 200,000 records keeps only this lesson's steps, with short texts.
    @Test func forgedProgressKeepsOnlyTheLessonsSteps() throws {
        let lesson = Self.lesson("retention-and-withdrawal")
        var records: [String: Any] = [:]
        for i in 0..<200_000 { records[String(i)] = ["given": String(repeating: "x", count: i == 1 ? 10_000 : 3), "answer": "", "correct": true] }
        let data = try JSONSerialization.data(withJSONObject: ["lesson": lesson.id, "step": 1, "records": records] as [String: Any])
        var session = LessonSession(lesson: lesson, present: false, progressFolder: nil)
        session.restore(fromJSON: String(decoding: data, as: UTF8.self))
        #expect(session.step == 1 && session.records.count <= lesson.steps.count)
        #expect(session.records.keys.allSatisfy { lesson.steps.indices.contains($0) } && (session.records[1]?.given.count ?? 0) <= 200)
        #expect(session.progressJSON().utf8.count < 4_096)
    }

    @Test func progressIsSavedAndResumes() {
        var session = LessonSession(lesson: Self.lesson("retention-and-withdrawal"), present: false, progressFolder: "/tmp")
        session.step = 2
        session.records[1] = .init(given: "0.9", answer: "0.994", correct: true)
        let json = session.progressJSON()
        var resumed = LessonSession(lesson: Self.lesson("retention-and-withdrawal"), present: false, progressFolder: nil)
        resumed.restore(fromJSON: json)
        #expect(resumed.step == 2 && resumed.records[1] == session.records[1])
        var other = LessonSession(lesson: Self.lesson("minors-dsa"), present: false, progressFolder: nil)
        other.restore(fromJSON: json)
        #expect(other.step == 0 && other.records.isEmpty)
        #expect(LessonSession.progressPath(lessonID: "a", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/campaign-sim/lessons/a.json")
        #expect(LessonSession.progressPath(lessonID: "a", environment: ["HOME": "/h"]) == "/h/.local/state/campaign-sim/lessons/a.json")
        // Moving to a step asks to save, atomically through the app's file system.
        var app = Self.app("minors-dsa", width: 80, height: 24)
        app.state.lesson?.progressFolder = "/tmp"
        let effects = LessonUpdate.enter(step: 1, &app.state)
        #expect(effects.contains { if case .saveProgress(let path, let contents) = $0 { path == "/tmp/minors-dsa.json" && contents.contains("\"step\":1") } else { false } })
    }
}
