import Localization
import ArgumentParser
import Foundation
import Lessons
import ScenarioKit

/// `campaign-sim validate`: checks scenario files and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario and lesson files; exit 0 when all are valid, else 2 with every error on stderr.",
        discussion: "A file whose top level has `steps` is checked as a lesson (docs/lesson-format.md), any other as a scenario.")

    @Argument(help: "Scenario or lesson files to check.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(loc("name at least one scenario file", CLIText.language)) }
    }

    func run() throws {
        var failed = false
        for file in files {
            do {
                if let lesson = try Self.lesson(file) {
                    // What only running the model can tell: an explore step "show me" cannot solve.
                    let problems = lesson.unsolvableSteps(threads: ProcessInfo.processInfo.activeProcessorCount)
                    for p in problems {
                        let line = lesson.stepLines.indices.contains(p.step) ? lesson.stepLines[p.step] : 0
                        let column = lesson.stepColumns.indices.contains(p.step) ? lesson.stepColumns[p.step] : 0
                        Console.error("\(file):\(line):\(column): error: steps[\(p.step)].\(p.problem)")
                    }
                    if !problems.isEmpty { failed = true; continue }
                    Console.error(loc("%1: ok (lesson %2, %3 steps)", CLIText.language, file, lesson.id, lesson.steps.count))
                    continue
                }
                let scenario = try ScenarioSource.loadFile(file)
                Console.error(loc("%1: ok (%2, %3 customers)", CLIText.language, file, scenario.name, scenario.totalCustomers))
            } catch let error as CLIError {
                Console.error(error.message)
                failed = true
            }
        }
        if failed { throw CLIError(message: "", exitCode: 2).silenced }
    }
}

extension ValidateCommand {
    /// The file as a lesson, or nil when it is not one (then it is checked as a scenario).
    static func lesson(_ path: String) throws -> Lesson? {
        let bytes = try ScenarioSource.readBytes(path)
        guard let text = String(validating: bytes, as: UTF8.self), LessonLoader.isLesson(text) else { return nil }
        do {
            return try LessonLoader.load(yaml: text, file: path)
        } catch {
            throw CLIError(message: error.description, exitCode: 2)
        }
    }
}

extension CLIError {
    /// The same error with nothing more to print (its details are already on stderr).
    var silenced: CLIError { CLIError(message: "", exitCode: exitCode) }
}
