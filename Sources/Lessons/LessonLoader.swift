import CampaignCompliance
import CampaignEngine
import CampaignStatistics
import Foundation
import ScenarioKit
import Yams

/// Turns lesson YAML into a validated `Lesson`, or reports every problem with file, line,
/// column and key path, as the scenario loader does (docs/lesson-format.md).
public enum LessonLoader {
    static let topKeys = ["id", "title", "audience", "first_for", "duration_minutes", "goals", "scenario", "customers", "notes", "steps"]
    static let notesKeys = ["timing", "discussion", "misconceptions"]
    static let stepKinds = ["explain", "predict", "explore", "quiz"]
    static let settingsKeys = Dial.lessonDials.compactMap(\.lessonName) + ["strategy"]

    /// Whether YAML text is a lesson rather than a scenario: its top level has `steps`.
    public static func isLesson(_ text: String) -> Bool {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let map) = root else { return false }
        return map.contains { $0.key.string == "steps" }
    }

    /// Parses and validates lesson text; `file` names it in diagnostics and locates a `scenario: {file: …}`.
    public static func load(yaml: String, file: String, readFile: @escaping (String) throws -> String = { try TextFile.read($0) })
        throws(ScenarioError) -> Lesson {
        let bytes = Array(yaml.utf8)
        if let finding = InputGuard.check(bytes) {
            throw ScenarioError([Diagnostic(file: file, line: finding.line, column: finding.column, path: "", message: finding.message)])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ScenarioError([Diagnostic(file: file, line: 0, column: 0, path: "", message: "file holds no YAML document; a lesson needs id, title, scenario and steps")])
            }
            root = node
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw ScenarioLoader.syntaxError(error, file: file, text: yaml)
        } catch {
            throw ScenarioError([Diagnostic(file: file, line: 0, column: 0, path: "", message: "could not read YAML: \(error)")])
        }
        let reader = NodeReader(file: file, text: yaml)
        let lesson = Decoder(reader: reader, file: file, readFile: readFile).decode(root)
        let diagnostics = reader.finished()
        guard diagnostics.isEmpty, let lesson else {
            throw ScenarioError(diagnostics.isEmpty ? [Diagnostic(file: file, line: 0, column: 0, path: "", message: "invalid lesson")] : diagnostics)
        }
        return lesson
    }

    /// Walks the tree; every rule of the lesson format lives here.
    struct Decoder {
        let reader: NodeReader
        let file: String
        let readFile: (String) throws -> String

        func decode(_ root: Node) -> Lesson? {
            guard let entries = reader.mapping(root, "", allowed: LessonLoader.topKeys) else { return nil }
            func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
            for required in ["id", "title", "scenario", "steps"] where value(required) == nil {
                reader.error(at: root, required, "is required")
            }
            let id = value("id").flatMap { idText($0) }
            let title = value("title").flatMap { text($0, "title") }
            let audience = value("audience").flatMap { list($0, "audience", 1...3) { n, p in reader.choice(n, p, LessonAudience.allCases.map(\.rawValue)).flatMap(LessonAudience.init) } } ?? []
            let firstFor = value("first_for").flatMap { reader.choice($0, "first_for", LessonAudience.allCases.map(\.rawValue)).flatMap(LessonAudience.init) }
            let duration = value("duration_minutes").flatMap { reader.integer($0, "duration_minutes", 1...120) } ?? 10
            let goals = value("goals").flatMap { list($0, "goals", 1...10) { n, p in text(n, p) } } ?? []
            var customers: Int?
            if let node = value("customers"), case .integer(let n)? = Dial.customers.read(node, "customers", reader) { customers = n }
            var scenario = value("scenario").flatMap(decodeScenario)
            if let customers, let s = scenario?.scenario { scenario?.scenario = s.scaled(toCustomers: customers) }
            var timing: LessonText?, discussion: [LessonText] = [], misconceptions: [LessonText] = []
            if let node = value("notes"), let notes = reader.mapping(node, "notes", allowed: LessonLoader.notesKeys) {
                for entry in notes {
                    switch entry.key {
                    case "timing": timing = text(entry.value, "notes.timing")
                    case "discussion": discussion = list(entry.value, "notes.discussion", 1...20) { n, p in text(n, p) } ?? []
                    case "misconceptions": misconceptions = list(entry.value, "notes.misconceptions", 1...20) { n, p in text(n, p) } ?? []
                    default: _ = reader.unhandled(entry, "notes.\(entry.key)")
                    }
                }
            }
            let steps = value("steps").flatMap { node in
                list(node, "steps", 1...40) { n, p in step(n, p, scenario: scenario?.scenario) }
            }
            if let firstFor, !audience.isEmpty, !audience.contains(firstFor), let node = value("first_for") {
                reader.error(at: node, "first_for", "\"\(firstFor.rawValue)\" is not among the lesson's audience (\(audience.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let id, let title, let scenario, let steps, reader.diagnostics.isEmpty else { return nil }
            var lesson = Lesson(id: id, title: title, audience: audience, firstFor: firstFor, durationMinutes: duration, goals: goals,
                                scenario: scenario.scenario, scenarioSource: scenario.source, steps: steps, timing: timing,
                                discussion: discussion, misconceptions: misconceptions)
            if case .sequence(let items) = value("steps") {
                lesson.stepLines = items.map { $0.mark?.line ?? 0 }
                lesson.stepColumns = items.map { $0.mark?.column ?? 0 }
            }
            return lesson
        }

        /// A lowercase identifier of letters, digits and hyphens.
        func idText(_ node: Node) -> String? {
            guard let id = reader.text(node, "id", maxLength: 60) else { return nil }
            guard id.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }) else {
                reader.error(at: node, "id", "use lowercase letters, digits and hyphens, e.g. consent-buys-personalisation")
                return nil
            }
            return id
        }

        /// `{en: …, de: …}`: both are required, so a lesson never lacks its German.
        func text(_ node: Node, _ path: String) -> LessonText? {
            guard let entries = reader.mapping(node, path, allowed: ["en", "de"]) else { return nil }
            var en: String?, de: String?
            for entry in entries {
                let value = reader.text(entry.value, "\(path).\(entry.key)", maxLength: 4_000)
                if entry.key == "en" { en = value } else { de = value }
            }
            if !entries.contains(where: { $0.key == "en" }) { reader.error(at: node, "\(path).en", "is required: every text has an English version") }
            if !entries.contains(where: { $0.key == "de" }) { reader.error(at: node, "\(path).de", "is required: every text has a German version") }
            guard let en, let de else { return nil }
            return LessonText(en: en, de: de)
        }

        func list<T>(_ node: Node, _ path: String, _ count: ClosedRange<Int>, _ item: (Node, String) -> T?) -> [T]? {
            guard let items = reader.sequence(node, path, minCount: count.lowerBound, maxCount: count.upperBound, what: "items") else { return nil }
            let values = items.enumerated().map { item($0.element, "\(path)[\($0.offset)]") }
            return values.contains { $0 == nil } ? nil : values.map { $0! }
        }

        /// A built-in name, `{file: path}` beside the lesson, or `{inline: {…scenario…}}`.
        func decodeScenario(_ node: Node) -> (scenario: Scenario, source: String)? {
            if case .scalar = node {
                let names = BuiltinScenarios.all.map(\.name)
                guard let name = reader.choice(node, "scenario", names), let entry = BuiltinScenarios.named(name) else { return nil }
                return (try! ScenarioLoader.load(yaml: entry.yaml, file: name), name)
            }
            guard let entries = reader.mapping(node, "scenario", allowed: ["file", "inline"]), entries.count == 1 else {
                if case .mapping = node { reader.error(at: node, "scenario", "give either file or inline") }
                return nil
            }
            let entry = entries[0]
            if entry.key == "inline" {
                let decoder = ScenarioDecoder(reader: reader)
                return decoder.decode(entry.value).map { ($0, "inline") }
            }
            guard let path = reader.text(entry.value, "scenario.file", maxLength: 1_000) else { return nil }
            // A lesson may load only files in its own folder and below (docs/lesson-format.md): an
            // absolute path, a way out by "..", or a link out of the folder is refused unopened.
            guard let full = Self.inFolder(path, of: file) else {
                reader.error(at: entry.value, "scenario.file", "must name a file in the lesson's own folder or below (a relative path without leaving it)")
                return nil
            }
            do {
                let text = try readFile(full)
                return (try ScenarioLoader.load(yaml: text, file: full), path)
            } catch let error as ScenarioError {
                for d in error.diagnostics { reader.error(at: entry.value, "scenario.file", d.description) }
            } catch let error as TextFile.Failure {
                reader.error(at: entry.value, "scenario.file", error.description)
            } catch {
                reader.error(at: entry.value, "scenario.file", "cannot read \(full): \(error.localizedDescription)")
            }
            return nil
        }

        /// The full path of `path` when it lies in the folder of `lessonFile` or below, symbolic links
        /// resolved; nil otherwise. Looks up links, never opens or reads the file.
        static func inFolder(_ path: String, of lessonFile: String) -> String? {
            guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0") else { return nil }
            let folder = URL(fileURLWithPath: lessonFile).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
            let target = URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath().path
            return target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") ? target : nil
        }

        func step(_ node: Node, _ path: String, scenario: Scenario?) -> LessonStep? {
            guard let entries = reader.mapping(node, path, allowed: LessonLoader.stepKinds) else { return nil }
            guard entries.count == 1 else {
                reader.error(at: node, path, "a step is one of explain, predict, explore or quiz; this one names \(entries.count)")
                return nil
            }
            let kind = entries[0].key, body = entries[0].value, p = "\(path).\(kind)"
            switch kind {
            case "explain":
                guard let fields = reader.mapping(body, p, allowed: ["text", "screen", "panel", "set"]) else { return nil }
                func value(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
                guard let textNode = require(value("text"), body, "\(p).text"), let t = text(textNode, "\(p).text") else { return nil }
                let panel = value("panel").flatMap { reader.choice($0, "\(p).panel", LessonPanel.allCases.map(\.rawValue)).flatMap(LessonPanel.init) }
                return .explain(.init(text: t, screen: value("screen").flatMap { screen($0, "\(p).screen") }, panel: panel,
                                      settings: value("set").flatMap { settings($0, "\(p).set", scenario: scenario) } ?? LessonSettings()))
            case "predict":
                guard let fields = reader.mapping(body, p, allowed: ["question", "answer", "unit", "explanation", "screen", "set"]) else { return nil }
                func value(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
                let question = require(value("question"), body, "\(p).question").flatMap { text($0, "\(p).question") }
                let answer = require(value("answer"), body, "\(p).answer").flatMap { quantity($0, "\(p).answer", scenario: scenario) }
                let explanation = require(value("explanation"), body, "\(p).explanation").flatMap { text($0, "\(p).explanation") }
                var unit = LessonUnit.number
                if let node = value("unit") {
                    guard let u = reader.choice(node, "\(p).unit", LessonUnit.allCases.map(\.rawValue)).flatMap(LessonUnit.init) else { return nil }
                    unit = u
                } else if let answer, answer.choices == nil {
                    reader.error(at: body, "\(p).unit", "is required for a numeric answer: percent, euros, count, number or rate")
                }
                guard let question, let answer, let explanation else { return nil }
                return .predict(.init(question: question, answer: answer, unit: unit, explanation: explanation,
                                      screen: value("screen").flatMap { screen($0, "\(p).screen") },
                                      settings: value("set").flatMap { settings($0, "\(p).set", scenario: scenario) } ?? LessonSettings()))
            case "explore":
                guard let fields = reader.mapping(body, p, allowed: ["task", "condition", "hints", "solution", "explanation", "screen", "set"]) else { return nil }
                func value(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
                let task = require(value("task"), body, "\(p).task").flatMap { text($0, "\(p).task") }
                let condition = require(value("condition"), body, "\(p).condition").flatMap { node in
                    list(node, "\(p).condition", 1...6) { n, q in comparison(n, q, scenario: scenario) }
                }
                let hints = require(value("hints"), body, "\(p).hints").flatMap { list($0, "\(p).hints", 1...6) { n, q in text(n, q) } }
                let solution = require(value("solution"), body, "\(p).solution").flatMap { settings($0, "\(p).solution", scenario: scenario) }
                let explanation = require(value("explanation"), body, "\(p).explanation").flatMap { text($0, "\(p).explanation") }
                guard let task, let condition, let hints, let solution, let explanation else { return nil }
                return .explore(.init(task: task, condition: condition, hints: hints, solution: solution, explanation: explanation,
                                      screen: value("screen").flatMap { screen($0, "\(p).screen") },
                                      settings: value("set").flatMap { settings($0, "\(p).set", scenario: scenario) } ?? LessonSettings()))
            default:
                guard let fields = reader.mapping(body, p, allowed: ["question", "choices"]) else { return nil }
                func value(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
                let question = require(value("question"), body, "\(p).question").flatMap { text($0, "\(p).question") }
                let choices = require(value("choices"), body, "\(p).choices").flatMap { list($0, "\(p).choices", 2...9) { n, q in quizChoice(n, q) } }
                guard let question, let choices else { return nil }
                let right = choices.filter(\.correct).count
                if right != 1 { reader.error(at: value("choices"), "\(p).choices", "a quiz needs exactly one correct choice; this one has \(right)") }
                return right == 1 ? .quiz(.init(question: question, choices: choices)) : nil
            }
        }

        func require(_ node: Node?, _ parent: Node, _ path: String) -> Node? {
            if node == nil { reader.error(at: parent, path, "is required") }
            return node
        }

        func screen(_ node: Node, _ path: String) -> LessonScreen? {
            reader.choice(node, path, LessonScreen.allCases.map(\.rawValue)).flatMap(LessonScreen.init)
        }

        func strategy(_ node: Node, _ path: String, scenario: Scenario?) -> StrategyName? {
            guard let raw = reader.choice(node, path, StrategyName.allCases.map(\.rawValue)), let s = StrategyName(rawValue: raw) else { return nil }
            if let scenario, !scenario.strategies.contains(s) {
                reader.error(at: node, path, "\"\(raw)\" is not among the scenario's strategies (\(scenario.strategies.map(\.rawValue).joined(separator: ", ")))")
                return nil
            }
            return s
        }

        func figure(_ node: Node, _ path: String) -> FigureKey? {
            // What a campaign causes (MODEL.md §11.3) too; these are nil in a scenario where nobody buys anyway.
            let names = (FigureKey.contract + [.violations, .fineCapLargest] + FigureKey.causal).map(\.rawValue)
            return reader.choice(node, path, names).flatMap(FigureKey.init)
        }

        func settings(_ node: Node, _ path: String, scenario: Scenario?) -> LessonSettings? {
            guard let entries = reader.mapping(node, path, allowed: LessonLoader.settingsKeys) else { return nil }
            var s = LessonSettings()
            var ok = true
            for entry in entries {
                let p = "\(path).\(entry.key)"
                if let dial = Dial.lessonDials.first(where: { $0.lessonName == entry.key }) {
                    if let value = dial.read(entry.value, p, reader) { s.values[dial] = value } else { ok = false }
                } else if entry.key == "strategy" {
                    s.strategy = strategy(entry.value, p, scenario: scenario)
                } else {
                    ok = reader.unhandled(entry, p)
                }
            }
            return ok ? s : nil
        }

        /// One computed answer of the documented vocabulary, with `at:` settings of its own.
        func quantity(_ node: Node, _ path: String, scenario: Scenario?) -> LessonQuantity? {
            let allowed = LessonQuantity.names + ["strategy", "strategies", "among", "week", "replications"]
            guard let entries = reader.mapping(node, path, allowed: allowed) else { return nil }
            func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
            let kinds = entries.map(\.key).filter { LessonQuantity.names.contains($0) }
            guard kinds.count == 1, let kind = kinds.first, let subject = value(kind) else {
                reader.error(at: node, path, "name one computed answer: \(LessonQuantity.names.joined(separator: ", "))")
                return nil
            }
            let p = "\(path).\(kind)"
            func one() -> StrategyName? { require(value("strategy"), node, "\(path).strategy").flatMap { strategy($0, "\(path).strategy", scenario: scenario) } }
            func two() -> (StrategyName, StrategyName)? {
                guard let n = require(value("strategies"), node, "\(path).strategies"),
                      let pair = list(n, "\(path).strategies", 2...2, { m, q in strategy(m, q, scenario: scenario) }) else { return nil }
                return (pair[0], pair[1])
            }
            switch kind {
            case "figure":
                guard let key = figure(subject, p), let s = one() else { return nil }
                return .figure(key, s)
            case "difference":
                guard let key = figure(subject, p), let (a, b) = two() else { return nil }
                return .difference(key, a, b)
            case "crossover":
                guard let key = figure(subject, p), let (a, b) = two() else { return nil }
                return .crossover(key, a, b)
            case "best":
                guard let key = figure(subject, p) else { return nil }
                var among = (scenario?.strategies ?? StrategyName.allCases).filter(\.isCompliant)
                if let n = value("among") {
                    if case .scalar(let s) = n, s.string == "compliant" {
                    } else if case .scalar(let s) = n, s.string == "all" {
                        among = scenario?.strategies ?? StrategyName.allCases
                    } else {
                        guard let listed = list(n, "\(path).among", 2...6, { m, q in strategy(m, q, scenario: scenario) }) else { return nil }
                        among = listed
                    }
                }
                return .best(key, among)
            case "week_figure":
                guard let key = reader.choice(subject, p, WeekFigureKey.allCases.map(\.rawValue)).flatMap(WeekFigureKey.init), let s = one(),
                      let week = require(value("week"), node, "\(path).week").flatMap({ reader.integer($0, "\(path).week", 1...CampaignSettings.maxWeeks) })
                else { return nil }
                return .weekFigure(key, s, week: week)
            default:
                guard let key = figure(subject, p) else { return nil }
                guard ReplicatedFigures.pairedKeys.contains(key) else {
                    reader.error(at: subject, p, "replications compare \(ReplicatedFigures.pairedKeys.map(\.rawValue).joined(separator: ", ")) to broadcast")
                    return nil
                }
                guard let s = one() else { return nil }
                let replications = value("replications").flatMap { reader.integer($0, "\(path).replications", 2...200) } ?? 20
                return .distinguishable(key, s, replications: replications)
            }
        }

        func comparison(_ node: Node, _ path: String, scenario: Scenario?) -> LessonComparison? {
            let relations = LessonComparison.Relation.allCases.map(\.rawValue)
            guard let entries = reader.mapping(node, path, allowed: ["figure", "strategy"] + relations) else { return nil }
            func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
            let key = require(value("figure"), node, "\(path).figure").flatMap { figure($0, "\(path).figure") }
            let s = require(value("strategy"), node, "\(path).strategy").flatMap { strategy($0, "\(path).strategy", scenario: scenario) }
            let named = entries.filter { relations.contains($0.key) }
            guard named.count == 1 else {
                reader.error(at: node, path, "name one of \(relations.joined(separator: ", "))")
                return nil
            }
            guard let key, let s, let relation = LessonComparison.Relation(rawValue: named[0].key) else { return nil }
            let q = "\(path).\(named[0].key)"
            switch relation {
            case .below, .above:
                guard let v = reader.number(named[0].value, q, "(a finite number)", { _ in true }) else { return nil }
                return LessonComparison(figure: key, strategy: s, relation: relation, value: v, other: nil)
            case .belowStrategy, .aboveStrategy:
                guard let other = strategy(named[0].value, q, scenario: scenario) else { return nil }
                return LessonComparison(figure: key, strategy: s, relation: relation, value: nil, other: other)
            }
        }

        func quizChoice(_ node: Node, _ path: String) -> LessonStep.Quiz.Choice? {
            guard let entries = reader.mapping(node, path, allowed: ["text", "correct", "feedback", "cites"]) else { return nil }
            func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
            let t = require(value("text"), node, "\(path).text").flatMap { text($0, "\(path).text") }
            let feedback = require(value("feedback"), node, "\(path).feedback").flatMap { text($0, "\(path).feedback") }
            let correct = value("correct").flatMap { reader.bool($0, "\(path).correct") } ?? false
            var cites: String?
            if let n = value("cites") {
                cites = reader.choice(n, "\(path).cites", ObligationCatalogue.shipped.obligations.map(\.id))
                if cites == nil { return nil }
            }
            guard let t, let feedback else { return nil }
            return .init(text: t, correct: correct, feedback: feedback, cites: cites)
        }
    }
}
