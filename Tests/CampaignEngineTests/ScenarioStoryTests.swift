import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// Every shipped scenario validates and runs at full size, and its story shows in its numbers.
@Suite("Shipped scenarios tell their stories")
struct ScenarioStoryTests {
    static func run(_ name: String) throws -> (Engine, RateResult) {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        let engine = Engine(scenario: scenario, threads: 2)
        return (engine, engine.evaluate(rate: scenario.consent.rate))
    }

    static func profitUplift(_ r: RateResult, _ s: StrategyName) -> Double {
        r[s]!.expectedProfitEUR / r[.broadcast]!.expectedProfitEUR - 1
    }

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func everyScenarioRunsWithCompliantStrategiesClean(_ name: String) throws {
        let (engine, result) = try Self.run(name)
        #expect((50_000...500_000).contains(engine.population.count))
        for f in result.strategies {
            #expect(f.expectedProfitEUR.isFinite && f.profitEUR.isFinite)
            if f.strategy.isCompliant { #expect(!(f.privacy!.hasViolations), "\(name): \(f.strategy)") }
        }
        #expect(result[.unconstrained]!.privacy!.hasViolations, "\(name): the counterexample should violate something")
        #expect(result[.oracle]!.expectedProfitEUR >= result.strategies.map(\.expectedProfitEUR).max()! - 1e-6)
    }

    @Test func fashionCategoryDiscountsBeatOneDiscountForAll() throws {
        let (_, r) = try Self.run("fashion-welcome")
        #expect(Self.profitUplift(r, .personalized) > 0.1)
        #expect(Self.profitUplift(r, .contextual) > 0.1)
        #expect(r[.personalized]!.expectedProfitEUR > r[.segment]!.expectedProfitEUR)
        #expect(r[.unconstrained]!.privacy!.minorsProfiled > 0)
    }

    @Test func streamingGenreTrialsNeedTasteData() throws {
        let (_, r) = try Self.run("streaming-trial")
        #expect(r[.personalized]!.expectedProfitEUR > r[.contextual]!.expectedProfitEUR)
        #expect(r[.personalized]!.privacy!.exposureIndex > r[.segment]!.privacy!.exposureIndex)
    }

    @Test func igamingProtectsMinorsAndTheExcluded() throws {
        let (engine, r) = try Self.run("igaming-first-deposit")
        let vulnerable = engine.population.vulnerable
        #expect(vulnerable > 0)
        #expect(r[.broadcast]!.contacted == engine.population.count - vulnerable)
        let unconstrained = r[.unconstrained]!.privacy!
        #expect(unconstrained.vulnerableTargeted == vulnerable)
        #expect(unconstrained.fineCaps.aiActArt99_3 == 42_000_000)
        #expect(unconstrained.fineCaps.dsaArt52_3 == 36_000_000)
    }

    @Test func groceryPersonalisationBarelyPays() throws {
        let (_, r) = try Self.run("grocery-app-voucher")
        let uplift = Self.profitUplift(r, .personalized)
        #expect(uplift > -0.02 && uplift < 0.10, "personalised profit uplift \(uplift)")
    }

    @Test func bikeShopSegmentsMostlyFallBelowK() throws {
        let (engine, r) = try Self.run("bike-shop-sme")
        let adultSegments = engine.context.regions.count * (AgeBand.allCases.count - 1)
        let withStatistics = r.segmentHasStatistics.filter { $0 }.count
        #expect(withStatistics * 2 < adultSegments, "\(withStatistics) of \(adultSegments) segments have statistics")
        #expect(r[.segment]!.expectedProfitEUR < r[.broadcast]!.expectedProfitEUR, "noisy thin segments should not pay here")
        let caps = r[.unconstrained]!.privacy!.fineCaps
        #expect(caps.gdprArt83_5 == 20_000_000)
    }
}
