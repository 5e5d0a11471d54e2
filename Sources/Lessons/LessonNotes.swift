import CampaignCompliance
import CampaignEngine
import CampaignOutput
import Localization

/// The facilitator's notes of a lesson as Markdown: goals, timing, every step with its
/// expected answer computed by the simulator and why, discussion questions and misconceptions
/// (kept apart from what the room sees, as Exercism keeps mentor notes apart).
public enum LessonNotes {
    /// The notes of `lesson` in language `l`, with answers computed by `evaluator`.
    public static func markdown(_ lesson: Lesson, language l: Language, evaluator: LessonEvaluator) -> String {
        var out = "# " + lesson.title.text(l) + "\n\n"
        out += "- " + loc("Lesson", l) + ": `\(lesson.id)`\n"
        out += "- " + loc("For", l) + ": " + lesson.audience.map { audienceName($0, l) }.joined(separator: ", ")
        if let first = lesson.firstFor { out += " (" + loc("a good first lesson for %1", l, audienceName(first, l)) + ")" }
        out += "\n- " + loc("Duration", l) + ": " + loc("%1 minutes", l, lesson.durationMinutes) + "\n"
        out += "- " + loc("Scenario", l) + ": `\(lesson.scenarioSource)` (" + lesson.scenario.localized(l).name + ", "
            + NumberText.grouped(lesson.scenario.totalCustomers, l) + " " + loc("customers", l) + ")\n"
        // Who the business is decides which acts bind it: a teacher needs it before any legal answer.
        out += "- " + loc("Business", l) + ": " + CompanyFacts.line(lesson.scenario, l) + "\n"
        out += "\n## " + loc("Goals", l) + "\n\n" + lesson.goals.map { "- " + $0.text(l) }.joined(separator: "\n") + "\n"
        if let timing = lesson.timing { out += "\n## " + loc("Timing", l) + "\n\n" + timing.text(l) + "\n" }
        out += "\n## " + loc("Steps", l) + "\n"
        var settings = LessonSettings()
        for (i, step) in lesson.steps.enumerated() {
            settings = settings.merged(with: step.settings)
            out += "\n### \(i + 1). " + kindName(step, l) + "\n\n"
            if !step.settings.isEmpty { out += "*" + loc("Sets", l) + ": " + LessonAnswerText.settings(step.settings, l) + "*\n\n" }
            switch step {
            case .explain(let s):
                out += s.text.text(l) + "\n"
            case .predict(let s):
                out += s.question.text(l) + "\n\n"
                if let choices = s.answer.choices {
                    out += loc("Choices", l) + ": " + choices.map { LessonAnswerText.choice($0, l) }.joined(separator: " · ") + "\n\n"
                }
                let answer = evaluator.answer(s.answer, at: settings)
                out += "**" + loc("Expected answer (computed)", l) + ": " + LessonAnswerText.text(answer, unit: s.unit, l) + ".** " + s.explanation.text(l) + "\n"
            case .explore(let s):
                out += s.task.text(l) + "\n\n" + loc("Hints, one at a time", l) + ":\n\n"
                out += s.hints.enumerated().map { "\($0.offset + 1). " + $0.element.text(l) }.joined(separator: "\n") + "\n\n"
                out += "**" + loc("Show me", l) + ": " + LessonAnswerText.settings(s.solution, l) + ".** " + s.explanation.text(l) + "\n"
            case .quiz(let s):
                out += s.question.text(l) + "\n\n"
                for (j, c) in s.choices.enumerated() {
                    let cite = c.cites.flatMap { id in ObligationCatalogue.shipped.obligations.first { $0.id == id } }.map { " (" + $0.citation.text(l) + ")" } ?? ""
                    out += "\(j + 1). " + (c.correct ? "**" : "") + c.text.text(l) + (c.correct ? "** ✓" : "") + " — " + c.feedback.text(l) + cite + "\n"
                }
            }
        }
        if !lesson.discussion.isEmpty {
            out += "\n## " + loc("Discussion questions", l) + "\n\n" + lesson.discussion.map { "- " + $0.text(l) }.joined(separator: "\n") + "\n"
        }
        if !lesson.misconceptions.isEmpty {
            out += "\n## " + loc("Common misconceptions", l) + "\n\n" + lesson.misconceptions.map { "- " + $0.text(l) }.joined(separator: "\n") + "\n"
        }
        out += "\n" + loc("Teaching material, not legal advice. Every figure above comes from the simulator's synthetic customers.", l) + "\n"
        // Lesson texts come from files: no HTML from them runs where the notes are rendered.
        return MarkupText.markdownSafe(out)
    }

    /// The audience's name in the plural ("marketers"), translated.
    public static func audienceName(_ a: LessonAudience, _ l: Language) -> String {
        switch a {
        case .marketer: loc("marketers", l)
        case .trainer: loc("trainers", l)
        case .teacher: loc("teachers", l)
        }
    }

    /// The step's kind as a heading ("Predict"), translated.
    public static func kindName(_ step: LessonStep, _ l: Language) -> String {
        switch step {
        case .explain: loc("Explain", l)
        case .predict: loc("Predict", l)
        case .explore: loc("Explore", l)
        case .quiz: loc("Quiz", l)
        }
    }
}
