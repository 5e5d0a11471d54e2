import ScenarioKit

/// A tiny JSON builder that keeps key order and prints numbers the same way every time.
public struct JSONWriter {
    private var out = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private let pretty: Bool

    /// Creates a writer; `pretty` adds newlines and two-space indentation.
    public init(pretty: Bool = true) {
        self.pretty = pretty
        indentUnit = pretty ? "  " : ""
    }

    /// The text written so far.
    public var text: String { out }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { out += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            out += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    private mutating func key(_ name: String?) {
        separator()
        if let name { out += JSONWriter.quote(name) + (pretty ? ": " : ":") }
    }

    /// Opens an object, under key `name` when inside an object.
    public mutating func beginObject(_ name: String? = nil) { key(name); out += "{"; needsComma.append(false) }
    /// Opens an array, under key `name` when inside an object.
    public mutating func beginArray(_ name: String? = nil) { key(name); out += "["; needsComma.append(false) }

    /// Closes the innermost object or array with `closer`.
    public mutating func end(_ closer: Character) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { out += "\n" + String(repeating: indentUnit, count: needsComma.count - 1) }
        out.append(closer)
    }

    /// Closes the innermost object.
    public mutating func endObject() { end("}") }
    /// Closes the innermost array.
    public mutating func endArray() { end("]") }

    /// A quoted, escaped string, under key `name` when given.
    public mutating func string(_ name: String?, _ value: String) { key(name); out += JSONWriter.quote(value) }
    /// An integer, under key `name` when given.
    public mutating func int(_ name: String?, _ value: Int) { key(name); out += String(value) }
    /// `true` or `false`, under key `name` when given.
    public mutating func bool(_ name: String?, _ value: Bool) { key(name); out += value ? "true" : "false" }
    /// `null`, under key `name` when given.
    public mutating func null(_ name: String?) { key(name); out += "null" }

    /// A number; non-finite values (which the engine never produces) are written as null.
    public mutating func number(_ name: String?, _ value: Double?) {
        key(name)
        out += value.map(JSONWriter.format) ?? "null"
    }

    /// Shortest text that reads back as the same Double; whole numbers without ".0".
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return ShortestNumber.text(value)
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
