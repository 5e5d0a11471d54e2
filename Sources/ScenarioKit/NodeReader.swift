import Foundation
import Yams

/// Reads typed values out of a composed YAML tree and records every problem it meets.
///
/// The reader never throws: each accessor returns nil on a problem and records a diagnostic,
/// so one pass over a file reports all of its errors.
package final class NodeReader {
    /// The file name used in diagnostics.
    package let file: String
    /// Problems found so far, in the order met.
    package private(set) var diagnostics: [Diagnostic] = []

    /// Most diagnostics kept for one file; the rest are counted.
    static let maxDiagnostics = 100
    private var dropped = 0
    /// Ranges read so far, in file order.
    private(set) var ranges: [ParameterRange] = []

    /// The file's line ends, to keep positions inside it.
    private let lineIndex: LineIndex

    package init(file: String, text: String = "") {
        self.file = file
        lineIndex = LineIndex(text)
    }

    /// Records a problem at `node`'s position.
    package func error(at node: Node?, _ path: String, _ message: String) {
        guard diagnostics.count < Self.maxDiagnostics else { dropped += 1; return }
        let place = node.map { lineIndex.position(line: $0.mark?.line ?? 0, column: $0.mark?.column ?? 0) } ?? (line: 0, column: 0)
        diagnostics.append(Diagnostic(file: file, line: place.line, column: place.column, path: path, message: message))
    }

    /// Records that an allowed key reached a decoder with no case for it: the schema and the
    /// decoder disagree. Returns false, so a decoder can write `ok = reader.unhandled(…)`.
    package func unhandled(_ entry: Entry, _ path: String) -> Bool {
        error(at: entry.keyNode, path, "is not read by this version of campaign-sim")
        return false
    }

    /// All diagnostics in file order, with a closing line when some were dropped.
    package func finished() -> [Diagnostic] {
        // Stable sort by position; problems without a position (whole-file) keep their place at the end.
        let ordered = diagnostics.enumerated().sorted { a, b in
            let ka = (a.element.line == 0 ? Int.max : a.element.line, a.element.column, a.offset)
            let kb = (b.element.line == 0 ? Int.max : b.element.line, b.element.column, b.offset)
            return ka < kb
        }.map(\.element)
        guard dropped > 0 else { return ordered }
        return ordered + [Diagnostic(file: file, line: 0, column: 0, path: "",
                                         message: "\(dropped) more errors not shown")]
    }

    // MARK: - Shapes

    /// One key of a mapping with its nodes.
    package struct Entry {
        package var key: String
        package var keyNode: Node
        package var value: Node
    }

    /// A mapping's entries by key, with YAML merge keys (`<<`) applied.
    ///
    /// Reports a non-mapping, non-text keys, and (when `allowed` is given) unknown keys with a
    /// did-you-mean hint. Mappings larger than `maxEntries` are refused without being walked.
    package func mapping(_ node: Node, _ path: String, allowed: [String]? = nil, maxEntries: Int = 64) -> [Entry]? {
        guard case .mapping(let map) = node else {
            error(at: node, path, "expected a mapping of keys to values, got \(describe(node))")
            return nil
        }
        if map.count > maxEntries {
            error(at: node, path, "has \(map.count) entries; at most \(maxEntries) are allowed here")
            return nil
        }
        var explicit: [Entry] = []
        var merged: [Entry] = []
        for (keyNode, value) in map {
            guard case .scalar(let scalar) = keyNode else {
                error(at: keyNode, path, "keys must be plain text, got \(describe(keyNode))")
                continue
            }
            if scalar.string == "<<" && scalar.style == .plain {
                merged.append(contentsOf: mergeSources(value, path))
                continue
            }
            explicit.append(Entry(key: scalar.string, keyNode: keyNode, value: value))
        }
        // Explicit keys win over merged ones, as YAML's merge key specifies.
        var entries = explicit
        for entry in merged where !entries.contains(where: { $0.key == entry.key }) { entries.append(entry) }
        if let allowed {
            for entry in entries where !allowed.contains(entry.key) {
                error(at: entry.keyNode, join(path, entry.key), unknownKeyMessage(entry.key, allowed: allowed))
            }
            entries.removeAll { !allowed.contains($0.key) }
        }
        return entries
    }

    private func mergeSources(_ node: Node, _ path: String) -> [Entry] {
        var sources: [Node] = []
        switch node {
        case .mapping: sources = [node]
        case .sequence(let seq) where seq.count <= 16: sources = Array(seq)
        default:
            error(at: node, path, "a merge key (<<) takes a mapping or a short list of mappings")
            return []
        }
        var result: [Entry] = []
        for source in sources {
            guard case .mapping(let map) = source, map.count <= 64 else {
                error(at: source, path, "a merge key (<<) takes mappings of at most 64 keys")
                continue
            }
            for (keyNode, value) in map {
                guard case .scalar(let scalar) = keyNode, scalar.string != "<<" else { continue }
                if !result.contains(where: { $0.key == scalar.string }) {
                    result.append(Entry(key: scalar.string, keyNode: keyNode, value: value))
                }
            }
        }
        return result
    }

    /// The elements of a list, refusing lists longer than `maxCount` without walking them.
    package func sequence(_ node: Node, _ path: String, minCount: Int, maxCount: Int, what: String) -> [Node]? {
        guard case .sequence(let seq) = node else {
            error(at: node, path, "expected a list of \(what), got \(describe(node))")
            return nil
        }
        if seq.count < minCount || seq.count > maxCount {
            error(at: node, path, "expected \(minCount)–\(maxCount) \(what), got \(seq.count)")
            return nil
        }
        return Array(seq)
    }

    // MARK: - Scalars

    /// Whether the node is YAML null (`null`, `~` or nothing).
    package func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// Non-empty text of at most `maxLength` characters.
    package func text(_ node: Node, _ path: String, allowEmpty: Bool = false, maxLength: Int = 200) -> String? {
        guard case .scalar(let s) = node, !isNull(node) || allowEmpty else {
            error(at: node, path, "expected text, got \(describe(node))")
            return nil
        }
        let value = isNull(node) ? "" : s.string
        if value.trimmingCharacters(in: .whitespaces).isEmpty && !allowEmpty {
            error(at: node, path, "must not be empty")
            return nil
        }
        if value.count > maxLength {
            error(at: node, path, "is \(value.count) characters long; at most \(maxLength) are allowed")
            return nil
        }
        return value
    }

    /// A finite number within `range`, described for messages as `rangeText`.
    /// A number, or where `target` is given a range {low, high} / {low, mode, high} of numbers that
    /// each pass `inRange`: the range is recorded in `ranges` and its central value returned.
    func uncertain(_ node: Node, _ path: String, _ rangeText: String, target: ParameterRange.Target?,
                   _ inRange: (Double) -> Bool) -> Double? {
        guard let target, case .mapping = node else { return number(node, path, rangeText, inRange) }
        guard let entries = mapping(node, path, allowed: ["low", "mode", "high"]) else { return nil }
        func value(_ key: String) -> Double? {
            guard let entry = entries.first(where: { $0.key == key }) else { return nil }
            return number(entry.value, "\(path).\(key)", rangeText, inRange)
        }
        let low = value("low"), mode = value("mode"), high = value("high")
        for key in ["low", "high"] where !entries.contains(where: { $0.key == key }) {
            error(at: node, "\(path).\(key)", "is required in a range {low, high} or {low, mode, high}")
        }
        guard let low, let high, entries.contains(where: { $0.key == "mode" }) == (mode != nil) else { return nil }
        guard low < high else {
            error(at: node, "\(path).high", "must be above low \(Self.text(low)), got \(Self.text(high))")
            return nil
        }
        if let mode, !(low...high).contains(mode) {
            let modeNode = entries.first { $0.key == "mode" }!.value
            error(at: modeNode, "\(path).mode", "must lie between low \(Self.text(low)) and high \(Self.text(high)), got \(Self.text(mode))")
            return nil
        }
        let range = ParameterRange(target: target, path: path, low: low, mode: mode, high: high)
        ranges.append(range)
        return range.central
    }

    /// A number as the file would write it (no trailing ".0").
    static func text(_ v: Double) -> String { ShortestNumber.text(v) }

    package func number(_ node: Node, _ path: String, _ rangeText: String, _ inRange: (Double) -> Bool) -> Double? {
        guard case .scalar(let s) = node, s.style == .plain, !isNull(node) else {
            error(at: node, path, "expected a number \(rangeText), got \(describe(node))")
            return nil
        }
        let raw = s.string.replacingOccurrences(of: "_", with: "")
        let lowered = raw.lowercased()
        if [".nan", "nan"].contains(lowered) || lowered.hasSuffix(".inf") || lowered.hasSuffix("inf") && Double(raw) != nil {
            error(at: node, path, "expected a finite number \(rangeText), got \(s.string)")
            return nil
        }
        guard let value = Double(raw) else {
            error(at: node, path, "expected a number \(rangeText), got \(describe(node))")
            return nil
        }
        guard value.isFinite else {
            error(at: node, path, "expected a finite number \(rangeText), got \(s.string)")
            return nil
        }
        guard inRange(value) else {
            error(at: node, path, "expected a number \(rangeText), got \(s.string)")
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    package func integer(_ node: Node, _ path: String, _ range: ClosedRange<Int>) -> Int? {
        let rangeText = range.upperBound == Int.max ? "≥ \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
        guard case .scalar(let s) = node, s.style == .plain, !isNull(node) else {
            error(at: node, path, "expected a whole number \(rangeText), got \(describe(node))")
            return nil
        }
        let raw = s.string.replacingOccurrences(of: "_", with: "")
        if let value = Int(raw) {
            guard range.contains(value) else {
                error(at: node, path, "expected a whole number \(rangeText), got \(s.string)")
                return nil
            }
            return value
        }
        // Accept 1e6 and 2.0, which people write for whole numbers, when exact.
        if let double = Double(raw), double.isFinite, double == double.rounded(), abs(double) < 9e15 {
            let value = Int(double)
            guard range.contains(value) else {
                error(at: node, path, "expected a whole number \(rangeText), got \(s.string)")
                return nil
            }
            return value
        }
        error(at: node, path, "expected a whole number \(rangeText), got \(describe(node))")
        return nil
    }

    /// true or false (also yes/no, on/off).
    package func bool(_ node: Node, _ path: String) -> Bool? {
        if case .scalar(let s) = node, s.style == .plain {
            switch s.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        error(at: node, path, "expected true or false, got \(describe(node))")
        return nil
    }

    /// One of `choices`, with a did-you-mean hint otherwise.
    package func choice(_ node: Node, _ path: String, _ choices: [String]) -> String? {
        guard case .scalar(let s) = node, !isNull(node) else {
            error(at: node, path, "expected one of \(choices.joined(separator: ", ")), got \(describe(node))")
            return nil
        }
        if choices.contains(s.string) { return s.string }
        var message = "unknown value \"\(clip(s.string))\""
        if let near = Suggestion.nearest(to: s.string, in: choices) {
            message += "; did you mean \"\(near)\"?"
        } else {
            message += "; expected one of \(choices.joined(separator: ", "))"
        }
        error(at: node, path, message)
        return nil
    }

    // MARK: - Helpers

    /// Appends a key to a path.
    package func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        if let near = Suggestion.nearest(to: key, in: allowed) {
            return "unknown key \"\(clip(key))\"; did you mean \"\(near)\"?"
        }
        return "unknown key \"\(clip(key))\"; expected one of \(allowed.joined(separator: ", "))"
    }

    /// A short human description of a node for "got …" messages.
    package func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let s):
            if isNull(node) { return "nothing (null)" }
            if s.style != .plain { return "the quoted text \"\(clip(s.string))\"" }
            return "\"\(clip(s.string))\""
        }
    }

    /// A value for a message: control characters escaped (a newline as \n), cut after 40 characters.
    package func clip(_ text: String) -> String { Diagnostic.escaped(text.count > 40 ? String(text.prefix(40)) + "…" : text) }
}
