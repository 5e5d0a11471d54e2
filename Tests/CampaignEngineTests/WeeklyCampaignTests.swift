import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// A campaign of one week is the one-shot model (MODEL.md §10): the weekly engine, run with
/// T = 1, must give exactly the one-shot engine's figures, bit for bit.
@Suite("Weekly campaign: one week is one-shot")
struct WeeklyCampaignTests {
    static let rates = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func oneWeekEqualsOneShotForEveryShippedScenario(name: String) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 30_000)
        scenario.campaign.weeks = 1
        let oneShot = Engine(scenario: scenario, threads: 2).sweep(Self.rates)
        let weekly = WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2, chunkSize: 4_000)
        #expect(weekly == oneShot)
    }

    @Test(arguments: Array(UInt64(300)..<UInt64(320)))
    func oneWeekEqualsOneShotForRandomScenarios(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 50...4000, protectVulnerable: seed % 4 != 0)
        scenario.campaign.weeks = 1
        // Every third on e-mail, whose contacts use the address (MODEL.md §13).
        if seed % 3 == 0 { scenario.campaign.channel = .email }
        let rates = [0.95, 0, 0.5, 0.05, 1, 0.5]
        let oneShot = Engine(scenario: scenario, threads: 1).sweep(rates)
        let weekly = WeeklyCampaign.sweep(scenario: scenario, rates: rates, threads: Int(seed % 4) + 1, chunkSize: Int(seed % 900) + 1)
        #expect(weekly == oneShot)
    }

    @Test func overridesOfKAndEpsilonMatch() throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 20_000)
        scenario.campaign.weeks = 1
        let engine = Engine(scenario: scenario, threads: 2)
        for (k, epsilon) in [(1, nil), (3, 0.5), (50, 2.0)] as [(Int, Double?)] {
            #expect(WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2, k: k, epsilon: .some(epsilon))
                    == engine.sweep(Self.rates, k: k, epsilon: .some(epsilon)))
        }
    }
}
