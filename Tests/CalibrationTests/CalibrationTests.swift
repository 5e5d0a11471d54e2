import Foundation
import Testing
@testable import Calibration
@testable import CampaignEngine
@testable import ScenarioKit

@Suite("Calibration")
struct CalibrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let counts = root.appendingPathComponent("data/hillstrom-counts.csv")

    static let spec = CalibrationSpec(arm: "segment", control: "No E-Mail", outcome: "conversion",
                                      offers: [("Mens E-Mail", "menswear"), ("Womens E-Mail", "womenswear")],
                                      history: [("mens", "menswear"), ("womens", "womenswear")], value: "spend")
    /// The shipped scenario's spec: an assumed €10 bonus per conversion (--cost).
    static let shippedSpec = { var s = spec; s.costs = ["Mens E-Mail": 10, "Womens E-Mail": 10]; return s }()

    static func table(_ text: String, file: String = "t.csv") throws -> CalibrationTable {
        try CalibrationTable(bytes: Array(text.utf8), file: file)
    }

    static func aggregate() throws -> Calibration {
        try Calibration(table: CalibrationTable(bytes: [UInt8](Data(contentsOf: counts)), file: "data/hillstrom-counts.csv"), spec: spec)
    }

    /// Fitting on the shipped aggregate puts every fitted cell rate inside its observed 95 % interval.
    @Test func theAggregateIsReproducedWithinEveryInterval() throws {
        let c = try Self.aggregate()
        let cells = c.cells()
        #expect(cells.count == 6)
        for cell in cells { #expect(cell.within, "\(cell.group) × \(cell.offer): fitted \(cell.simulated) outside [\(cell.low), \(cell.high)]") }
        #expect(c.data.cells.flatMap { $0 }.reduce(0) { $0 + $1.customers } == 64_000)
        // Published arm figures (../shared/data/README.md): 1.25 % men's, 0.88 % women's, 0.57 % none.
        let arm = { (a: Int) in Double(c.data.cells.reduce(0) { $0 + $1[a].conversions }) / Double(c.data.cells.reduce(0) { $0 + $1[a].customers }) }
        #expect(abs(arm(0) - 0.0125) < 0.00005 && abs(arm(1) - 0.0088) < 0.00005 && abs(arm(2) - 0.0057) < 0.00005)
    }

    /// The shipped scenario is exactly what calibrating the shipped aggregate gives (its German texts
    /// and its assumed consent range aside).
    @Test func recalibratingTheAggregateGivesTheShippedScenario() throws {
        let c = try Calibration(table: CalibrationTable(bytes: [UInt8](Data(contentsOf: Self.counts)), file: "data/hillstrom-counts.csv"), spec: Self.shippedSpec)
        var fitted = c.scenario(name: "Hillstrom e-mail experiment (calibrated)", description: CalibrationReport.story(c, values: c.policyValues(c.data)))
        fitted.company.annualTurnoverEUR = 100_000_000  // the turnover calibrate assumes
        fitted.company.sector = .retail  // --sector retail
        fitted.campaign.channel = .email  // --channel email: Hillstrom's offers were e-mails
        fitted.privacy.fallback = .broadcast  // which calibrate pairs with the broadcast fallback
        fitted.consent.rate = 0.4  // the consent range of FACTS §6, added by hand
        // The loader reads ranges in file order: model, consent, then the offers' assumed costs.
        fitted.uncertain.insert(ParameterRange(target: .consentRate, path: "consent.rate", low: 0.3, mode: 0.4, high: 0.5), at: 1)
        var shipped = try ScenarioLoader.load(yaml: BuiltinScenarios.named("hillstrom-email")!.yaml, file: "hillstrom-email")
        #expect(shipped.translations[.de] != nil)
        shipped.translations = [:]
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(fitted), file: "fitted")
        #expect(again == shipped)
        // What the experiment shows, and the scenario with it: history-matched offers do not beat one good offer.
        let v = c.policyValues(c.data)
        #expect(v.history <= v.bestForAll && v.best == "Mens E-Mail")
        let predicted = Calibration.predicted(shipped)
        // Personalised sends a few customers the women's e-mail: it gains less than a thousandth.
        #expect(predicted.personalized <= predicted.broadcast * 1.001)
    }

    /// MODEL.md §11.4: the control arm sets each cohort's organic rate, so the fitted no-contact
    /// rates and the incremental effect of each offer lie inside the experiment's 95 % intervals.
    @Test func theControlArmAndTheEffectsAreReproduced() throws {
        let c = try Self.aggregate()
        for row in c.control() { #expect(row.within && abs(row.simulated - row.observed) < 1e-9, "\(row.group): \(row.simulated) vs \(row.observed)") }
        #expect(c.calibrator.organicRates.allSatisfy { $0 > 0 && $0 < 0.02 })
        let none = c.noContact()
        #expect(abs(none.observed - 0.005_73) < 0.000_05 && none.within)
        for effect in c.incrementalEffects() { #expect(effect.within, "\(effect.arm): fitted \(effect.predicted) outside [\(effect.low), \(effect.high)]") }
        // Newcombe's interval holds the difference and is narrower than the sum of the two Wilson half-widths.
        let mens = c.incrementalEffects()[0]
        #expect(mens.low < mens.observed && mens.observed < mens.high && mens.low > 0)
        // The data allow a range of relevance weights that holds the best fit; the scenario carries it.
        #expect(c.betaInterval.low <= c.parameters.beta && c.parameters.beta <= c.betaInterval.high && c.betaInterval.high > c.betaInterval.low)
        let range = try #require(c.scenario(name: "h", description: "").uncertain.first)
        #expect(range.target == .relevanceWeight && range.mode == c.parameters.beta)
        // Nearly half of the men's e-mail's buyers and about two thirds of the women's would have bought anyway.
        let shares = c.sureThingShares()
        #expect(abs(shares[0].share - 0.0057 / 0.0125) < 0.01 && abs(shares[1].share - 0.0057 / 0.0088) < 0.01)
        #expect(CalibrationReport.story(c, values: c.policyValues(c.data)).contains("46 % of Mens E-Mail's buyers"))
    }

    /// `run hillstrom-email`: broadcast sends the men's e-mail to everyone, so its sure things must
    /// match the no-e-mail arm, its conversions the men's arm and its incremental conversions their
    /// difference, each within the experiment's 95 % interval. Fixed seed: the figures are
    /// deterministic, so the check cannot flicker; what it tests is the fit, not sampling noise.
    @Test func theShippedScenarioMatchesTheExperimentsArms() throws {
        let c = try Self.aggregate()
        let shipped = try ScenarioLoader.load(yaml: BuiltinScenarios.named("hillstrom-email")!.yaml, file: "hillstrom-email")
        let figures = try #require(Simulator(scenario: shipped, threads: 2).evaluate(rate: shipped.consent.rate)[.broadcast])
        let causal = try #require(figures.causal)
        let n = Double(figures.contacted)
        #expect(figures.contacted == 64_000)
        let none = c.noContact(), mens = c.cells().filter { $0.offer == "Mens E-Mail" }, effect = c.incrementalEffects()[0]
        let mensArm = Calibration.wilson(mens.reduce(0) { $0 + $1.conversions }, mens.reduce(0) { $0 + $1.customers })
        for (value, low, high, what) in [
            (causal.expectedSureThings / n, none.low, none.high, "expected sure things"),
            (Double(causal.sureThings) / n, none.low, none.high, "sure things"),
            (figures.expectedConversions / n, mensArm.low, mensArm.high, "expected conversions"),
            (causal.expectedIncrementalConversions / n, effect.low, effect.high, "expected incremental conversions"),
            (Double(causal.incrementalConversions) / n, effect.low, effect.high, "incremental conversions"),
        ] { #expect(value >= low && value <= high, "\(what): \(value) outside [\(low), \(high)]") }
        // Incremental profit is the incremental conversions' margin less the sure things' bonuses.
        let mensOffer = shipped.offers[0]
        #expect(abs(causal.expectedIncrementalProfitEUR - (causal.expectedIncrementalConversions * (mensOffer.valueEUR - mensOffer.costEUR) - causal.expectedSureThings * mensOffer.costEUR)) < 1e-6 * n)
    }

    /// An offer about a category no history names is refused with a did-you-mean, unless asked for.
    @Test func anOfferCategoryNoHistoryNamesIsRefused() throws {
        var spec = Self.spec
        spec.offers = [("Mens E-Mail", "menswar"), ("Womens E-Mail", "womenswear")]
        let table = try CalibrationTable(bytes: [UInt8](Data(contentsOf: Self.counts)), file: "c.csv")
        #expect(throws: CalibrationError.usage("--offer \"Mens E-Mail=menswar\": no --history names the category \"menswar\"; did you mean \"menswear\"? (pass --new-category if the offer is about a category nobody bought before)")) {
            try Calibration(table: table, spec: spec)
        }
        spec.allowNewCategories = true
        #expect(try Calibration(table: table, spec: spec).calibrator.categories == ["menswear", "womenswear", "menswar"])
    }

    /// Split-half on a fixed seed: the same split and numbers every time; about half the customers held out.
    @Test func splitHalfPredictionIsDeterministic() throws {
        var spec = Self.spec
        spec.holdout = 0.5
        spec.seed = 7
        let bytes = [UInt8](try Data(contentsOf: Self.counts))
        let a = try Calibration(table: CalibrationTable(bytes: bytes, file: "c"), spec: spec)
        let b = try Calibration(table: CalibrationTable(bytes: bytes, file: "c"), spec: spec)
        #expect(a.parameters == b.parameters && a.held == b.held)
        let held = a.held.cells.flatMap { $0 }.reduce(0) { $0 + $1.customers }
        // Binomial(64,000, 0.5): 4 standard deviations is ±506 (false-alarm rate about 6e-5).
        #expect(abs(held - 32_000) < 506)
        let v = a.policyValues(a.held)
        #expect(v.history > 0 && v.bestForAll > 0)
        #expect(CalibrationReport.table(a, file: "c", predicted: Calibration.Prediction(personalized: 0.01, broadcast: 0.01)).contains("Held-out value"))
    }

    @Test func customerRowsAndCountsGiveTheSameFit() throws {
        // The counts table expanded to one row per customer.
        let lines = try String(contentsOf: Self.counts, encoding: .utf8).split(separator: "\n").dropFirst()
        var rows = ["segment,mens,womens,conversion,spend"]
        for line in lines {
            let f = line.split(separator: ",").map(String.init)
            for _ in 0..<Int(f[4])! { rows.append([f[0], f[1], f[2], f[3], f[5]].joined(separator: ",")) }
        }
        let expanded = try Calibration(table: Self.table(rows.joined(separator: "\n") + "\n"), spec: Self.spec)
        let aggregated = try Self.aggregate()
        #expect(expanded.data.cells.map { $0.map(\.customers) } == aggregated.data.cells.map { $0.map(\.customers) })
        #expect(expanded.parameters == aggregated.parameters)
    }

    /// CI has the full 64,000-row file beside the project: it gives the aggregate's fit exactly.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CalibrationTests.full.path), "../shared/data/hillstrom.csv is not here"))
    func theFullFileGivesTheAggregatesFit() throws {
        let full = try Calibration(table: CalibrationTable(bytes: [UInt8](Data(contentsOf: Self.full)), file: "hillstrom.csv"), spec: Self.spec)
        let aggregated = try Self.aggregate()
        #expect(full.parameters == aggregated.parameters)
        #expect(full.scenario(name: "x", description: "").offers.map(\.valueEUR) == aggregated.scenario(name: "x", description: "").offers.map(\.valueEUR))
    }

    static let full = root.deletingLastPathComponent().appendingPathComponent("shared/data/hillstrom.csv")

    @Test func csvQuotingAndLines() throws {
        let t = try Self.table("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n3,4\n")
        #expect(t.rows == [["x, \"y\"", "two\nlines"], ["3", "4"]])
        #expect(t.lines == [2, 4])
    }

    @Test func badInputNamesFileLineAndColumn() {
        func message(_ text: String, _ spec: CalibrationSpec = CalibrationTests.spec) -> String {
            do { _ = try Calibration(table: CalibrationTests.table(text, file: "d.csv"), spec: spec); return "" } catch { return "\(error)" }
        }
        let header = "segment,mens,womens,conversion,spend\n"
        #expect(message("segment,mens,conversion,spend\n") .contains("d.csv:1: error: --history: no column \"womens\"; the columns are segment, mens, conversion, spend"))
        #expect(message(header + "Mens E-Mail,1,0,yes,0\n").contains("d.csv:2: error: --outcome \"conversion\": \"yes\" is not a number"))
        #expect(message(header + "Mens E-Mail,1,0,2,0\n").contains("d.csv:2: error: --outcome \"conversion\": 2 is not 0 or 1"))
        #expect(message(header + "Mens E-Mail,1,0,1,0\nWomens E-Mail,0,1,0,0\n").contains("--control \"No E-Mail\" does not occur"))
        #expect(message(header + "Mens E-Mail,1,0,1,0\nNo E-Mail,0,1,0,0\n").contains("--offer \"Womens E-Mail\" has no rows"))
        #expect(message(header + "Mens E-Mail,1,0,1\n").contains("d.csv:2: error: has 4 fields; the header has 5"))
        #expect(message(header + "Mens E-Mail,1,0,\"1,0\n").contains("d.csv:2: error: a quoted field is never closed"))
        #expect(message("segment,count,mens,womens,conversion,spend\nMens E-Mail,2.5,1,0,1,0\n").contains("d.csv:2: error: count 2.5 is not a whole number"))
    }

    @Test func hostileFilesAreRefused() {
        #expect(throws: CalibrationError.self) { try CalibrationTable(bytes: [0x61, 0x00, 0x62, 0x0A], file: "bin") }
        #expect(throws: CalibrationError.self) { try CalibrationTable(bytes: [0xFF, 0xFE, 0x0A], file: "bad-utf8") }
        #expect(throws: CalibrationError.self) { try CalibrationTests.table("a,b\n" + String(repeating: "x", count: 5000) + ",1\n") }
        #expect(throws: CalibrationError.self) { try CalibrationTests.table("a,a\n1,2\n") }
        #expect(throws: CalibrationError.self) { try CalibrationTests.table("") }
    }

    /// The calibrated scenario's figures are the engine's, identical for any thread count.
    @Test func theCalibratedScenarioRunsTheSameOnAnyThreadCount() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("hillstrom-email")!.yaml, file: "h")
        let one = Engine(scenario: scenario, threads: 1).sweep([0, 0.5, 1])
        let four = Engine(scenario: scenario, threads: 4, chunkSize: 1_000).sweep([0, 0.5, 1])
        #expect(one == four)
    }
}
