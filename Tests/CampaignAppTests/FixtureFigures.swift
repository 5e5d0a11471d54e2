import TerminalKit
import CampaignCompliance
import Foundation
import Localization
@testable import CampaignStatistics
@testable import CampaignApp
import Lessons
@testable import CampaignEngine
@testable import ScenarioKit

/// Figures written by formula, not drawn by the engine, so the view snapshots stay the same when the
/// model's samplers or draw order change. Only a few end-to-end snapshots use the real engine.
enum FixtureFigures {
    /// A small fixed scenario: its names, offers and size are what the views print.
    static let scenario: Scenario = try! ScenarioLoader.load(yaml: """
        name: Fixture fashion shop
        description: A made-up shop whose figures come from formulas, for screen tests.
        seed: 42
        categories: [womenswear, menswear, shoes, sportswear, accessories]
        model: {relevance_weight: {low: 0.5, mode: 1, high: 2}}
        consent: {rate: 0.4}
        privacy: {k: 20}
        company: {annual_turnover_eur: 2000000000}
        cohorts:
          - {name: young, size: 120000, age_bands: {"<18": 0.1, "18-24": 0.5, "25-34": 0.4}, regions: {north: 1, south: 1}, interests: {womenswear: 2}, base_rate: 0.04}
          - {name: older, size: 80000, age_bands: {"45-54": 0.5, "55-64": 0.5}, regions: {north: 1, south: 1}, interests: {menswear: 2}, base_rate: 0.03, vulnerable_share: 0.02}
        offers:
          - {name: 10 % off everything, kind: welcome_discount, category: any, incentive: 0.1, value_eur: 38, cost_eur: 7.5}
          - {name: 20 % off womenswear, kind: welcome_discount, category: womenswear, incentive: 0.2, value_eur: 40, cost_eur: 16}
          - {name: 20 % off menswear, kind: welcome_discount, category: menswear, incentive: 0.2, value_eur: 40, cost_eur: 16}
          - {name: 15 % off shoes, kind: welcome_discount, category: shoes, incentive: 0.15, value_eur: 42, cost_eur: 13}
        """, file: "fixture.yaml")

    static let minors = 12_000
    static let vulnerable = 1_600

    /// The snapshot the views show for `parameters` (only the consent rate moves the figures).
    static func snapshot(_ parameters: Parameters) -> Snapshot {
        let current = result(at: parameters.consentRate)
        let candidates = current.strategies.indices.filter { current.strategies[$0].privacy != nil }
        let frontier = EfficientFrontier.indices(exposure: candidates.map { current.strategies[$0].privacy!.exposureIndex },
                                                 profit: candidates.map { current.strategies[$0].expectedProfitEUR }).map { candidates[$0] }
        let applied = parameters.apply(to: scenario)
        let obligations = current.strategies.map {
            ComplianceAssessment.assess($0, facts: ComplianceFacts(figures: $0, scenario: applied, minors: minors, vulnerable: vulnerable))
        }
        var timed = current
        if parameters.weeks > 1 { timed.weeks = weeks(current, count: parameters.weeks, retention: parameters.retention) }
        return Snapshot(scenario: applied, parameters: parameters, current: timed, sweep: scenario.consent.sweep.map(result),
                        frontier: frontier, recomputeMilliseconds: 12.5, obligations: obligations)
    }

