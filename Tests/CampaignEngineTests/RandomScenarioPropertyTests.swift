import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// Many random valid scenarios (sizes, categories, offers, rates, privacy settings): the engine
/// never traps, every figure is finite and in range, and the MODEL.md §6 properties hold.
@Suite("Random scenarios")
struct RandomScenarioPropertyTests {
    /// What must hold for every scenario: failures as messages (empty when all hold), so that a
    /// failing scenario can be re-run quietly on smaller shapes.
    static func soundnessFailures(_ scenario: Scenario, threads: Int, chunkSize: Int) -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { failures.append(message()) } }
        let engine = Engine(scenario: scenario, threads: threads, chunkSize: chunkSize)
        let rates = [0, 0.05, 0.5, 0.95, 1.0]
        let results = engine.sweep(rates)
        for result in results {
            for f in result.strategies {
                let numbers = [f.expectedConversions, f.revenueEUR, f.bonusCostEUR, f.profitEUR, f.expectedProfitEUR]
                    + [f.conversionRate, f.expectedConversionRate, f.costPerAcquisitionEUR, f.upliftVsBroadcast].compactMap { $0 }
                check(numbers.allSatisfy { $0.isFinite }, "\(f.strategy) has a non-finite figure at \(result.consentRate)")
                check(f.contacted <= f.customers && f.conversions <= f.contacted, "\(f.strategy): conversions or contacts out of range")
                check(f.expectedConversions <= Double(f.contacted) + 1e-6, "\(f.strategy): more expected conversions than contacts")
                if let p = f.privacy {
                    check([p.exposureIndex, p.reidRiskMean, p.reidRiskMax, p.recordsBelowK, p.dataPointsPerCustomer].allSatisfy { $0.isFinite },
                          "\(f.strategy): a non-finite privacy figure")
                    check((0...100).contains(p.exposureIndex), "\(f.strategy): exposure \(p.exposureIndex) outside 0–100")
                    if f.strategy.isCompliant && scenario.privacy.protectVulnerable { check(!p.hasViolations, "\(f.strategy) shows violations") }
                    check(p.profiled <= f.customers, "\(f.strategy): more profiled than customers")
                }
                if scenario.offers.allSatisfy({ $0.valueEUR >= $0.costEUR }) {
                    check(result[.oracle]!.expectedProfitEUR + 1e-6 * Double(f.customers) >= f.expectedProfitEUR,
                          "\(f.strategy) beats the oracle's expected profit at \(result.consentRate)")
                }
            }
            for s in [StrategyName.broadcast, .contextual, .oracle] {
                check(result[s]!.offerContacts == results[0][s]!.offerContacts, "\(s) depends on the consent rate")
            }
        }
        let fallback: StrategyName = scenario.privacy.fallback == .contextual ? .contextual : .broadcast
        check(results[0][.personalized]!.offerContacts == results[0][fallback]!.offerContacts, "personalized at r = 0 is not its fallback")
        return failures
    }

    @Test(arguments: Array(UInt64(100)..<UInt64(160)))
    func engineIsTotalAndSound(seed: UInt64) {
        func scenario(_ shape: ScenarioShape?) -> (scenario: Scenario, shape: ScenarioShape) {
            RandomScenarios.make(seed: seed, customers: 50...1500, valueAtLeastCost: seed % 2 == 0, protectVulnerable: seed % 5 != 0, shape: shape)
        }
        let threads = Int(seed % 3) + 1, chunkSize = Int(seed % 700) + 1
        let (drawn, shape) = scenario(nil)
        let failures = Self.soundnessFailures(drawn, threads: threads, chunkSize: chunkSize)
        guard !failures.isEmpty else { return }
        let small = Shrinker.minimal(shape) { !Self.soundnessFailures(scenario($0).scenario, threads: threads, chunkSize: chunkSize).isEmpty }
        let smallFailures = Self.soundnessFailures(scenario(small).scenario, threads: threads, chunkSize: chunkSize)
        Issue.record("""
            seed \(seed) (\(shape)) fails: \(failures.prefix(3).joined(separator: "; "))
            smallest failing shape: \(small): \(smallFailures.prefix(3).joined(separator: "; "))
            """)
    }

    @Test func theShrinkerFindsASmallFailingShape() {
        // A made-up property that fails from 2 cohorts and 300 customers on: shrinking must land there.
        let start = ScenarioShape(customers: 2_900, cohorts: 4, categories: 8, regions: 4, offers: 6)
        var tries = 0
        let small = Shrinker.minimal(start) { shape in
            tries += 1
            return shape.cohorts >= 2 && shape.customers >= 300
        }
        #expect(small == ScenarioShape(customers: 300, cohorts: 2, categories: 2, regions: 1, offers: 1), "\(small)")
        #expect(tries < 400)
        // And a shaped scenario really has the shape's sizes.
        let scenario = RandomScenarios.make(seed: 101, shape: small).scenario
        #expect(scenario.totalCustomers == 300 && scenario.cohorts.count == 2 && scenario.categories.count == 2 && scenario.offers.count == 1)
    }

    @Test func extremeButValidSettingsStayFinite() {
        var scenario = RandomScenarios.make(seed: 7)
        scenario.model.relevanceWeight = 100
        scenario.model.interestDefault = 0.0001
        scenario.model.priorStrength = 1e6
        scenario.model.vulnerableSensitivity = 100
        scenario.privacy.epsilon = 1e-6 + 0.0
        scenario.privacy.k = 1
        for i in scenario.cohorts.indices {
            scenario.cohorts[i].baseRate = i % 2 == 0 ? 1e-9 : 1 - 1e-9
            scenario.cohorts[i].baseSpread = 10
            scenario.cohorts[i].incentiveSensitivity = 100
            scenario.cohorts[i].historyMean = 200
            scenario.cohorts[i].vulnerableShare = 1
        }
        for i in scenario.offers.indices { scenario.offers[i].incentive = 100; scenario.offers[i].valueEUR = 1e9 }
        let result = Engine(scenario: scenario, threads: 2).evaluate(rate: 0.5)
        for f in result.strategies {
            #expect(f.expectedProfitEUR.isFinite && f.revenueEUR.isFinite)
            #expect(f.privacy.map { $0.exposureIndex.isFinite } ?? true)
        }
    }

    @Test func memoryEstimateCoversWhatTheArraysHold() {
        let scenario = RandomScenarios.make(seed: 8, customers: 20_000...20_000)
        let engine = Engine(scenario: scenario, threads: 1)
        let arrays = engine.population.bytesPerCustomer * Double(engine.population.count)
        #expect(Double(MemoryEstimate.peakBytes(scenario) - MemoryEstimate.baseBytes) >= arrays)
    }
}
