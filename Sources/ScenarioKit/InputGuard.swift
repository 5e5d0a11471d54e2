/// Cheap checks on raw scenario text that run before the YAML parser sees it.
///
/// libyaml already limits nesting to 1000 levels and Yams shares aliased nodes instead of
/// copying them, so deep nesting and alias bombs in values cost little. Two things remain
/// dangerous: a huge file, and an alias used as a mapping key, which Yams hashes in full
/// (a "billion laughs" there takes exponential time). Scenarios need neither.
package enum InputGuard {
    /// Largest scenario file accepted, in bytes.
    static let maxBytes = 1 << 20
    /// Most aliases (`*name`) accepted in one file.
    static let maxAliases = 100

    /// A problem found in the raw text: 1-based line and column and a message.
    package struct Finding {
        package var line: Int
        package var column: Int
        package var message: String
    }

    /// Returns the first problem of the raw bytes, or nil when they may be parsed.
    package static func check(_ bytes: [UInt8]) -> Finding? {
        if bytes.count > maxBytes {
            return Finding(line: 0, column: 0, message:
                "file is \(bytes.count) bytes; scenario files may be at most \(maxBytes) bytes (1 MiB)")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            return Finding(line: line, column: column,
                           message: "file contains a NUL byte; this is binary data, not a YAML scenario")
        }
        return scanAliases(bytes)
    }

    /// Finds aliases in key position and counts aliases, skipping comments and quoted text.
    private static func scanAliases(_ bytes: [UInt8]) -> Finding? {
        var aliases = 0
        var line = 1, lineStart = 0
        var i = 0
        var quote: UInt8? = nil
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func isFlow(_ b: UInt8) -> Bool { b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: ",") }
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1; lineStart = i + 1; quote = nil; i += 1; continue }
            if let q = quote {
                if b == q { quote = nil }
                i += 1
                continue
            }
            let atTokenStart = i == lineStart || isSpace(bytes[i - 1]) || isFlow(bytes[i - 1])
            if b == UInt8(ascii: "#") && atTokenStart {
                while i < n && bytes[i] != 0x0A { i += 1 }
                continue
            }
            if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")) && atTokenStart {
                quote = b
                i += 1
                continue
            }
            if b == UInt8(ascii: "*") && atTokenStart {
                var j = i + 1
                while j < n && !isSpace(bytes[j]) && !isFlow(bytes[j]) { j += 1 }
                if j > i + 1 {
                    aliases += 1
                    if aliases > maxAliases {
                        return Finding(line: line, column: i - lineStart + 1,
                                       message: "more than \(maxAliases) aliases; scenario files do not need that many")
                    }
                    // Explicit key (`? *a`) or implicit key (`*a :`).
                    var k = j
                    while k < n && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
                    let implicitKey = k < n && bytes[k] == UInt8(ascii: ":") && (k + 1 == n || isSpace(bytes[k + 1]) || isFlow(bytes[k + 1]))
                    var p = i - 1
                    while p >= lineStart && (bytes[p] == 0x20 || bytes[p] == 0x09) { p -= 1 }
                    let explicitKey = p >= lineStart && bytes[p] == UInt8(ascii: "?")
                    if implicitKey || explicitKey {
                        return Finding(line: line, column: i - lineStart + 1,
                                       message: "an alias may not be used as a mapping key")
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        return nil
    }

    private static func position(of index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for i in 0..<index where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        return (line, index - lineStart + 1)
    }
}
