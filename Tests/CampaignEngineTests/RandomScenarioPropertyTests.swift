import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// Many random valid scenarios (sizes, categories, offers, rates, privacy settings): the engine
/// never traps, every figure is finite and in range, and the MODEL.md §6 properties hold.
@Suite("Random scenarios")
struct RandomScenarioPropertyTests {
    @Test(arguments: Array(UInt64(100)..<UInt64(160)))
    func engineIsTotalAndSound(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed, customers: 50...1500, valueAtLeastCost: seed % 2 == 0,
                                            protectVulnerable: seed % 5 != 0)
        let engine = Engine(scenario: scenario, threads: Int(seed % 3) + 1, chunkSize: Int(seed % 700) + 1)
        let rates = [0, 0.05, 0.5, 0.95, 1.0]
        let results = engine.sweep(rates)
        for result in results {
            for f in result.strategies {
                let numbers = [f.expectedConversions, f.revenueEUR, f.bonusCostEUR, f.profitEUR, f.expectedProfitEUR]
                    + [f.conversionRate, f.expectedConversionRate, f.costPerAcquisitionEUR, f.upliftVsBroadcast].compactMap { $0 }
                #expect(numbers.allSatisfy { $0.isFinite }, "\(f.strategy) has a non-finite figure")
                #expect(f.contacted <= f.customers && f.conversions <= f.contacted)
                #expect(f.expectedConversions <= Double(f.contacted) + 1e-6)
                if let p = f.privacy {
                    #expect([p.exposureIndex, p.reidRiskMean, p.reidRiskMax, p.recordsBelowK, p.dataPointsPerCustomer].allSatisfy { $0.isFinite })
                    #expect((0...100).contains(p.exposureIndex))
                    if f.strategy.isCompliant && scenario.privacy.protectVulnerable { #expect(!p.hasViolations) }
                    #expect(p.profiled <= f.customers)
                }
                if scenario.offers.allSatisfy({ $0.valueEUR >= $0.costEUR }) {
                    #expect(result[.oracle]!.expectedProfitEUR + 1e-6 * Double(f.customers) >= f.expectedProfitEUR)
                }
            }
            for s in [StrategyName.broadcast, .contextual, .oracle] {
                #expect(result[s]!.offerContacts == results[0][s]!.offerContacts)
            }
        }
        #expect(results[0][.personalized]!.offerContacts == results[0][scenario.privacy.fallback == .contextual ? .contextual : .broadcast]!.offerContacts)
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
