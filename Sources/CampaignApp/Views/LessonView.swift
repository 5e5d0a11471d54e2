import CampaignCompliance
import CampaignEngine
import CampaignOutput
import Lessons
import Localization
import ScenarioKit
import TerminalKit
import WorkshopRoom

/// Workshop mode (issue 18): the lesson pane beside the live screen at 120×40, or over it at
/// 80×24 (Tab peeks at the dashboard), the lesson picker, and presenter mode for projectors.
enum LessonView {
    /// Width of the pane beside the screen on wide terminals.
    static let paneWidth = 44

    /// Draws the body of a lesson session; false when the screen under the lesson should draw instead.
    static func render(_ state: AppState, _ session: LessonSession, _ buffer: inout ScreenBuffer, body: Rect,
                       screen: (Rect, inout ScreenBuffer) -> Void) {
        if let room = session.room, room.showJoin {
            renderJoin(state, room, &buffer, in: body)
            return
        }
        guard session.lesson != nil else {
            renderPicker(state, session, &buffer, in: body)
            return
        }
        if body.width >= 120 && !session.present {
            let (left, right) = body.splitColumns(body.width - paneWidth)
            screen(left, &buffer)
            renderPane(state, session, &buffer, in: right)
        } else if session.lessonHasFocus {
            renderPane(state, session, &buffer, in: body)
        } else {
            screen(body, &buffer)
        }
    }