    /// A campaign of `count` weeks by formula: contacts fall 3 % a week, conversions and profit
    /// accrue evenly, personalised's records shrink with withdrawals and grow in events and risk.
    static func weeks(_ total: RateResult, count: Int, retention: Int?) -> [WeekResult] {
        (1...count).map { w in
            let share = Double(w) / Double(count)
            let strategies = total.strategies.map { f -> WeekFigures in
                let decay = pow(0.97, Double(w - 1))
                let consenting = Int(Double(f.customers) * total.consentRate * 0.9 * decay)
                let privacy = f.privacy.map { p -> WeekPrivacy in
                    let held = Double(min(w, retention ?? w))
                    let records = f.strategy == .personalized ? Int(Double(p.storedRecords) * decay) : p.storedRecords
                    let events = f.strategy == .personalized || f.strategy == .unconstrained ? Int(Double(records) * 3 * held) : 0
                    let risk = f.strategy == .personalized ? 1 - 0.6 * pow(0.7, held - 1) : p.reidRiskMean
                    return WeekPrivacy(profiled: Int(Double(p.profiled) * decay), profiledWithoutConsent: p.profiledWithoutConsent,
                                       minorsProfiled: w == 1 ? p.minorsProfiled : 0, vulnerableTargeted: p.vulnerableTargeted, dataPoints: p.dataPoints / count,
                                       storedRecords: records, storedEvents: events, reidRiskMean: risk, reidRiskMax: p.reidRiskMax,
                                       recordsBelowK: min(1, p.recordsBelowK * (1 + 0.1 * held)), exposureIndex: p.exposureIndex * (0.8 + 0.05 * held))
                }
                return WeekFigures(strategy: f.strategy, contacted: Int(Double(f.contacted) * decay), conversions: f.conversions / count,
                                   expectedConversions: f.expectedConversions / Double(count), revenueEUR: f.revenueEUR / Double(count),
                                   bonusCostEUR: f.bonusCostEUR / Double(count), profitEUR: f.profitEUR / Double(count),
                                   expectedProfitEUR: f.expectedProfitEUR / Double(count), cumulativeConversions: Int(Double(f.conversions) * share),
                                   cumulativeProfitEUR: f.profitEUR * share, consenting: consenting,
                                   withdrawn: Int(Double(f.customers) * total.consentRate * 0.9) - consenting, privacy: privacy)
            }
            return WeekResult(week: w, strategies: strategies, segmentOffers: total.segmentOffers, segmentHasStatistics: total.segmentHasStatistics)
        }
    }

    /// Every strategy's figures at consent rate `r`, from smooth formulas.
    static func result(at r: Double) -> RateResult {
        let n = scenario.totalCustomers
        let rates: [StrategyName: Double] = [.broadcast: 0.050, .contextual: 0.060, .segment: 0.054 + 0.006 * r,
                                             .personalized: 0.060 + 0.012 * r, .unconstrained: 0.066, .oracle: 0.074]
        var strategies = scenario.strategies.map { s -> StrategyFigures in
            let contacted = s.isCompliant ? n - vulnerable : n
            let expected = Double(contacted) * rates[s]!
            let conversions = Int(expected * 0.97)
            let profiled = s == .personalized ? Int(Double(n - minors - vulnerable) * r * 0.9) : s == .unconstrained ? n : 0
            let privacy: PrivacyFigures? = s == .oracle ? nil : {
                let withoutConsent = s == .unconstrained ? Int(Double(n) * (1 - r)) : 0
                let minorsProfiled = s == .unconstrained ? minors : 0
                let vulnerableTargeted = s == .unconstrained ? vulnerable : 0
                let dataPoints = s == .personalized ? profiled * 6 : s == .unconstrained ? n * 8 : s == .segment ? Int(Double(n) * 1.6 * r) : 0
                let risk: (Double, Double, Double) = s == .personalized ? (0.31, 1, 0.44) : s == .unconstrained ? (1, 1, 1) : s == .segment ? (0.004, 0.05, 0) : (0, 0, 0)
                return PrivacyFigures(profiled: profiled, profiledWithoutConsent: withoutConsent, minorsProfiled: minorsProfiled,
                                      vulnerableTargeted: vulnerableTargeted, dataPoints: dataPoints,
                                      dataPointsPerCustomer: Double(dataPoints) / Double(n),
                                      exposureIndex: s == .personalized ? 22 * r : s == .unconstrained ? 39.8 : s == .segment ? 8 * r : 0,
                                      reidRiskMean: risk.0, reidRiskMax: risk.1, recordsBelowK: risk.2,
                                      storedRecords: s == .personalized ? profiled : s == .unconstrained ? n : 0,
                                      fineCaps: FineCaps(strategy: s, profiledWithoutConsent: withoutConsent, minorsShownSponsored: 0,
                                                         vulnerableTargeted: vulnerableTargeted, company: scenario.company))
            }()
            let general = s == .broadcast ? contacted : contacted / 4
            return StrategyFigures(strategy: s, customers: n, contacted: contacted, conversions: conversions, expectedConversions: expected,
                                   revenueEUR: Double(conversions) * 39, bonusCostEUR: Double(conversions) * 11.5,
                                   expectedProfitEUR: expected * 27.5, offerContacts: [general] + Array(repeating: (contacted - general) / 3, count: 3),
                                   privacy: privacy)
        }
        let broadcast = strategies.first { $0.strategy == .broadcast }!.expectedConversions
        for i in strategies.indices { strategies[i].upliftVsBroadcast = strategies[i].expectedConversions / broadcast - 1 }
        let segments = AgeBand.allCases.count * 2
        return RateResult(consentRate: r, strategies: strategies, segmentOffers: (0..<segments).map { $0 % 3 },
                          segmentHasStatistics: (0..<segments).map { $0 % 2 == 0 && r > 0.2 })
    }

