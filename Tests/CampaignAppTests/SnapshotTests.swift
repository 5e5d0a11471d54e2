import Foundation
import Localization
import Testing
@testable import CampaignApp
@testable import ScenarioKit
import TerminalKit

/// Every screen at 80×24 and 120×40, compared with stored text and style masks.
@Suite("Screen snapshots", .serialized)
struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Key sequences that lead to each screen from a fresh start.
    static let screens: [(String, [Key])] = [
        ("dashboard", []),
        ("dashboard-consent-73", [.end, .pageDown, .pageDown, .pageDown, .left, .left, .left, .left, .left, .left, .left]),
        ("dashboard-profit-tradeoff", [.character("c"), .character("v"), .down, .down, .down]),
        ("detail-personalised", [.down, .down, .down, .enter]),
        ("detail-unconstrained", [.down, .down, .down, .down, .enter]),
        ("parameters", [.character("p"), .down, .right]),
        ("picker", [.character("o"), .down]),
        ("help", [.character("?")]),
        ("save-dialog", [.character("s")]),
        ("obligations-unconstrained", [.down, .down, .down, .down, .character("a"), .down, .down, .down]),
        ("dashboard-intervals", [.character("r"), .character("x")]),
        ("robustness", [.character("w")]),
        // Campaign weeks 1 → 12 on the parameters screen, then the timeline at week 4 and with its consent chart.
        ("timeline", SnapshotTests.twelveWeeks + [.escape, .character("t"), .right, .right, .right]),
        ("timeline-consent", SnapshotTests.twelveWeeks + [.escape, .character("t"), .end, .character("m"), .character("m")]),
        ("timeline-one-shot", [.character("t")]),
    ]

    /// From the dashboard: the parameters screen, down to Campaign weeks, and up to 12.
    static let twelveWeeks: [Key] = [.character("p")] + Array(repeating: .down, count: 8) + Array(repeating: .right, count: 5)

    /// A screen of the fixture app (fixed figures, not the engine's), as the snapshots store it.
    static func fixtureScreen(_ keys: [Key], width: Int, height: Int, language: Language = .en, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        var app = FixtureApp(width: width, height: height, language: language)
        for key in keys { app.press(key) }
        return AppView.render(app.state, glyphs: glyphs)
    }

    @Test(arguments: sizes)
    func everyScreen(width: Int, height: Int) throws {
        for (name, keys) in Self.screens {
            try Harness.assertSnapshot(Self.fixtureScreen(keys, width: width, height: height), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func germanScreens() throws {
        for (name, keys) in [("dashboard", [Key]()), ("detail-personalised", [.down, .down, .down, .enter, .tab]),
                             ("obligations-unconstrained", [.down, .down, .down, .down, .character("a"), .down, .down, .down]),
                             ("parameters", [.character("p"), .down, .right]), ("help", [.character("?")]),
                             ("timeline", SnapshotTests.twelveWeeks + [.escape, .character("t"), .right, .right, .right])] {
            try Harness.assertSnapshot(Self.fixtureScreen(keys, width: 80, height: 24, language: .de), named: "de-\(name)-80x24")
        }
    }

    /// The timeline in German at the large size too (the 80×24 one is among `germanScreens`).
    @Test func germanTimelineAtLargeSize() throws {
        try Harness.assertSnapshot(Self.fixtureScreen(SnapshotTests.twelveWeeks + [.escape, .character("t"), .right, .right, .right],
                                                      width: 120, height: 40, language: .de), named: "de-timeline-120x40")
    }

    /// Every chart the dashboard draws, in the three ways a terminal can show it: colour (the
    /// colour mask), NO_COLOR (the text alone: letters and line shapes, no colour needed) and ASCII.
    @Test(arguments: sizes)
    func chartsInColourNoColorAndASCII(width: Int, height: Int) throws {
        for (name, keys) in [("charts", [Key]()), ("charts-profit-tradeoff", [.character("c"), .character("v"), .down, .down, .down]),
                             ("charts-robustness", [.character("w")])] {
            try Harness.assertSnapshot(Self.fixtureScreen(keys, width: width, height: height), named: "\(name)-colour-\(width)x\(height)", colors: true)
            let ascii = Self.fixtureScreen(keys, width: width, height: height, glyphs: .ascii)
            try Harness.assertSnapshot(ascii, named: "\(name)-ascii-\(width)x\(height)")
            #expect(!ascii.lines.joined().unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }, "braille in ASCII mode")
        }
    }

    @Test func tooSmall() throws {
        try Harness.assertSnapshot(Self.fixtureScreen([], width: 60, height: 20), named: "too-small-60x20")
    }

    @Test func asciiGlyphsForNonUTF8Terminals() throws {
        let buffer = Self.fixtureScreen([], width: 80, height: 24, glyphs: .ascii)
        try Harness.assertSnapshot(buffer, named: "dashboard-ascii-80x24")
        #expect(buffer.lines.joined().contains("+"))
        #expect(!buffer.lines.joined().contains("┌"))
    }

    /// A few screens through the real engine and runtime, end to end: these change with the model.
    @Test func engineDrivenScreens() throws {
        for (name, keys, width, height) in [("e2e-dashboard", [Key](), 80, 24), ("e2e-detail-personalised", [.down, .down, .down, .enter], 120, 40)] {
            let runtime = Harness.runtime(width: width, height: height)
            for key in keys { Harness.press(runtime, key) }
            try Harness.assertSnapshot(Harness.screen(runtime), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func asciiFallbackCoversEveryCharacterTheViewsDraw() {
        // Render every screen and check that, mapped to ASCII, nothing becomes "?" except where a "?" was drawn.
        for (_, keys) in Self.screens {
            let buffer = Self.fixtureScreen(keys, width: 120, height: 40, glyphs: .ascii)
            for line in buffer.lines {
                for c in line where !c.isASCII {
                    #expect(AsciiFallback.map(c) != "?", "no ASCII fallback for \(c)")
                }
            }
        }
    }
}

/// A scenario and offer named with wide characters (CJK, emoji) keep every row at the terminal's width.
@Suite("Wide characters on screen")
struct WideCharacterScreenTests {
    @Test func wideNamesKeepRowsAligned() throws {
        let yaml = BuiltinScenarios.defaultScenario.yaml
            .replacingOccurrences(of: "name: Fashion welcome discounts", with: "name: 春のセール 🎁 Fashion")
            .replacingOccurrences(of: "name: 10 % off everything", with: "name: 10 % off 全部 🎁")
            .replacingOccurrences(of: "      10 % off everything: 10 % auf alles\n", with: "")
        let scenario = try ScenarioLoader.load(yaml: yaml, file: "wide.yaml").scaled(toCustomers: 5_000)
        #expect(scenario.name.hasPrefix("春"))
        for (width, height) in [(80, 24), (120, 40)] {
            let r = AppRuntime(scenario: scenario, source: "wide", width: width, height: height, files: SandboxFileSystem(), threads: 2)
            r.start()
            r.settle()
            for keys in [[Key](), [.enter], [.down, .down, .down, .enter, .tab]] {
                for key in keys { Harness.press(r, key) }
                let buffer = Harness.screen(r)
                for (y, line) in buffer.lines.enumerated() {
                    #expect(DisplayWidth.of(line) <= width, "row \(y) is \(DisplayWidth.of(line)) columns wide: \(line)")
                }
                // The header's right-hand text still ends at the last column.
                #expect(buffer.lines[0].hasSuffix("recompute 13 ms"), "\(buffer.lines[0])")
                #expect(DisplayWidth.of(buffer.lines[0]) == width - 1)
                Harness.press(r, .escape)
            }
        }
    }
}

/// Issue 16, item 2: the selected sample row is one reversed bar, text included.
@Suite("Selected rows")
struct SelectedRowTests {
    @Test func theSelectedSampleRowIsReversedFromEdgeToEdge() {
        var app = FixtureApp(width: 80, height: 24)
        app.press(.down, .down, .down, .enter, .tab)
        let buffer = AppView.render(app.state)
        let row = buffer.lines.firstIndex { $0.contains("#\(app.state.currentSamples[app.state.detail.index].customer.id)") }!
        for x in 1..<79 {
            let style = buffer[x, row].style
            #expect(style.reverse, "column \(x) of the selected row is not reversed")
        }
    }
}

/// Issue 16, item 7: small things an ASCII or crowded screen got wrong.
@Suite("ASCII and crowded headers")
struct HeaderAndASCIITests {
    @Test func asciiStatusBarNamesArrowKeysAndTheHeaderKeepsAGap() throws {
        let ascii = SnapshotTests.fixtureScreen([], width: 80, height: 24, glyphs: .ascii)
        let status = ascii.lines[23]
        #expect(status.contains("left/right consent") && status.contains("up/down select") && !status.contains("^v"))
        // A scenario name long enough to reach the timing still leaves two spaces before it.
        var long = FixtureApp(width: 80, height: 24)
        long.state.snapshot?.scenario.name = String(repeating: "iGaming first-deposit bonuses ", count: 3)
        let header = AppView.render(long.state).lines[0]
        let timing = try #require(header.range(of: "recompute"))
        #expect(header[header.index(timing.lowerBound, offsetBy: -2)..<timing.lowerBound] == "  ", "\(header)")
    }
}
