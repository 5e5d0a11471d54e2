import Foundation
import Testing
@testable import ScenarioKit

/// Hostile files must be refused quickly with a clear message: never a crash, hang or blow-up.
@Suite("Hostile input")
struct HostileInputTests {
    func refuse(_ bytes: [UInt8], containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let start = ContinuousClock.now
        do {
            _ = try ScenarioLoader.load(bytes: bytes, file: "bad.yaml")
            Issue.record("accepted hostile input", sourceLocation: sourceLocation)
        } catch {
            let text = error.description
            #expect(text.hasPrefix("bad.yaml"), sourceLocation: sourceLocation)
            #expect(text.contains(fragment), "message was: \(text)", sourceLocation: sourceLocation)
        }
        // Generous bound: a hang or exponential blow-up takes far longer than this.
        #expect(ContinuousClock.now - start < .seconds(5), sourceLocation: sourceLocation)
    }

    @Test func emptyFile() { refuse([], containing: "file is empty") }
    @Test func whitespaceOnly() { refuse(Array("  \n\n\t\n".utf8), containing: "file is empty") }
    @Test func commentsOnly() { refuse(Array("# nothing\n".utf8), containing: "no YAML document") }

    @Test func binaryGarbage() {
        var rng = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[100] = 0
        refuse(bytes, containing: "binary")
    }

    @Test func invalidUTF8() { refuse([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], containing: "not UTF-8") }

    @Test func tooLarge() {
        let line = Array("# padding padding padding padding padding padding padding padding\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= InputGuard.maxBytes { bytes += line }
        refuse(bytes, containing: "at most 1048576 bytes")
    }

    @Test func deepNesting() {
        let depth = 100_000
        refuse(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8), containing: "deeper than 1000")
    }

    @Test func deepBlockNesting() {
        var yaml = ""
        for i in 0..<1100 { yaml += String(repeating: " ", count: i) + "a\(i):\n" }
        refuse(Array(yaml.utf8), containing: "deeper than 1000")
    }

    @Test func billionLaughsInValues() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "name: *a9\ncategories: *a9\ncohorts: *a9\noffers: *a9\n"
        refuse(Array(yaml.utf8), containing: "error")
    }

    @Test func billionLaughsAsKeys() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "? *a9\n: x\n"
        refuse(Array(yaml.utf8), containing: "alias may not be used as a mapping key")
        refuse(Array((yaml.replacingOccurrences(of: "? *a9\n: x\n", with: "*a9 : x\n")).utf8), containing: "alias may not be used as a mapping key")
    }

    @Test func tooManyAliases() {
        let yaml = "a: &a 1\nb: [" + Array(repeating: "*a", count: 200).joined(separator: ", ") + "]\n"
        refuse(Array(yaml.utf8), containing: "more than 100 aliases")
    }

    @Test func hugeMappingIsNotWalked() {
        let keys = (0..<50_000).map { "k\($0): 1" }.joined(separator: "\n")
        refuse(Array(keys.utf8), containing: "at most 64")
    }

    @Test func syntaxErrorHasPosition() {
        do {
            _ = try ScenarioLoader.load(yaml: "name: x\ncategories: [a, b\n", file: "bad.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics[0].line >= 2)
            #expect(error.description.contains("YAML syntax"))
        }
    }

    @Test func duplicateKeys() { refuse(Array("name: a\nname: b\n".utf8), containing: "appears twice") }
    @Test func multipleDocuments() { refuse(Array("name: a\n---\nname: b\n".utf8), containing: "YAML syntax") }
    @Test func absurdNumbers() {
        let yaml = mutated("size: 300", "size: 1e308")
        refuse(Array(yaml.utf8), containing: "cohorts[0].size")
    }

    @Test func aliasTextInQuotesAndCommentsIsFine() throws {
        let yaml = mutated("description: A tiny shop for tests.", "description: \"*stars*: shine\" # *x : y")
        let s = try ScenarioLoader.load(yaml: yaml, file: "t")
        #expect(s.description == "*stars*: shine")
    }
}

/// Issue 19: diagnostics point inside the file and stay on one line.
@Suite("Diagnostic positions and escaping")
struct DiagnosticPositionTests {
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do { _ = try ScenarioLoader.load(yaml: yaml, file: "d.yaml"); return [] } catch { return error.diagnostics }
    }

    @Test(arguments: ["name: \"unclosed\n", "name: [a, b\n", "name: x\ncategories: [a, b]\ncohorts: [", "name: 'x\n\n", "a:\n  - b\n c: {"])
    func anErrorAtTheEndOfTheStreamPointsAtTheLastLine(_ yaml: String) {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        if yaml.hasSuffix("\n") { lines.removeLast() }
        let found = Self.diagnostics(yaml)
        #expect(!found.isEmpty)
        for d in found where d.line > 0 {
            #expect(d.line <= lines.count, "\(d) points past the last line \(lines.count)")
            #expect(d.column <= lines[d.line - 1].count + 1, "\(d) points past the end of its line")
        }
    }

    @Test func valuesWithNewlinesAreEscapedAndDiagnosticsAreOneLine() {
        let yaml = validYAML.replacingOccurrences(of: "seed: 7", with: "seed: \"one\\ntwo\\tthree\"")
            .replacingOccurrences(of: "    base_rate: 0.05", with: "    base_rate: |\n      0.05\n      more")
        let found = Self.diagnostics(yaml)
        #expect(found.count >= 2)
        for d in found { #expect(!d.description.contains("\n") && !d.description.contains("\t"), "\(d.description)") }
        #expect(found.contains { $0.description.contains(#""one\ntwo\tthree""#) })
        // Long values are cut.
        let long = validYAML.replacingOccurrences(of: "seed: 7", with: "seed: \"" + String(repeating: "x", count: 500) + "\"")
        #expect(Self.diagnostics(long).allSatisfy { $0.description.count < 200 })
    }
}