    /// `count` replications of `current` by formula: each replication scales every figure by a
    /// small factor of its own, and contextual's by a larger one, so it is not distinguishable.
    static func replicated(_ current: RateResult, count: Int) -> ReplicatedResult {
        let units = (0..<count).map { j -> [UnitFigures] in
            var unit = UnitFigures(current)
            for s in unit.values.indices {
                let spread = unit.strategies[s] == .contextual ? 0.4 : 0.004
                let factor = 1 + spread * Double(j % 5 - 2)
                unit.values[s] = unit.values[s].map { $0.map { $0 * factor } }
            }
            return [unit]
        }
        return ReplicatedResult.summarize(units: units)[0]
    }

    /// Plausible worlds by formula: personalised's expected profit grows with the relevance weight,
    /// so it wins in the worlds where relevance is strong.
    static func worlds(_ parameters: Parameters, count: Int) -> Robustness.Result {
        Robustness.run(parameters.apply(to: scenario), worlds: count, fixedRate: parameters.consentRate, compare: nil) { world, rate in
            var result = result(at: rate)
            let i = result.strategies.firstIndex { $0.strategy == .personalized }!
            result.strategies[i].expectedProfitEUR *= 0.8 + 0.2 * world.model.relevanceWeight
            return result
        }
    }

    /// Eight sample customers of `page`: a mix of consenting, refusing, minor and vulnerable people.
    static func samples(page: Int, result: RateResult) -> [CustomerInspection] {
        (0..<AppUpdate.samplesPerPage).map { i in
            let id = 1_000 + page * 97 + i * 13
            let minor = i == 2, vulnerable = i == 5, consents = i % 2 == 0 && !minor
            let events = [0, 1, 0, 2, 0, 3, 1].prefix(2 + i % 5).map { ($0 + i) % 5 }
            let customer = Customer(id: id, cohort: i % 2, ageBand: minor ? .under18 : i % 2 == 0 ? .from25to34 : .from45to54,
                                    region: i % 2, theta: [0.4, 0.2, 0.2, 0.1, 0.1], baseLogit: -3, vulnerable: vulnerable,
                                    sensitivity: 2, events: Array(events), linked: events.indices.map { $0 % 4 != 3 },
                                    context: (i + 1) % 5, consentDraw: consents ? 0.1 : 0.9, conversionDraw: 0.5)
            let personal = consents && !vulnerable ? 1 + i % 3 : nil
            let choices = CustomerChoices(oracle: i % 4, unconstrained: vulnerable ? 1 : (i + 1) % 4, broadcast: vulnerable ? nil : 0,
                                          contextual: vulnerable ? nil : (i + 1) % 4, fallback: vulnerable ? nil : (i + 1) % 4,
                                          personal: personal, minor: minor, vulnerable: vulnerable, suppressed: vulnerable)
            let segment = i % 7
            let decisions = StrategyName.allCases.map { s -> Decision in
                switch s {
                case .broadcast: Decision(strategy: s, offer: choices.broadcast, profiled: false, dataPoints: 0, usedFallback: false, segmentHadStatistics: false)
                case .contextual: Decision(strategy: s, offer: choices.contextual, profiled: false, dataPoints: 0, usedFallback: false, segmentHadStatistics: false)
                case .segment:
                    Decision(strategy: s, offer: vulnerable ? nil : minor ? choices.fallback : result.segmentOffers[segment], profiled: false,
                             dataPoints: 0, usedFallback: minor, segmentHadStatistics: !minor && result.segmentHasStatistics[segment])
                case .personalized:
                    Decision(strategy: s, offer: personal ?? choices.fallback, profiled: personal != nil, dataPoints: personal == nil ? 0 : 2 + events.count,
                             usedFallback: personal == nil, segmentHadStatistics: false)
                case .unconstrained: Decision(strategy: s, offer: choices.unconstrained, profiled: true, dataPoints: 2 + events.count, usedFallback: false, segmentHadStatistics: false)
                case .oracle: Decision(strategy: s, offer: choices.oracle, profiled: false, dataPoints: 0, usedFallback: false, segmentHadStatistics: false)
                }
            }
            return CustomerInspection(customer: customer, consentRate: result.consentRate, consents: consents,
                                      probabilities: [0.05, 0.07, 0.04, 0.06].map { $0 + Double(i) * 0.001 }, choices: choices,
                                      decisions: decisions, segment: segment, regionName: i % 2 == 0 ? "north" : "south")
        }
    }
}

