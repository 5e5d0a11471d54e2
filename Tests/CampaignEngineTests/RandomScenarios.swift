import CampaignEngine
import ScenarioKit

/// The sizes that make a random scenario large. A property that fails is re-run on smaller shapes
/// (`Shrinker`) so the report names a small scenario, not a sprawling one.
struct ScenarioShape: Equatable, Sendable, CustomStringConvertible {
    var customers: Int
    var cohorts: Int
    var categories: Int
    var regions: Int
    var offers: Int

    var description: String {
        "\(customers) customers, \(cohorts) cohorts, \(categories) categories, \(regions) regions, \(offers) offers"
    }

    /// Shapes one step smaller, most promising first: half the customers, then one fewer of each part.
    var smaller: [ScenarioShape] {
        var result: [ScenarioShape] = []
        if customers > 1 { var s = self; s.customers = max(1, customers / 2); result.append(s) }
        if cohorts > 1 { var s = self; s.cohorts -= 1; result.append(s) }
        if offers > 1 { var s = self; s.offers -= 1; result.append(s) }
        if categories > 2 { var s = self; s.categories -= 1; result.append(s) }
        if regions > 1 { var s = self; s.regions -= 1; result.append(s) }
        if customers > 1 { var s = self; s.customers -= 1; result.append(s) }
        return result
    }
}

/// Greedy shrinking over `ScenarioShape`: keep taking the first smaller shape that still fails.
enum Shrinker {
    /// The smallest shape reachable from `shape` for which `fails` holds (at most `steps` steps).
    static func minimal(_ shape: ScenarioShape, steps: Int = 200, fails: (ScenarioShape) -> Bool) -> ScenarioShape {
        var current = shape
        for _ in 0..<steps {
            guard let next = current.smaller.first(where: fails) else { break }
            current = next
        }
        return current
    }
}

/// Random valid scenarios for property tests, reproducible from a seed.
enum RandomScenarios {
    static func make(seed: UInt64, customers: ClosedRange<Int> = 500...3000, valueAtLeastCost: Bool = false,
                     protectVulnerable: Bool = true) -> Scenario {
        make(seed: seed, customers: customers, valueAtLeastCost: valueAtLeastCost, protectVulnerable: protectVulnerable, shape: nil).scenario
    }

