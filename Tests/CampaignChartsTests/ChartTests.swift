import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Localization
import Testing
@testable import CampaignCharts
import TerminalKit
@testable import CampaignEngine
import CampaignOutput
@testable import ScenarioKit

@Suite("Charts")
struct ChartTests {
    static func models(_ language: Language) throws -> [ChartModel] {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("igaming-first-deposit")!.yaml, file: "i").scaled(toCustomers: 8_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let sweep = engine.sweep(scenario.consent.sweep)
        let name = scenario.localized(language).name
        return [
            ChartModel.sweep(sweep, strategies: scenario.strategies, metric: .expectedProfitEUR, cursor: 0.35, scenario: name, language: language),
            ChartModel.sweep(sweep, strategies: scenario.strategies, metric: .exposureIndex, cursor: 0.35, scenario: name, language: language),
            ChartModel.frontier(engine.evaluate(rate: 0.35), strategies: scenario.strategies, scenario: name, language: language),
        ]
    }

    @Test func niceTicksCoverTheDataAtRoundNumbers() {
        #expect(NiceTicks.ticks(0, 1, count: 6) == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0] || NiceTicks.ticks(0, 1, count: 6).count == 6)
        let t = NiceTicks.ticks(237_412, 328_951, count: 6)
        #expect(t.first! <= 237_412 && t.last! >= 328_951)
        #expect(t == [220_000, 240_000, 260_000, 280_000, 300_000, 320_000, 340_000])
        #expect(NiceTicks.ticks(0, 47.3, count: 6) == [0, 10, 20, 30, 40, 50])
        #expect(NiceTicks.ticks(5, 5).count >= 2)
    }

