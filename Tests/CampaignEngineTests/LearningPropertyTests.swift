import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The properties of MODEL.md §12.4, with fixed seeds. Chi-square tests use the 0.1 % critical
/// value; over the seeds of one test that is a family false-alarm rate of at most (seeds × 0.1 %).
@Suite("Learning campaign: MODEL.md §12.4")
struct LearningPropertyTests {
    /// χ² critical values at 0.1 % for 1–4 degrees of freedom.
    static let critical = [10.828, 13.816, 16.266, 18.467]

    /// Pearson's χ² of `counts` against `expected` shares.
    static func chiSquare(_ counts: [Int], _ shares: [Double]) -> Double {
        let n = Double(counts.reduce(0, +))
        return zip(counts, shares).reduce(0) { sum, pair in
            let e = n * pair.1
            return sum + (Double(pair.0) - e) * (Double(pair.0) - e) / e
        }
    }

    /// One cohort of `customers`, adults only, no vulnerable customers; offers as (incentive, value, cost).
    static func shop(seed: UInt64, customers: Int, weeks: Int, offers: [(Double, Double, Double)], spread: Double = 0.5,
                     relevance: Double = 1) -> Scenario {
        var cohort = Cohort(name: "all", size: customers, interests: [Weighted("a", 2), Weighted("b", 1)], baseRate: 0.04)
        cohort.baseSpread = spread
        var scenario = Scenario(name: "learning \(seed)", seed: seed, categories: ["a", "b", "c"], cohorts: [cohort],
                                offers: offers.enumerated().map { o, x in
                                    Offer(name: "o\(o)", category: ["a", "b", nil][o % 3], incentive: x.0, valueEUR: x.1, costEUR: x.2)
                                })
        scenario.model.relevanceWeight = relevance
        scenario.model.learning = .thompson
        scenario.campaign.weeks = weeks
        return scenario
    }

    @Test(arguments: Array(UInt64(1)...UInt64(5)))
    func weekOneChoicesFollowPBestUnderThePrior(seed: UInt64) {
        let offers = [(0.1, 30.0, 5.0), (0.3, 20.0, 2.0), (0.5, 40.0, 20.0)]
        let scenario = Self.shop(seed: seed, customers: 20_000, weeks: 1, offers: offers)
        let result = LearningCampaign.sweep(scenario: scenario, rates: [0.5], threads: 2)![0]
        let broadcast = result.strategies.first { $0.strategy == .broadcast }!
        let p = ThompsonTables.probabilities(kind: ThompsonTables.Kind.everyone.rawValue, index: 0, mask: 0b111,
                                             counts: [UInt64](repeating: 0, count: 6), margins: offers.map { $0.1 - $0.2 },
                                             week: 1, seed: seed)
        #expect(Self.chiSquare(broadcast.offerContacts, p) < Self.critical[1], "\(broadcast.offerContacts) vs \(p)")
        // The larger the margin, the likelier an offer is shown under the flat prior.
        #expect(p[0] > p[2] && p[2] > p[1])
    }

    @Test(arguments: Array(UInt64(11)...UInt64(15)))
    func equalMarginsGiveUniformPBestUnderThePrior(seed: UInt64) {
        let p = ThompsonTables.probabilities(kind: ThompsonTables.Kind.context.rawValue, index: Int(seed % 3), mask: 0b1111,
                                             counts: [UInt64](repeating: 0, count: 8), margins: [10, 10, 10, 10], week: 1, seed: seed)
        // P_best is a share of 4,096 Monte Carlo rounds: multinomial with equal chances.
        let wins = p.map { Int(($0 * Double(ThompsonTables.draws)).rounded()) }
        #expect(wins.reduce(0, +) == ThompsonTables.draws)
        #expect(Self.chiSquare(wins, [0.25, 0.25, 0.25, 0.25]) < Self.critical[2], "\(wins)")
    }

