import CampaignOutput
import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// MODEL.md §10's properties of a campaign over several weeks. Statistical checks use fixed seeds
/// and a bound of 4.5 standard errors: a correct engine fails one of them with probability about
/// 7·10⁻⁶ per comparison (two-sided normal tail), so the whole suite's false-alarm rate stays
/// below 10⁻³.
@Suite("Weekly campaign properties")
struct WeeklyPropertyTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/small-weeks.json")
    static let rates = [0, 0.3, 0.7, 1.0]

    static func timed(_ seed: UInt64, weeks: Int, withdrawal: Double, retention: Int?) -> Scenario {
        var scenario = RandomScenarios.make(seed: seed, customers: 300...3000, protectVulnerable: seed % 3 != 0)
        scenario.campaign.weeks = weeks
        scenario.consent.withdrawalWeekly = withdrawal
        scenario.privacy.retentionWeeks = retention
        return scenario
    }

    static func fashion(customers: Int, weeks: Int, withdrawal: Double, retention: Int?) throws -> Scenario {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: customers)
        scenario.campaign.weeks = weeks
        scenario.consent.withdrawalWeekly = withdrawal
        scenario.privacy.retentionWeeks = retention
        return scenario
    }

    /// Golden JSON of the small fixed scenario over 4 weeks. Re-record deliberately with CAMPAIGN_SIM_RECORD=1.
    @Test func goldenFourWeeks() throws {
        var scenario = try ScenarioLoader.load(yaml: smallScenarioYAML, file: "small")
        scenario.campaign.weeks = 4
        scenario.consent.withdrawalWeekly = 0.1
        scenario.privacy.retentionWeeks = 2
        scenario.privacy.epsilon = 1
        let json = ResultFormatter.json(scenario: scenario, results: WeeklyCampaign.sweep(scenario: scenario, rates: scenario.consent.sweep, threads: 2)!)
        if ProcessInfo.processInfo.environment["CAMPAIGN_SIM_RECORD"] == "1" {
            try json.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(json == expected, "golden output changed; if intended, re-record with CAMPAIGN_SIM_RECORD=1 and explain why in the commit")
    }

    @Test(arguments: Array(UInt64(500)..<UInt64(512)))
    func identicalForAnyThreadCountAndChunkSize(seed: UInt64) {
        let scenario = Self.timed(seed, weeks: 2 + Int(seed % 4), withdrawal: Double(seed % 5) / 10, retention: seed % 2 == 0 ? nil : Int(seed % 3) + 1)
        let one = WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 1, chunkSize: 100_000)
        let many = WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: Int(seed % 3) + 2, chunkSize: Int(seed % 700) + 1)
        #expect(one == many)
        #expect(one?.first?.weeks.count == scenario.campaign.weeks)
    }

    @Test(arguments: Array(UInt64(520)..<UInt64(536)))
    func compliantStrategiesNeverViolateInAnyWeek(seed: UInt64) {
        let scenario = Self.timed(seed, weeks: 3 + Int(seed % 4), withdrawal: 0.2, retention: seed % 2 == 0 ? nil : 2)
        for result in WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2)! {
            for week in result.weeks {
                for f in week.strategies where f.strategy.isCompliant {
                    let p = f.privacy!
                    #expect(p.profiledWithoutConsent == 0 && p.minorsProfiled == 0, "\(f.strategy) week \(week.week)")
                    if scenario.privacy.protectVulnerable { #expect(p.vulnerableTargeted == 0) }
                }
            }
            for f in result.strategies where f.strategy.isCompliant {
                #expect(f.privacy!.profiledWithoutConsent == 0 && f.privacy!.minorsProfiled == 0)
            }
        }
    }

    /// With q = 1 everyone who consented withdraws in week 2: from then on nothing of theirs is
    /// used (no profile, no segment statistics) or held (no personalised record).
    @Test func withdrawnDataIsNeitherUsedNorHeld() throws {
        let scenario = try Self.fashion(customers: 20_000, weeks: 4, withdrawal: 1, retention: nil)
        for result in WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2)! where result.consentRate > 0 {
            let first = result.weeks[0]
            #expect(first[.personalized]!.privacy!.storedRecords > 0)
            #expect(first.segmentHasStatistics.contains(true))
            for week in result.weeks.dropFirst() {
                let personal = week[.personalized]!.privacy!
                #expect(personal.profiled == 0 && personal.storedRecords == 0 && personal.storedEvents == 0 && personal.dataPoints == 0)
                #expect(!week.segmentHasStatistics.contains(true))
                #expect(week[.segment]!.privacy!.dataPoints == 0 && week[.segment]!.privacy!.storedRecords == 0)
                #expect(week[.broadcast]!.consenting == 0)
                // The counterexample keeps everything of everyone regardless.
                #expect(week[.unconstrained]!.privacy!.storedRecords == scenario.totalCustomers)
            }
        }
    }

    /// Withdrawal never returns a customer's consent: with some withdrawal, held records fall from
    /// week to week, and a withdrawer counts as "withdrawn" from then on.
    @Test func recordsFollowActiveConsent() throws {
        let scenario = try Self.fashion(customers: 20_000, weeks: 6, withdrawal: 0.15, retention: nil)
        let result = WeeklyCampaign.sweep(scenario: scenario, rates: [0.6], threads: 2)![0]
        var previous = Int.max, previousWithdrawn = -1
        for week in result.weeks {
            let f = week[.personalized]!
            #expect(f.privacy!.storedRecords <= f.consenting)
            #expect(f.privacy!.storedRecords < previous)
            #expect(f.withdrawn > previousWithdrawn || week.week == 1)
            #expect(f.consenting + f.withdrawn == result.weeks[0][.personalized]!.consenting)
            previous = f.privacy!.storedRecords
            previousWithdrawn = f.withdrawn
        }
    }

    @Test(arguments: Array(UInt64(540)..<UInt64(548)))
    func storedEventsNeverDecreaseWithoutWithdrawalOrRetention(seed: UInt64) {
        let scenario = Self.timed(seed, weeks: 5, withdrawal: 0, retention: nil)
        for result in WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2)! {
            for name in [StrategyName.personalized, .unconstrained] {
                let events = result.weeks.map { $0[name]!.privacy!.storedEvents }
                #expect(zip(events, events.dropFirst()).allSatisfy { $0 <= $1 }, "\(name): \(events)")
            }
        }
    }

    /// With W = 1 a record holds one week's linked events, whose distribution does not change:
    /// week t's mean per record matches week 1's. The records are the same customers each week
    /// (q = 0), so the difference of means is paired: its variance is 2·λρ/n per customer.
    @Test func retentionOfOneWeekKeepsWeekOnesDistribution() throws {
        let scenario = try Self.fashion(customers: 40_000, weeks: 5, withdrawal: 0, retention: 1)
        let result = WeeklyCampaign.sweep(scenario: scenario, rates: [1], threads: 2)![0]
        let first = result.weeks[0][.personalized]!.privacy!
        let n = Double(first.storedRecords)
        let mean1 = Double(first.storedEvents) / n
        for week in result.weeks.dropFirst() {
            let p = week[.personalized]!.privacy!
            #expect(p.storedRecords == first.storedRecords)
            let mean = Double(p.storedEvents) / Double(p.storedRecords)
            let bound = 4.5 * (2 * mean1 / n).squareRoot()
            #expect(abs(mean - mean1) < bound, "week \(week.week): \(mean) vs \(mean1), bound \(bound)")
        }
        // Without retention the record grows by a week's worth each week.
        var unlimited = scenario
        unlimited.privacy.retentionWeeks = nil
        let grown = WeeklyCampaign.sweep(scenario: unlimited, rates: [1], threads: 2)![0].weeks[4][.personalized]!.privacy!
        #expect(Double(grown.storedEvents) / Double(grown.storedRecords) > 4.5 * mean1)
    }

    /// The consenting share of week t is r̄·(1 − q)^(t−1): each customer is an independent
    /// Bernoulli trial with p = r_k·(1 − q)^(t−1), so the bound uses Σ p(1 − p).
    @Test(arguments: [0.05, 0.2])
    func consentingShareDecaysGeometrically(q: Double) throws {
        let scenario = try Self.fashion(customers: 40_000, weeks: 8, withdrawal: q, retention: nil)
        let context = ModelContext(scenario: scenario)
        for rate in [0.3, 0.8] {
            let result = WeeklyCampaign.sweep(scenario: scenario, rates: [rate], threads: 2)![0]
            for week in result.weeks {
                let survival = pow(1 - q, Double(week.week - 1))
                var expected = 0.0, variance = 0.0
                for (k, cohort) in context.cohorts.enumerated() {
                    let p = context.cohortConsentRate(rate, cohort: k) * survival
                    expected += Double(cohort.size) * p
                    variance += Double(cohort.size) * p * (1 - p)
                }
                let observed = Double(week[.broadcast]!.consenting)
                #expect(abs(observed - expected) < 4.5 * variance.squareRoot(), "rate \(rate) week \(week.week): \(observed) vs \(expected)")
            }
        }
    }

    @Test(arguments: Array(UInt64(560)..<UInt64(570)))
    func cumulativeConversionsAreMonotoneAndBounded(seed: UInt64) {
        let scenario = Self.timed(seed, weeks: 6, withdrawal: 0.1, retention: 3)
        for result in WeeklyCampaign.sweep(scenario: scenario, rates: Self.rates, threads: 2)! {
            for (index, total) in result.strategies.enumerated() {
                let cumulative = result.weeks.map { $0.strategies[index].cumulativeConversions }
                #expect(zip(cumulative, cumulative.dropFirst()).allSatisfy { $0 <= $1 })
                #expect(cumulative.last! <= total.contacted)
                #expect(cumulative.last! == total.conversions)
                // Each week contacts those not yet converted: contacts fall by the week's conversions.
                for (a, b) in zip(result.weeks, result.weeks.dropFirst()) {
                    #expect(b.strategies[index].contacted == a.strategies[index].contacted - a.strategies[index].conversions)
                }
                #expect(total.contacts == result.weeks.reduce(0) { $0 + $1.strategies[index].contacted })
            }
        }
    }

    @Test func epsilonTotalIsTheSumOfWeeklyBudgets() throws {
        var scenario = try Self.fashion(customers: 5_000, weeks: 12, withdrawal: 0, retention: nil)
        scenario.privacy.epsilon = 0.5
        let segment = WeeklyCampaign.sweep(scenario: scenario, rates: [0.5], threads: 2)![0][.segment]!
        #expect(segment.epsilonTotal == 6)
        scenario.privacy.epsilon = nil
        #expect(WeeklyCampaign.sweep(scenario: scenario, rates: [0.5], threads: 2)![0][.segment]!.epsilonTotal == nil)
    }

    /// A retention limit lowers what personalised holds and how unique its records are.
    @Test func retentionLowersReidentificationRisk() throws {
        let unlimited = try Self.fashion(customers: 20_000, weeks: 12, withdrawal: 0, retention: nil)
        var limited = unlimited
        limited.privacy.retentionWeeks = 2
        let a = WeeklyCampaign.sweep(scenario: unlimited, rates: [0.5], threads: 2)![0].weeks[11][.personalized]!.privacy!
        let b = WeeklyCampaign.sweep(scenario: limited, rates: [0.5], threads: 2)![0].weeks[11][.personalized]!.privacy!
        #expect(b.storedEvents < a.storedEvents / 3)
        #expect(b.reidRiskMean < a.reidRiskMean)
    }

    /// Every week's figures add up from the customers one by one, as `explain --week` inspects
    /// them: contacts, conversions, profiles and data points of every strategy.
    @Test(arguments: [0.0, 0.6], [Channel.web, .email])
    func weeklyFiguresAddUpFromInspectedCustomers(rate: Double, channel: Channel) throws {
        var scenario = try ScenarioLoader.load(yaml: smallScenarioYAML, file: "small").scaled(toCustomers: 600)
        scenario.campaign.channel = channel
        scenario.campaign.weeks = 4
        scenario.consent.withdrawalWeekly = 0.25
        scenario.privacy.retentionWeeks = 2
        let result = WeeklyCampaign.sweep(scenario: scenario, rates: [rate], threads: 2)![0]
        for week in 1...4 {
            var contacted = [StrategyName: Int](), conversions = [StrategyName: Int](), profiled = [StrategyName: Int](), points = [StrategyName: Int]()
            for id in 0..<scenario.totalCustomers {
                let trace = WeeklyCampaign.inspect(scenario: scenario, customer: id, result: result, week: week)
                for d in trace.inspection.decisions {
                    guard let o = d.offer else { continue }
                    contacted[d.strategy, default: 0] += 1
                    if trace.inspection.customer.conversionDraw < trace.inspection.probabilities[o] { conversions[d.strategy, default: 0] += 1 }
                    if d.profiled { profiled[d.strategy, default: 0] += 1 }
                    points[d.strategy, default: 0] += d.dataPoints
                }
            }
            for f in result.weeks[week - 1].strategies {
                #expect(f.contacted == contacted[f.strategy, default: 0], "week \(week) \(f.strategy) contacted")
                #expect(f.conversions == conversions[f.strategy, default: 0], "week \(week) \(f.strategy) conversions")
                if let p = f.privacy {
                    #expect(p.profiled == profiled[f.strategy, default: 0], "week \(week) \(f.strategy) profiled")
                    #expect(p.dataPoints == points[f.strategy, default: 0], "week \(week) \(f.strategy) data points")
                }
            }
        }
    }
}
