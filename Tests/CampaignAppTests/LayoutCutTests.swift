import Foundation
import Localization
import Testing
@testable import CampaignApp
import TerminalKit

/// Text that does not fit is shortened visibly, and legal citations are never shortened (issue 16, item 3).
@Suite("Layout cuts")
struct LayoutCutTests {
    /// A citation such as "Art. 5(3)", "Art. 26(1)(d)" or "§ 8": its number must always be whole.
    static func citesAnArticle(_ text: String) -> Bool {
        text.range(of: #"(Art\.|Article|Artikel|§)\s*\d"#, options: .regularExpression) != nil
    }

    static func problems(_ buffer: ScreenBuffer) -> [String] {
        buffer.cuts.compactMap { cut in
            if !cut.ellipsized { return "cut without an ellipsis: \"\(cut.text)\" shown as \"\(cut.shown)\"" }
            if citesAnArticle(cut.text) { return "citation cut: \"\(cut.text)\" shown as \"\(cut.shown)\"" }
            return nil
        }
    }

    @Test(arguments: [Language.en, .de], [(80, 24), (120, 40)])
    func noScreenCutsAWordOrACitation(language: Language, size: (Int, Int)) {
        var screens = SnapshotTests.screens
        screens.append(("detail-explained", [.down, .down, .down, .enter, .tab]))
        screens.append(("detail-suppressed", [.down, .down, .down, .down, .down, .enter, .tab, .tab]))
        for (name, keys) in screens {
            for glyphs in [Glyphs.unicode, .ascii] {
                let buffer = SnapshotTests.fixtureScreen(keys, width: size.0, height: size.1, language: language, glyphs: glyphs)
                let found = Self.problems(buffer)
                #expect(found.isEmpty, "\(name) \(language) \(size.0)x\(size.1) \(glyphs == .ascii ? "ascii" : "unicode"):\n\(found.joined(separator: "\n"))")
            }
        }
    }

    /// A long explanation is wrapped whole and scrolls to its last line; nothing of it is lost.
    @Test(arguments: [Language.en, .de])
    func theExplanationScrollsToItsLastLine(language: Language) {
        var app = FixtureApp(width: 80, height: 24, language: language)
        app.press(.down, .down, .down, .enter, .tab)
        let lines = DetailView.explanationLines(app.state, width: 76).map(\.0)
        #expect(DetailView.maximumScroll(app.state) > 0)
        #expect(!AppView.render(app.state).lines.joined(separator: "\n").contains(lines.last!))
        for _ in 0..<10 { app.press(.pageDown) }
        let screen = AppView.render(app.state).lines.joined(separator: "\n")
        #expect(screen.contains(lines.last!))
        for _ in 0..<10 { app.press(.pageUp) }
        #expect(app.state.detail.scroll == 0)
        #expect(AppView.render(app.state).lines.joined(separator: "\n").contains(lines.first!))
    }

    @Test func theCheckCanFail() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("Zuwachs ggü. einheitlich", x: 0, y: 0)
        #expect(Self.problems(buffer).count == 1)
        var cited = ScreenBuffer(width: 20, height: 1)
        cited.putTruncated("ePrivacy Directive Art. 5(3)", x: 0, y: 0, width: 20)
        #expect(Self.problems(cited).count == 1)
        var fine = ScreenBuffer(width: 20, height: 1)
        fine.putTruncated("a long label that is cut", x: 0, y: 0, width: 20)
        fine.put("padded    ", x: 0, y: 0, maxWidth: 6)
        #expect(Self.problems(fine).isEmpty)
    }
}

/// German screens write German numbers: "60.000", "5,06 %", "251 T€" (issue 19).
@Suite("German numbers on screen")
struct GermanNumberTests {
    /// English-formatted numbers: commas grouping thousands (two groups, or a group then a decimal
    /// point), a point before one, two or four and more digits, or a euro sign before the amount.
    /// ("1,000" alone is a German decimal with three places, so a single group is not flagged.)
    static func englishNumbers(_ text: String) -> [String] {
        let pattern = #"\d,\d{3},\d|\d,\d{3}\.\d|\d\.\d{1,2}(?!\d)|\d\.\d{4,}|€\s?\d"#
        let regex = try! NSRegularExpression(pattern: pattern)
        return text.split(separator: "\n").flatMap { line -> [String] in
            let s = String(line)
            return regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).map { _ in s }
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyGermanScreenWritesGermanNumbers(size: (Int, Int)) {
        for (name, keys) in SnapshotTests.screens + [("detail-explained", [.down, .down, .down, .enter, .tab])] {
            let text = SnapshotTests.fixtureScreen(keys, width: size.0, height: size.1, language: .de).lines.joined(separator: "\n")
            let found = Self.englishNumbers(text)
            #expect(text.contains("200.000 Personen"), "\(name): the header's count is not grouped the German way")
            #expect(found.isEmpty, "\(name) \(size.0)x\(size.1):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test func theCheckCanFail() {
        #expect(Self.englishNumbers("Kunden 1,234,567").count == 1)
        #expect(Self.englishNumbers("Gewinn 12,470.50").count == 1)
        #expect(Self.englishNumbers("Quote 5.06 %").count == 1)
        #expect(Self.englishNumbers("Gewinn €343 k").count == 1)
        #expect(Self.englishNumbers("200.000 Personen, 5,06 %, 343 T€, Art. 6(1)(a)").isEmpty)
    }
}
