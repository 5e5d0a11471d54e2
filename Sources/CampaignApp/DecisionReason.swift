import CampaignEngine
import Localization
import ScenarioKit

/// "Why this offer" in a few words, from the engine's own decision data for one customer.
public enum DecisionReason {
    public static func text(for strategy: StrategyName, sample: CustomerInspection, scenario: Scenario, language l: Language = .en) -> String {
        guard let decision = sample.decision(strategy) else { return "" }
        let customer = sample.customer
        let categories = scenario.categories
        if decision.offer == nil {
            if sample.choices.suppressed { return loc("not contacted: vulnerable, on the suppression list", l) }
            return loc("not contacted: no offer may be shown to a minor", l)
        }
        switch strategy {
        case .broadcast:
            return customer.isMinor ? loc("same offer for every minor", l) : loc("same offer for everyone", l)
        case .contextual:
            return loc("page: %1", l, categories[customer.context])
        case .segment:
            if customer.isMinor { return loc("minor: fallback, no data used", l) }
            let region = sample.segment % max(1, scenarioRegions(scenario).count)
            let place = "\(customer.ageBand.rawValue) / \(scenarioRegions(scenario)[safe: region] ?? "?")"
            return decision.segmentHadStatistics ? loc("segment %1 statistics", l, place) : loc("segment %1 below k: average offer", l, place)
        case .personalized:
            if decision.profiled {
                let linked = customer.linkedHistory(categories: categories.count)
                return loc("profile: %1", l, top(linked, categories, l))
            }
            if customer.isMinor { return loc("minor: fallback, never profiled", l) }
            if customer.vulnerable { return loc("vulnerable: fallback, never profiled", l) }
            return loc("no consent: fallback", l)
        case .unconstrained:
            if customer.vulnerable { return loc("VULNERABLE: strongest incentive pushed", l) }
            let history = top(customer.history(categories: categories.count), categories, l)
            // The violation first, so it survives a narrow column.
            if customer.isMinor { return loc("MINOR profiled: %1", l, history) }
            if !sample.consents { return loc("NO CONSENT, profiled: %1", l, history) }
            return loc("full history: %1", l, history)
        case .oracle:
            let best = customer.theta.indices.max { customer.theta[$0] < customer.theta[$1] } ?? 0
            return loc("true top interest: %1 (%2)", l, categories[best], Format.percent(customer.theta[best], 0))
        }
    }

    /// "womenswear (4 of 7)": the category with most events, or "no events".
    static func top(_ counts: [Int], _ categories: [String], _ l: Language) -> String {
        let total = counts.reduce(0, +)
        guard total > 0, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return loc("no events yet", l) }
        return loc("%1 (%2 of %3)", l, categories[best], counts[best], total)
    }

    static func scenarioRegions(_ scenario: Scenario) -> [String] {
        var regions: [String] = []
        for cohort in scenario.cohorts { for r in cohort.regions where !regions.contains(r.name) { regions.append(r.name) } }
        return regions
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
