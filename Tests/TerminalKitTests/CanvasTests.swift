import Testing
@testable import TerminalKit

/// The sub-cell canvas and the charts drawn on it (issue 15).
@Suite("Canvas")
struct CanvasTests {
    static func text(_ canvas: Canvas) -> [String] {
        var buffer = ScreenBuffer(width: canvas.width, height: canvas.height)
        canvas.render(into: &buffer, x: 0, y: 0)
        return buffer.lines
    }

    @Test func brailleDotsFollowUnicodeNumbering() {
        var c = Canvas(width: 1, height: 1)
        c.dot(0, 0, .plain)   // dot 1
        #expect(Self.text(c) == ["⠁"])
        c.dot(1, 3, .plain)   // dot 8
        #expect(Self.text(c) == ["⢁"])
        var full = Canvas(width: 1, height: 1)
        for x in 0..<2 { for y in 0..<4 { full.dot(x, y, .plain) } }
        #expect(Self.text(full) == ["⣿"])
    }

    @Test func linesAtSubCellResolution() {
        var flat = Canvas(width: 4, height: 1)
        flat.line(0, 3, 7, 3, .plain)
        #expect(Self.text(flat) == ["⣀⣀⣀⣀"])
        var diagonal = Canvas(width: 2, height: 2)
        diagonal.line(0, 7, 3, 0, .plain)
        #expect(Self.text(diagonal) == [" ⡜", "⡜"])  // two dots up for each one across
        // A dashed line leaves every third dot out.
        var dashed = Canvas(width: 3, height: 1)
        dashed.line(0, 0, 5, 0, .plain, skip: 3)
        #expect(Self.text(dashed) == ["⠉⠈⠁"])  // dots 0, 1, 3, 4 of 0…5
    }

    @Test func theLastLayerOwnsASharedCellAndOutsideIsClipped() {
        var c = Canvas(width: 2, height: 1)
        c.line(0, 0, 3, 0, Style(color: .blue))
        c.line(0, 3, 1, 3, Style(color: .red))
        c.dot(-1, 0, .plain); c.dot(4, 0, .plain); c.dot(0, 9, .plain)
        var buffer = ScreenBuffer(width: 2, height: 1)
        c.render(into: &buffer, x: 0, y: 0)
        #expect(buffer.lines == ["⣉⠉"])
        #expect(buffer.colorMask == ["rb"])
    }

    @Test func halfBlocks() {
        var c = Canvas(width: 3, height: 1, mode: .halfBlock)
        c.dot(0, 0, .plain); c.dot(1, 1, .plain); c.dot(2, 0, .plain); c.dot(2, 1, .plain)
        #expect(Self.text(c) == ["▀▄█"])
    }

    @Test func niceTicks() {
        #expect(NiceTicks.ticks(0, 47.3, count: 6) == [0, 10, 20, 30, 40, 50])
        #expect(NiceTicks.ticks(0.0485, 0.0718, count: 5).first! <= 0.0485)
        #expect(NiceTicks.ticks(237_412, 328_951, count: 6) == [220_000, 240_000, 260_000, 280_000, 300_000, 320_000, 340_000])
        #expect(NiceTicks.nice(7, round: true) == 10 && NiceTicks.nice(1.2, round: false) == 2)
    }

    static func chart(selected: Int?) -> LineChart {
        LineChart(title: "t", xs: [0, 0.5, 1],
                  series: [.init(mark: "A", style: Style(color: .blue), values: [1, 2, 3], name: "Alpha"),
                           .init(mark: "B", style: Style(color: .red), values: [1, 2.5, 2], name: "Beta")],
                  cursor: 0.5, format: { String(Int($0)) }, formatX: { "\(Int($0 * 100)) %" }, selected: selected)
    }

    @Test func theSelectedSeriesLiesOnTopAndTheLegendNamesEveryone() {
        for (selected, owner) in [(0, "b"), (1, "r")] {
            var buffer = ScreenBuffer(width: 40, height: 10)
            Self.chart(selected: selected).render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 10))
            // Both series start at (0, 1): the selected one's marker is the one shown, in bold.
            let start = buffer.lines.firstIndex { $0.contains("A") || $0.contains("B") }!
            let row = buffer.lines.indices.last { buffer.lines[$0].contains(selected == 0 ? "A" : "B") && $0 >= start }!
            #expect(buffer.colorMask[row].contains(owner))
            #expect(buffer.lines[9].contains("A Alpha") && buffer.lines[9].contains("B Beta"))
        }
        // Too narrow for the names: the hint instead.
        var narrow = ScreenBuffer(width: 16, height: 8)
        var chart = Self.chart(selected: nil)
        chart.legendHint = "see table"
        chart.render(into: &narrow, in: Rect(x: 0, y: 0, width: 16, height: 8))
        #expect(narrow.lines[7].contains("see table") && !narrow.lines[7].contains("Alpha"))
    }

    /// Where two lines cross, no letter covers the crossing (issue 30): here they cross at the
    /// middle sample, which keeps its braille dots while both lines keep their end letters.
    @Test func lettersLeaveCrossingsVisible() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        LineChart(title: "t", xs: [0, 0.5, 1],
                  series: [.init(mark: "A", style: .plain, values: [1, 2, 3], name: "Up"), .init(mark: "B", style: .plain, values: [3, 2, 1], name: "Down")],
                  cursor: nil, format: { String(Int($0)) }, formatX: { "\(Int($0 * 100))" })
            .render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 10))
        let plot = buffer.lines[1..<8].joined()
        #expect(plot.filter { $0 == "A" }.count == 2 && plot.filter { $0 == "B" }.count == 2, "\(buffer.lines.joined(separator: "\n"))")
        // The middle row holds the crossing: dots, no letter.
        let middle = buffer.lines[1..<8].first { $0.contains { (0x2800...0x28FF).contains($0.unicodeScalars.first!.value) } && !$0.contains("A") && !$0.contains("B") }
        #expect(middle != nil, "\(buffer.lines.joined(separator: "\n"))")
    }

    @Test func asciiKeepsTheLetterChart() {
        var buffer = ScreenBuffer(width: 40, height: 10, glyphs: .ascii)
        Self.chart(selected: 0).render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 10))
        let text = buffer.lines.joined()
        #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(text.contains("A") && text.contains("B") && text.contains("·"))
    }

    /// Without Unicode "€" is spelt "EUR ", and the axis makes room for it instead of cutting the label.
    @Test func asciiAxisLabelsAreMeasuredAsDrawn() {
        var buffer = ScreenBuffer(width: 40, height: 10, glyphs: .ascii)
        LineChart(title: "t", xs: [0, 1], series: [.init(mark: "A", style: .plain, values: [300, 370])], cursor: nil,
                  format: { "€\(Int($0))" }, formatX: { "\(Int($0))" })
            .render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 10))
        let labels = buffer.lines.filter { $0.contains("EUR") }
        #expect(!labels.isEmpty && labels.allSatisfy { !$0.contains("~") && $0.contains("EUR 3") })
        #expect(buffer.cuts.allSatisfy { $0.ellipsized })
    }
}
