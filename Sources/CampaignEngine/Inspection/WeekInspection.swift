import ScenarioKit

/// One customer in one week of a campaign (MODEL.md §9): what every strategy does with them that
/// week, and what happened before. For `explain --week` and its tests.
public struct WeekInspection: Sendable, Equatable {
    /// 1 … T.
    public var week: Int
    /// The week's inspection: the customer with every event up to this week (linked only where
    /// the retention window still holds them), this week's page and draws, and each strategy's
    /// decision this week (no offer where the customer converted before).
    public var inspection: CustomerInspection
    /// Whether the customer consents at this rate at all, and the week their consent was
    /// withdrawn if that was this week or before.
    public var consentsAtRate: Bool
    /// The week the customer's consent was withdrawn, if that was this week or before.
    public var withdrawnIn: Int?
    /// Per strategy, the week the customer converted under it, where that was before this week.
    public var convertedIn: [StrategyName: Int]
    /// The first week whose events the personalised profile still holds.
    public var windowStart: Int
}

extension WeeklyCampaign {
    /// Follows customer `id` of `scenario` through weeks 1 … `week` at `result`'s consent rate;
    /// `result` must be the campaign's figures at that rate (for segment's weekly releases).
    public static func inspect(scenario: Scenario, customer id: Int, result: RateResult, week: Int) -> WeekInspection {
        inspect(scenario: scenario, customers: [id], result: result, week: week)[0]
    }

    /// `inspect(scenario:customer:result:week:)` for several customers, sharing the model's
    /// constants and decision tables between them.
    public static func inspect(scenario: Scenario, customers ids: [Int], result: RateResult, week: Int) -> [WeekInspection] {
        let context = ModelContext(scenario: scenario)
        let rules = DecisionRules(context: context, weeks: scenario.campaign.weeks)
        let generator = CustomerGenerator(context: context)
        return ids.map { inspect(context: context, rules: rules, generator: generator, customer: $0, result: result, week: week) }
    }

