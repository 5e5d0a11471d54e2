import Foundation
import Testing
@testable import Localization

/// Every text the sources pass to `loc` must have a German entry in the one table.
@Suite("Localisation table")
struct LocalizationTableTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The string literal that starts each `loc("…"` call in the sources.
    static func keys() throws -> [(file: String, key: String)] {
        var found: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(atPath: sources.path)!
        let pattern = try NSRegularExpression(pattern: #"\bloc\("((?:[^"\\]|\\.)*)""#)
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.hasPrefix("Localization/") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let literal = String(text[Range(match.range(at: 1), in: text)!])
                found.append((path, literal.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")))
            }
        }
        return found
    }

    @Test func everyKeyHasAGermanTranslation() throws {
        let keys = try Self.keys()
        #expect(keys.count > 100, "found only \(keys.count) localised texts")
        for (file, key) in keys {
            let translated = LocalizationTable.german[key] != nil
            #expect(translated, "\(file): no German for \"\(key)\"")
        }
    }

    @Test func translationsKeepTheirPlaceholdersAndAreUsed() throws {
        let used = Set(try Self.keys().map(\.key))
        for (english, german) in LocalizationTable.german {
            #expect(!german.isEmpty)
            for n in 1...9 where english.contains("%\(n)") {
                #expect(german.contains("%\(n)"), "\"\(german)\" lacks %\(n)")
            }
            let isUsed = used.contains(english)
            #expect(isUsed, "unused table entry \"\(english)\"")
        }
    }

    @Test func lookupAndLanguageChoice() {
        #expect(loc("Legal basis", .en) == "Legal basis")
        #expect(loc("Legal basis", .de) == "Rechtsgrundlage")
        #expect(Language.resolve(nil, environment: ["LANG": "de_DE.UTF-8"]) == .de)
        #expect(Language.resolve(nil, environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language.resolve("en", environment: ["LANG": "de_AT"]) == .en)
        #expect(Language.resolve(nil, environment: [:]) == .en)
    }
}
