import ArgumentParser
import CampaignApp
import Foundation
import Lessons
import Localization
import ScenarioKit

/// `campaign-sim lesson`: guided lessons for workshops (docs/lesson-format.md).
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Guided lessons: list them, print a lesson's facilitator notes, or run one in the interactive view.",
        discussion: "Without a name, opens the lesson picker. NAME is a shipped lesson's id or a lesson file (see docs/lesson-format.md).")

    @Argument(help: "A shipped lesson's id, or a lesson file (YAML).")
    var name: String?

    @Flag(help: "Print one line per lesson: id, title, duration.")
    var list = false

    @Flag(help: "Print the lesson's facilitator notes as Markdown: goals, timing, the computed answers and why, discussion, misconceptions.")
    var notes = false

    @Flag(help: "Presenter mode for projectors: high contrast, the figure that matters in large digits.")
    var present = false

    @Flag(help: "Start the lesson over instead of resuming where it was left.")
    var restart = false

    @OptionGroup var language: LanguageOption

    @OptionGroup var theme: ThemeOption

    @OptionGroup var threads: ThreadsOption

    @OptionGroup var room: RoomOptions

    func validate() throws {
        if notes && name == nil { throw ValidationError(loc("--notes needs a lesson: campaign-sim lesson NAME --notes", CLIText.language)) }
        if list && name != nil { throw ValidationError(loc("--list lists every lesson; give no name with it", CLIText.language)) }
    }

    func run() throws {
        theme.apply()
        let l = language.language
        if list {
            var out = ""
            for lesson in LessonCatalog.builtins() {
                var line = "\(lesson.id)\t\(lesson.title.text(l))\t" + loc("%1 min", l, lesson.durationMinutes)
                if let first = lesson.firstFor { line += "\t" + loc("first lesson for %1", l, LessonNotes.audienceName(first, l)) }
                out += line + "\n"
            }
            Console.out(out)
            return
        }
        if notes, let name {
            let lesson = try load(name)
            Console.out(LessonNotes.markdown(lesson, language: l, evaluator: LessonEvaluator(scenario: lesson.scenario, threads: threads.count)))
            return
        }
        let folder = LessonSession.progressFolder(environment: ProcessInfo.processInfo.environment)
        let session: LessonSession
        let scenario: Scenario
        if let name {
            let lesson = try load(name)
            var named = LessonSession(lesson: lesson, present: present, progressFolder: folder)
            // Resume where the lesson was left, unless asked to start over.
            if !restart, let path = named.progressPath, let saved = try? TextFile.read(path, limit: LessonSession.maxProgressBytes) { named.restore(fromJSON: saved) }
            session = named
            scenario = lesson.scenario
        } else {
            var picker = LessonSession(lesson: nil, picker: LessonCatalog.builtins(), present: present, progressFolder: folder)
            if !restart, let folder {
                for lesson in picker.picker {
                    if let text = try? TextFile.read(folder + "/\(lesson.id).json", limit: LessonSession.maxProgressBytes) { picker.saved[lesson.id] = text }
                }
            }
            session = picker
            scenario = try ScenarioSource.prepare(BuiltinScenarios.defaultScenario.name, customers: 20_000)
        }
        try TUISession.run(scenarioArgument: nil, customers: nil, threads: threads.count, language: l, lesson: (scenario, session), room: room)
    }

    func load(_ name: String) throws -> Lesson {
        do { return try LessonCatalog.load(name) } catch let error as ScenarioError {
            throw CLIError(message: error.description, exitCode: 2)
        }
    }
}
