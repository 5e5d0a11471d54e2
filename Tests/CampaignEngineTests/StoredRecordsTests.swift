import Testing
@testable import CampaignEngine
import CampaignOutput
@testable import ScenarioKit

/// The exported records reproduce the engine's re-identification figures with ARX's definitions
/// (prosecutor risk 1/class size; mean and max over records; share of records in classes below k),
/// recomputed from the CSV text alone, as docs/model.md shows in pandas (issue 19).
@Suite("Stored records")
struct StoredRecordsTests {
    /// The CSV's rows as fields (the shipped names need no quoting).
    static func rows(_ csv: String) -> (header: [String], rows: [[String]]) {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (lines[0], Array(lines.dropFirst()))
    }

    /// ARX's prosecutor figures over records grouped by every quasi-identifier column.
    static func arx(_ rows: [[String]], k: Int) -> (mean: Double, max: Double, belowK: Double, classes: Int) {
        var sizes: [[String]: Int] = [:]
        for row in rows { sizes[row, default: 0] += 1 }
        let n = Double(rows.count)
        let perRecord = rows.map { 1 / Double(sizes[$0]!) }
        // Σ over records of 1/size is the number of classes, so the mean is classes / records exactly;
        // the per-record mean (what pandas computes) agrees to rounding.
        let mean = Double(sizes.count) / n
        #expect(abs(perRecord.reduce(0, +) / n - mean) < 1e-12)
        let below = Double(sizes.values.filter { $0 < k }.reduce(0, +)) / n
        return (mean, perRecord.max() ?? 0, below, sizes.count)
    }

    @Test(arguments: ["fashion-welcome", "bike-shop-sme"], [0.3, 0.8])
    func personalisedRecordsReproduceTheRiskFigures(_ name: String, _ rate: Double) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 12_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: rate)
        let f = try #require(result[.personalized]?.privacy)
        let csv = RecordsFormatter.csv(try #require(engine.storedRecords(.personalized, result: result)), scenario: scenario)
        let (header, rows) = Self.rows(csv)
        #expect(header == ["age_band", "region"] + scenario.categories)
        #expect(rows.count == f.storedRecords && rows.count == f.profiled)
        let arx = Self.arx(rows, k: scenario.privacy.k)
        #expect(arx.mean == f.reidRiskMean, "mean \(arx.mean) vs engine \(f.reidRiskMean)")
        #expect(arx.max == f.reidRiskMax)
        #expect(arx.belowK == f.recordsBelowK)
    }

    @Test func segmentCellsAndIdentifiedRecordsReproduceTheirFigures() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "b").scaled(toCustomers: 30_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.6)
        // Segment: every contributor of a cell shares its risk 1/contributors.
        let segment = try #require(result[.segment]?.privacy)
        let (header, cells) = Self.rows(RecordsFormatter.csv(try #require(engine.storedRecords(.segment, result: result)), scenario: scenario))
        #expect(header.prefix(3) == ["age_band", "region", "contributors"])
        let contributors = cells.map { Int($0[2])! }
        #expect(contributors.allSatisfy { $0 >= scenario.privacy.k })
        #expect(contributors.reduce(0, +) == segment.storedRecords)
        #expect(Double(cells.count) / Double(contributors.reduce(0, +)) == segment.reidRiskMean)
        #expect(1 / Double(contributors.min()!) == segment.reidRiskMax)
        // With ε the cells hold the released, noisy totals: never negative.
        #expect(scenario.privacy.epsilon != nil && cells.allSatisfy { $0.dropFirst(3).allSatisfy { Double($0)! >= 0 } })
        // Unconstrained: one identified row per customer, each its own class (risk 1).
        let unconstrained = try #require(result[.unconstrained]?.privacy)
        let (idHeader, identified) = Self.rows(RecordsFormatter.csv(try #require(engine.storedRecords(.unconstrained, result: result)), scenario: scenario))
        #expect(idHeader.first == "customer" && identified.count == 30_000 && identified.count == unconstrained.storedRecords)
        let arx = Self.arx(identified, k: scenario.privacy.k)
        #expect(arx.mean == unconstrained.reidRiskMean && arx.max == unconstrained.reidRiskMax && arx.belowK == unconstrained.recordsBelowK)
        #expect(engine.storedRecords(.broadcast, result: result) == nil)
    }
}
