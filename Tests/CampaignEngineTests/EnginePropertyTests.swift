import CampaignOutput
import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The properties of MODEL.md §6, on random valid scenarios.
@Suite("MODEL.md §6 properties")
struct EnginePropertyTests {
    static let seeds: [UInt64] = Array(1...12)

    /// The outcome part of a strategy's figures (what must not move with r).
    func outcome(_ f: StrategyFigures) -> [Double] {
        [Double(f.contacted), Double(f.conversions), f.expectedConversions, f.revenueEUR, f.bonusCostEUR,
         f.expectedProfitEUR] + f.offerContacts.map(Double.init)
    }

    @Test(arguments: seeds)
    func rateIndependentStrategiesDoNotMoveWithR(seed: UInt64) {
        let engine = Engine(scenario: RandomScenarios.make(seed: seed), threads: 2)
        let results = engine.sweep([0, 0.3, 0.7, 1])
        for strategy in [StrategyName.broadcast, .contextual, .unconstrained, .oracle] {
            let base = outcome(results[0][strategy]!)
            for r in results.dropFirst() { #expect(outcome(r[strategy]!) == base, "\(strategy) moved at r = \(r.consentRate)") }
            if strategy != .unconstrained {
                for r in results.dropFirst() { #expect(r[strategy]!.privacy == results[0][strategy]!.privacy) }
            }
        }
    }

    @Test(arguments: seeds)
    func personalisedAtZeroIsItsFallbackCustomerByCustomer(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 300...800)
        for fallback in Fallback.allCases {
            scenario.privacy.fallback = fallback
            let engine = Engine(scenario: scenario, threads: 2)
            let result = engine.evaluate(rate: 0)
            let fallbackStrategy: StrategyName = fallback == .contextual ? .contextual : .broadcast
            for id in 0..<engine.population.count {
                let inspection = engine.inspect(customer: id, result: result)
                #expect(inspection.decision(.personalized)!.offer == inspection.decision(fallbackStrategy)!.offer)
                #expect(!inspection.decision(.personalized)!.profiled)
            }
            #expect(outcome(result[.personalized]!) == outcome(result[fallbackStrategy]!))
        }
    }

    @Test(arguments: seeds)
    func segmentAtZeroGivesNonMinorsBroadcastsOffer(seed: UInt64) {
        let engine = Engine(scenario: RandomScenarios.make(seed: seed, customers: 300...800), threads: 2)
        let result = engine.evaluate(rate: 0)
        #expect(result.segmentHasStatistics.allSatisfy { !$0 })
        for id in 0..<engine.population.count {
            let inspection = engine.inspect(customer: id, result: result)
            guard !inspection.customer.isMinor else { continue }
            #expect(inspection.decision(.segment)!.offer == inspection.decision(.broadcast)!.offer)
        }
    }

    @Test(arguments: seeds)
    func compliantStrategiesNeverViolate(seed: UInt64) {
        let engine = Engine(scenario: RandomScenarios.make(seed: seed), threads: 2)
        for result in engine.sweep([0, 0.2, 0.5, 0.9, 1]) {
            for f in result.strategies where f.strategy.isCompliant {
                let p = f.privacy!
                #expect(p.profiledWithoutConsent == 0 && p.minorsProfiled == 0 && p.vulnerableTargeted == 0, "\(f.strategy) at \(result.consentRate)")
                #expect(p.fineCaps == FineCaps(strategy: f.strategy, profiledWithoutConsent: 0, minorsShownSponsored: 0, vulnerableTargeted: 0, company: Company()))
            }
        }
    }

    @Test func withoutProtectionContactedVulnerableCustomersAreCounted() {
        var scenario = RandomScenarios.make(seed: 3, protectVulnerable: false)
        scenario.cohorts[0].vulnerableShare = 0.2
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.5)
        #expect(result[.broadcast]!.privacy!.vulnerableTargeted == engine.population.vulnerable)
        #expect(engine.population.vulnerable > 0)
        #expect(result[.broadcast]!.contacted == engine.population.count)
    }

    @Test(arguments: seeds)
    func oracleHasTheHighestExpectedProfit(seed: UInt64) {
        let engine = Engine(scenario: RandomScenarios.make(seed: seed, valueAtLeastCost: true), threads: 2)
        for result in engine.sweep([0, 0.5, 1]) {
            let oracle = result[.oracle]!.expectedProfitEUR
            let tolerance = 1e-6 * Double(engine.population.count)
            for f in result.strategies { #expect(oracle + tolerance >= f.expectedProfitEUR, "\(f.strategy) beat the oracle") }
        }
    }

    @Test func outputIsIdenticalForAnyThreadCountAndChunkSize() throws {
        let scenario = try ScenarioLoader.load(yaml: smallScenarioYAML, file: "small")
        func json(threads: Int, chunk: Int) -> String {
            let engine = Engine(scenario: scenario, threads: threads, chunkSize: chunk)
            return ResultFormatter.json(scenario: scenario, results: engine.sweep(scenario.consent.sweep))
        }
        let reference = json(threads: 1, chunk: 16_384)
        for (threads, chunk) in [(2, 16_384), (4, 100), (3, 1), (8, 777), (1, 3)] {
            #expect(json(threads: threads, chunk: chunk) == reference, "threads \(threads), chunk \(chunk)")
        }
    }

    @Test func consentSetsAreNestedAndFollowTheCohortBias() {
        var scenario = RandomScenarios.make(seed: 9)
        scenario.cohorts[0].consentBias = 0
        let context = ModelContext(scenario: scenario)
        for r in [0.0, 0.3, 1.0] { #expect(context.cohortConsentRate(r, cohort: 0) == 0) }
        scenario.cohorts[0].consentBias = 2
        let biased = ModelContext(scenario: scenario)
        #expect(biased.cohortConsentRate(1, cohort: 0) == 1)
        #expect(abs(biased.cohortConsentRate(0.5, cohort: 0) - 2.0 / 3.0) < 1e-12)
        let engine = Engine(scenario: RandomScenarios.make(seed: 10), threads: 2)
        let profiled = engine.sweep((0...20).map { Double($0) / 20 }).map { $0[.personalized]!.privacy!.profiled }
        #expect(profiled == profiled.sorted())
    }
}