    /// The shipped lessons, with their duration and which is a good first one for whom.
    static func renderPicker(_ state: AppState, _ session: LessonSession, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        buffer.box(area, title: loc("Lessons", l) + " — " + KeyTable.hint([.nextLesson, .startLesson, .startLessonFresh, .quitLessons], in: .lessonPicker, l))
        let inner = area.inset(1)
        var y = inner.y
        // The selected lesson's goals take up to three lines at the bottom; the list above scrolls
        // so that the selected lesson is always in view.
        let about = session.picker.indices.contains(session.pickerIndex)
            ? AppView.wrap(session.picker[session.pickerIndex].goals.map { "· " + $0.text(l) }.joined(separator: "\n"), width: inner.width - 2) : []
        let aboutLines = min(3, about.count)
        let listHeight = max(1, inner.height - aboutLines - (aboutLines > 0 ? 1 : 0))
        let rows = session.picker.map { $0.firstFor == nil ? 1 : 2 }
        var first = 0
        while first < session.pickerIndex && rows[first...session.pickerIndex].reduce(0, +) > listHeight { first += 1 }
        for (i, lesson) in session.picker.enumerated() where i >= first && y + rows[i] <= inner.y + listHeight {
            let selected = i == session.pickerIndex
            let style: Style = selected ? Style(bold: true, reverse: true) : .plain
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: selected ? .reverse : .plain)
            // Saved progress, so a trainer sees which lessons this machine's group has done.
            var progress = LessonSession(lesson: lesson, present: false, progressFolder: nil)
            if let saved = session.saved[lesson.id] { progress.restore(fromJSON: saved) }
            let done = session.saved[lesson.id] == nil ? "" : progress.finished
                ? loc("done, %1 of %2", l, progress.score.right, progress.score.of) + " · "
                : loc("at step %1 of %2", l, progress.step + 1, lesson.steps.count) + " · "
            let minutes = done + loc("%1 min", l, lesson.durationMinutes)
            buffer.putTruncated(" " + lesson.title.text(l), x: inner.x, y: y, width: inner.width - DisplayWidth.of(minutes) - 3, style: style)
            buffer.putRight(minutes + " ", x: inner.x, y: y, width: inner.width, style: selected ? .reverse : .dim)
            y += 1
            if let first = lesson.firstFor {
                buffer.putTruncated("   ★ " + loc("a good first lesson for %1", l, LessonNotes.audienceName(first, l)), x: inner.x, y: y, width: inner.width,
                                    style: selected ? Style(bold: true) : Style(color: .green))
                y += 1
            }
        }
        // The goals from their first line; a cut one ends in an ellipsis.
        for (n, text) in about.prefix(aboutLines).enumerated() {
            let cut = n == aboutLines - 1 && about.count > aboutLines
            buffer.putTruncated(text + (cut ? " …" : ""), x: inner.x + 1, y: inner.maxY - aboutLines + n, width: inner.width - 1, style: .dim)
        }
    }

    /// After the last step: the score, the numbers the room predicted against, the questions to
    /// discuss, and the keys to go back, start again or leave.
    static func renderWrapUp(_ state: AppState, _ session: LessonSession, _ lesson: Lesson, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let title = lesson.title.text(l)
        // As on the steps: a title too long for the frame goes inside, wrapped, never cut.
        let fits = DisplayWidth.of(title) + 4 <= area.width
        buffer.box(area, title: fits ? title : nil, style: session.present ? Style(bold: true) : .plain)
        let inner = area.inset(1)
        var y = inner.y
        let width = inner.width - 2
        // The keys stay on the last line, whatever the text above them needs.
        let keys = AppView.wrap(loc("← back to the last step · r start again for a new group · q leave", l), width: width)
        for (i, line) in keys.enumerated() { buffer.put(line, x: inner.x + 1, y: inner.maxY - keys.count + i, style: .dim) }
        func paragraph(_ text: String, _ style: Style = .plain) {
            for line in AppView.wrap(text, width: width) where y < inner.maxY - keys.count - 1 {
                buffer.put(line, x: inner.x + 1, y: y, style: style)
                y += 1
            }
        }
        if !fits { paragraph(title, Style(bold: true)) }
        let score = session.score
        paragraph(loc("Wrap-up · score %1 of %2", l, score.right, score.of), Style(bold: true, reverse: session.present))
        y += 1
        let numbers = lesson.steps.indices.compactMap { i -> String? in
            guard case .predict(let p) = lesson.steps[i], let record = session.records[i], let answer = record.answer else { return nil }
            return "· " + p.question.text(l) + " " + loc("Answer: %1 (the room: %2)", l, answer, record.given)
        }
        if !numbers.isEmpty {
            paragraph(loc("The numbers", l), Style(bold: true))
            for n in numbers { paragraph(n) }
            y += 1
        }
        if !lesson.discussion.isEmpty {
            paragraph(loc("To discuss", l), Style(bold: true))
            for q in lesson.discussion { paragraph("· " + q.text(l)) }
        }
    }

    /// The lesson pane: the step, its question or task, and what the room has answered.
    static func renderPane(_ state: AppState, _ session: LessonSession, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard let lesson = session.lesson, let step = session.current else { return }
        if session.finished {
            renderWrapUp(state, session, lesson, &buffer, in: area)
            return
        }
        let l = state.language
        let present = session.present
        let strong: Style = present ? Style(bold: true) : .plain
        let score = session.score
        let title = lesson.title.text(l)
        // A title that does not fit the frame (citations in it must stay whole) goes inside, wrapped.
        let fits = DisplayWidth.of(title) + 4 <= area.width
        buffer.box(area, title: fits ? title : nil, style: present ? Style(bold: true) : .plain)
        let inner = area.inset(1)
        var y = inner.y
        let width = inner.width - 2
        if !fits {
            for line in AppView.wrap(title, width: width) where y < inner.maxY - 1 {
                buffer.put(line, x: inner.x + 1, y: y, style: Style(bold: true))
                y += 1
            }
        }
        let heading = loc("Step %1 of %2 · %3 · score %4 of %5", l, session.step + 1, lesson.steps.count, LessonNotes.kindName(step, l), score.right, score.of)
        func paragraph(_ text: String, _ style: Style = .plain) {
            for line in AppView.wrap(text, width: width) where y < inner.maxY - 1 {
                buffer.put(line, x: inner.x + 1, y: y, style: style)
                y += 1
            }
        }
        // Wrapped, not cut: a narrow pane keeps the score.
        paragraph(heading, Style(bold: true, reverse: present))
        if let room = session.room {
            let here = room.tally.step == session.step
            var line = loc("Room %1 · %2 joined", l, room.code, room.tally.joined)
            // Explain and explore steps take no answers: the count would only ever read 0.
            if RoomUpdate.step(state).kind != .watch { line += " · " + loc("%1 answered", l, here ? room.tally.answered : 0) }
            paragraph(line + " · " + loc("R: join", l), Style(color: .cyan))
        }
        y += 1
        // The room's answers to this step, when a room is open.
        let tally: RoomTally? = session.room.flatMap { $0.tally.step == session.step ? $0.tally : nil }
        func bar(_ count: Int, of total: Int, width: Int) -> String {
            let ink: Character = buffer.glyphs == .ascii ? "#" : "█"
            let n = total == 0 ? 0 : Int((Double(count) / Double(total) * Double(width)).rounded())
            return String(repeating: ink, count: max(count > 0 ? 1 : 0, n))
        }
        func big(_ text: String) {
            let ink: Character = buffer.glyphs == .ascii ? "#" : "█"
            // Digits grouped by a gap, in both languages: a big "2,096" must not read as German "2.096".
            let text = BigDigits.grouped(text, groupSeparator: l == .de ? "." : ",")
            let rows = BigDigits.rows(text, ink: ink)
            guard BigDigits.canDraw(text), rows[0].count <= width, y + 5 < inner.maxY else { paragraph(text, Style(bold: true)); return }
            for row in rows {
                buffer.put(row, x: inner.x + 1 + max(0, (width - row.count) / 2), y: y, style: Style(bold: true))
                y += 1
            }
        }
        switch step {
        case .explain(let e):
            paragraph(e.text.text(l), strong)
        case .predict(let p):
            paragraph(p.question.text(l), Style(bold: true))
            y += 1
            if let choices = p.answer.choices {
                let right: Int? = if case .choice(let r)? = session.answer { choices.firstIndex(of: r) } else { nil }
                for (i, choice) in choices.enumerated() where y < inner.maxY - 1 {
                    let picked = session.chosen == i
                    let mark = right == nil ? "\(i + 1)" : right == i ? "✓" : " "
                    buffer.putTruncated(mark + "  " + LessonAnswerText.choice(choice, l), x: inner.x + 1, y: y, width: width,
                                        style: picked ? Style(bold: true, reverse: true) : strong)
                    if let tally {
                        let counts = tally.choices.indices.contains(i) ? tally.choices[i] : 0
                        let text = bar(counts, of: max(1, tally.answered), width: 10) + " \(counts)"
                        buffer.putRight(text, x: inner.x + 1, y: y, width: width, style: right == i ? Style(color: .green, bold: true) : Style(color: .cyan))
                    }
                    y += 1
                }
            } else {
                let suffix = p.unit == .percent || p.unit == .rate ? " %" : p.unit == .euros ? " €" : ""
                if session.room == nil || !session.guess.isEmpty {
                    paragraph(loc("Your guess: %1", l, (session.guess.isEmpty ? "_" : session.guess + (session.answer == nil ? "_" : "")) + suffix), Style(bold: true))
                }
                // The spread of the room's guesses: g shows it before the reveal, which shows it too;
                // g hides it again to make room for the explanation on a small screen.
                if let tally, tally.answered > 0, session.room?.showSpread == true {
                    let scale = p.unit == .percent || p.unit == .rate ? 0.01 : 1.0
                    var answerTyped: Double?
                    if case .number(let v?)? = session.answer { answerTyped = v / scale }
                    let rows = max(3, min(8, inner.maxY - y - 8))
                    let histogram = RoomHistogram(values: tally.values, answer: answerTyped, count: rows)
                    let top = histogram.bins.map(\.count).max() ?? 1
                    let marked = answerTyped.flatMap(histogram.bin(of:))
                    paragraph(loc("The room's guesses (%1, median %2):", l, tally.answered,
                                  LessonAnswerText.number((tally.median ?? 0) * scale, unit: p.unit, l)), Style(bold: true))
                    let labels = histogram.bins.map { LessonAnswerText.number($0.lower * scale, unit: p.unit, l) + "–" + LessonAnswerText.number($0.upper * scale, unit: p.unit, l) }
                    let labelWidth = min(width / 2, labels.map(DisplayWidth.of).max() ?? 0)
                    for (i, bin) in histogram.bins.enumerated() where y < inner.maxY - 1 {
                        let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(labels[i]))) + labels[i]
                        let isAnswer = marked == i
                        let text = label + " " + bar(bin.count, of: top, width: max(1, width - labelWidth - 14)) + " \(bin.count)" + (isAnswer ? " ◀ " + loc("answer", l) : "")
                        buffer.putTruncated(text, x: inner.x + 1, y: y, width: width, style: isAnswer ? Style(color: .green, bold: true) : Style(color: .cyan))
                        y += 1
                    }
                    if histogram.below + histogram.above > 0 {
                        paragraph(loc("%1 below, %2 above the bars", l, histogram.below, histogram.above), .dim)
                    }
                }
            }
            y += 1
            if session.revealing {
                paragraph(loc("The simulator is computing the answer…", l), .dim)
            } else if let answer = session.answer {
                let record = session.records[session.step]
                let answerText = LessonAnswerText.text(answer, unit: p.unit, l)
                if present { big(answerText) }
                var line = loc("Answer: %1", l, answerText)
                if let given = record?.given {
                    // Without a guess of the trainer's, the record holds the room's median or most chosen answer.
                    let fromRoom = session.room != nil && session.guess.isEmpty && session.chosen == nil
                    line += " · " + (fromRoom ? loc("the room said %1", l, given) : loc("you said %1", l, given))
                }
                if case .number(let value?) = answer, let guess = LessonUpdate.guessValue(session.guess) {
                    let g = LessonAnswerText.guessValue(guess, unit: p.unit)
                    let off = abs(g - value)
                    line += " · " + loc("off by %1", l, p.unit == .percent || p.unit == .rate
                        ? NumberText.decimal(off * 100, 1, l) + " " + loc("points", l) : LessonAnswerText.number(off, unit: p.unit, l))
                }
                paragraph(line, Style(bold: true))
                paragraph(record?.correct == true ? "✓ " + loc("close enough", l) : "✗ " + loc("not this time", l),
                          record?.correct == true ? Style(color: .green, bold: true) : .warning)
                y += 1
                paragraph(p.explanation.text(l))
            } else {
                if session.room != nil {
                    paragraph(loc("The room answers on their phones; g shows the spread, Enter reveals.", l), .dim)
                } else {
                    paragraph(p.answer.choices == nil ? loc("Type a number, then Enter to reveal.", l) : loc("Press a number to choose, then Enter to reveal.", l), .dim)
                }
            }
        case .explore(let e):
            paragraph(e.task.text(l), Style(bold: true))
            y += 1
            let result = state.snapshot?.current
            var met = result != nil
            for c in e.condition where y < inner.maxY - 1 {
                let holds = result.map { c.holds(in: $0) } ?? false
                met = met && holds
                let value = result?[c.strategy].flatMap(c.figure.value)
                let figure = FigureCatalog.figure(c.figure)
                // Each line reads as a true statement: "Segment: Data/cust. 0.63, below 1.00", or
                // "…, not yet below 1.00" while it does not hold (never "✗ 0.63 > 1.00").
                let bound: String, below: Bool
                switch c.relation {
                case .below, .above:
                    bound = FigureText.text(figure, value: c.value, .compact, l)
                    below = c.relation == .below
                case .belowStrategy, .aboveStrategy:
                    let other = result?[c.other!].flatMap(c.figure.value)
                    bound = loc("%1's %2", l, loc(c.other!.title, l), FigureText.text(figure, value: other, .compact, l))
                    below = c.relation == .belowStrategy
                }
                let subject = loc(c.strategy.title, l) + ": " + figure.label(l, short: true) + " " + FigureText.text(figure, value: value, .compact, l)
                let text = (holds ? "✓ " : "✗ ") + subject + ", " + (holds ? (below ? loc("below %1", l, bound) : loc("above %1", l, bound))
                    : (below ? loc("not yet below %1", l, bound) : loc("not yet above %1", l, bound)))
                paragraph(text, holds ? Style(color: .green, bold: true) : strong)
            }
            if present, let first = e.condition.first, let value = result?[first.strategy].flatMap(first.figure.value) {
                y += 1
                big(FigureText.text(FigureCatalog.figure(first.figure), value: value, .compact, l))
            }
            y += 1
            if met {
                paragraph("✓ " + loc("Condition met.", l) + " " + e.explanation.text(l), Style(color: .green, bold: true))
            }
            for hint in e.hints.prefix(session.hintsShown) { paragraph("→ " + hint.text(l), .dim) }
            if !met {
                paragraph(loc("hints %1 of %2", l, session.hintsShown, e.hints.count) + " · "
                          + KeyTable.hint([.showHint, .showSolution, .toggleLessonFocus], in: .lesson, l), .dim)
            }
        case .quiz(let q):
            paragraph(q.question.text(l), Style(bold: true))
            y += 1
            for (i, choice) in q.choices.enumerated() where y < inner.maxY - 1 {
                let picked = session.chosen == i
                let mark = session.chosen == nil ? "\(i + 1)" : choice.correct ? "✓" : picked ? "✗" : " "
                let counts = tally.map { $0.choices.indices.contains(i) ? $0.choices[i] : 0 }
                let countText = counts.map { " " + bar($0, of: max(1, tally!.answered), width: 8) + " \($0)" } ?? ""
                let countWidth = DisplayWidth.of(countText)
                for (j, line) in AppView.wrap(choice.text.text(l), width: width - 3 - countWidth).enumerated() where y < inner.maxY - 1 {
                    buffer.put((j == 0 ? mark : " ") + "  " + line, x: inner.x + 1, y: y, style: picked ? Style(bold: true, reverse: true) : strong)
                    if j == 0, counts != nil {
                        buffer.putRight(countText, x: inner.x + 1, y: y, width: width,
                                        style: session.chosen != nil && choice.correct ? Style(color: .green, bold: true) : Style(color: .cyan))
                    }
                    y += 1
                }
            }
            if let chosen = session.chosen {
                y += 1
                let choice = q.choices[chosen]
                let cite = choice.cites.flatMap { id in ObligationCatalogue.shipped.obligations.first { $0.id == id } }.map { " (" + $0.citation.text(l) + ")" } ?? ""
                paragraph((choice.correct ? "✓ " : "✗ ") + choice.feedback.text(l) + cite, choice.correct ? Style(color: .green, bold: true) : .warning)
                // The right choice is marked ✓ above: its feedback, without repeating its text.
                if !choice.correct, let right = q.choices.first(where: \.correct) {
                    paragraph("✓ " + right.feedback.text(l))
                }
            }
        }
        let footer = session.confirmingLeave ? loc("Leave the lesson? (y/n)", l)
            : session.step + 1 == lesson.steps.count && !(session.current.map(isUnanswered) ?? false)
            ? loc("Last step · score %1 of %2", l, score.right, score.of) + " · " + KeyTable.hint([.nextStep, .previousStep, .leaveLesson], in: .lesson, l)
            : KeyTable.hint([.nextStep, .previousStep, .toggleLessonFocus, .leaveLesson], in: .lesson, l)
        // A narrow pane drops the Tab hint rather than cut off how to leave.
        let footerFits = DisplayWidth.of(footer) <= width || session.confirmingLeave || footer.hasPrefix(loc("Last step · score %1 of %2", l, score.right, score.of))
        buffer.putTruncated(footerFits ? footer : KeyTable.hint([.nextStep, .previousStep, .leaveLesson], in: .lesson, l), x: inner.x + 1, y: inner.maxY - 1, width: width,
                            style: session.confirmingLeave ? Style(bold: true, reverse: true) : .dim)
    }

    /// The room's join screen: the QR code (dark on light, so it scans on any background), the
    /// address and the code, large enough to read from the back of the room.
    static func renderJoin(_ state: AppState, _ room: RoomStatus, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        buffer.fill(area)
        buffer.box(area, title: loc("Join the room", l) + " — " + loc("R: back to the lesson", l), style: Style(bold: true))
        let inner = area.inset(1)
        let lines = [loc("Open on a phone: %1", l, room.url), loc("Room code: %1", l, room.code),
                     loc("No app, no account, no name: answers are anonymous and vanish when the lesson ends.", l)]
        let text = lines.flatMap { AppView.wrap($0, width: inner.width - 2) }
        let qr = buffer.glyphs == .ascii ? nil : room.qr?.halfBlockRows(quiet: 2)
        var y = inner.y
        if let qr, qr.count + text.count <= inner.height, (qr.first?.count ?? 0) <= inner.width {
            let x = inner.x + (inner.width - qr[0].count) / 2
            for row in qr {
                buffer.put(row, x: x, y: y, style: .paperStyle)
                y += 1
            }
        } else {
            let why = buffer.glyphs == .ascii ? loc("The QR code needs a UTF-8 terminal.", l) : loc("Make the terminal larger to show the QR code.", l)
            buffer.putCentered(why, x: inner.x, y: y, width: inner.width, style: .dim)
            y += 2
        }
        for (i, line) in text.enumerated() where y < inner.maxY + 1 {
            buffer.putCentered(line, x: inner.x, y: y, width: inner.width, style: i < 2 ? Style(bold: true) : .dim)
            y += 1
        }
    }

    /// Whether a predict step still waits for its reveal.
    static func isUnanswered(_ step: LessonStep) -> Bool {
        if case .predict = step { return true }
        return false
    }
}
