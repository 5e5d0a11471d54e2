import Foundation
import Localization
import Testing
@testable import WorkshopRoom

/// The room's rules without a network: joining, answering, limits, the debrief.
@Suite struct RoomTests {
    static func predict(open: Bool = true, index: Int = 2) -> RoomStep {
        RoomStep(index: index, count: 5, title: "Lesson", kind: .number, question: "How many?", unit: "%", range: 0...100, open: open, language: "en")
    }
    static func quiz(open: Bool = true) -> RoomStep {
        RoomStep(index: 3, count: 5, title: "Lesson", kind: .choice, question: "Which?", options: ["A, with a comma", "B \"quoted\""], open: open, language: "en")
    }

    @Test func aParticipantJoinsAnswersAndMayChangeTheAnswer() throws {
        var room = Room(code: "ABC234", step: Self.predict())
        try room.admit(code: "abc 234", now: 0)
        let p = try room.join(token: "t1", now: 0)
        #expect(p == 1)
        #expect(try room.participant("t1", now: 0) == 1)
        try room.answer(.number(25), step: 2, by: p)
        try room.answer(.number(30), step: 2, by: p)
        let tally = room.tally()
        #expect(tally.joined == 1 && tally.answered == 1 && tally.values == [30])
    }

    @Test func everyInvalidAnswerIsRefusedWithItsReason() throws {
        var room = Room(code: "ABC234", step: Self.predict())
        let p = try room.join(token: "t", now: 0)
        #expect(throws: RoomError.outOfRange(0...100)) { try room.answer(.number(101), step: 2, by: p) }
        #expect(throws: RoomError.outOfRange(0...100)) { try room.answer(.number(.nan), step: 2, by: p) }
        #expect(throws: RoomError.notThisStep) { try room.answer(.number(5), step: 1, by: p) }
        #expect(throws: RoomError.malformed) { try room.answer(.choice(0), step: 2, by: p) }
        room.show(Self.quiz())
        #expect(throws: RoomError.noSuchOption) { try room.answer(.choice(2), step: 3, by: p) }
        #expect(throws: RoomError.noSuchOption) { try room.answer(.choice(-1), step: 3, by: p) }
        try room.answer(.choice(1), step: 3, by: p)
        var closed = Self.quiz(open: false)
        closed.correct = 0
        room.show(closed)
        #expect(throws: RoomError.stepClosed) { try room.answer(.choice(0), step: 3, by: p) }
        #expect(room.tally().choices == [0, 1])
    }

    @Test func wrongCodesAreLimitedForTheWholeRoom() {
        var room = Room(code: "ABC234", step: Self.predict())
        var refused = 0, limited = 0
        for _ in 0..<150 {
            do { try room.admit(code: "ZZZZZZ", now: 0) } catch RoomError.wrongCode { refused += 1 } catch { limited += 1 }
        }
        #expect(refused == 100 && limited == 50)
        // The right code is always let in, even while wrong ones are held back.
        #expect((try? room.admit(code: "ABC234", now: 0)) != nil)
        #expect(throws: RoomError.wrongCode) { try room.admit(code: nil, now: 10) }
    }

    @Test func theRoomTakesAtMost500AndLimitsEachParticipantsRate() throws {
        var room = Room(code: "ABC234", step: Self.predict())
        var now = 0.0
        for i in 0..<Room.maxParticipants {
            now += 0.05
            _ = try room.join(token: "t\(i)", now: now)
        }
        #expect(throws: RoomError.roomFull) { _ = try room.join(token: "extra", now: now + 100) }
        var ok = 0
        for _ in 0..<40 { if (try? room.participant("t0", now: now)) != nil { ok += 1 } }
        #expect(ok == Int(Room.burst))
        #expect(throws: RoomError.unknownParticipant) { _ = try room.participant("forged", now: now) }
        #expect((try? room.participant("t0", now: now + 1)) != nil)
    }

    @Test func theDebriefHasEveryAnswerAndNoToken() throws {
        var room = Room(code: "ABC234", step: Self.predict())
        let a = try room.join(token: "secret-a", now: 0), b = try room.join(token: "secret-b", now: 0)
        try room.answer(.number(20), step: 2, by: a)
        try room.answer(.number(12.5), step: 2, by: b)
        var revealed = Self.predict(open: false)
        revealed.answer = "18.0 %"
        revealed.answerValue = 18
        room.show(revealed)
        room.show(Self.quiz())
        try room.answer(.choice(1), step: 3, by: a)
        var q = Self.quiz(open: false)
        q.correct = 0
        room.show(q)
        let csv = room.debriefCSV()
        #expect(csv == #"""
        step,kind,question,participant,answer,unit,computed_answer
        3,number,How many?,1,20,%,18
        3,number,How many?,2,12.5,%,18
        4,choice,Which?,1,"B ""quoted""",,"A, with a comma"

        """#)
        #expect(!csv.contains("secret"))
    }

    @Test func theHistogramCountsEveryGuessOnceAndHoldsTheAnswer() {
        let values = (0..<100).map { Double($0) } + [1e9, -1e9]
        let h = RoomHistogram(values: values, answer: 150, count: 8)
        #expect(h.bins.map(\.count).reduce(0, +) + h.below + h.above == values.count)
        #expect(h.bin(of: 150) == 7)
        // The lowest 5 % (the joker and 0–3) fall below the bars; the answer stretches them to 150.
        #expect(h.below == 5 && h.above == 1)
        let same = RoomHistogram(values: [5, 5, 5], answer: nil, count: 5)
        #expect(same.bins.map(\.count).reduce(0, +) == 3)
        #expect(same.bin(of: 5) == 2)
    }
}