    /// The scenario of `seed` and the shape it has; with `shape`, its sizes replace the drawn ones
    /// (every draw is still made, so the rest of the scenario stays as the seed makes it).
    static func make(seed: UInt64, customers: ClosedRange<Int> = 500...3000, valueAtLeastCost: Bool = false,
                     protectVulnerable: Bool = true, shape: ScenarioShape?) -> (scenario: Scenario, shape: ScenarioShape) {
        var rng = RandomStream(seed: seed, 77, 0)
        func uniform(_ range: ClosedRange<Double>) -> Double { range.lowerBound + rng.uniform() * (range.upperBound - range.lowerBound) }
        func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
        func chance(_ p: Double) -> Bool { rng.uniform() < p }
        let categoryCount = shape.map { _ = int(2...8); return $0.categories } ?? int(2...8)
        let categories = (0..<categoryCount).map { "c\($0)" }
        let regionCount = shape.map { _ = int(1...4); return $0.regions } ?? int(1...4)
        let regions = (0..<regionCount).map { "r\($0)" }
        let total = shape.map { _ = int(customers); return $0.customers } ?? int(customers)
        let cohortCount = shape.map { _ = int(1...4); return $0.cohorts } ?? int(1...4)
        var cohorts: [Cohort] = []
        for k in 0..<cohortCount {
            var ages = AgeBand.allCases.map { _ in chance(0.5) ? uniform(0...1) : 0 }
            if ages.allSatisfy({ $0 == 0 }) { ages[int(0...6)] = 1 }
            var cohort = Cohort(name: "k\(k)", size: total / cohortCount + (k == 0 ? total % cohortCount : 0),
                                ageBands: ages,
                                regions: regions.filter { _ in chance(0.7) }.map { Weighted($0, uniform(0.1...2)) },
                                interests: categories.filter { _ in chance(0.5) }.map { Weighted($0, uniform(0.05...3)) },
                                baseRate: uniform(0.005...0.3))
            if cohort.regions.isEmpty { cohort.regions = [Weighted(regions[0], 1)] }
            cohort.baseSpread = uniform(0...1.5)
            cohort.incentiveSensitivity = uniform(0...4)
            cohort.historyMean = chance(0.1) ? 0 : uniform(0...15)
            cohort.consentBias = chance(0.1) ? 0 : uniform(0.2...3)
            cohort.vulnerableShare = chance(0.5) ? uniform(0...0.2) : 0
            cohorts.append(cohort)
        }
        var offers: [Offer] = []
        let offerCount = shape.map { _ = int(1...6); return $0.offers } ?? int(1...6)
        for o in 0..<offerCount {
            let value = uniform(1...100)
            let cost = valueAtLeastCost ? uniform(0...value) : uniform(0...80)
            offers.append(Offer(name: "o\(o)", kind: OfferKind.allCases[int(0...5)],
                                category: chance(0.25) ? nil : categories[int(0...(categoryCount - 1))],
                                incentive: uniform(0...0.6), valueEUR: value, costEUR: cost, adultOnly: chance(0.3)))
        }
        var scenario = Scenario(name: "random \(seed)", seed: seed, categories: categories, cohorts: cohorts, offers: offers)
        scenario.model.relevanceWeight = uniform(0...2)
        scenario.model.priorStrength = uniform(0.5...10)
        scenario.model.interestDefault = uniform(0.05...1)
        scenario.privacy.k = int(1...30)
        scenario.privacy.epsilon = chance(0.4) ? uniform(0.1...5) : nil
        scenario.privacy.historyClip = int(1...25)
        scenario.privacy.pseudonymLinkage = uniform(0...1)
        scenario.privacy.fallback = chance(0.5) ? .contextual : .broadcast
        scenario.privacy.protectVulnerable = protectVulnerable
        scenario.company.annualTurnoverEUR = uniform(0...5e9)
        scenario.company.sme = chance(0.3)
        return (scenario, ScenarioShape(customers: total, cohorts: cohortCount, categories: categoryCount, regions: regionCount, offers: offerCount))
    }
}

/// The small fixed scenario used by golden and consistency tests.
let smallScenarioYAML = """
name: Small fixed shop
seed: 42
categories: [books, games, music, film]
consent: {rate: 0.5, sweep: [0, 0.25, 0.5, 0.75, 1]}
privacy: {k: 3, history_clip: 10}
company: {annual_turnover_eur: 800000000}
cohorts:
  - name: young
    size: 1200
    age_bands: {"<18": 0.25, "18-24": 0.5, "25-34": 0.25}
    regions: {north: 1, south: 1}
    interests: {games: 2, music: 1}
    base_rate: 0.04
    incentive_sensitivity: 3
    history_mean: 6
    consent_bias: 1.5
    vulnerable_share: 0.05
  - name: older
    size: 800
    age_bands: {"45-54": 1, "65+": 1}
    regions: {north: 2, south: 1}
    interests: {books: 2, film: 1}
    base_rate: 0.03
    history_mean: 3
    consent_bias: 0.7
offers:
  - {name: general, kind: welcome_discount, category: any, incentive: 0.1, value_eur: 30, cost_eur: 3}
  - {name: games deal, kind: voucher, category: games, incentive: 0.25, value_eur: 35, cost_eur: 9, adult_only: true}
  - {name: book bundle, kind: cashback, category: books, incentive: 0.2, value_eur: 28, cost_eur: 6}
  - {name: film trial, kind: free_trial, category: film, incentive: 0.3, value_eur: 25, cost_eur: 5}
"""
