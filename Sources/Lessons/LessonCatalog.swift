import Foundation
import ScenarioKit

/// Where lessons come from: the shipped ones, and any lesson file named by path.
public enum LessonCatalog {
    /// Every shipped lesson, loaded (they are validated by the tests, so loading cannot fail).
    public static func builtins() -> [Lesson] {
        BuiltinLessons.all.map { try! LessonLoader.load(yaml: $0.yaml, file: "lessons/\($0.id).yaml") }
    }

    /// A shipped lesson by id, or a lesson file by path.
    public static func load(_ argument: String) throws -> Lesson {
        if let entry = BuiltinLessons.named(argument), !FileManager.default.fileExists(atPath: argument) {
            return try LessonLoader.load(yaml: entry.yaml, file: "lessons/\(entry.id).yaml")
        }
        guard FileManager.default.fileExists(atPath: argument) else {
            let names = BuiltinLessons.all.map(\.id)
            var message = "no lesson \"\(argument)\": not a shipped lesson and no such file"
            if let near = Suggestion.nearest(to: argument, in: names) { message += "; did you mean \"\(near)\"?" }
            throw ScenarioError([Diagnostic(file: argument, line: 0, column: 0, path: "", message: message)])
        }
        // Size and encoding are checked before the text is read whole.
        let text: String
        do { text = try TextFile.read(argument) } catch {
            throw ScenarioError([Diagnostic(file: argument, line: 0, column: 0, path: "", message: error.description)])
        }
        return try LessonLoader.load(yaml: text, file: argument)
    }
}
