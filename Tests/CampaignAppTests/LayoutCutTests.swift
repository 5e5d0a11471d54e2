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
