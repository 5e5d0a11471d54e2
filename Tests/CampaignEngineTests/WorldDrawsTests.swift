import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// A plausible world rebuilt from its scenario's recorded draws must be the world built from its
/// own streams, bit for bit; a world whose draws differ must not use them.
@Suite("World draws")
struct WorldDrawsTests {
    static let rates = [0, 0.3, 0.55, 1]

    /// `scenario` with every parameter that leaves the draws alone moved, as robustness moves them.
    static func world(_ scenario: Scenario, shift: Double) -> Scenario {
        var world = scenario
        for k in world.cohorts.indices {
            world.cohorts[k].baseRate = min(0.9, world.cohorts[k].baseRate * (1 + shift))
            world.cohorts[k].baseSpread *= 1 + shift / 2
            world.cohorts[k].incentiveSensitivity *= 1 - shift / 3
            world.cohorts[k].consentBias *= 1 + shift
            world.cohorts[k].vulnerableShare = min(0.5, world.cohorts[k].vulnerableShare + shift / 10)
        }
        for o in world.offers.indices {
            world.offers[o].incentive *= 1 + shift
            world.offers[o].valueEUR *= 1 + shift / 4
        }
        world.model.relevanceWeight *= 1 + shift
        world.model.priorStrength *= 1 + shift
        world.privacy.pseudonymLinkage = min(1, world.privacy.pseudonymLinkage * (1 - shift / 2))
        return world
    }

    @Test(arguments: BuiltinScenarios.all.map(\.name).filter { $0 != "newsletter-weeks" })
    func builtinWorldsFromRecordedDrawsAreTheWorlds(name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 20_000)
        let draws = try #require(WorldDraws(scenario: scenario, threads: 2))
        for shift in [0.0, 0.3, -0.2] {
            let world = Self.world(scenario, shift: shift)
            #expect(draws.fits(world))
            #expect(Engine(scenario: world, threads: 2, draws: draws).sweep(Self.rates) == Engine(scenario: world, threads: 1).sweep(Self.rates),
                    "\(name), shift \(shift)")
        }
    }

    @Test(arguments: Array(UInt64(700)..<UInt64(720)))
    func randomWorldsFromRecordedDrawsAreTheWorlds(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed, customers: 50...3000, protectVulnerable: seed % 3 != 0)
        let draws = WorldDraws(scenario: scenario, threads: Int(seed % 3) + 1)!
        let world = Self.world(scenario, shift: Double(seed % 5) / 10 - 0.2)
        let chunk = Int(seed % 500) + 1
        #expect(Engine(scenario: world, threads: 2, chunkSize: chunk, draws: draws).sweep(Self.rates)
                == Engine(scenario: world, threads: 1).sweep(Self.rates), "seed \(seed)")
    }

    /// History means, interests, sizes and the seed change the draws: such worlds draw their own.
    @Test func worldsWithOtherDrawsDrawTheirOwn() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 10_000)
        let draws = try #require(WorldDraws(scenario: scenario, threads: 2))
        var longer = scenario
        longer.cohorts[0].historyMean += 0.5
        var seeded = scenario
        seeded.seed += 1
        var interested = scenario
        interested.model.interestDefault *= 2
        for other in [longer, seeded, interested, scenario.scaled(toCustomers: 10_001)] {
            #expect(!draws.fits(other))
            #expect(Engine(scenario: other, threads: 2, draws: draws).sweep(Self.rates) == Engine(scenario: other, threads: 2).sweep(Self.rates))
        }
        #expect(WorldDraws(scenario: scenario.scaled(toCustomers: WorldDraws.customerLimit + 1), threads: 1) == nil)
    }
}
