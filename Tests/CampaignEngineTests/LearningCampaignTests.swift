import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The learning engine (MODEL.md §12) keeps the books of §9 and §11 itself, week by week; with every
/// learner told to show its known rule's offer it must give exactly the weekly engine's figures.
@Suite("Learning campaign: bookkeeping")
struct LearningCampaignTests {
    /// `results` without the §12.3 figures, which only the learning engine has.
    static func stripped(_ results: [RateResult]) -> [RateResult] {
        results.map { r in
            var r = r
            for i in r.strategies.indices { r.strategies[i].learning = nil }
            for w in r.weeks.indices { for i in r.weeks[w].strategies.indices { r.weeks[w].strategies[i].learning = nil } }
            return r
        }
    }

    @Test(arguments: Array(UInt64(400)..<UInt64(416)))
    func knownChoicesGiveTheWeeklyEnginesFigures(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 50...3000, protectVulnerable: seed % 4 != 0)
        scenario.campaign.weeks = Int(seed % 5) + 1
        if seed % 3 == 0 { scenario.campaign.channel = .email }
        if seed % 2 == 0 { scenario.consent.withdrawalWeekly = 0.1 }
        if seed % 5 == 1 { scenario.privacy.retentionWeeks = 2 }
        if seed % 4 == 1 { for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0.05 } }
        let rates = [0.95, 0, 0.5, 0.05, 1, 0.5]
        let weekly = WeeklyCampaign.sweep(scenario: scenario, rates: rates, threads: 1)
        let learning = LearningCampaign.sweep(scenario: scenario, rates: rates, threads: Int(seed % 3) + 1,
                                              chunkSize: Int(seed % 700) + 1, knownChoices: true)
        #expect(Self.stripped(learning!) == weekly!)
    }

    @Test(arguments: Array(UInt64(430)..<UInt64(436)))
    func learningIsTheSameForAnyThreadsAndChunks(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 2000...6000, protectVulnerable: seed % 2 == 0)
        scenario.model.learning = .thompson
        scenario.campaign.weeks = Int(seed % 4) + 2
        if seed % 3 == 0 { for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0.02 } }
        let rates = [0.2, 0.7, 0]
        let one = LearningCampaign.sweep(scenario: scenario, rates: rates, threads: 1, chunkSize: 16_384)
        let many = LearningCampaign.sweep(scenario: scenario, rates: rates, threads: 3, chunkSize: Int(seed % 500) + 7)
        #expect(one == many)
        // And the simulator runs it whatever the population mode asks for.
        #expect(Simulator(scenario: scenario, threads: 2, mode: .stream).sweep(rates) == one)
        #expect(Simulator.kind(for: scenario, mode: .memory) == .learning)
    }
}