    /// Every chart is well-formed XML, self-contained, and names every strategy, the counterexample
    /// and the ceiling as such, in both languages.
    @Test(arguments: Language.allCases)
    func everySVGParsesAndNamesEveryStrategy(_ language: Language) throws {
        for model in try Self.models(language) {
            let svg = SVGChart.render(model)
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(model.title): \(parser.parserError.map { "\($0)" } ?? "")")
            #expect(svg.contains("version=\"1.1\"") && svg.contains("width=\"1280\" height=\"720\""))
            for banned in ["<script", "href", "url(", "@import", "<image", "<foreignObject"] { #expect(!svg.contains(banned), "\(banned)") }
            for s in model.series { #expect(svg.contains(">\(SVGChart.escape(s.name))</text>"), "legend lacks \(s.name)") }
            #expect(svg.contains("(" + loc("counterexample", language) + ")"))
            if model.kind == .lines {
                // Oracle has no privacy figures, so the exposure chart has no ceiling to label.
                if model.series.contains(where: { $0.strategy == .oracle }) { #expect(svg.contains("(" + loc("ceiling", language) + ")")) }
                #expect(svg.contains(loc("consent %1", language, language == .de ? "35 %" : "35 %")))
            }
            #expect(svg.contains(SVGChart.escape(model.xLabel)) && svg.contains(SVGChart.escape(model.yLabel)))
        }
    }

    /// `chart --metric` takes every figure of the JSON contract: each has a label, a unit and a chart.
    @Test func everyContractFigureCanBeCharted() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "b").scaled(toCustomers: 2_000)
        let sweep = Engine(scenario: scenario, threads: 2).sweep([0, 0.5, 1])
        for key in FigureKey.contract + FigureKey.fineCaps + [.fineCapLargest] {
            #expect(FigureCatalog.all[key] != nil, "\(key.rawValue) has no label")
            let svg = SVGChart.render(ChartModel.sweep(sweep, strategies: scenario.strategies, metric: key, cursor: 0.5, scenario: "b", language: .de))
            #expect(XMLParser(data: Data(svg.utf8)).parse(), "\(key.rawValue)")
        }
    }

    /// A scenario name holding control characters (escape sequences, a bell, U+0001, U+FFFF) still
    /// gives a well-formed SVG: XML 1.0 allows them in no form, so they are shown as `^[`, not written.
    @Test func controlCharactersInNamesKeepTheSVGWellFormed() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "b").scaled(toCustomers: 2_000)
        let sweep = Engine(scenario: scenario, threads: 2).sweep([0, 0.5, 1])
        let name = "Bikes \u{1B}]0;title\u{07} \u{01}\u{FFFF} < & \"done\" \u{7F}\u{9B}"
        let svg = SVGChart.render(ChartModel.sweep(sweep, strategies: scenario.strategies, metric: .profitEUR, cursor: 0.5, scenario: name, language: .en))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("Bikes ^[]0;title^G ^A\u{FFFD} &lt; &amp; &quot;done&quot; ^?&lt;U+009B&gt;"))
        #expect(!svg.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    /// In every shipped scenario's frontier chart, at several consent rates, no point's name crosses
    /// the frontier's dashed line or another name (issue 30). The
    /// names' boxes are measured from the SVG's own coordinates, at the placer's width per character.
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func frontierNamesKeepClearOfTheLineAndEachOther(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 4_000)
        let engine = Engine(scenario: scenario, threads: 2)
        for rate in [0.0, 0.3, 0.6, 1.0] {
            let svg = SVGChart.render(ChartModel.frontier(engine.evaluate(rate: rate), strategies: scenario.strategies, scenario: name, language: .en))
            func numbers(_ s: Substring) -> [Double] { s.split { !"0123456789.-".contains($0) }.compactMap { Double($0) } }
            var segments: [((x: Double, y: Double), (x: Double, y: Double))] = []
            if let line = svg.split(separator: "\n").first(where: { $0.contains("stroke=\"#999999\" stroke-width=\"2\" stroke-dasharray=\"8 5\"") }) {
                let inner = line[line.range(of: "points=\"")!.upperBound...].prefix { $0 != "\"" }
                let xy = numbers(inner)
                let points = stride(from: 0, to: xy.count - 1, by: 2).map { (x: xy[$0], y: xy[$0 + 1]) }
                segments = zip(points, points.dropFirst()).map { ($0, $1) }
            }
            var boxes: [LabelPlacer.Box] = [], names: [String] = []
            for line in svg.split(separator: "\n") where line.hasPrefix("<text") && line.contains("font-size=\"17\" fill=\"#111111\"") {
                func attribute(_ key: String) -> Double { Double(line[line.range(of: " \(key)=\"")!.upperBound...].prefix { $0 != "\"" })! }
                let text = line[line.range(of: ">")!.upperBound...].prefix { $0 != "<" }
                names += text.components(separatedBy: " / ")
                let width = Double(text.count) * LabelPlacer.charWidth, x = attribute("x"), y = attribute("y")
                let minX = line.contains("text-anchor=\"end\"") ? x - width : x
                boxes.append(.init(minX: minX, minY: y - LabelPlacer.fontSize * 0.78, maxX: minX + width, maxY: y + LabelPlacer.fontSize * 0.2))
            }
            // Every strategy is named once; strategies on one point share one name ("Broadcast / Contextual").
            #expect(names.count == scenario.strategies.filter { $0 != .oracle }.count, "\(name) at \(rate): \(names)")
            for (i, box) in boxes.enumerated() {
                for (a, b) in segments { #expect(!box.crosses(a, b), "\(name) at \(rate): a name crosses the frontier") }
                for other in boxes[(i + 1)...] { #expect(!box.overlaps(other), "\(name) at \(rate): two names overlap") }
            }
        }
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/igaming-sweep-profit.svg")

    /// The SVG text of one small scenario; CAMPAIGN_SIM_RECORD=1 re-records it (and must be said in the commit).
    @Test func goldenSVG() throws {
        let svg = SVGChart.render(try Self.models(.en)[0])
        if ProcessInfo.processInfo.environment["CAMPAIGN_SIM_RECORD"] == "1" { try svg.write(to: Self.golden, atomically: true, encoding: .utf8); return }
        #expect(svg == (try String(contentsOf: Self.golden, encoding: .utf8)))
    }

    static var rsvg: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/rsvg-convert" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A real SVG renderer (librsvg, which `.ci/run` installs) draws each chart as a non-blank
    /// 1280×720 PNG. "Non-blank": a white page compresses to under 10 kB; a chart is well above.
    @Test(.enabled(if: ChartTests.rsvg != nil, "rsvg-convert is not installed (.ci/run installs librsvg2-bin)"))
    func rsvgRendersEveryChart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, model) in try Self.models(.de).enumerated() {
            let svg = folder.appendingPathComponent("\(i).svg"), png = folder.appendingPathComponent("\(i).png")
            try SVGChart.render(model).write(to: svg, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.rsvg!)
            process.arguments = [svg.path, "-o", png.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let data = try Data(contentsOf: png)
            // PNG: signature, then IHDR with big-endian width and height at bytes 16–23.
            #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1280 && height == 720)
            #expect(data.count > 10_000, "\(model.title): \(data.count) bytes looks blank")
        }
    }
}