    private static func inspect(context: ModelContext, rules: DecisionRules, generator: CustomerGenerator, customer id: Int,
                                result: RateResult, week: Int) -> WeekInspection {
        let scenario = context.scenario
        let k = generator.cohortIndex(of: id)
        let index = id - context.cohorts[k].offset
        let scratch = CustomerGenerator.Scratch(categories: context.categoryCount)
        let draw = generator.generate(cohort: k, index: index, scratch: scratch, keepEvents: true)
        let offers = context.offers.count, categories = context.categoryCount
        let persuasion = (0..<offers).map { generator.probability(offer: $0, draw: draw, scratch: scratch) }
        let choices = persuasion.withUnsafeBufferPointer { rules.choices(draw: draw, scratch: scratch, probability: $0) }
        // Contacted, a customer buys with πᵢ(o); not contacted, with qᵢ (MODEL.md §11.1).
        let q = draw.organic
        let probabilities = q > 0 ? persuasion.map { q + (1 - q) * $0 } : persuasion
        let levels = RateDeltas.cohortLevels([result.consentRate], context: context)[k]
        let consents = levels.withUnsafeBufferPointer { RateDeltas.threshold(Double(Float(draw.u)), $0) } == 0
        let retention = scenario.privacy.retentionWeeks
        let segment = draw.age * context.regions.count + draw.region
        let contextualFallback = scenario.privacy.fallback == .contextual

        // What the strategies decide from in week `t`: the page `page` in view, the profile as the
        // retention window holds it, and segment's release of that week.
        var cumulative = [Int32](repeating: 0, count: categories), window = cumulative
        func decisionInputs(week t: Int, active: Bool, page: Int) -> Decision.Inputs {
            let contactable = choices.broadcast != nil
            let contextual = contactable ? (draw.age == 0 ? rules.contextualOffer[page].minor : rules.contextualOffer[page].adult) : nil
            let release = result.weeks.isEmpty ? nil : result.weeks[t - 1]
            return Decision.Inputs(
                broadcast: choices.broadcast, contextual: contextual, oracle: choices.oracle,
                fallback: contextualFallback ? contextual : choices.broadcast,
                unconstrained: draw.vulnerable ? context.highestIncentiveOffer : choose(rules, cumulative),
                unconstrainedDataPoints: 2 + Int(cumulative.reduce(0, +)),
                personal: choices.profileable && active ? choose(rules, window) : nil,
                personalDataPoints: 2 + Int(window.reduce(0, +)),
                contactable: contactable, minor: draw.age == 0,
                segmentOffer: release?.segmentOffers[segment] ?? result.segmentOffers[segment],
                segmentHasStatistics: release?.segmentHasStatistics[segment] ?? result.segmentHasStatistics[segment],
                channel: context.channel, contextualFallback: contextualFallback)
        }

        var events = scratch.events.map { UInt8($0) }, linked = scratch.linked
        var weekStart = [0, events.count]
        var withdrawnIn: Int?
        var converted: [StrategyName: Int] = [:]
        var w = draw.w, x = draw.context
        for t in 1...max(1, week) {
            if t >= 2 {
                let next = generator.generateWeek(t, cohort: k, index: index, scratch: scratch, events: &events, linked: &linked)
                weekStart.append(events.count)
                if withdrawnIn == nil && next.withdrawal < scenario.consent.withdrawalWeekly { withdrawnIn = t }
                w = next.conversion
                x = next.context
            }
            let from = retention.map { max(1, t - $0 + 1) } ?? 1
            cumulative = [Int32](repeating: 0, count: categories)
            window = cumulative
            for e in 0..<events.count {
                cumulative[Int(events[e])] += 1
                if linked[e] && e >= weekStart[from - 1] { window[Int(events[e])] += 1 }
            }
            guard t < week else { break }
            let inputs = decisionInputs(week: t, active: consents && withdrawnIn == nil, page: x)
            for strategy in StrategyName.allCases where converted[strategy] == nil {
                if let o = Decision(strategy: strategy, inputs: inputs).offer {
                    if w < probabilities[o] { converted[strategy] = t }
                } else if w < q {
                    converted[strategy] = t
                }
            }
        }

        // Week `week` itself: the decisions as the one-shot inspection makes them, with this week's data.
        let active = consents && withdrawnIn == nil
        let inputs = decisionInputs(week: week, active: active, page: x)
        var decisions: [Decision] = []
        for strategy in StrategyName.allCases {
            var d = Decision(strategy: strategy, inputs: inputs)
            // Converted before: not contacted again (a welcome bonus is redeemed once).
            if converted[strategy] != nil {
                d.offer = nil
                d.profiled = false
                d.dataPoints = 0
                d.usedFallback = false
            }
            decisions.append(d)
        }
        var customer = generator.customer(id, cohort: k, draw: draw, scratch: scratch)
        let windowFrom = weekStart[(retention.map { max(1, week - $0 + 1) } ?? 1) - 1]
        customer.events = events.map { Int($0) }
        // Linked events outside the retention window are deleted from the profile.
        customer.linked = linked.enumerated().map { $0.element && $0.offset >= windowFrom }
        customer.context = x
        customer.conversionDraw = w
        let inspection = CustomerInspection(customer: customer, consentRate: result.consentRate, consents: active,
                                            probabilities: probabilities, choices: choices, decisions: decisions, segment: segment,
                                            regionName: context.regions[draw.region])
        return WeekInspection(week: week, inspection: inspection, consentsAtRate: consents, withdrawnIn: consents ? withdrawnIn : nil,
                              convertedIn: converted, windowStart: retention.map { max(1, week - $0 + 1) } ?? 1)
    }

    /// The offer `DecisionRules` chooses from whole counts (every offer allowed).
    private static func choose(_ rules: DecisionRules, _ counts: [Int32]) -> Int {
        let values = counts.map(Double.init)
        let total = Int(counts.reduce(0, +))
        return counts.withUnsafeBufferPointer { whole in
            values.withUnsafeBufferPointer { rules.chooseFromWholeCounts(whole.baseAddress!, $0, total: total) }
        }
    }
}
