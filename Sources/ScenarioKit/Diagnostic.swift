/// One problem found in a scenario file, with its place and key path.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// Key path such as `cohorts[1].base_rate`; empty for the whole file.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:column: error: path: message`, the form compilers use so editors can jump to it.
    /// Always one line: a newline or other control character from the file is escaped.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let key = path.isEmpty ? "" : "\(Self.escaped(path)): "
        return "\(place): error: \(key)\(Self.escaped(message))"
    }

    /// `text` with \n, \r, \t and other control characters written as escapes.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// All problems of one scenario file; nothing runs while there are any.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The problems in file order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