/// Plays the app's update loop against `FixtureFigures` instead of the engine: every effect is
/// answered at once with fixed figures, so screens can be snapshot-tested independent of the model.
struct FixtureApp {
    var state: AppState

    init(width: Int, height: Int, language: Language = .en) {
        state = AppState(scenario: FixtureFigures.scenario, source: "fixture", width: width, height: height)
        state.language = language
        state.generation = 1
        run(.computed(FixtureFigures.snapshot(state.parameters), generation: 1))
    }

    mutating func press(_ keys: Key...) { for key in keys { run(.key(key)) } }

    /// Answers effects the test produced outside a message (a lesson's first step).
    mutating func apply(_ effects: [AppEffect]) {
        for effect in effects {
            if case .recompute(let parameters, let generation) = effect { run(.computed(FixtureFigures.snapshot(parameters), generation: generation)) }
        }
    }

    /// Applies a message and answers the effects it asks for, until none are left.
    mutating func run(_ message: AppMessage) {
        var queue = [message]
        while !queue.isEmpty {
            for effect in AppUpdate.update(&state, queue.removeFirst()) {
                switch effect {
                case .recompute(let parameters, let generation):
                    queue.append(.computed(FixtureFigures.snapshot(parameters), generation: generation))
                case .loadSamples(let page, let result, let generation):
                    queue.append(.samplesLoaded(FixtureFigures.samples(page: page, result: result), page: page, generation: generation))
                case .listScenarios:
                    queue.append(.pickerLoaded([PickerEntry(source: .builtin("fixture"), title: "Fixture fashion shop", description: "A made-up shop."),
                                                PickerEntry(source: .file("scenarios/broken.yaml"), title: "broken.yaml", description: "",
                                                            problem: "scenarios/broken.yaml:3:7: error: seed: expected a whole number")]))
                case .replicate(_, let current, let count, let generation):
                    queue.append(.replicated(FixtureFigures.replicated(current, count: count), done: count, of: count, generation: generation))
                case .robustness(let parameters, let worlds, let generation):
                    queue.append(.worldsDone(FixtureFigures.worlds(parameters, count: worlds), generation: generation))
                case .lessonAnswer(let quantity, _, _, let step):
                    // A fixed answer, so lesson screens do not depend on the engine.
                    queue.append(.lessonAnswered(quantity.choices.map { .choice($0[0]) } ?? .number(0.216), step: step))
                case .openLessonScenario(let scenario, let source, let generation):
                    queue.append(.scenarioOpened(scenario, source: source, generation: generation))
                case .openRoom:
                    // A room on a fixed address and code, so its screens can be snapshot-tested.
                    queue.append(.roomOpened(url: "http://192.0.2.10:8470/", joinURL: "http://192.0.2.10:8470/#K7M2QX", code: "K7M2QX"))
                case .openScenario, .writeFile, .saveProgress, .quit:
                    break
                }
            }
        }
    }
}
