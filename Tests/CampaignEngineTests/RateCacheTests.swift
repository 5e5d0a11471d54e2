import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The engine's shortcuts for repeated questions (a single rate derived from a cached grid, a k or
/// ε change reusing the rate pass, the class pass split over workers) must give exactly what a fresh
/// engine gives for the same question.
@Suite("Engine rate cache")
struct RateCacheTests {
    /// Off-grid rates: between grid levels, below the first and above the last, and on a level.
    static let singles = [0.41, 0.05, 0.999, 0.5, 0.0001, 0.73]

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func singleRateFromTheGridEqualsAFreshEvaluation(name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 30_000)
        let cached = Engine(scenario: scenario, threads: 2, chunkSize: 4_000)
        _ = cached.sweep([0.1, 0.3, 0.5, 0.7, 0.9])
        for rate in Self.singles {
            let fresh = Engine(scenario: scenario, threads: 1).evaluate(rate: rate)
            #expect(cached.evaluate(rate: rate) == fresh, "\(name) at \(rate)")
        }
    }

    @Test(arguments: Array(UInt64(500)..<UInt64(520)))
    func randomScenariosAgreeForAnyThreadsAndChunks(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed, customers: 50...4000, protectVulnerable: seed % 3 != 0)
        let cached = Engine(scenario: scenario, threads: Int(seed % 3) + 1, chunkSize: Int(seed % 700) + 1)
        _ = cached.sweep([0, 0.25, 0.5, 0.75, 1])
        let reference = Engine(scenario: scenario, threads: 1)
        for rate in Self.singles {
            #expect(cached.evaluate(rate: rate) == reference.evaluate(rate: rate), "seed \(seed) at \(rate)")
        }
        // A k step after a consent step reuses the single rate's pass.
        #expect(cached.evaluate(rate: 0.73, k: 2, epsilon: .some(nil)) == Engine(scenario: scenario, threads: 1).evaluate(rate: 0.73, k: 2, epsilon: .some(nil)))
    }

    @Test func classPassSplitOverWorkersEqualsOneWorker() throws {
        // Enough profileable customers for several class ranges.
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 400_000)
        let rates = [0, 0.2, 0.4, 0.6, 0.8, 1]
        let two = Engine(scenario: scenario, threads: 2)
        #expect(two.population.classRanges.count > 2)
        #expect(two.sweep(rates, k: 7) == Engine(scenario: scenario, threads: 1).sweep(rates, k: 7))
    }
}
