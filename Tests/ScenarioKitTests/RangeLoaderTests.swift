import Testing
@testable import ScenarioKit

/// Ranges on the keys of MODEL.md §1 (§8.2): syntax, bounds, diagnostics, central values, round trip.
@Suite("Uncertain values")
struct RangeLoaderTests {
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do { _ = try ScenarioLoader.load(yaml: yaml, file: "r.yaml"); return [] } catch { return error.diagnostics }
    }

    @Test func rangesGiveCentralValuesAndAreKept() throws {
        let yaml = validYAML
            .replacingOccurrences(of: "    base_rate: 0.05", with: "    base_rate: {low: 0.02, mode: 0.03, high: 0.06}")
            .replacingOccurrences(of: "  relevance_weight: 1.0", with: "  relevance_weight: {low: 0.5, high: 1.5}")
        let s = try ScenarioLoader.load(yaml: yaml, file: "r.yaml")
        #expect(s.cohorts[0].baseRate == 0.03 && s.model.relevanceWeight == 1.0)
        #expect(s.uncertain.map(\.path).sorted() == ["cohorts[0].base_rate", "model.relevance_weight"])
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(s), file: "w.yaml")
        #expect(again == s)
    }

    @Test(arguments: [
        ("    base_rate: 0.05", "    base_rate: {low: 0.02, mode: 0.05, high: 0.04}", "cohorts[0].base_rate.mode", "must lie between low 0.02 and high 0.04"),
        ("    base_rate: 0.05", "    base_rate: {low: 0.04, high: 0.04}", "cohorts[0].base_rate.high", "must be above low 0.04"),
        ("    base_rate: 0.05", "    base_rate: {low: 0.04}", "cohorts[0].base_rate.high", "is required"),
        ("    base_rate: 0.05", "    base_rate: {low: 0, high: 0.04}", "cohorts[0].base_rate.low", "expected a number in (0, 1)"),
        ("    base_rate: 0.05", "    base_rate: {low: 0.01, hgh: 0.04}", "cohorts[0].base_rate.hgh", "did you mean \"high\""),
        ("  k: 5", "  k: {low: 3, high: 9}", "privacy.k", "expected a whole number"),
        ("  rate: 0.5", "  rate: {low: 0.2, high: 1.2}", "consent.rate.high", "expected a number from 0 to 1"),
    ])
    func badRangesAreReportedOnTheirPath(old: String, new: String, path: String, message: String) {
        let yaml = validYAML.replacingOccurrences(of: old, with: new)
        #expect(yaml != validYAML)
        let found = Self.diagnostics(yaml)
        #expect(found.contains { $0.path == path && $0.message.contains(message) }, "\(found.map(\.description))")
        #expect(found.allSatisfy { $0.line > 0 && $0.column > 0 })
    }

    @Test func quantilesOfUniformAndTriangularRanges() {
        let uniform = ParameterRange(target: .consentRate, path: "consent.rate", low: 0.2, mode: nil, high: 0.6)
        #expect(abs(uniform.quantile(0.25) - 0.3) < 1e-12 && uniform.central == 0.4)
        let triangle = ParameterRange(target: .relevanceWeight, path: "model.relevance_weight", low: 0, mode: 1, high: 4)
        // The CDF of Triangular(0, 1, 4) is x²/4 below the mode and 1 − (4 − x)²/12 above it.
        for q in [0.01, 0.1, 0.25, 0.5, 0.9, 0.99] {
            let x = triangle.quantile(q)
            let cdf = x < 1 ? x * x / 4 : 1 - (4 - x) * (4 - x) / 12
            #expect(abs(cdf - q) < 1e-12, "q = \(q)")
        }
    }
}
