import Foundation
import Lessons
import Localization
import Testing
@testable import CampaignApp
import TerminalKit
import WorkshopRoom

/// The workshop room on the trainer's screen (issue 29): the join screen, the room's count, its
/// spread before the reveal and the answer marked in it, a quiz's choices counted, and what the
/// room may see of each step, at 80×24 and 120×40 in English and German.
@Suite("Room screens", .serialized)
struct RoomScreenTests {
    static func text(_ app: FixtureApp) -> String {
        let b = AppView.render(app.state)
        return (0..<b.height).map { y in String((0..<b.width).map { b[$0, y].character }) }.joined(separator: "\n")
    }

    @Test(arguments: [Language.en, .de], [(80, 24), (120, 40)])
    func theJoinScreenTheSpreadAndTheReveal(language: Language, size: (Int, Int)) throws {
        var app = LessonScreenTests.app("consent-buys-personalisation", width: size.0, height: size.1, language: language, keys: [.character("R")])
        let join = Self.text(app)
        #expect(join.contains("K7M2QX") && join.contains("http://192.0.2.10:8470/"))
        // The QR code is drawn whole (half blocks) at 80×24.
        let qrRows = join.split(separator: "\n").filter { $0.contains("▀") || $0.contains("▄") }.count
        #expect(qrRows >= (QRCode("http://192.0.2.10:8470/#K7M2QX")!.size + 4) / 2 - 1, "\(join)")
        app.press(.character("R"), .enter)
        #expect(app.state.lesson?.step == 1)
        // The room is shown the predict step, open, without its answer.
        let open = RoomUpdate.step(app.state)
        #expect(open.kind == .number && open.open && open.answer == nil && open.unit == "%")
        app.run(.roomTally(RoomTally(step: 1, joined: 30, answered: 3, values: [10, 20, 40])))
        // (A narrow pane wraps these lines, so only their first words are looked for.)
        #expect(Self.text(app).contains(language == .de ? "Raum K7M2QX · 30 beigetreten" : "Room K7M2QX · 30 joined"))
        #expect(!Self.text(app).contains("█ 1"))
        app.press(.character("g"))
        let spread = Self.text(app)
        #expect(spread.contains(language == .de ? "Die Schätzungen des Raums (3," : "The room's guesses (3,"), "\(spread)")
        #expect(spread.matches(of: /█+ 1(?= )/).count == 3, "\(spread)")
        // Enter reveals without a guess of the trainer's: the room's median is the room's answer.
        app.press(.enter)
        let revealed = Self.text(app)
        #expect(revealed.contains(language == .de ? "◀ Antwort" : "◀ answer"), "\(revealed)")
        #expect(app.state.lesson?.records[1]?.given == (language == .de ? "20,0 %" : "20.0 %"))
        let closed = RoomUpdate.step(app.state)
        #expect(!closed.open && closed.answer != nil && closed.answerValue == 21.6)
        for problem in LayoutCutTests.problems(AppView.render(app.state)) { Issue.record("\(size): \(problem)") }
    }

    @Test func aQuizShowsTheRoomsChoicesAndEnterMarksTheRoomsAnswer() throws {
        let lesson = LessonScreenTests.lesson("consent-buys-personalisation")
        let quiz = try #require(lesson.steps.firstIndex { if case .quiz = $0 { true } else { false } })
        var app = LessonScreenTests.app("consent-buys-personalisation", width: 80, height: 24, keys: [.character("R"), .character("R")])
        app.apply(LessonUpdate.enter(step: quiz, &app.state, save: false))
        let step = RoomUpdate.step(app.state)
        #expect(step.kind == .choice && step.open && step.correct == nil)
        app.press(.enter)
        #expect(app.state.lesson?.chosen == nil, "no answers yet: Enter waits")
        var counts = [Int](repeating: 0, count: step.options.count)
        counts[0] = 7
        counts[1] = 12
        app.run(.roomTally(RoomTally(step: quiz, joined: 19, answered: 19, choices: counts)))
        let screen = Self.text(app)
        #expect(screen.contains("█ 7") && screen.contains("█ 12"), "\(screen)")
        app.press(.enter)
        #expect(app.state.lesson?.chosen == 1)
        let marked = RoomUpdate.step(app.state)
        #expect(!marked.open && marked.correct != nil)
    }

    @Test func withoutALessonTheRoomWaits() {
        let app = FixtureApp(width: 80, height: 24)
        #expect(RoomUpdate.step(app.state) == .waiting(language: "en"))
    }
}
