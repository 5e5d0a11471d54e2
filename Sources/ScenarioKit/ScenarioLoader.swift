import Foundation
import Yams

/// Turns scenario YAML into a validated `Scenario`, or reports every problem it finds.
public enum ScenarioLoader {
    /// Most customers over all cohorts (MODEL.md §1).
    public static let maxCustomers = 100_000_000
    /// Most distinct regions over all cohorts; segments are age band × region.
    public static let maxRegions = 256

    /// Parses and validates scenario text; `file` names it in diagnostics.
    public static func load(yaml: String, file: String) throws(ScenarioError) -> Scenario {
        try load(bytes: Array(yaml.utf8), file: file)
    }

    /// Parses and validates raw scenario bytes, refusing binary data and hostile YAML first.
    public static func load(bytes: [UInt8], file: String) throws(ScenarioError) -> Scenario {
        func fail(_ line: Int, _ column: Int, _ message: String) -> ScenarioError {
            ScenarioError([Diagnostic(file: file, line: line, column: column, path: "", message: message)])
        }
        if let finding = InputGuard.check(bytes) { throw fail(finding.line, finding.column, finding.message) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw fail(0, 0, "file is not UTF-8 text; save it as UTF-8")
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw fail(0, 0, "file is empty; a scenario needs at least name, categories, cohorts and offers") }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw fail(0, 0, "file holds no YAML document (only comments?); a scenario needs at least name, categories, cohorts and offers")
            }
            root = node
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file, text: text)
        } catch {
            throw fail(0, 0, "could not read YAML: \(error)")
        }
        let reader = NodeReader(file: file, text: text)
        let scenario = ScenarioDecoder(reader: reader).decode(root)
        let diagnostics = reader.finished()
        guard diagnostics.isEmpty, var scenario else {
            throw ScenarioError(diagnostics.isEmpty
                ? [Diagnostic(file: file, line: 0, column: 0, path: "", message: "invalid scenario")] : diagnostics)
        }
        scenario.sourceText = SourceText(text)
        return scenario
    }

    /// Converts a libyaml error into one diagnostic with its position.
    package static func syntaxError(_ error: YamlError, file: String, text: String = "") -> ScenarioError {
        let (mark, problem): (Mark?, String)
        switch error {
        case let .scanner(context, text, m, _), let .parser(context, text, m, _), let .composer(context, text, m, _):
            let prefix = context.map { $0.text + ": " } ?? ""
            (mark, problem) = (m, prefix + text)
        case let .duplicatedKeysInMapping(duplicates, context):
            (mark, problem) = (context.mark, "the key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) appears twice in one mapping")
        case let .reader(text, _, _, _):
            (mark, problem) = (nil, "the file could not be read as text: \(text)")
        default:
            (mark, problem) = (nil, "\(error)")
        }
        let message = problem.hasPrefix("Maximum nesting") || problem.contains("Maximum nesting")
            ? "nesting is deeper than 1000 levels; scenario files need only a few" : "YAML syntax: \(problem)"
        let place = mark.map { LineIndex(text).position(line: $0.line, column: $0.column) } ?? (line: 0, column: 0)
        return ScenarioError([Diagnostic(file: file, line: place.line, column: place.column, path: "", message: message)])
    }
}