    @Test(arguments: Array(UInt64(500)..<UInt64(510)))
    func withOneOfferThompsonEqualsKnown(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 50...2500, protectVulnerable: seed % 3 != 0)
        scenario.offers = [scenario.offers[0]]
        scenario.campaign.weeks = Int(seed % 4) + 1
        if seed % 2 == 0 { scenario.consent.withdrawalWeekly = 0.05 }
        let rates = [0, 0.3, 1]
        let known = WeeklyCampaign.sweep(scenario: scenario, rates: rates, threads: 2)!
        // Learners join the AI systems unless the scenario lists them (MODEL.md §1): list the
        // default ones, so that the AI Act caps stay those of `known`.
        scenario.company.aiSystemsGiven = true
        scenario.model.learning = .thompson
        let learning = LearningCampaign.sweep(scenario: scenario, rates: rates, threads: 2, chunkSize: 333)!
        #expect(LearningCampaignTests.stripped(learning) == known)
        // Nothing to learn: the only offer is the known rule's, so no regret.
        #expect(learning.allSatisfy { $0.strategies.allSatisfy { ($0.learning?.regretEUR ?? 0) == 0 } })
    }

    @Test(arguments: Array(UInt64(520)..<UInt64(530)))
    func personalizedAtConsentZeroEqualsItsFallbackWeekByWeek(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 500...4000, protectVulnerable: seed % 3 != 0)
        scenario.model.learning = .thompson
        scenario.campaign.weeks = 4
        let result = LearningCampaign.sweep(scenario: scenario, rates: [0], threads: 2)![0]
        let fallback: StrategyName = scenario.privacy.fallback == .contextual ? .contextual : .broadcast
        func outcome(_ f: WeekFigures) -> [Double] {
            [Double(f.contacted), Double(f.conversions), f.expectedConversions, f.profitEUR, f.expectedProfitEUR]
        }
        for week in result.weeks {
            #expect(outcome(week[.personalized]!) == outcome(week[fallback]!), "week \(week.week)")
        }
        let p = result.strategies.first { $0.strategy == .personalized }!, f = result.strategies.first { $0.strategy == fallback }!
        #expect(p.offerContacts == f.offerContacts)
    }

    /// With one cohort whose customers all respond alike (no spread, no relevance) the known rule's
    /// offer is the best for everyone, so regret is never negative; learning drives it to nearly 0.
    @Test(arguments: Array(UInt64(31)...UInt64(34)))
    func regretVanishesAsTheLearnerLearns(seed: UInt64) {
        let offers = [(0.1, 30.0, 5.0), (0.6, 30.0, 12.0), (0.3, 30.0, 8.0)]
        let scenario = Self.shop(seed: seed, customers: 40_000, weeks: 12, offers: offers, spread: 0, relevance: 0)
        let result = LearningCampaign.sweep(scenario: scenario, rates: [0.5], threads: 2)![0]
        let weeks = result.weeks.map { $0[.broadcast]! }
        let perContact = weeks.map { $0.learning!.regretEUR / Double(max(1, $0.contacted)) }
        #expect(perContact.allSatisfy { $0 >= -1e-9 })
        #expect(perContact[0] > 0)
        #expect(perContact[11] < 0.05 * perContact[0], "\(perContact)")
        // The campaign's expected profit in the last week is within 1 % of what knowing gives.
        var known = scenario
        known.model.learning = .known
        let reference = WeeklyCampaign.sweep(scenario: known, rates: [0.5], threads: 2)![0].weeks[11][.broadcast]!
        #expect(abs(weeks[11].expectedProfitEUR / Double(weeks[11].contacted) - reference.expectedProfitEUR / Double(reference.contacted))
                < 0.01 * reference.expectedProfitEUR / Double(reference.contacted))
    }

    @Test(arguments: ["fashion-welcome", "streaming-trial", "newsletter-weeks"])
    func fewerConsentingCustomersGiveFewerProfileObservations(name: String) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 20_000)
        scenario.model.learning = .thompson
        scenario.campaign.weeks = 4
        let observations = LearningCampaign.profileObservations(scenario: scenario, rates: [0, 0.1, 0.5, 0.9])
        #expect(observations[0] == 0)
        #expect(observations[1] < observations[2] && observations[2] < observations[3], "\(observations)")
    }
}
